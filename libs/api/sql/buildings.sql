-- SQL of libs/api/src/buildings/ as the API sends it, recorded by libs/api/test/sql-snapshots.spec.ts.
-- Generated: do not edit. Update with `npm run sql:snapshots` and review the diff with the code change.

-- buildings/building-map.sql.ts: buildingPoints
SELECT
  t."created_at" AS "createdAt",
  t."updated_at" AS "updatedAt",
  t."version" AS "version",
  t."county_code" AS "countyCode",
  t."id" AS "rowId",
  t."small_zone_code" AS "smallZoneCode",
  t."number" AS "number",
  t."address" AS "address",
  t."kind" AS "kind",
  t."latitude" AS "latitude",
  t."longitude" AS "longitude",
  count(h.id)::int AS households,
  count(h.id) FILTER (
    WHERE
      h.stage IN ('SUBMITTED', 'APPROVED')
  )::int AS submitted
FROM
  building t
  LEFT JOIN household h ON h.county_code = t.county_code
  AND h.building_id = t.id
WHERE
  t.county_code = $1
  AND t.small_zone_code = $2
  AND (
    t.county_code = $4
    AND (
      (
        t.small_zone_code >= $3
        AND t.small_zone_code < $3 || ':'
      )
    )
  )
GROUP BY
  t.county_code,
  t.id
ORDER BY
  t.number
LIMIT
  1000;

-- buildings/building.loaders.ts: createBuildingLoaders.buildingById
SELECT
  t."created_at" AS "createdAt",
  t."updated_at" AS "updatedAt",
  t."version" AS "version",
  t."county_code" AS "countyCode",
  t."id" AS "rowId",
  t."small_zone_code" AS "smallZoneCode",
  t."number" AS "number",
  t."address" AS "address",
  t."kind" AS "kind",
  t."latitude" AS "latitude",
  t."longitude" AS "longitude"
FROM
  building t
WHERE
  t.county_code = $2
  AND t.id = ANY ($1::text[]::bigint[]);

-- buildings/building.loaders.ts: createBuildingLoaders.buildings
SELECT
  p.key AS "__parent",
  t.*
FROM
  unnest($1::text[]) AS p (key)
  CROSS JOIN LATERAL (
    SELECT
      t."county_code" AS "countyCode",
      t."id" AS "rowId",
      t."small_zone_code" AS "smallZoneCode",
      t."number" AS "number",
      t."address" AS "address",
      t."created_at" AS "createdAt",
      t."kind" AS "kind",
      t."latitude" AS "latitude",
      t."longitude" AS "longitude",
      t."updated_at" AS "updatedAt",
      t."version" AS "version"
    FROM
      building t
    WHERE
      (
        t.county_code = $3
        AND (
          (
            t.small_zone_code >= $2
            AND t.small_zone_code < $2 || ':'
          )
        )
      )
      AND t.county_code = $4
      AND (
        t.small_zone_code >= $5
        AND t.small_zone_code < $5 || ':'
      )
      AND t.kind = $6
    ORDER BY
      t.small_zone_code ASC,
      t.number ASC
    LIMIT
      $7
  ) t;

-- buildings/building.loaders.ts: createBuildingLoaders.buildings
SELECT
  p.key,
  (
    SELECT
      count(*)::int
    FROM
      building t
    WHERE
      (
        t.county_code = $3
        AND (
          (
            t.small_zone_code >= $2
            AND t.small_zone_code < $2 || ':'
          )
        )
      )
      AND t.county_code = $4
      AND (
        t.small_zone_code >= $5
        AND t.small_zone_code < $5 || ':'
      )
      AND t.kind = $6
  ) AS n
FROM
  unnest($1::text[]) AS p (key);

-- buildings/building.loaders.ts: createBuildingLoaders.buildingsInZone
SELECT
  p.key AS "__parent",
  t.*
FROM
  unnest($1::text[]) AS p (key)
  CROSS JOIN LATERAL (
    SELECT
      t."county_code" AS "countyCode",
      t."id" AS "rowId",
      t."small_zone_code" AS "smallZoneCode",
      t."number" AS "number",
      t."address" AS "address",
      t."created_at" AS "createdAt",
      t."kind" AS "kind",
      t."latitude" AS "latitude",
      t."longitude" AS "longitude",
      t."updated_at" AS "updatedAt",
      t."version" AS "version"
    FROM
      building t
    WHERE
      t.county_code = $2
      AND (
        t.county_code = $4
        AND (
          (
            t.small_zone_code >= $3
            AND t.small_zone_code < $3 || ':'
          )
        )
      )
      AND (
        t.small_zone_code >= p.key
        AND t.small_zone_code < p.key || ':'
      )
    ORDER BY
      t.small_zone_code ASC,
      t.number ASC
    LIMIT
      $5
  ) t;

