/** The ICAO 9303 check digit (Part 3, section 4.9). */

const WEIGHTS = [7, 3, 1] as const;

/**
 * The check digit of a string of MRZ characters: weights 7, 3, 1 repeating; digits count as
 * themselves, A–Z as 10–35, the filler `<` as 0; the sum modulo 10. Throws on any other character.
 */
export function computeCheckDigit(value: string): number {
  let sum = 0;
  for (let index = 0; index < value.length; index += 1) {
    sum += characterValue(value, index) * WEIGHTS[index % 3]!;
  }
  return sum % 10;
}

function characterValue(value: string, index: number): number {
  const code = value.charCodeAt(index);
  if (code >= 48 && code <= 57) {
    return code - 48;
  }
  if (code >= 65 && code <= 90) {
    return code - 55;
  }
  if (code === 60) {
    return 0;
  }
  throw new RangeError(
    `"${value[index]}" at position ${index + 1} is not an MRZ character (only A–Z, 0–9 and <)`,
  );
}
