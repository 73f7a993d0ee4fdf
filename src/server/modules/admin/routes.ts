/** HTTP for administration: organisations, sites, users, roles, API keys and the audit trail. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { API_SCOPES, PERMISSIONS, SENSITIVITY_LABELS } from '../../platform/access/permissions';
import { exportFormatQuery, sendExport } from '../../platform/export/http';
import { updateApiKey } from './api-key-settings';
import { browseAudit, verifyAudit } from './audit-service';
import { auditExport, usersExport } from './exports';
import { ORGANISATION_TYPES, SITE_TYPES, UI_LANGUAGES } from './reference';
import * as admin from './service';

const idParams = z.object({ id: z.uuid() });
const code = z
  .string()
  .trim()
  .min(2)
  .max(40)
  .regex(/^[a-z0-9-]+$/, 'Use lower-case letters, digits and hyphens');
const name = z.string().trim().min(2).max(200);
/** A partner key's own limit, requests per minute. */
const apiKeyRateLimit = z.number().int().min(1).max(100_000);

const organisationBody = z.object({ code, name, type: z.enum(ORGANISATION_TYPES), active: z.boolean().optional() });
const siteBody = z.object({
  organisationId: z.uuid(),
  code,
  name,
  type: z.enum(SITE_TYPES),
  details: z.record(z.string(), z.unknown()).optional(),
  active: z.boolean().optional(),
});
const userBody = z.object({
  username: z
    .string()
    .trim()
    .min(3)
    .max(60)
    .regex(/^[a-zA-Z0-9._-]+$/, 'Use letters, digits, dots, hyphens and underscores'),
  displayName: name,
  email: z.email().nullish(),
  organisationId: z.uuid(),
  password: z.string().min(1).max(256),
  roles: z.array(z.string().max(60)).max(20).default([]),
  siteIds: z.array(z.uuid()).max(50).default([]),
  clearances: z.array(z.enum(SENSITIVITY_LABELS)).default([]),
  language: z.enum(UI_LANGUAGES).optional(),
});
const userPatch = z.object({
  displayName: name.optional(),
  email: z.email().nullish(),
  organisationId: z.uuid().optional(),
  roles: z.array(z.string().max(60)).max(20).optional(),
  siteIds: z.array(z.uuid()).max(50).optional(),
  clearances: z.array(z.enum(SENSITIVITY_LABELS)).optional(),
  language: z.enum(UI_LANGUAGES).optional(),
  status: z.enum(['active', 'disabled']).optional(),
});
const roleBody = z.object({
  code,
  name,
  permissions: z.array(z.enum(PERMISSIONS)).max(PERMISSIONS.length),
  national: z.boolean().optional(),
  requireTotp: z.boolean().optional(),
});

