/** MRZ helpers (ICAO 9303): read TD1, TD2, TD3 and visas; write TD1 and TD3; the check digit. */
export { computeCheckDigit } from './check-digit';
export { classifyStateCode, SPECIMEN_STATE, stateName, type StateCodeVerdict } from './countries';
export { formatTd1, formatTd3, type FormatMrzOptions, type Td1Data, type Td3Data } from './format';
export { MrzFormatError } from './format-error';
export { buildNameField, splitNameField, transliterateName, type MrzNameField } from './names';
export { documentKindOf } from './kind';
export { parseMrz } from './parse';
export type * from './types';
