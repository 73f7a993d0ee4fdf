/**
 * PostgreSQL's `hashtext()` computed in JavaScript: `hash_bytes` of src/common/hashfn.c (Bob Jenkins'
 * lookup3, little-endian) over the UTF-8 bytes, as a signed 32-bit integer. Generated columns hash name
 * keys with `hashtext` in the database; computing the same hashes here saves a round trip per lookup.
 * Both database engines are little-endian with deterministic default collations, which is what the
 * function's result depends on; a test compares it with the database on both.
 */

function rot(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** One 32-bit little-endian word of `bytes` at `at`, missing bytes counting as zero. */
function word(bytes: Uint8Array, at: number, length: number): number {
  return (bytes[at]! | ((length > 1 ? bytes[at + 1]! : 0) << 8) | ((length > 2 ? bytes[at + 2]! : 0) << 16) | ((length > 3 ? bytes[at + 3]! : 0) << 24)) >>> 0;
}

const encoder = new TextEncoder();

/** `hashtext(text)` of PostgreSQL 12 and later with a deterministic collation. */
export function pgHashtext(text: string): number {
  const bytes = encoder.encode(text);
  let length = bytes.length;
  let a = (0x9e3779b9 + length + 3923095) | 0;
  let b = a;
  let c = a;
  let at = 0;
  while (length >= 12) {
    a = (a + word(bytes, at, 4)) | 0;
    b = (b + word(bytes, at + 4, 4)) | 0;
    c = (c + word(bytes, at + 8, 4)) | 0;
    // mix(a, b, c)
    a = (a - c) | 0; a ^= rot(c, 4); c = (c + b) | 0;
    b = (b - a) | 0; b ^= rot(a, 6); a = (a + c) | 0;
    c = (c - b) | 0; c ^= rot(b, 8); b = (b + a) | 0;
    a = (a - c) | 0; a ^= rot(c, 16); c = (c + b) | 0;
    b = (b - a) | 0; b ^= rot(a, 19); a = (a + c) | 0;
    c = (c - b) | 0; c ^= rot(b, 4); b = (b + a) | 0;
    at += 12;
    length -= 12;
  }
  // The tail: a takes bytes 0–3, b 4–7, c 8–10 shifted up one byte (its lowest byte is the length's).
  if (length > 8) {
    c = (c + (word(bytes, at + 8, length - 8) << 8)) | 0;
  }
  if (length > 4) {
    b = (b + word(bytes, at + 4, Math.min(4, length - 4))) | 0;
  }
  if (length > 0) {
    a = (a + word(bytes, at, Math.min(4, length))) | 0;
  }
  // final(a, b, c)
  c ^= b; c = (c - rot(b, 14)) | 0;
  a ^= c; a = (a - rot(c, 11)) | 0;
  b ^= a; b = (b - rot(a, 25)) | 0;
  c ^= b; c = (c - rot(b, 16)) | 0;
  a ^= c; a = (a - rot(c, 4)) | 0;
  b ^= a; b = (b - rot(a, 14)) | 0;
  c ^= b; c = (c - rot(b, 24)) | 0;
  return c | 0;
}
