/**
 * The Human Trafficking Case Data Standard 2.0 (IOM, CC BY 4.0), read from the copy of its field list
 * in `htcds/` beside this file: field names (with prefix) and the value names of each picklist.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

/** One field of the standard. */
export interface HtcdsField {
  name: string;
  section: string;
  type: string;
  /** Value names of a picklist (empty for other fields and for picklists that defer to ISO codes). */
  values: string[];
}

const CSV_PATH = path.join(import.meta.dirname, 'htcds', 'field-standards-2.0.csv');
let loaded: Map<string, HtcdsField> | undefined;

/** Value names are one word each (CamelCase), separated by spaces; prose such as "Use ISO 3166 …" is not a list. */
function valueNamesOf(cell: string): string[] {
  const words = cell.trim().split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((w) => /^[A-Za-z0-9_]+$/.test(w)) && !/^Use$/.test(words[0]!)
    ? words
    : [];
}

/** Every field of the standard by its name including prefix. */
export function htcdsFields(): Map<string, HtcdsField> {
  if (!loaded) {
    const rows = parse(fs.readFileSync(CSV_PATH, 'utf8'), {
      columns: true,
      skip_empty_lines: true,
    }) as Record<string, string>[];
    loaded = new Map();
    for (const row of rows) {
      const name = row['Field Name including Prefix']?.trim() ?? '';
      if (!name || name === 'N/A') {
        continue;
      }
      loaded.set(name, {
        name,
        section: row.Section ?? '',
        type: row['Field Type'] ?? '',
        values: valueNamesOf(row['Value Names (if picklist)'] ?? ''),
      });
    }
  }
  return loaded;
}

/** The value names of an HTCDS picklist field (throws for a name the standard does not have). */
export function htcdsValues(field: string): string[] {
  const found = htcdsFields().get(field);
  if (!found) {
    throw new Error(`HTCDS has no field ${field}`);
  }
  return found.values;
}
