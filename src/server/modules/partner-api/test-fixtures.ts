/** Fixtures for partner API tests: keys issued through the admin API, calls made with them, persons holding documents. */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { ApiScope } from '../../platform/access/permissions';
import { uniqueSuffix } from '../../testing/factories';
import type { Session } from '../../testing/http';

export interface IssuedKey {
  id: string;
  key: string;
  prefix: string;
}

/** Issues a key for `organisationId` as `admin` and returns its secret. */
export async function issueKey(admin: Session, organisationId: string, scopes: ApiScope[], extra: { rateLimitPerMinute?: number | null; expiresInDays?: number } = {}): Promise<IssuedKey> {
  const response = await admin.post('/api/admin/api-keys', { organisationId, name: `Partner system ${uniqueSuffix()}`, scopes, expiresInDays: extra.expiresInDays ?? 30, rateLimitPerMinute: extra.rateLimitPerMinute });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<IssuedKey>();
}

/** A request made with an API key (no cookie, no CSRF token). */
export function withKey(app: FastifyInstance, key: string, method: InjectOptions['method'], url: string, body?: unknown): Promise<LightMyRequestResponse> {
  return app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${key}` },
    ...(body === undefined ? {} : { payload: body as InjectOptions['payload'] }),
  });
}

/** A document number no other test uses. */
export function uniqueNumber(prefix = 'P'): string {
  return `${prefix}${uniqueSuffix().toUpperCase()}${Math.floor(Math.random() * 90 + 10)}`;
}

/** Registers a person through the API with one typed document, as a registration clerk would. */
export async function personWithDocument(
  clerk: Session,
  document: { number: string; issuingState: string; kind?: string; expiryDate?: string },
  person: Record<string, unknown> = {},
): Promise<{ id: string; registrationNumber: string }> {
  const registered = await clerk.post('/api/people', { givenNames: 'Yusuf', surname: 'Haidari', sex: 'M', dateOfBirth: '1994-07-02', nationalities: ['AFG'], legalStatus: 'asylum-seeker', contacts: [{ kind: 'phone', value: '+40 700 000 001' }], ...person });
  expect(registered.statusCode, registered.body).toBe(201);
  const created = registered.json<{ id: string; registrationNumber: string }>();
  const added = await clerk.post(`/api/people/${created.id}/documents`, { kind: document.kind ?? 'passport', number: document.number, issuingState: document.issuingState, expiryDate: document.expiryDate ?? '2031-05-31' });
  expect(added.statusCode, added.body).toBe(201);
  return created;
}
