/** One verification: read the scanned text, check its signature here, ask the register for its status. */
import { readSeal, type ReadSeal } from '../../../../common/seal';
import { api } from '../../../api';
import { todayIn } from '../../border/desk/deskFormat';
import { checkSignature, publishedKeys, type LocalSignature, type PublishedKeys } from './sealCheck';
import { verdictOf, type OnlineAnswer, type VerdictKind } from './verdict';

export type Verification =
  | { kind: 'malformed'; message: string }
  | {
      kind: VerdictKind;
      seal: ReadSeal;
      local: LocalSignature;
      /** Null when the server could not be asked (offline, rate-limited). */
      online: OnlineAnswer | null;
      /** Null when neither the server nor this browser had the keys. */
      keys: PublishedKeys | null;
    };

/** Verifies a scanned payload; never throws (every failure is part of the answer). */
export async function verifySeal(payload: string): Promise<Verification> {
  const reading = readSeal(payload);
  if (!reading.ok) {
    return { kind: 'malformed', message: reading.message };
  }
  const { seal } = reading;
  const [keys, online] = await Promise.all([
    publishedKeys().catch(() => null),
    api.post<OnlineAnswer>('/api/documents/verify', { payload: payload.trim() }).catch(() => null),
  ]);
  const local = keys ? await checkSignature(seal, keys.keys) : 'unknown-key';
  // Expiry is judged in the calendar of whoever is checking, as they would read the printed date.
  const today = todayIn(Intl.DateTimeFormat().resolvedOptions().timeZone);
  return { kind: verdictOf(local, online, seal.data.expiresOn, today), seal, local, online, keys };
}
