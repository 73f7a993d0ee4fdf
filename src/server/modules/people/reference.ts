/** Reference lists of the people registry. */
export const SEXES = ['M', 'F', 'X', 'U'] as const;
export type Sex = (typeof SEXES)[number];

export const LEGAL_STATUSES = [
  'visitor',
  'asylum-seeker',
  'refugee',
  'subsidiary-protection',
  'tolerated',
  'irregular',
  'resident',
  'returned',
  'citizen',
] as const;
export type LegalStatus = (typeof LEGAL_STATUSES)[number];

/**
 * The fields of a person's record a change may touch, as the edit history names them: what a clerk's edit
 * compares and what a post and headquarters may both change.
 */
export const PERSON_FIELDS = [
  'givenNames',
  'surname',
  'originalName',
  'originalScript',
  'otherNames',
  'sex',
  'dateOfBirth',
  'dateOfBirthEstimated',
  'placeOfBirth',
  'nationalities',
  'languages',
  'contacts',
  'addresses',
  'legalStatus',
  'sensitivity',
] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];

export const DOCUMENT_KINDS = ['passport', 'identity-card', 'visa', 'residence-permit', 'travel-document', 'birth-certificate', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** What the related person is to the person. */
export const RELATIONS = ['parent', 'child', 'spouse', 'sibling', 'guardian', 'ward'] as const;
export type Relation = (typeof RELATIONS)[number];

/** The same link seen from the other side. */
export function inverseRelation(relation: Relation): Relation {
  switch (relation) {
    case 'parent':
      return 'child';
    case 'child':
      return 'parent';
    case 'guardian':
      return 'ward';
    case 'ward':
      return 'guardian';
    case 'spouse':
    case 'sibling':
      return relation;
  }
}

export const ADULT_AGE = 18;
