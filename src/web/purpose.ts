/**
 * Purposes for opening sensitive records. When the server answers 428 `purpose_required`, the API client
 * asks here; the purpose prompt (components/PurposePrompt) shows the question, and the answer is kept per
 * record for the rest of the session, so a record is asked about once and its later reads carry the same
 * purpose. Several requests for one record share one question.
 */

/** The shortest purpose the server accepts (platform/access/purpose.ts). */
export const MIN_PURPOSE_LENGTH = 5;

export interface PurposeQuestion {
  /** The record asked about: the API path without its query. */
  record: string;
  /** The server's explanation, naming what is being opened. */
  message: string;
}

type Listener = () => void;

const purposes = new Map<string, string>();
const waiting = new Map<string, { question: PurposeQuestion; answer: Promise<string | null>; resolve: (purpose: string | null) => void }>();
const listeners = new Set<Listener>();
let hosts = 0;

function changed(): void {
  listeners.forEach((listener) => listener());
}

/** The record an API path is about (its path without the query string). */
export function recordOf(path: string): string {
  return path.split('?')[0] ?? path;
}

/** The purpose already given for this record in this session, if any. */
export function purposeFor(record: string): string | undefined {
  return purposes.get(record);
}

/** Forgets a record's purpose (the server refused it). */
export function forgetPurpose(record: string): void {
  purposes.delete(record);
}

/** Forgets every purpose (another user signed in). */
export function forgetPurposes(): void {
  purposes.clear();
  for (const entry of waiting.values()) {
    entry.resolve(null);
  }
  waiting.clear();
  changed();
}

/** Asks the person why they open `record`; resolves with the purpose, or null when they cancel (or no prompt is on screen). */
export function askPurpose(question: PurposeQuestion): Promise<string | null> {
  if (hosts === 0) {
    return Promise.resolve(null);
  }
  const existing = waiting.get(question.record);
  if (existing) {
    return existing.answer;
  }
  let resolve: (purpose: string | null) => void = () => undefined;
  const answer = new Promise<string | null>((done) => {
    resolve = done;
  });
  waiting.set(question.record, { question, answer, resolve });
  changed();
  return answer;
}

/** The question on screen now (the oldest waiting), if any. */
export function currentQuestion(): PurposeQuestion | null {
  return waiting.values().next().value?.question ?? null;
}

/** Answers the question about `record`: a purpose is kept for the record, null cancels. */
export function answerPurpose(record: string, purpose: string | null): void {
  const entry = waiting.get(record);
  const given = purpose?.trim();
  if (given) {
    purposes.set(record, given);
  }
  waiting.delete(record);
  entry?.resolve(given || null);
  changed();
}

/** Subscribes to changes of the waiting questions; returns the unsubscribe function. */
export function subscribePurposes(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Registers a prompt on screen (so questions are asked, not cancelled at once); returns its removal. */
export function registerPurposeHost(): () => void {
  hosts += 1;
  return () => {
    hosts -= 1;
  };
}
