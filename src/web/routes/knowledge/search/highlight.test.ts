import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlightSegments } from './highlight';

describe('highlighted search results', () => {
  it('marks the words the server found', () => {
    expect(
      highlightSegments('Where can I apply for asylum?', [
        [12, 17],
        [22, 28],
      ]),
    ).toEqual([
      { text: 'Where can I ', marked: false },
      { text: 'apply', marked: true },
      { text: ' for ', marked: false },
      { text: 'asylum', marked: true },
      { text: '?', marked: false },
    ]);
  });

  it('never loses or repeats a character, whatever the ranges', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(fc.tuple(fc.integer({ min: -5, max: 40 }), fc.integer({ min: -5, max: 40 }))),
        (text, ranges) => {
          const segments = highlightSegments(text, ranges);
          expect(segments.map((s) => s.text).join('')).toBe(text);
          expect(segments.every((s) => s.text.length > 0)).toBe(true);
        },
      ),
    );
  });
});
