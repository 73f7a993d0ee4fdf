/**
 * What a card carries, computed from the person and the document: the holder's names in MRZ form (from
 * any script), the three TD1 lines, and the data the seal signs. Pure.
 */
import { formatTd1, MrzFormatError, transliterateName, type MrzSex } from '../../../common/mrz';
import { normaliseName } from '../../../common/names';
import { sealName, type SealData } from '../../../common/seal';
import { ruleViolated } from '../../platform/errors';

/** The holder as the registry knows them. */
export interface CardHolder {
  surname: string;
  givenNames: string;
  /** 'YYYY-MM-DD', 'YYYY-MM', 'YYYY' or null. */
  dateOfBirth: string | null;
  sex: string;
  nationalities: readonly string[];
}

/** The document fields a card shows. */
export interface CardDocument {
  mrzCode: string;
  typeCode: string;
  number: string;
  issuedOn: string;
  expiresOn: string;
  issuingState: string;
}

/**
 * A name in MRZ letters (`<` between parts). Latin names follow ICAO's transliteration (Ä→AE…); names
 * in Arabic, Cyrillic or Greek script are written with the registry's transliteration, since the MRZ
 * takes Latin letters only.
 */
export function mrzName(name: string, field: 'surname' | 'givenNames'): string {
  try {
    return transliterateName(name, field);
  } catch (error) {
    if (!(error instanceof MrzFormatError)) {
      throw error;
    }
    return transliterateName(normaliseName(name), field);
  }
}

/** Surname and given names for the MRZ; a person with one name has it as the surname (ICAO 9303 Part 3). */
export function holderMrzNames(holder: Pick<CardHolder, 'surname' | 'givenNames'>): { surname: string; givenNames: string } {
  const surname = mrzName(holder.surname, 'surname');
  const givenNames = mrzName(holder.givenNames, 'givenNames');
  if (surname === '' && givenNames === '') {
    throw ruleViolated("The person's name has no Latin form for the card: record the name in Latin script as well (as in their documents)", [
      { field: 'personId', message: 'No Latin name' },
    ]);
  }
  return surname === '' ? { surname: givenNames, givenNames: '' } : { surname, givenNames };
}

/** M, F, or X for any other or unknown sex (ICAO 9303 allows X for unspecified). */
export function cardSex(sex: string): MrzSex {
  return sex === 'M' || sex === 'F' ? sex : 'X';
}

/** The first nationality, or XXX (unspecified) for a person without one. */
export function cardNationality(nationalities: readonly string[]): string {
  return nationalities[0] ?? 'XXX';
}

/** The birth date as the MRZ writer takes it; unknown parts become <<. */
export function cardBirthDate(dateOfBirth: string | null): string {
  return dateOfBirth ?? '<<<<';
}

/** The three TD1 lines of the card. */
export function cardMrz(document: CardDocument, holder: CardHolder): [string, string, string] {
  const names = holderMrzNames(holder);
  return formatTd1({
    documentCode: document.mrzCode,
    issuingState: document.issuingState,
    documentNumber: document.number,
    surname: names.surname,
    givenNames: names.givenNames,
    dateOfBirth: cardBirthDate(holder.dateOfBirth),
    sex: cardSex(holder.sex),
    expiryDate: document.expiresOn,
    nationality: cardNationality(holder.nationalities),
  });
}

/** The data the seal carries, names as on the MRZ (spaces between parts). */
export function cardSealData(document: CardDocument, holder: CardHolder, keyId: string): SealData {
  const names = holderMrzNames(holder);
  return {
    keyId,
    issuingState: document.issuingState,
    documentType: document.typeCode,
    documentNumber: document.number,
    surname: sealName(names.surname),
    givenNames: sealName(names.givenNames),
    dateOfBirth: holder.dateOfBirth ?? '',
    sex: cardSex(holder.sex),
    nationality: cardNationality(holder.nationalities),
    issuedOn: document.issuedOn,
    expiresOn: document.expiresOn,
  };
}
