/** One error shape for every failure: `{ error: { code, message, fields? } }`; never a stack trace. */
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { recordAuditNow } from '../audit/audit';
import { AppError } from '../errors';

function fieldName(instancePath: string, context: string | undefined): string {
  const path = instancePath.replace(/^\//, '').replace(/\//g, '.');
  const prefix = context && context !== 'body' ? `${context}.` : '';
  return `${prefix}${path}` || context || 'input';
}

/** Installs the error and not-found handlers. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      if ((error.status === 403 || error.status === 404) && request.ctx?.actor.kind !== 'anonymous') {
        // Denials are audited too; a 404 from a scoped read may be someone probing.
        await recordAuditNow(request.ctx, {
          action: 'access.denied',
          outcome: 'denied',
          detail: { route: request.routeOptions.url ?? null, method: request.method, status: error.status },
        }).catch((auditError: unknown) => request.log.error({ err: auditError }, 'audit of denial failed'));
      }
      return reply
        .status(error.status)
        .send({ error: { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) } });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = error.validation.map((v) => ({
        field: fieldName(v.instancePath, error.validationContext),
        message: v.message ?? 'Invalid value',
      }));
      const summary = fields.map((f) => `${f.field}: ${f.message}`).join('; ');
      return reply.status(400).send({ error: { code: 'validation_failed', message: `Invalid input — ${summary}`, fields } });
    }
    if (error.statusCode === 429) {
      return reply.status(429).send({ error: { code: 'rate_limited', message: 'Too many requests; wait a moment and try again' } });
    }
    if (error.statusCode === 413 || error.code === 'FST_REQ_FILE_TOO_LARGE') {
      return reply.status(413).send({ error: { code: 'payload_too_large', message: 'The upload is larger than allowed' } });
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.status(error.statusCode).send({ error: { code: 'validation_failed', message: error.message } });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply
      .status(500)
      .send({ error: { code: 'internal_error', message: `Something went wrong on our side (request ${request.id})` } });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({ error: { code: 'not_found', message: `No such endpoint: ${request.method} ${request.url.split('?')[0]}` } }),
  );
}