-- buildings/building.loaders.ts: createBuildingLoaders.buildingsInZone
SELECT
  p.key,
  (
    SELECT
      count(*)::int
    FROM
      building t
    WHERE
      t.county_code = $2
      AND (
        t.county_code = $4
        AND (
          (
            t.small_zone_code >= $3
            AND t.small_zone_code < $3 || ':'
          )
        )
      )
      AND (
        t.small_zone_code >= p.key
        AND t.small_zone_code < p.key || ':'
      )
  ) AS n
FROM
  unnest($1::text[]) AS p (key);

-- buildings/building.service.ts: BuildingService.create
INSERT INTO
  building (
    county_code,
    small_zone_code,
    number,
    address,
    kind,
    latitude,
    longitude,
    version
  )
VALUES
  (county_key ($1), $1, $2, $3, $4, $5, $6, 1)
ON CONFLICT ON CONSTRAINT building_small_zone_number_key DO NOTHING
RETURNING
  "created_at" AS "createdAt",
  "updated_at" AS "updatedAt",
  "version" AS "version",
  "county_code" AS "countyCode",
  "id" AS "rowId",
  "small_zone_code" AS "smallZoneCode",
  "number" AS "number",
  "address" AS "address",
  "kind" AS "kind",
  "latitude" AS "latitude",
  "longitude" AS "longitude";

-- buildings/building.service.ts: BuildingService.create
SELECT
  1 AS found
FROM
  zone
WHERE
  code = $1
FOR UPDATE;

-- buildings/building.service.ts: BuildingService.delete
SELECT
  count(*)::int AS n
FROM
  household
WHERE
  county_code = $1
  AND building_id = $2;

-- buildings/building.service.ts: BuildingService.delete
WITH
  gone AS (
    DELETE FROM building
    WHERE
      county_code = $1
      AND id = $2
    RETURNING
      "created_at" AS "createdAt",
      "updated_at" AS "updatedAt",
      "version" AS "version",
      "county_code" AS "countyCode",
      "id" AS "rowId",
      "small_zone_code" AS "smallZoneCode",
      "number" AS "number",
      "address" AS "address",
      "kind" AS "kind",
      "latitude" AS "latitude",
      "longitude" AS "longitude"
  )
SELECT
  *
FROM
  gone;

-- buildings/building.service.ts: BuildingService.nextNumber
SELECT
  COALESCE(max(number::int), 0) + 1 AS next
FROM
  building
WHERE
  county_code = $2
  AND small_zone_code = $1
  AND number ~ '^[0-9]{1,9}$';

-- buildings/building.service.ts: BuildingService.update
SELECT
  t."created_at" AS "createdAt",
  t."updated_at" AS "updatedAt",
  t."version" AS "version",
  t."county_code" AS "countyCode",
  t."id" AS "rowId",
  t."small_zone_code" AS "smallZoneCode",
  t."number" AS "number",
  t."address" AS "address",
  t."kind" AS "kind",
  t."latitude" AS "latitude",
  t."longitude" AS "longitude"
FROM
  building t
WHERE
  t.county_code = $1
  AND t.id = $2;

-- buildings/building.service.ts: BuildingService.update
WITH
  changed AS (
    UPDATE building
    SET
      number = COALESCE($2, number),
      address = COALESCE($3, address),
      kind = COALESCE($4, kind),
      latitude = CASE
        WHEN $5 THEN $6
        ELSE latitude
      END,
      longitude = CASE
        WHEN $5 THEN $7
        ELSE longitude
      END,
      version = version + 1,
      updated_at = now()
    WHERE
      county_code = $8
      AND id = $1
    RETURNING
      "created_at" AS "createdAt",
      "updated_at" AS "updatedAt",
      "version" AS "version",
      "county_code" AS "countyCode",
      "id" AS "rowId",
      "small_zone_code" AS "smallZoneCode",
      "number" AS "number",
      "address" AS "address",
      "kind" AS "kind",
      "latitude" AS "latitude",
      "longitude" AS "longitude"
  )
SELECT
  *
FROM
  changed;

-- buildings/household-address.ts: refreshHouseholdAddresses
SELECT
  h.id,
  h.unit,
  h.number,
  b.address
FROM
  household h
  LEFT JOIN building b ON b.county_code = h.county_code
  AND b.id = h.building_id
WHERE
  h.county_code = $1
  AND h.building_id = $2;
