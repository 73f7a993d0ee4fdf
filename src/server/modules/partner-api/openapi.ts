/**
 * The OpenAPI page's account of API-key access, written from the routes themselves: every route that
 * accepts keys (`config.access.apiScopes`) is documented with the bearer scheme and the scopes it needs
 * (OpenAPI 3.1 lets a non-OAuth security requirement list roles), a line saying so, the `x-api-scopes`
 * extension, and examples for the routes that other modules own.
 */
import type { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { RouteAccess } from '../../platform/http/types';

type Transform = typeof jsonSchemaTransform;
type DocumentedSchema = Record<string, unknown> & { description?: string; tags?: string[]; body?: Record<string, unknown>; response?: Record<string, unknown> };

export const PARTNER_TAG = 'partner API';

/** Examples for partner-callable routes whose schemas live in other modules (by `METHOD url`). */
const EXAMPLES: Record<string, { body?: unknown; response?: unknown }> = {
  'GET /api/directory/organisations': {
    response: [
      { id: '1d9e4c1a-8f0b-4c3e-9a57-2b6d0e8f4c21', code: 'igi', name: 'General Inspectorate for Immigration', type: 'immigration-service' },
      { id: '7a3f2b90-5e61-4d8c-b0a4-9c1e6f3d2a58', code: 'ministry-health', name: 'Ministry of Health', type: 'other-ministry' },
    ],
  },
  'POST /api/border/screen': {
    body: { names: ['Muhammad Abdalla'], dateOfBirth: '1985-03-12', nationalities: ['SYR'], document: { number: 'N01234567', issuingState: 'SYR' } },
  },
};

function scopesOf(access: RouteAccess | undefined): { scopes: string[]; permission?: string } | null {
  if (!access || !('apiScopes' in access) || !access.apiScopes || access.apiScopes.length === 0) {
    return null;
  }
  return { scopes: [...access.apiScopes], permission: access.permission };
}

function withExample(schema: unknown, example: unknown): Record<string, unknown> {
  const base = schema && typeof schema === 'object' ? (schema as Record<string, unknown>) : {};
  return { ...base, examples: [example] };
}

/** Wraps the schema transform so that key-callable routes document their scopes and examples. */
export function documentApiKeyAccess(transform: Transform): Transform {
  return (input) => {
    const result = transform(input);
    const access = scopesOf(input.route.config?.access);
    if (!access) {
      return result;
    }
    const schema = { ...(result.schema as DocumentedSchema) };
    const scopeList = access.scopes.map((scope) => `\`${scope}\``).join(' or ');
    const staff = access.permission ? ` Signed-in staff need the permission \`${access.permission}\`.` : '';
    schema.description = `**API key scope:** ${scopeList}.${staff}${schema.description ? `\n\n${schema.description}` : ''}`;
    schema.security = [{ apiKey: access.scopes }, ...(access.permission ? [{ session: [] }] : [])];
    schema['x-api-scopes'] = access.scopes;
    schema.tags = [...new Set([...(schema.tags ?? []), PARTNER_TAG])];
    const method = [input.route.method].flat()[0];
    const examples = EXAMPLES[`${String(method)} ${input.url}`];
    if (examples?.body !== undefined) {
      schema.body = withExample(schema.body, examples.body);
    }
    if (examples?.response !== undefined) {
      schema.response = { ...schema.response, 200: withExample(schema.response?.[200] ?? { type: 'array' }, examples.response) };
    }
    return { ...result, schema };
  };
}
