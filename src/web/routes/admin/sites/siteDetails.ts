/** Reading and writing the type-specific `details` of a site (BCP mode and lanes). */
import { BCP_MODES, type BcpMode } from '../../../reference';

/** The BCP mode stored in a site's details, if valid. */
export function bcpMode(details: Record<string, unknown>): BcpMode | null {
  const mode = details.mode;
  return BCP_MODES.find((m) => m === mode) ?? null;
}

/** The lanes stored in a site's details. */
export function bcpLanes(details: Record<string, unknown>): string[] {
  const lanes = details.lanes;
  return Array.isArray(lanes) ? lanes.filter((lane): lane is string => typeof lane === 'string') : [];
}

/** Splits "A1, A2 ,T1" into ["A1", "A2", "T1"], dropping empty and repeated entries. */
export function parseLanes(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((lane) => lane.trim())
        .filter(Boolean),
    ),
  ];
}
