-- Audit entries are chained when their transaction commits, inside the database: a transaction queues its
-- entries in audit_pending, and a deferred constraint trigger appends them to the chain at COMMIT. The
-- chain head's lock is then held from the trigger to the end of the commit, never across a round trip to
-- a server process whose event loop may be busy (which made every other writer wait behind it).
CREATE TABLE "audit_pending" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"docs" jsonb NOT NULL
);
--> statement-breakpoint
CREATE FUNCTION audit_chain_pending() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH RECURSIVE
  head AS (SELECT seq, hash FROM audit_chain_head WHERE id = 1 FOR UPDATE),
  input AS (SELECT ord, doc FROM jsonb_array_elements(NEW.docs) WITH ORDINALITY AS e(doc, ord)),
  chain AS (
    SELECT 0::bigint AS ord, seq, hash, NULL::text AS prev_hash FROM head
    UNION ALL
    SELECT i.ord, c.seq + 1,
           encode(sha256(convert_to(c.hash || E'\n' || (c.seq + 1)::text || E'\n' || (i.doc->>'payload'), 'UTF8')), 'hex'),
           c.hash
    FROM chain c JOIN input i ON i.ord = c.ord + 1
  ),
  entry AS (
    INSERT INTO audit_log (seq, at, actor_user_id, actor_label, actor_organisation_id, api_key_id, ip, request_id,
                           action, entity_type, entity_id, fields, detail, purpose, outcome, prev_hash, hash)
    SELECT c.seq, (i.doc->>'at')::timestamptz, (i.doc->>'actorUserId')::uuid, i.doc->>'actorLabel',
           (i.doc->>'actorOrganisationId')::uuid, (i.doc->>'apiKeyId')::uuid, i.doc->>'ip', i.doc->>'requestId',
           i.doc->>'action', i.doc->>'entityType', i.doc->>'entityId',
           nullif(i.doc->'fields', 'null'::jsonb), nullif(i.doc->'detail', 'null'::jsonb),
           i.doc->>'purpose', i.doc->>'outcome', c.prev_hash, c.hash
    FROM chain c JOIN input i ON i.ord = c.ord
    RETURNING seq, hash
  )
  UPDATE audit_chain_head SET seq = last.seq, hash = last.hash
  FROM (SELECT seq, hash FROM entry ORDER BY seq DESC LIMIT 1) last
  WHERE audit_chain_head.id = 1;
  DELETE FROM audit_pending WHERE id = NEW.id;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER audit_pending_chain AFTER INSERT ON audit_pending
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_chain_pending();
