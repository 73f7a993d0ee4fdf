import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeOnEachEngine } from '../../testing/engines';
import { createTestApp } from '../../testing/http';

interface Operation {
  summary?: string;
  description?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  'x-api-scopes'?: string[];
  parameters?: { name: string; in: string; example?: unknown; schema?: { example?: unknown } }[];
  requestBody?: { content: Record<string, Media> };
  responses: Record<string, { content?: Record<string, Media> }>;
}

/** A media type: @fastify/swagger moves a schema's `examples` up to the media type (`example` when there is one). */
interface Media {
  schema: { examples?: unknown[] };
  example?: unknown;
  examples?: Record<string, { value: unknown }>;
}

function examplesOf(media: Media | undefined): unknown[] {
  if (!media) {
    return [];
  }
  if (media.examples) {
    return Object.values(media.examples).map((e) => e.value);
  }
  return media.example !== undefined ? [media.example] : (media.schema.examples ?? []);
}

interface OpenApi {
  openapi: string;
  components: { securitySchemes: Record<string, { type: string; scheme?: string; bearerFormat?: string; description?: string }> };
  paths: Record<string, Record<string, Operation>>;
}

describeOnEachEngine('the OpenAPI page documents partner access', (database) => {
  let app: FastifyInstance;
  let spec: OpenApi;
  beforeAll(async () => {
    app = await createTestApp(database());
    const response = await app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(response.statusCode).toBe(200);
    spec = response.json<OpenApi>();
  });
  afterAll(async () => {
    await app.close();
  });

  it('declares bearer API-key authentication', () => {
    expect(spec.openapi).toBe('3.1.0');
    expect(spec.components.securitySchemes.apiKey).toMatchObject({ type: 'http', scheme: 'bearer', bearerFormat: 'cr_<prefix>_<secret>' });
    expect(spec.components.securitySchemes.apiKey!.description).toContain('scope');
  });

  it('names the scope of every route an API key may call, and only of those', () => {
    const keyRoutes = app.routeAccessTable.filter((r) => 'apiScopes' in r.access && r.access.apiScopes?.length);
    expect(keyRoutes.length).toBeGreaterThanOrEqual(6);
    for (const route of keyRoutes) {
      const path = route.url.replace(/:(\w+)/g, '{$1}');
      const operation = spec.paths[path]?.[route.method.toLowerCase()];
      const scopes = 'apiScopes' in route.access ? route.access.apiScopes : [];
      expect(operation, `${route.method} ${route.url}`).toBeDefined();
      expect(operation!.security, `${route.method} ${route.url}`).toContainEqual({ apiKey: scopes });
      expect(operation!['x-api-scopes']).toEqual(scopes);
      expect(operation!.description).toContain(`**API key scope:** \`${scopes![0]}\``);
      expect(operation!.tags).toContain('partner API');
    }
    // A staff-only endpoint does not offer key access.
    expect(spec.paths['/api/people/{id}']!.get!.security ?? []).not.toContainEqual(expect.objectContaining({ apiKey: expect.anything() }));
  });

  it('shows request and response examples for the partner endpoints', () => {
    const lookup = spec.paths['/api/partner/people/by-document']!.get!;
    expect(lookup.parameters!.find((p) => p.name === 'number')).toMatchObject({ in: 'query' });
    expect(JSON.stringify(lookup.parameters)).toContain('P4471923');
    const json = (media: Record<string, Media> | undefined) => examplesOf(media?.['application/json']);
    const lookupExample = json(lookup.responses['200']!.content)[0] as { matches: { registrationNumber: string }[] };
    expect(lookupExample.matches[0]!.registrationNumber).toBe('P-2026-000042');
    const verify = spec.paths['/api/partner/documents/verify']!.post!;
    expect(json(verify.requestBody!.content)).toContainEqual({ documentNumber: 'RO0001234' });
    expect(json(verify.responses['200']!.content)).toHaveLength(1);
    expect(json(spec.paths['/api/partner/border/crossings']!.get!.responses['200']!.content)).toHaveLength(1);
    expect(json(spec.paths['/api/partner/people/{id}/crossings']!.get!.responses['200']!.content)).toHaveLength(1);
    expect(json(spec.paths['/api/directory/organisations']!.get!.responses['200']!.content)).toHaveLength(1);
    expect(json(spec.paths['/api/border/screen']!.post!.requestBody!.content)).toHaveLength(1);
  });
});
