/**
 * Turns what a person pastes or a keyboard-wedge scanner types into MRZ lines, or into errors
 * that say which line and position to fix. Line breaks may be \n, \r\n or \r; with none, two or
 * three space-separated pieces are lines, and one long piece is cut by the known total lengths.
 */
import type { MrzError, MrzFormat } from './types';

/** MRZ lines with the layout their lengths and first letter give, or what is wrong with them. */
export type MrzInput = { ok: true; lines: string[]; format: MrzFormat } | { ok: false; errors: MrzError[] };

interface LineShape {
  length: number;
  count: number;
}

const SHAPES: readonly LineShape[] = [
  { length: 30, count: 3 },
  { length: 36, count: 2 },
  { length: 44, count: 2 },
];
const MAX_CHARACTER_ERRORS = 5;
const KNOWN_LENGTHS = 'MRZ lines have 30 (TD1), 36 (TD2, MRV-B) or 44 (TD3, MRV-A) characters';

/** Splits and checks raw input: line count, line lengths and characters. */
export function readMrzInput(input: unknown): MrzInput {
  if (typeof input !== 'string' || input.trim() === '') {
    return { ok: false, errors: [{ code: 'EMPTY_INPUT', field: 'input', message: 'No MRZ was entered' }] };
  }
  const upper = input.replace(/[a-z]+/g, (letters) => letters.toUpperCase());
  const lines = splitLines(upper);
  if (!Array.isArray(lines)) {
    return { ok: false, errors: [lines] };
  }
  const shape = likelyShape(lines);
  const errors = [...characterErrors(lines), ...shapeErrors(lines, shape)];
  if (errors.length > 0) {
    return { ok: false, errors };
  }
  return { ok: true, lines, format: formatOf(shape, lines[0]!) };
}

/** The layout name used in messages: TD2/TD3 lines starting with V are visas. */
export function formatOf(shape: LineShape, firstLine: string): MrzFormat {
  const visa = firstLine.startsWith('V');
  switch (shape.length) {
    case 30:
      return 'TD1';
    case 36:
      return visa ? 'MRVB' : 'TD2';
    default:
      return visa ? 'MRVA' : 'TD3';
  }
}

/** How a layout is named to a person. */
export function formatLabel(format: MrzFormat): string {
  return format === 'MRVA' ? 'MRV-A' : format === 'MRVB' ? 'MRV-B' : format;
}

function splitLines(text: string): string[] | MrzError {
  const byBreaks = text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (byBreaks.length > 1) {
    return byBreaks;
  }
  const pieces = byBreaks[0]!.split(/\s+/);
  if (pieces.length > 1) {
    return pieces;
  }
  const single = pieces[0]!;
  const shape = SHAPES.find((candidate) => candidate.length * candidate.count === single.length);
  if (shape !== undefined) {
    return Array.from({ length: shape.count }, (_, index) =>
      single.slice(index * shape.length, (index + 1) * shape.length),
    );
  }
  const onlyLine = SHAPES.find((candidate) => candidate.length === single.length);
  if (onlyLine !== undefined) {
    const format = formatLabel(formatOf(onlyLine, single));
    return {
      code: 'LINE_COUNT',
      field: 'input',
      message: `Only 1 line was read; ${format} has ${onlyLine.count} lines of ${onlyLine.length} characters`,
    };
  }
  return {
    code: 'LINE_LENGTH',
    field: 'input',
    message:
      `The MRZ was entered as one line of ${single.length} characters; it should be 90 (TD1: 3 lines of 30), ` +
      '72 (TD2, MRV-B: 2 lines of 36) or 88 (TD3, MRV-A: 2 lines of 44)',
  };
}

/** The layout most lines agree on; when none has a known length, the nearest one. */
function likelyShape(lines: readonly string[]): LineShape {
  let best = SHAPES[0]!;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const shape of SHAPES) {
    const misfits = lines.filter((line) => line.length !== shape.length).length;
    const distance = lines.reduce((total, line) => total + Math.abs(line.length - shape.length), 0);
    const score = misfits * 1000 + distance + (lines.length === shape.count ? 0 : 100);
    if (score < bestScore) {
      [best, bestScore] = [shape, score];
    }
  }
  return best;
}

function shapeErrors(lines: readonly string[], shape: LineShape): MrzError[] {
  const format = formatLabel(formatOf(shape, lines[0]!));
  const noneFits = lines.every((line) => !SHAPES.some((candidate) => candidate.length === line.length));
  const errors: MrzError[] = [];
  if (lines.length !== shape.count) {
    errors.push({
      code: 'LINE_COUNT',
      field: 'input',
      message: `Found ${lines.length} lines; ${format} has ${shape.count} lines of ${shape.length} characters`,
    });
  }
  lines.forEach((line, index) => {
    if (line.length !== shape.length) {
      errors.push({
        code: 'LINE_LENGTH',
        field: 'input',
        message: noneFits
          ? `Line ${index + 1} has ${line.length} characters; ${KNOWN_LENGTHS}`
          : `Line ${index + 1} has ${line.length} characters; ${format} lines have ${shape.length}`,
      });
    }
  });
  return errors;
}

function characterErrors(lines: readonly string[]): MrzError[] {
  const errors: MrzError[] = [];
  let more = 0;
  lines.forEach((line, lineIndex) => {
    Array.from(line).forEach((character, position) => {
      if (/[A-Z0-9<]/.test(character)) {
        return;
      }
      if (errors.length >= MAX_CHARACTER_ERRORS) {
        more += 1;
        return;
      }
      const where = `Line ${lineIndex + 1}, position ${position + 1}`;
      const what = /\s/.test(character)
        ? 'a space is not an MRZ character; fillers are written <'
        : `"${character}" is not an MRZ character (only A–Z, 0–9 and <)`;
      errors.push({ code: 'INVALID_CHARACTER', field: 'input', message: `${where}: ${what}` });
    });
  });
  if (more > 0) {
    errors.push({
      code: 'INVALID_CHARACTER',
      field: 'input',
      message: `${more} more character${more === 1 ? '' : 's'} that are not A–Z, 0–9 or <`,
    });
  }
  return errors;
}
