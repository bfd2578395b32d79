-- SQL of libs/api/src/common/ as the API sends it, recorded by libs/api/test/sql-snapshots.spec.ts.
-- Generated: do not edit. Update with `npm run sql:snapshots` and review the diff with the code change.

-- common/zone-checks.ts: lockRow
SELECT
  county_code,
  version,
  small_zone_code,
  NULL AS stage
FROM
  building
WHERE
  county_code = $2
  AND id = $1
FOR UPDATE;

-- common/zone-checks.ts: lockRow
SELECT
  county_code,
  version,
  small_zone_code,
  stage
FROM
  household
WHERE
  county_code = $2
  AND id = $1
FOR UPDATE;

-- common/zone-checks.ts: lockRow
SELECT
  p.county_code,
  p.version,
  p.small_zone_code,
  h.stage
FROM
  person p
  JOIN household h ON h.county_code = p.county_code
  AND h.id = p.household_id
WHERE
  p.county_code = $2
  AND p.id = $1
FOR UPDATE OF
  p,
  h;

-- common/zone-checks.ts: requireSmallZone
SELECT
  1 AS found
FROM
  zone
WHERE
  code = $1;
