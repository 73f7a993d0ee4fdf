import type { MrzDocumentKind, MrzDocumentType } from './types';

const KIND_OF_TYPE: Record<MrzDocumentType, MrzDocumentKind> = {
  passport: 'passport',
  'identity-card': 'identity-card',
  visa: 'visa',
  'other-travel-document': 'travel-document',
};

/** The document kind a registry records for a document read from its MRZ. */
export function documentKindOf(documentType: MrzDocumentType): MrzDocumentKind {
  return KIND_OF_TYPE[documentType];
}