/** Registers /api/admin/*. */
export const adminRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['admin'];
  app.get(
    '/api/admin/organisations',
    { config: { access: { authenticated: true } }, schema: { tags, summary: 'Organisations I may see' } },
    async (request) => admin.listOrganisations(request.ctx),
  );
  app.post(
    '/api/admin/organisations',
    { config: { access: { permission: 'admin.organisations.manage' } }, schema: { tags, summary: 'Create an organisation', body: organisationBody } },
    async (request, reply) => reply.status(201).send(await admin.createOrganisation(request.ctx, request.body)),
  );
  app.patch(
    '/api/admin/organisations/:id',
    {
      config: { access: { permission: 'admin.organisations.manage' } },
      schema: { tags, summary: 'Change an organisation', params: idParams, body: organisationBody.partial() },
    },
    async (request) => admin.updateOrganisation(request.ctx, request.params.id, request.body),
  );

  app.get(
    '/api/admin/sites',
    {
      config: { access: { authenticated: true } },
      schema: { tags, summary: 'Sites I may see', querystring: z.object({ type: z.enum(SITE_TYPES).optional() }) },
    },
    async (request) => admin.listSites(request.ctx, request.query),
  );
  app.post(
    '/api/admin/sites',
    { config: { access: { permission: 'admin.sites.manage' } }, schema: { tags, summary: 'Create a site', body: siteBody } },
    async (request, reply) => reply.status(201).send(await admin.createSite(request.ctx, request.body)),
  );
  app.patch(
    '/api/admin/sites/:id',
    { config: { access: { permission: 'admin.sites.manage' } }, schema: { tags, summary: 'Change a site', params: idParams, body: siteBody.partial() } },
    async (request) => admin.updateSite(request.ctx, request.params.id, request.body),
  );

  app.get(
    '/api/admin/roles',
    { config: { access: { authenticated: true } }, schema: { tags, summary: 'Roles and their permissions (for user or role administrators)' } },
    async (request) => ({ roles: await admin.listRoles(request.ctx), permissions: PERMISSIONS, apiScopes: API_SCOPES }),
  );
  app.post(
    '/api/admin/roles',
    { config: { access: { permission: 'admin.roles.manage' } }, schema: { tags, summary: 'Create a role', body: roleBody } },
    async (request, reply) => reply.status(201).send(await admin.createRole(request.ctx, request.body)),
  );
  app.patch(
    '/api/admin/roles/:id',
    {
      config: { access: { permission: 'admin.roles.manage' } },
      schema: { tags, summary: 'Change a role', params: idParams, body: roleBody.omit({ code: true }).partial() },
    },
    async (request) => admin.updateRole(request.ctx, request.params.id, request.body),
  );

  app.get(
    '/api/admin/users',
    {
      config: { access: { permission: 'admin.users.manage' } },
      schema: { tags, summary: 'Users I administer', querystring: z.object({ q: z.string().max(100).optional(), organisationId: z.uuid().optional() }) },
    },
    async (request) => admin.listUsers(request.ctx, request.query),
  );
  app.get(
    '/api/admin/users/export',
    {
      config: { access: { permission: 'admin.users.manage' } },
      schema: { tags, summary: 'Users I administer as CSV or XLSX (streamed; X-Export-Rows announces the rows)', querystring: z.object({ q: z.string().max(100).optional(), organisationId: z.uuid().optional() }).extend(exportFormatQuery.shape) },
    },
    async (request, reply) => sendExport(request.ctx, reply, usersExport(request.ctx, request.query), request.query.format),
  );
  app.get(
    '/api/admin/users/:id',
    { config: { access: { permission: 'admin.users.manage' } }, schema: { tags, summary: 'One user', params: idParams } },
    async (request) => admin.getUser(request.ctx, request.params.id),
  );
  app.post(
    '/api/admin/users',
    { config: { access: { permission: 'admin.users.manage' } }, schema: { tags, summary: 'Create a user', body: userBody } },
    async (request, reply) => reply.status(201).send(await admin.createUser(request.ctx, request.body)),
  );
  app.patch(
    '/api/admin/users/:id',
    { config: { access: { permission: 'admin.users.manage' } }, schema: { tags, summary: 'Change a user', params: idParams, body: userPatch } },
    async (request) => admin.updateUser(request.ctx, request.params.id, request.body),
  );
  app.post(
    '/api/admin/users/:id/password',
    {
      config: { access: { permission: 'admin.users.manage' } },
      schema: { tags, summary: 'Set a new password', params: idParams, body: z.object({ password: z.string().min(1).max(256) }) },
    },
    async (request) => {
      await admin.resetPassword(request.ctx, request.params.id, request.body.password);
      return { status: 'ok' as const };
    },
  );
  app.post(
    '/api/admin/users/:id/unlock',
    { config: { access: { permission: 'admin.users.manage' } }, schema: { tags, summary: 'Lift a lockout', params: idParams } },
    async (request) => {
      await admin.unlockUser(request.ctx, request.params.id);
      return { status: 'ok' as const };
    },
  );
  app.post(
    '/api/admin/users/:id/reset-totp',
    { config: { access: { permission: 'admin.users.manage' } }, schema: { tags, summary: 'Remove the second factor', params: idParams } },
    async (request) => {
      await admin.resetTotp(request.ctx, request.params.id);
      return { status: 'ok' as const };
    },
  );

  app.get(
    '/api/directory/organisations',
    {
      config: { access: { apiScopes: ['directory:read'], permission: 'admin.users.manage' } },
      schema: { tags: ['partner API'], summary: 'The directory of organisations (partner systems, scope directory:read)', security: [{ apiKey: [] }] },
    },
    async (request) => (await admin.directoryOfOrganisations(request.ctx)).map(({ id, code, name, type }) => ({ id, code, name, type })),
  );
  app.get(
    '/api/admin/api-keys',
    { config: { access: { permission: 'admin.apikeys.manage' } }, schema: { tags, summary: 'Partner API keys' } },
    async (request) => admin.listApiKeys(request.ctx),
  );
  app.post(
    '/api/admin/api-keys',
    {
      config: { access: { permission: 'admin.apikeys.manage' } },
      schema: {
        tags,
        summary: 'Create a partner API key (the key is shown once)',
        body: z.object({
          organisationId: z.uuid(),
          name,
          scopes: z.array(z.enum(API_SCOPES)).min(1),
          expiresInDays: z.number().int().min(1).max(730).default(365),
          rateLimitPerMinute: apiKeyRateLimit.nullish(),
        }),
      },
    },
    async (request, reply) => reply.status(201).send(await admin.createApiKey(request.ctx, request.body)),
  );
  app.patch(
    '/api/admin/api-keys/:id',
    {
      config: { access: { permission: 'admin.apikeys.manage' } },
      schema: {
        tags,
        summary: 'Change a key’s name, scopes or rate limit (null: the default for keys)',
        params: idParams,
        body: z.object({ name: name.optional(), scopes: z.array(z.enum(API_SCOPES)).min(1).optional(), rateLimitPerMinute: apiKeyRateLimit.nullable().optional() }),
      },
    },
    async (request) => updateApiKey(request.ctx, request.params.id, request.body),
  );
  app.post(
    '/api/admin/api-keys/:id/revoke',
    { config: { access: { permission: 'admin.apikeys.manage' } }, schema: { tags, summary: 'Revoke a key', params: idParams } },
    async (request) => admin.revokeApiKey(request.ctx, request.params.id),
  );

  app.get(
    '/api/audit',
    {
      config: { access: { permission: 'audit.read' } },
      schema: {
        tags: ['audit'],
        summary: 'Browse the audit trail (who accessed a record: filter by entityType and entityId)',
        querystring: z.object({
          actorUserId: z.uuid().optional(),
          entityType: z.string().max(40).optional(),
          entityId: z.string().max(80).optional(),
          action: z.string().max(80).optional(),
          from: z.coerce.date().optional(),
          to: z.coerce.date().optional(),
          beforeSeq: z.coerce.number().int().positive().optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
      },
    },
    async (request) => ({ entries: await browseAudit(request.ctx, request.query) }),
  );
  app.get(
    '/api/audit/export',
    {
      config: { access: { permission: 'audit.read' } },
      schema: {
        tags: ['audit'],
        summary: 'The audit entries of a filter as CSV or XLSX, up to the newest when the export starts (streamed; X-Export-Rows announces the rows)',
        querystring: z
          .object({
            actorUserId: z.uuid().optional(),
            entityType: z.string().max(40).optional(),
            entityId: z.string().max(80).optional(),
            action: z.string().max(80).optional(),
            from: z.coerce.date().optional(),
            to: z.coerce.date().optional(),
            beforeSeq: z.coerce.number().int().positive().optional(),
          })
          .extend(exportFormatQuery.shape),
      },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      return sendExport(request.ctx, reply, auditExport(request.ctx, query), format);
    },
  );
  app.post(
    '/api/audit/verify',
    { config: { access: { permission: 'audit.read' } }, schema: { tags: ['audit'], summary: 'Check the hash chain of the audit trail' } },
    async (request) => verifyAudit(request.ctx),
  );
};
