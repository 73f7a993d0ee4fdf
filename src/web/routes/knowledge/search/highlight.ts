/** A search result's text cut into plain and highlighted pieces by the server's ranges (pure, unit-tested). */

export interface Segment {
  text: string;
  marked: boolean;
}

/**
 * The pieces of `text`, in order; ranges are [start, end) character offsets. Overlapping, unordered or
 * out-of-bounds ranges are tolerated, so a bad range can only lose a highlight, never words.
 */
export function highlightSegments(text: string, ranges: readonly (readonly [number, number])[]): Segment[] {
  const sorted = ranges
    .map(([start, end]) => [Math.max(0, start), Math.min(text.length, end)] as const)
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const out: Segment[] = [];
  let at = 0;
  for (const [start, end] of sorted) {
    if (end <= at) {
      continue;
    }
    if (start > at) {
      out.push({ text: text.slice(at, start), marked: false });
    }
    out.push({ text: text.slice(Math.max(start, at), end), marked: true });
    at = end;
  }
  if (at < text.length) {
    out.push({ text: text.slice(at), marked: false });
  }
  return out;
}
