/** Fixtures of the documents tests: an issuing office with two officers, a document type, holders with photos. */
import sharp from 'sharp';
import type { Db } from '../../platform/db/client';
import { systemContext } from '../../platform/context';
import { createTenant, uniqueSuffix, type Tenant, type TestUser } from '../../testing/factories';
import { setPhoto } from '../people/photos';
import { registerPerson, type PersonInput } from '../people/service';
import { DEMO_DOCUMENT_TYPES } from '../../seed/demo-documents';
import { createDocumentType, type DocumentTypeInput } from './document-types';

let photo: Promise<Buffer> | undefined;

/** A small JPEG, like a passport photo. */
export function testPhoto(): Promise<Buffer> {
  photo ??= sharp({ create: { width: 70, height: 90, channels: 3, background: { r: 180, g: 160, b: 140 } } })
    .jpeg()
    .toBuffer();
  return photo;
}

/** A document type with a unique code (test files share one database). */
export async function createTestType(db: Db, overrides: Partial<DocumentTypeInput> = {}): Promise<DocumentTypeInput> {
  // The demo's temporary identity document for asylum seekers, under a code of its own.
  const type: DocumentTypeInput = { ...DEMO_DOCUMENT_TYPES[0]!, code: `T-${uniqueSuffix().toUpperCase()}`, maxRenewals: 2, ...overrides };
  await createDocumentType(systemContext(db, 'test'), type);
  return type;
}

/** Registers a holder (asylum seeker by default) with a photo. */
export async function createHolder(db: Db, overrides: Partial<PersonInput> = {}, withPhoto = true): Promise<string> {
  const ctx = systemContext(db, 'test');
  const person = await registerPerson(ctx, {
    givenNames: 'Rami',
    surname: `Haddad ${uniqueSuffix().replace(/\d/g, 'x')}`,
    sex: 'M',
    dateOfBirth: '1988-03-14',
    nationalities: ['SYR'],
    legalStatus: 'asylum-seeker',
    ...overrides,
  });
  if (withPhoto) {
    await setPhoto(ctx, person.id, await testPhoto());
  }
  return person.id;
}

export interface DocumentsWorld {
  tenant: Tenant;
  office: string;
  requester: TestUser;
  approver: TestUser;
}

/** An immigration service with an issuing office and two document officers posted there. */
export async function createDocumentsWorld(db: Db): Promise<DocumentsWorld> {
  const tenant = await createTenant(db, 'immigration-service');
  const office = await tenant.site('issuing-office');
  const requester = await tenant.user(['document-officer'], { siteIds: [office] });
  const approver = await tenant.user(['document-officer'], { siteIds: [office] });
  return { tenant, office, requester, approver };
}
