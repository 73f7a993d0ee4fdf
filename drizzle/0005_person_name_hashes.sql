-- Hashed blocking keys for candidate retrieval (see persons.name_hashes / name_year_hashes).
-- intarray gives the GIN opclass for int[] overlap and the C intersection (&) and icount used to rank.
-- hashtext is immutable and stable across platforms (hash partitioning relies on it); a collision only
-- adds a candidate, which the name matcher then scores low.
CREATE EXTENSION IF NOT EXISTS intarray;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION name_key_hashes(keys text[]) RETURNS int[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT hashtext(k)), '{}'::int[]) FROM unnest(keys) AS k
$$;
--> statement-breakpoint
-- Each key joined to each year of the birth range; '?' when there is no range or it spans more than
-- ten years (too little said about the year), which every dated search also looks up.
CREATE OR REPLACE FUNCTION name_year_key_hashes(keys text[], birth_from date, birth_to date) RETURNS int[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT hashtext(k || '@' || y)), '{}'::int[])
  FROM unnest(keys) AS k,
       unnest(CASE
         WHEN birth_from IS NULL OR birth_to IS NULL
           OR extract(year FROM birth_to) - extract(year FROM birth_from) > 10 THEN ARRAY['?']
         ELSE ARRAY(SELECT generate_series(extract(year FROM birth_from)::int, extract(year FROM birth_to)::int)::text)
       END) AS y
$$;
--> statement-breakpoint
DROP TABLE "duplicate_blocks" CASCADE;--> statement-breakpoint
DROP INDEX "persons_name_keys_idx";--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "name_hashes" integer[] GENERATED ALWAYS AS (name_key_hashes(name_keys)) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "name_year_hashes" integer[] GENERATED ALWAYS AS (name_year_key_hashes(name_keys, birth_from, birth_to)) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "persons_name_hashes_idx" ON "persons" USING gin ("name_hashes" gin__int_ops);--> statement-breakpoint
CREATE INDEX "persons_name_year_hashes_idx" ON "persons" USING gin ("name_year_hashes" gin__int_ops);
