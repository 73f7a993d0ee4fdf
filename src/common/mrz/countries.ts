/**
 * ICAO 9303 state and organisation codes (Part 3, section 5): ISO 3166-1 alpha-3, `D` for
 * Germany, XXA/XXB/XXC/XXX for stateless, refugee and unspecified nationality, and the codes of
 * organisations (UNO, EUE, XOM, …). The list is the one the `mrz` package keeps.
 */
import { states } from 'mrz';

/** ICAO's fictitious specimen state, Utopia. */
export const SPECIMEN_STATE = 'UTO';

/** What a state code in the MRZ turned out to be. */
export type StateCodeVerdict = 'known' | 'specimen' | 'unknown';

/** Classifies a state code as written in the MRZ, without its trailing fillers ('D', 'DEU', 'XXA'). */
export function classifyStateCode(code: string, acceptSpecimen: boolean): StateCodeVerdict {
  if (code === SPECIMEN_STATE) {
    return acceptSpecimen ? 'known' : 'specimen';
  }
  return Object.hasOwn(states, code) ? 'known' : 'unknown';
}

/** The name ICAO gives a state code, if it knows the code. */
export function stateName(code: string): string | undefined {
  if (code === SPECIMEN_STATE) {
    return 'Utopia (ICAO specimen)';
  }
  return Object.hasOwn(states, code) ? states[code] : undefined;
}
