/**
 * The issuing authority's Ed25519 signing keys: generated on first use in each environment, rotated on
 * demand, published (public halves only) so that anyone can check a seal offline. Retired keys stay
 * published so cards signed with them keep verifying; a revoked key's seals fail.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, sign, verify, type KeyObject } from 'node:crypto';
import { desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { conflict, notFound } from '../../platform/errors';
import { documentSettings } from './settings';
import { documentSigningKeys } from './tables';

export type KeyStatus = 'current' | 'retired' | 'revoked';
export type SignatureCheck = 'valid' | 'invalid' | 'unknown-key' | 'revoked-key';

const privateKeys = new Map<string, KeyObject>();
const publicKeys = new Map<string, KeyObject>();

function newKeyId(now: Date): string {
  return `K${now.toISOString().slice(0, 10).replace(/-/g, '')}-${randomBytes(3).toString('hex')}`;
}

/** A fresh key pair as stored: public key raw base64url, private key PKCS#8 PEM (encrypted when a passphrase is set). */
function generateKey(now: Date) {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const passphrase = documentSettings().sealKeyPassphrase;
  const pem = passphrase
    ? privateKey.export({ format: 'pem', type: 'pkcs8', cipher: 'aes-256-cbc', passphrase })
    : privateKey.export({ format: 'pem', type: 'pkcs8' });
  return { keyId: newKeyId(now), publicKey: publicKey.export({ format: 'jwk' }).x!, privateKey: String(pem), encrypted: Boolean(passphrase) };
}

/** The key that signs now, made on first use. Several processes racing here end up with the same one (unique current key). */
export async function currentSigningKey(db: Executor, now: Date): Promise<{ keyId: string; key: KeyObject }> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const [row] = await db.select().from(documentSigningKeys).where(eq(documentSigningKeys.status, 'current'));
    if (row) {
      let key = privateKeys.get(row.keyId);
      if (!key) {
        key = createPrivateKey(row.encrypted ? { key: row.privateKey, passphrase: documentSettings().sealKeyPassphrase ?? '' } : row.privateKey);
        privateKeys.set(row.keyId, key);
      }
      return { keyId: row.keyId, key };
    }
    await db.insert(documentSigningKeys).values(generateKey(now)).onConflictDoNothing();
  }
  throw new Error('No current signing key could be made');
}

/** Signs `text` (UTF-8) with a private key. */
export function signText(key: KeyObject, text: string): Uint8Array {
  return new Uint8Array(sign(null, Buffer.from(text, 'utf8'), key));
}

/** Checks a seal's signature against the published key it names. */
export async function checkSignature(db: Executor, keyId: string, text: string, signature: Uint8Array): Promise<SignatureCheck> {
  const [row] = await db.select({ publicKey: documentSigningKeys.publicKey, status: documentSigningKeys.status }).from(documentSigningKeys).where(eq(documentSigningKeys.keyId, keyId));
  if (!row) {
    return 'unknown-key';
  }
  let key = publicKeys.get(keyId);
  if (!key) {
    key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: row.publicKey }, format: 'jwk' });
    publicKeys.set(keyId, key);
  }
  if (!verify(null, Buffer.from(text, 'utf8'), key, signature)) {
    return 'invalid';
  }
  return row.status === 'revoked' ? 'revoked-key' : 'valid';
}

/** The published keys, newest first (public halves only). */
export async function publishedKeys(db: Executor) {
  const rows = await db
    .select({
      keyId: documentSigningKeys.keyId,
      publicKey: documentSigningKeys.publicKey,
      status: documentSigningKeys.status,
      createdAt: documentSigningKeys.createdAt,
      retiredAt: documentSigningKeys.retiredAt,
      revokedAt: documentSigningKeys.revokedAt,
    })
    .from(documentSigningKeys)
    .orderBy(desc(documentSigningKeys.createdAt));
  return rows.map((r) => ({ ...r, algorithm: 'Ed25519' as const, status: r.status as KeyStatus }));
}

/** Retires the current key and makes a new one current (call inside a transaction). */
export async function rotateKey(tx: Executor, now: Date): Promise<string> {
  await tx.update(documentSigningKeys).set({ status: 'retired', retiredAt: now }).where(eq(documentSigningKeys.status, 'current'));
  const key = generateKey(now);
  await tx.insert(documentSigningKeys).values(key);
  return key.keyId;
}

/** Revokes a key: seals it signed no longer verify. A revoked current key is replaced on the next signature. */
export async function revokeKey(db: Executor, keyId: string, reason: string, now: Date): Promise<void> {
  const [row] = await db.select({ status: documentSigningKeys.status }).from(documentSigningKeys).where(eq(documentSigningKeys.keyId, keyId));
  if (!row) {
    throw notFound('Signing key');
  }
  if (row.status === 'revoked') {
    throw conflict('This key is already revoked');
  }
  await db
    .update(documentSigningKeys)
    .set({ status: 'revoked', revokedAt: now, revokeReason: reason, retiredAt: sql`coalesce(${documentSigningKeys.retiredAt}, ${now.toISOString()}::timestamptz)` })
    .where(eq(documentSigningKeys.keyId, keyId));
}
