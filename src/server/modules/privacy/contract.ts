/**
 * What the privacy module asks of the modules that own personal data: each answers through a small
 * function in a file of its own (`<module>/retention.ts`, `<module>/subject-access.ts`), with these shapes.
 */

/** Expired records of one type, as a dry run reports them. */
export interface ExpiredSurvey {
  count: number;
  /** The date the oldest expired record counts from (ISO), or null when none is expired. */
  oldest: string | null;
}

/** What one purge batch removed: the records of the type, and every row per table (dependent rows included). */
export interface PurgedBatch {
  removed: number;
  deleted: Record<string, number>;
}

/** One module's contribution to a subject-access export. */
export interface SubjectAccessPart {
  /** The module, also the name of its JSON file in the ZIP (`<module>.json`). */
  module: string;
  /** Everything the module holds about the person, ready to be written as JSON. */
  data: Record<string, unknown>;
  /** Records per section, for the PDF summary. */
  counts: Record<string, number>;
  /** Records left out because the officer lacks a clearance they carry (never their content). */
  withheld: WithheldRecords[];
  /** Files held about the person (photo, case attachments), placed under `files/<module>/`. */
  files?: Array<{ name: string; data: Uint8Array }>;
}

/** A count of records withheld from an export, by section and the clearances they need. */
export interface WithheldRecords {
  section: string;
  count: number;
  labels: string[];
}

/** Counts the records per section of a part's data (arrays count their items, objects count one). */
export function countSections(data: Record<string, unknown>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(data).map(([section, value]) => [section, Array.isArray(value) ? value.length : value === null || value === undefined ? 0 : 1]),
  );
}

/** True when the caller holds every label (records with no labels are open to all). */
export function holdsAll(held: ReadonlySet<string>, labels: readonly string[]): boolean {
  return labels.every((label) => held.has(label));
}

/** Adds up withheld records per section and label set. */
export function withheldOf(section: string, rows: ReadonlyArray<{ labels: readonly string[] }>): WithheldRecords[] {
  const groups = new Map<string, WithheldRecords>();
  for (const row of rows) {
    const labels = [...row.labels].sort();
    const key = labels.join(',');
    const group = groups.get(key) ?? { section, count: 0, labels };
    group.count += 1;
    groups.set(key, group);
  }
  return [...groups.values()];
}
