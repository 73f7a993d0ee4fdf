/**
 * Charts in a right-to-left page. Mantine draws every chart left-to-right (the SVG's text anchors break
 * otherwise), so for Arabic the chart is mirrored instead: the category or time axis runs from the right,
 * the value axis sits on the right, and the legend and tooltip read right-to-left.
 */
import { useDirection } from '@mantine/core';
import type { CSSProperties } from 'react';

const RIGHT_TO_LEFT: CSSProperties = { direction: 'rtl' };

/** Axis and style props that mirror a Mantine cartesian chart when the page is right-to-left. */
export function useChartMirroring(categoryWidth?: number) {
  const { dir } = useDirection();
  const rtl = dir === 'rtl';
  // Mantine nudges tick labels 10 px away from the plot; on the right that is the other way.
  const tick = { fontSize: 12, fill: 'currentColor', transform: `translate(${rtl ? 10 : -10}, 0)` };
  return {
    xAxisProps: { reversed: rtl },
    yAxisProps: {
      orientation: rtl ? 'right' : 'left',
      tick,
      ...(categoryWidth ? { width: categoryWidth } : {}),
    },
    styles: rtl ? { legend: RIGHT_TO_LEFT, tooltip: RIGHT_TO_LEFT } : undefined,
  } as const;
}
