-- Blocking keys joined to years of birth (see persons.name_year_keys). Immutable: it reads only its arguments.
-- A range of more than ten years (or none) says too little about the year: such persons get '?' entries,
-- which every dated search also looks up.
CREATE OR REPLACE FUNCTION person_name_year_keys(keys text[], birth_from date, birth_to date) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(k || '@' || y ORDER BY k, y), '{}'::text[])
  FROM unnest(keys) AS k,
       unnest(CASE
         WHEN birth_from IS NULL OR birth_to IS NULL
           OR extract(year FROM birth_to) - extract(year FROM birth_from) > 10 THEN ARRAY['?']
         ELSE ARRAY(SELECT generate_series(extract(year FROM birth_from)::int, extract(year FROM birth_to)::int)::text)
       END) AS y
$$;
--> statement-breakpoint
DROP TABLE "duplicate_blocks" CASCADE;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "name_year_keys" text[] GENERATED ALWAYS AS (person_name_year_keys(name_keys, birth_from, birth_to)) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "persons_name_year_keys_idx" ON "persons" USING gin ("name_year_keys");
