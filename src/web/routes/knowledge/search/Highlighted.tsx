/** A search result's question or snippet with the matched words highlighted. */
import { Mark } from '@mantine/core';
import { highlightSegments } from './highlight';

/** The text with <mark> around each range the server returned. */
export function Highlighted({
  text,
  ranges,
}: {
  text: string;
  ranges: readonly (readonly [number, number])[];
}) {
  return highlightSegments(text, ranges).map((segment, index) =>
    segment.marked ? (
      <Mark key={index} color="yellow">
        {segment.text}
      </Mark>
    ) : (
      segment.text
    ),
  );
}
