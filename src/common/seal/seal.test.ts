/** The seal reader: never throws on what a scanner types, reads back what we write, and any change to the data breaks the signature. */
import { generateKeyPairSync, sign, verify } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64urlToBytes, bytesToBase64url, composeSeal, readSeal, sealText, type SealData } from './index';

const keys = generateKeyPairSync('ed25519');
const data: SealData = {
  keyId: 'K20261206-abcdef',
  issuingState: 'ROU',
  documentType: 'TID-AS',
  documentNumber: 'TA0000123',
  surname: 'AL RASHID',
  givenNames: 'MUHAMMAD ALI',
  dateOfBirth: '1985-03',
  sex: 'M',
  nationality: 'SYR',
  issuedOn: '2026-12-06',
  expiresOn: '2027-06-06',
};
const signed = (fields: SealData) => {
  const text = sealText(fields);
  return composeSeal(text, new Uint8Array(sign(null, Buffer.from(text), keys.privateKey)));
};
const genuine = (payload: string) => {
  const read = readSeal(payload);
  return read.ok && verify(null, Buffer.from(read.seal.signedText), keys.publicKey, read.seal.signature);
};

describe('seal', () => {
  it('reads back what it writes, with a signature that verifies', () => {
    const payload = signed(data);
    expect(payload).toMatch(/^CRS1\|K20261206-abcdef\|ROU\|TID-AS\|TA0000123\|AL RASHID\|MUHAMMAD ALI\|198503\|M\|SYR\|20261206\|20270606\|[\w-]{86}$/);
    const read = readSeal(payload);
    expect(read.ok && read.seal.data).toEqual(data);
    expect(genuine(payload)).toBe(true);
  });

  it('never throws on arbitrary input, and explains what is wrong', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 700 }), fc.array(fc.string({ maxLength: 20 }), { maxLength: 15 }).map((a) => a.join('|'))), (input) => {
        const read = readSeal(input);
        if (!read.ok) {
          expect(read.message.length).toBeGreaterThan(5);
        }
      }),
    );
  });

  it('fails verification when any one character of the signed data changes', () => {
    const payload = signed(data);
    const signedLength = payload.lastIndexOf('|');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: signedLength - 1 }), fc.constantFrom(...'ABCXYZ0123456789 '), (at, replacement) => {
        fc.pre(payload[at] !== replacement && payload[at] !== '|');
        const tampered = `${payload.slice(0, at)}${replacement}${payload.slice(at + 1)}`;
        expect(genuine(tampered)).toBe(false);
      }),
    );
  });

  it('refuses impossible dates, unknown shapes and oversize input', () => {
    const payload = signed(data);
    expect(readSeal(payload.replace('20270606', '20270231'))).toMatchObject({ ok: false, message: /expiry date/ });
    expect(readSeal(payload.replace('|198503|', '|198513|'))).toMatchObject({ ok: false, message: /date of birth/ });
    expect(readSeal(payload.replace('CRS1', 'CRS9'))).toMatchObject({ ok: false, message: /CRS1/ });
    expect(readSeal(`${payload}|extra`)).toMatchObject({ ok: false, message: /14 fields/ });
    expect(readSeal('x'.repeat(600))).toMatchObject({ ok: false, message: /longer than 512/ });
    expect(readSeal(payload.replace('AL RASHID', "AL RASHID'); drop table"))).toMatchObject({ ok: false });
    expect(() => sealText({ ...data, surname: 'Al-Rashid' })).toThrow(/name/);
  });

  it('converts base64url both ways', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
        expect([...base64urlToBytes(bytesToBase64url(bytes))]).toEqual([...bytes]);
      }),
    );
    expect(() => base64urlToBytes('a+b/')).toThrow();
  });
});
