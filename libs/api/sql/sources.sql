-- SQL of libs/api/src/sources/ as the API sends it, recorded by libs/api/test/sql-snapshots.spec.ts.
-- Generated: do not edit. Update with `npm run sql:snapshots` and review the diff with the code change.

-- sources/source-import.service.ts: SourceImportService.upsertGrid
INSERT INTO
  grid_household AS g (
    county_code,
    grid_id,
    address,
    normalized_address,
    persons,
    phone_sealed,
    phone_hash,
    phone_masked,
    zone_code,
    import_key
  )
SELECT
  county_key (u.zone),
  u.grid_id,
  u.address,
  u.normalized,
  ARRAY(
    SELECT
      jsonb_array_elements_text(u.persons::jsonb)
  ),
  u.sealed,
  u.hash,
  u.masked,
  u.zone,
  $9
FROM
  unnest(
    $1::text[],
    $2::text[],
    $3::text[],
    $4::text[],
    $5::bytea[],
    $6::bytea[],
    $7::text[],
    $8::text[]
  ) AS u (
    grid_id,
    address,
    normalized,
    persons,
    sealed,
    hash,
    masked,
    zone
  )
ON CONFLICT (
  county_code,
  zone_code,
  grid_id,
  normalized_address
) DO UPDATE
SET
  address = EXCLUDED.address,
  persons = EXCLUDED.persons,
  phone_sealed = EXCLUDED.phone_sealed,
  phone_hash = EXCLUDED.phone_hash,
  phone_masked = EXCLUDED.phone_masked,
  import_key = EXCLUDED.import_key,
  updated_at = now()
WHERE
  (
    g.address,
    g.persons,
    g.phone_hash,
    g.phone_masked
  ) IS DISTINCT FROM (
    EXCLUDED.address,
    EXCLUDED.persons,
    EXCLUDED.phone_hash,
    EXCLUDED.phone_masked
  )
RETURNING
  g.id;

-- sources/source-import.service.ts: SourceImportService.upsertMeters
INSERT INTO
  meter_reading AS m (
    county_code,
    meter_id,
    month,
    address,
    normalized_address,
    usage,
    zone_code,
    import_key
  )
SELECT
  county_key (u.zone),
  u.meter_id,
  u.month,
  u.address,
  u.normalized,
  u.usage::electricity_usage,
  u.zone,
  $7
FROM
  unnest(
    $1::text[],
    $2::text[],
    $3::text[],
    $4::text[],
    $5::text[],
    $6::text[]
  ) AS u (meter_id, month, address, normalized, usage, zone)
ON CONFLICT (county_code, meter_id, month) DO UPDATE
SET
  address = EXCLUDED.address,
  normalized_address = EXCLUDED.normalized_address,
  usage = EXCLUDED.usage,
  zone_code = EXCLUDED.zone_code,
  import_key = EXCLUDED.import_key,
  updated_at = now()
WHERE
  (m.address, m.usage, m.zone_code) IS DISTINCT FROM (
    EXCLUDED.address,
    EXCLUDED.usage,
    EXCLUDED.zone_code
  )
RETURNING
  m.id;
