import { describe, expect, it } from 'vitest';
import { bytesToBase64url, composeSeal, readSeal, sealText, type SealData } from '../../../../common/seal';
import type { SigningKey } from '../documentsApi';
import { cachedKeys, checkSignature, saveKeys } from './sealCheck';
import { verdictOf, type OnlineAnswer } from './verdict';

const DATA: SealData = {
  keyId: 'k2026a',
  issuingState: 'ROU',
  documentType: 'TEMP-ID',
  documentNumber: 'TA0001234',
  surname: 'NAZARI',
  givenNames: 'LEILA',
  dateOfBirth: '1991-02',
  sex: 'F',
  nationality: 'AFG',
  issuedOn: '2026-01-10',
  expiresOn: '2026-07-10',
};

async function signedSeal(status: SigningKey['status'] = 'current') {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  const text = sealText(DATA);
  const signature = new Uint8Array(
    await crypto.subtle.sign('Ed25519', pair.privateKey, new TextEncoder().encode(text)),
  );
  const key: SigningKey = {
    keyId: DATA.keyId,
    algorithm: 'Ed25519',
    publicKey: bytesToBase64url(raw),
    status,
    createdAt: '2026-01-01T00:00:00Z',
    retiredAt: null,
    revokedAt: null,
  };
  return { payload: composeSeal(text, signature), key };
}

function read(payload: string) {
  const reading = readSeal(payload);
  if (!reading.ok) {
    throw new Error(reading.message);
  }
  return reading.seal;
}

describe('checking a seal in the browser', () => {
  it('accepts the authority’s signature and refuses a changed name', async () => {
    const { payload, key } = await signedSeal();
    expect(await checkSignature(read(payload), [key])).toBe('valid');
    expect(await checkSignature(read(payload.replace('NAZARI', 'NAZARY')), [key])).toBe('invalid');
  });

  it('names an unknown or revoked key instead of checking', async () => {
    const { payload, key } = await signedSeal('revoked');
    expect(await checkSignature(read(payload), [key])).toBe('revoked-key');
    expect(await checkSignature(read(payload), [])).toBe('unknown-key');
  });

  it('says so when the browser has no WebCrypto (a page not served over https)', async () => {
    const { payload, key } = await signedSeal();
    expect(await checkSignature(read(payload), [key], null)).toBe('unsupported');
  });

  it('keeps the keys for a check without a connection', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    };
    expect(cachedKeys(storage)).toBeNull();
    saveKeys([], new Date('2026-02-01T10:00:00Z'), storage);
    expect(cachedKeys(storage)).toEqual({ keys: [], fetchedAt: '2026-02-01T10:00:00.000Z', fromCache: true });
    store.set('crossroads.documents.keys', '{broken');
    expect(cachedKeys(storage)).toBeNull();
  });
});

describe('the verdict', () => {
  const online = (
    status: OnlineAnswer['status'],
    signature: OnlineAnswer['signature'] = 'valid',
  ): OnlineAnswer => ({
    signature,
    status,
    data: null,
    message: '',
  });

  it('puts a failed signature above any status', () => {
    expect(verdictOf('invalid', online('valid'), '2026-07-10', '2026-02-01')).toBe('forged');
    expect(verdictOf('valid', online('valid', 'invalid'), '2026-07-10', '2026-02-01')).toBe('forged');
    expect(verdictOf('revoked-key', online('valid'), '2026-07-10', '2026-02-01')).toBe('revoked-key');
  });

  it('takes the register’s status when the signature holds', () => {
    expect(verdictOf('valid', online('valid'), '2026-07-10', '2026-02-01')).toBe('valid');
    expect(verdictOf('valid', online('revoked'), '2026-07-10', '2026-02-01')).toBe('revoked');
    expect(verdictOf('unknown-key', online('reported-stolen'), '2026-07-10', '2026-02-01')).toBe(
      'reported-stolen',
    );
    expect(verdictOf('unsupported', online('valid'), '2026-07-10', '2026-02-01')).toBe('valid');
  });

  it('falls back to the seal’s own expiry without a connection', () => {
    expect(verdictOf('valid', null, '2026-07-10', '2026-02-01')).toBe('valid-offline');
    expect(verdictOf('valid', null, '2026-07-10', '2026-08-01')).toBe('expired');
    expect(verdictOf('unknown-key', null, '2026-07-10', '2026-02-01')).toBe('unknown-key');
  });
});
