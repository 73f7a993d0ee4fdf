/**
 * One traveller's scan at the desk: what the reader typed, when the first key came (processing time runs
 * from there), the reference that makes a retried crossing the same crossing, and the MRZ as read.
 */
import { useCallback, useState } from 'react';
import { parseMrz, type MrzParseResult } from '../../../../common/mrz';
import { newClientRef, type ScannedDocument } from './deskApi';

export interface TravellerScan {
  text: string;
  firstScanAt: string | null;
  clientRef: string;
  result: MrzParseResult | null;
}

/** The non-empty lines typed so far. */
export function mrzLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

// A reader that sends no line breaks types the whole MRZ as one piece of these lengths.
const WHOLE_MRZ_LENGTHS = [72, 88, 90];

/** True when Enter ends a scan: every line the first one announces (TD1 three of 30, others two), or one unbroken MRZ. */
export function isCompleteMrz(text: string): boolean {
  const lines = mrzLines(text);
  if (lines.length === 0) {
    return false;
  }
  if (lines.length === 1 && WHOLE_MRZ_LENGTHS.includes(lines[0]!.length)) {
    return true;
  }
  return lines.length >= (lines[0]!.length === 30 ? 3 : 2);
}

/** A birth date as screening takes it: the MRZ writes unknown parts as fillers ('1985-<<-<<' is 1985). */
function knownBirthDate(value: string): string | null {
  const known = value.split('-').filter((part) => !part.includes('<'));
  return known.length === 0 ? null : known.join('-');
}

/** The document to look up and screen; null while the MRZ is unread, unreadable or has a wrong check digit. */
export function scannedDocument(result: MrzParseResult | null): ScannedDocument | null {
  if (!result?.ok || result.flags.invalidCheckDigits) {
    return null;
  }
  const d = result.document;
  return {
    number: d.documentNumber,
    issuingState: d.issuingState,
    surname: d.surname,
    givenNames: d.givenNames,
    nationality: d.nationality,
    dateOfBirth: knownBirthDate(d.dateOfBirth),
  };
}

function freshScan(): TravellerScan {
  return { text: '', firstScanAt: null, clientRef: newClientRef(), result: null };
}

/** The scan state of the traveller at the desk and what the MRZ box does with it. */
export function useTravellerScan() {
  const [scan, setScan] = useState<TravellerScan>(freshScan);
  /** The reader (or the officer) typed: the first key of a traveller starts the processing time. */
  const type = useCallback((value: string) => {
    const now = new Date().toISOString();
    setScan((current) => ({
      ...current,
      text: value.toUpperCase(),
      firstScanAt: current.firstScanAt ?? (value ? now : null),
    }));
  }, []);
  /** Reads what was typed; a rescan of the same traveller keeps the first scan time and the reference. */
  const read = useCallback((text?: string) => {
    const now = new Date().toISOString();
    setScan((current) => {
      const value = (text ?? current.text).toUpperCase();
      return {
        ...current,
        text: value,
        firstScanAt: current.firstScanAt ?? now,
        result: parseMrz(mrzLines(value).join('\n')),
      };
    });
  }, []);
  /** Empties the box but keeps the read document on screen (after the decision). */
  const clearText = useCallback(() => setScan((current) => ({ ...current, text: '' })), []);
  const reset = useCallback(() => setScan(freshScan()), []);
  return { scan, document: scannedDocument(scan.result), type, read, clearText, reset };
}

export type TravellerScanControls = ReturnType<typeof useTravellerScan>;
