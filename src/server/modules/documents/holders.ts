/**
 * The documents module's door into the people registry and the platform's sites: the holder of a
 * document (through the people service, so its scope and audit apply), their photo, names for lists,
 * and the scope rules of documents and offices.
 */
import { recordScope } from '../../platform/access/policy';
import { sites } from '../../platform/auth/tables';
import type { Ctx } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { getPhoto } from '../people/photos';
import { personSummary, visiblePersonSummaries } from '../people/service';
import { localDay } from '../border/travel-days';
import type { CardHolder } from './card-data';
import type { PersonName } from './presenter';
import * as store from './store';
import { issuedDocuments } from './tables';

export type Holder = Awaited<ReturnType<typeof personSummary>>;

/** Today where the documents are issued (the issuing state's day, not UTC). */
export const today = (ctx: Ctx) => localDay(ctx.now());

/** Documents the caller may see: their organisation's offices, or all for national roles. */
export const documentScope = (ctx: Ctx) => recordScope(ctx, { organisation: issuedDocuments.organisationId });

/** Offices the caller may act at: the sites they are posted to, or all for national roles. */
export const officeScope = (ctx: Ctx) => recordScope(ctx, { site: sites.id });

/** The holder (audited by the people service); 404 when the caller may not see the person. */
export function readHolder(ctx: Ctx, personId: string): Promise<Holder> {
  return personSummary(ctx, personId);
}

/** The holder as the card needs them. */
export function cardHolder(holder: Holder): CardHolder {
  return { surname: holder.surname, givenNames: holder.givenNames, dateOfBirth: holder.dateOfBirth, sex: holder.sex, nationalities: holder.nationalities };
}

/** The holder's photo as JPEG (audited by the people service), or null. */
export async function holderPhoto(ctx: Ctx, personId: string): Promise<Uint8Array | null> {
  try {
    return (await getPhoto(ctx, personId)).image;
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') {
      return null;
    }
    throw error;
  }
}

/** Names of the holders among `personIds` the caller may see; documents of the others are left out of lists. */
export async function visibleHolders(ctx: Ctx, personIds: readonly string[]): Promise<Map<string, PersonName>> {
  return visiblePersonSummaries(ctx, personIds);
}

/** An issuing office the caller may see, or 404. */
export async function officeOf(ctx: Ctx, siteId: string, scope = officeScope(ctx)) {
  const office = await store.selectOffice(ctx.db, siteId, scope);
  if (!office) {
    throw notFound('Issuing office');
  }
  return office;
}
