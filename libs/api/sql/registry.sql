-- SQL of libs/api/src/registry/ as the API sends it, recorded by libs/api/test/sql-snapshots.spec.ts.
-- Generated: do not edit. Update with `npm run sql:snapshots` and review the diff with the code change.

-- registry/registry.service.ts: RegistryService.upsert
INSERT INTO
  registry_person AS r (
    county_code,
    citizen_id_sealed,
    citizen_id_hash,
    citizen_id_masked,
    name,
    sex,
    birth_date,
    address,
    registry_household_number,
    zone_code,
    import_key,
    import_source,
    import_row
  )
SELECT
  county_key (u.zone),
  u.sealed,
  u.hash,
  u.masked,
  u.name,
  u.sex::sex,
  u.birth_date::date,
  u.address,
  u.household,
  u.zone,
  $10,
  $11,
  u.source_row
FROM
  unnest(
    $1::bytea[],
    $2::bytea[],
    $3::text[],
    $4::text[],
    $5::text[],
    $6::text[],
    $7::text[],
    $8::text[],
    $9::text[],
    $12::int[]
  ) AS u (
    sealed,
    hash,
    masked,
    name,
    sex,
    birth_date,
    address,
    household,
    zone,
    source_row
  )
ON CONFLICT (county_code, citizen_id_hash) DO UPDATE
SET
  name = EXCLUDED.name,
  sex = EXCLUDED.sex,
  birth_date = EXCLUDED.birth_date,
  address = EXCLUDED.address,
  registry_household_number = EXCLUDED.registry_household_number,
  zone_code = EXCLUDED.zone_code,
  import_key = EXCLUDED.import_key,
  import_source = EXCLUDED.import_source,
  import_row = EXCLUDED.import_row,
  updated_at = now()
WHERE
  (
    r.name,
    r.sex,
    r.birth_date,
    r.address,
    r.registry_household_number,
    r.zone_code
  ) IS DISTINCT FROM (
    EXCLUDED.name,
    EXCLUDED.sex,
    EXCLUDED.birth_date,
    EXCLUDED.address,
    EXCLUDED.registry_household_number,
    EXCLUDED.zone_code
  )
RETURNING
  r.id;
