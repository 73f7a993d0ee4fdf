/**
 * Checking a seal in the browser: the Ed25519 signature against the authority's published keys (WebCrypto),
 * with the keys kept in localStorage so a checkpoint without a connection can still check signatures.
 */
import { base64urlToBytes, type ReadSeal } from '../../../../common/seal';
import { api } from '../../../api';
import type { SigningKey } from '../documentsApi';

/** What the browser concluded about a seal's signature. */
export type LocalSignature = 'valid' | 'invalid' | 'unknown-key' | 'revoked-key' | 'unsupported';

export interface PublishedKeys {
  keys: SigningKey[];
  /** When the keys were fetched from the server (ISO). */
  fetchedAt: string;
  /** True when the server could not be reached and the keys come from this browser's copy. */
  fromCache: boolean;
}

const STORAGE_KEY = 'crossroads.documents.keys';

/** The keys this browser saved last time, if any. */
export function cachedKeys(
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage,
): PublishedKeys | null {
  try {
    const saved: unknown = JSON.parse(storage?.getItem(STORAGE_KEY) ?? 'null');
    if (saved && typeof saved === 'object' && Array.isArray((saved as PublishedKeys).keys)) {
      const { keys, fetchedAt } = saved as PublishedKeys;
      return { keys, fetchedAt: String(fetchedAt), fromCache: true };
    }
  } catch {
    // A damaged copy is as good as none: the next fetch replaces it.
  }
  return null;
}

/** Saves the keys for checks without a connection; storage may refuse (private browsing), which only costs that. */
export function saveKeys(
  keys: SigningKey[],
  now: Date,
  storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage,
) {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify({ keys, fetchedAt: now.toISOString() }));
  } catch {
    // Nothing to do: the keys are still used for this check.
  }
}

/** The published keys: fresh from the server and saved, or this browser's saved copy when it is offline. */
export async function publishedKeys(): Promise<PublishedKeys> {
  try {
    const { keys } = await api.get<{ keys: SigningKey[] }>('/api/documents/keys');
    const now = new Date();
    saveKeys(keys, now);
    return { keys, fetchedAt: now.toISOString(), fromCache: false };
  } catch (error) {
    const saved = cachedKeys();
    if (saved) {
      return saved;
    }
    throw error;
  }
}

/** Checks the seal's Ed25519 signature with the key it names; never throws. */
export async function checkSignature(
  seal: Pick<ReadSeal, 'keyId' | 'signedText' | 'signature'>,
  keys: readonly SigningKey[],
  subtle: SubtleCrypto | null = globalThis.crypto?.subtle ?? null,
): Promise<LocalSignature> {
  const key = keys.find((candidate) => candidate.keyId === seal.keyId);
  if (!key) {
    return 'unknown-key';
  }
  if (key.status === 'revoked') {
    return 'revoked-key';
  }
  if (!subtle) {
    // WebCrypto exists only on secure pages (https or localhost).
    return 'unsupported';
  }
  try {
    const publicKey = await subtle.importKey(
      'raw',
      new Uint8Array(base64urlToBytes(key.publicKey)),
      { name: 'Ed25519' },
      false,
      ['verify'],
    );
    const signed = new TextEncoder().encode(seal.signedText);
    return (await subtle.verify('Ed25519', publicKey, new Uint8Array(seal.signature), signed))
      ? 'valid'
      : 'invalid';
  } catch (error) {
    // An older browser without Ed25519 says NotSupportedError; anything else means the key itself is unusable.
    return error instanceof DOMException && error.name === 'NotSupportedError' ? 'unsupported' : 'invalid';
  }
}
