/**
 * How an edge reaches headquarters. One interface with an HTTP implementation (fetch, the site credential
 * as a bearer token), a switch that takes the link down on purpose (development and browser tests), and a
 * fault-injecting wrapper for tests: requests dropped before HQ sees them, answers lost after HQ applied,
 * delays, uploads cut short and requests delivered twice. Whatever the transport does, the protocol must lose and duplicate nothing.
 */

export interface SyncRequest {
  method: 'GET' | 'POST';
  /** Path and query under HQ's base URL, e.g. `/api/sync/pull`. */
  path: string;
  body?: unknown;
}

/** A request that did not get a usable answer; `retryable` unless HQ refused it for good. */
export class TransportError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

export interface SyncTransport {
  /** Sends the request; resolves with HQ's JSON answer, or throws a TransportError. */
  send<T>(request: SyncRequest): Promise<T>;
}

/** Headquarters over HTTP(S) with the site credential. */
export function httpTransport(options: { baseUrl: string; credential: string; timeoutMs?: number }): SyncTransport {
  return {
    async send<T>(request: SyncRequest): Promise<T> {
      let response: Response;
      try {
        response = await fetch(`${options.baseUrl}${request.path}`, {
          method: request.method,
          headers: { authorization: `Bearer ${options.credential}`, ...(request.body === undefined ? {} : { 'content-type': 'application/json' }) },
          body: request.body === undefined ? undefined : JSON.stringify(request.body),
          signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
        });
      } catch (error) {
        throw new TransportError(`Headquarters unreachable: ${error instanceof Error ? error.message : String(error)}`, null, true);
      }
      const text = await response.text();
      if (!response.ok) {
        let message = text.slice(0, 300);
        try {
          message = (JSON.parse(text) as { error?: { message?: string } }).error?.message ?? message;
        } catch {
          // not JSON: keep the text
        }
        // 401/403: the credential is wrong or revoked; retrying will not help until someone fixes it,
        // but the loop keeps trying at its slowest pace so the post recovers by itself once it is fixed.
        throw new TransportError(`Headquarters answered ${response.status}: ${message}`, response.status, response.status >= 500 || response.status === 429);
      }
      return JSON.parse(text) as T;
    },
  };
}

/** A transport whose link can be taken down and brought back (requests then fail before leaving). */
export interface SwitchableTransport extends SyncTransport {
  setDown(down: boolean): void;
  readonly down: boolean;
}

/** Wraps a transport with a switch. */
export function switchable(inner: SyncTransport): SwitchableTransport {
  let down = false;
  return {
    get down() {
      return down;
    },
    setDown(value: boolean) {
      down = value;
    },
    send<T>(request: SyncRequest): Promise<T> {
      if (down) {
        return Promise.reject(new TransportError('The link to headquarters is down', null, true));
      }
      return inner.send<T>(request);
    },
  };
}

/** Faults to inject; each is decided per request by `random` (seeded in tests). */
export interface Faults {
  /** Probability that a request is lost before headquarters sees it. */
  dropRequest?: number;
  /** Probability that headquarters handles the request but its answer is lost. */
  dropResponse?: number;
  /** Probability that an upload reaches headquarters with only its first part of the changes. */
  partialBatch?: number;
  /** Probability that a request reaches headquarters twice (a retry of a request that did arrive). */
  duplicate?: number;
  /** Added latency in milliseconds. */
  delayMs?: number;
  random?: () => number;
}

/** Wraps a transport with faults, counting what it did. */
export function faulty(inner: SyncTransport, faults: Faults) {
  const random = faults.random ?? Math.random;
  const counts = { requests: 0, droppedRequests: 0, droppedResponses: 0, partialBatches: 0, duplicates: 0 };
  const transport: SyncTransport = {
    async send<T>(request: SyncRequest): Promise<T> {
      counts.requests += 1;
      if (faults.delayMs) {
        await new Promise((resolve) => setTimeout(resolve, faults.delayMs));
      }
      if (random() < (faults.dropRequest ?? 0)) {
        counts.droppedRequests += 1;
        throw new TransportError('injected: request lost', null, true);
      }
      let sent = request;
      const body = request.body as { changes?: unknown[] } | undefined;
      if (body?.changes && body.changes.length > 1 && random() < (faults.partialBatch ?? 0)) {
        counts.partialBatches += 1;
        sent = { ...request, body: { ...body, changes: body.changes.slice(0, 1 + Math.floor(random() * (body.changes.length - 1))) } };
      }
      let answer: T;
      if (random() < (faults.duplicate ?? 0)) {
        // Both copies in flight at once, as a retry racing the original.
        counts.duplicates += 1;
        [, answer] = await Promise.all([inner.send<T>(sent).catch(() => undefined), inner.send<T>(sent)]);
      } else {
        answer = await inner.send<T>(sent);
      }
      if (random() < (faults.dropResponse ?? 0)) {
        counts.droppedResponses += 1;
        throw new TransportError('injected: answer lost', null, true);
      }
      return answer;
    },
  };
  return { transport, counts };
}
