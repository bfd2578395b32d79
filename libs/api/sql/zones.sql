-- SQL of libs/api/src/zones/ as the API sends it, recorded by libs/api/test/sql-snapshots.spec.ts.
-- Generated: do not edit. Update with `npm run sql:snapshots` and review the diff with the code change.

-- zones/zone-boundary.service.ts: ZoneBoundaryService.check
-- zones/zone-import.service.ts: ZoneImportService.check
SELECT
  code
FROM
  zone
WHERE
  code = ANY ($1::text[]);

-- zones/zone-boundary.service.ts: ZoneBoundaryService.upsert
WITH
  input AS (
    SELECT
      *
    FROM
      unnest(
        $1::text[],
        $2::jsonb[],
        $3::float8[],
        $4::float8[],
        $5::float8[],
        $6::float8[],
        $7::int[]
      ) AS u (
        zone_code,
        geometry,
        west,
        south,
        east,
        north,
        vertices
      )
  ),
  previous AS (
    SELECT
      b.zone_code,
      b.vertices,
      ARRAY[b.west, b.south, b.east, b.north] AS box
    FROM
      zone_boundary b
      JOIN input i ON i.zone_code = b.zone_code
  ),
  upserted AS (
    INSERT INTO
      zone_boundary AS b (
        zone_code,
        geometry,
        west,
        south,
        east,
        north,
        vertices,
        version
      )
    SELECT
      zone_code,
      geometry,
      west,
      south,
      east,
      north,
      vertices,
      1
    FROM
      input
    ON CONFLICT (zone_code) DO UPDATE
    SET
      geometry = EXCLUDED.geometry,
      west = EXCLUDED.west,
      south = EXCLUDED.south,
      east = EXCLUDED.east,
      north = EXCLUDED.north,
      vertices = EXCLUDED.vertices,
      version = b.version + 1,
      updated_at = now()
    WHERE
      b.geometry IS DISTINCT FROM EXCLUDED.geometry
    RETURNING
      b.zone_code,
      b.vertices,
      ARRAY[b.west, b.south, b.east, b.north] AS box
  )
SELECT
  u.zone_code AS "zoneCode",
  u.vertices,
  u.box,
  p.vertices AS "beforeVertices",
  p.box AS "beforeBox"
FROM
  upserted u
  LEFT JOIN previous p ON p.zone_code = u.zone_code
ORDER BY
  u.zone_code;

-- zones/zone-import.service.ts: ZoneImportService.upsert
WITH
  old AS (
    SELECT
      code,
      name
    FROM
      zone
    WHERE
      code = ANY ($1::text[])
  )
INSERT INTO
  zone AS z (
    code,
    level,
    name,
    parent_code,
    is_virtual,
    version
  )
SELECT
  u.code,
  u.level::zone_level,
  u.name,
  u.parent_code,
  u.is_virtual,
  1
FROM
  unnest(
    $1::text[],
    $2::text[],
    $3::text[],
    $4::text[],
    $5::boolean[]
  ) AS u (code, level, name, parent_code, is_virtual)
ON CONFLICT (code) DO UPDATE
SET
  name = EXCLUDED.name,
  version = z.version + 1,
  updated_at = now()
WHERE
  z.name IS DISTINCT FROM EXCLUDED.name
RETURNING
  z.code,
  (
    SELECT
      old.name
    FROM
      old
    WHERE
      old.code = z.code
  ) AS "oldName",
  z.version;

-- zones/zone.loaders.ts: createZoneLoaders.zoneBoundaryByCode
SELECT
  t."created_at" AS "createdAt",
  t."updated_at" AS "updatedAt",
  t."version" AS "version",
  t."zone_code" AS "zoneCode",
  t."geometry" AS "geometry",
  t."west" AS "west",
  t."south" AS "south",
  t."east" AS "east",
  t."north" AS "north",
  t."vertices" AS "vertices"
FROM
  zone_boundary t
WHERE
  t.zone_code = ANY ($1::text[]::text[]);

-- zones/zone.loaders.ts: createZoneLoaders.zoneByCode
SELECT
  t."created_at" AS "createdAt",
  t."updated_at" AS "updatedAt",
  t."version" AS "version",
  t."code" AS "code",
  t."level" AS "level",
  t."name" AS "name",
  t."parent_code" AS "parentCode",
  t."is_virtual" AS "isVirtual",
  t."long_form_vehicles" AS "longFormVehicles"
FROM
  zone t
WHERE
  t.code = ANY ($1::text[]::text[]);

-- zones/zone.loaders.ts: createZoneLoaders.zoneChildren
SELECT
  p.key AS "__parent",
  t.*
FROM
  unnest($1::text[]) AS p (key)
  CROSS JOIN LATERAL (
    SELECT
      t."created_at" AS "createdAt",
      t."updated_at" AS "updatedAt",
      t."version" AS "version",
      t."code" AS "code",
      t."level" AS "level",
      t."name" AS "name",
      t."parent_code" AS "parentCode",
      t."is_virtual" AS "isVirtual",
      t."long_form_vehicles" AS "longFormVehicles"
    FROM
      zone t
    WHERE
      (
        (
          (
            t.code >= $2
            AND t.code < $2 || ':'
          )
        )
        OR t.code = ANY ($3::text[])
      )
      AND t.parent_code = p.key
      AND strpos(t.name, $4) > 0
    ORDER BY
      t.code ASC
    LIMIT
      $5
  ) t;

-- zones/zone.loaders.ts: createZoneLoaders.zoneChildren
SELECT
  p.key,
  (
    SELECT
      count(*)::int
    FROM
      zone t
    WHERE
      (
        (
          (
            t.code >= $2
            AND t.code < $2 || ':'
          )
        )
        OR t.code = ANY ($3::text[])
      )
      AND t.parent_code = p.key
      AND strpos(t.name, $4) > 0
  ) AS n
FROM
  unnest($1::text[]) AS p (key);

-- zones/zone.loaders.ts: createZoneLoaders.zones
SELECT
  p.key AS "__parent",
  t.*
FROM
  unnest($1::text[]) AS p (key)
  CROSS JOIN LATERAL (
    SELECT
      t."created_at" AS "createdAt",
      t."updated_at" AS "updatedAt",
      t."version" AS "version",
      t."code" AS "code",
      t."level" AS "level",
      t."name" AS "name",
      t."parent_code" AS "parentCode",
      t."is_virtual" AS "isVirtual",
      t."long_form_vehicles" AS "longFormVehicles"
    FROM
      zone t
    WHERE
      (
        (
          (
            t.code >= $2
            AND t.code < $2 || ':'
          )
        )
        OR t.code = ANY ($3::text[])
      )
      AND (
        t.code >= $4
        AND t.code < $4 || ':'
      )
      AND t.code <> $4
      AND t.level = 'SMALL_ZONE'
      AND NOT EXISTS (
        SELECT
          1
        FROM
          account_zone az
          JOIN account a ON a.id = az.account_id
        WHERE
          az.zone_code = t.code
          AND a.role = 'ENUMERATOR'
      )
    ORDER BY
      t.code ASC
    LIMIT
      $5
  ) t;

-- zones/zone.loaders.ts: createZoneLoaders.zones
SELECT
  p.key AS "__parent",
  t.*
FROM
  unnest($1::text[]) AS p (key)
  CROSS JOIN LATERAL (
    SELECT
      t."created_at" AS "createdAt",
      t."updated_at" AS "updatedAt",
      t."version" AS "version",
      t."code" AS "code",
      t."level" AS "level",
      t."name" AS "name",
      t."parent_code" AS "parentCode",
      t."is_virtual" AS "isVirtual",
      t."long_form_vehicles" AS "longFormVehicles"
    FROM
      zone t
    WHERE
      (
        (
          (
            t.code >= $2
            AND t.code < $2 || ':'
          )
        )
        OR t.code = ANY ($3::text[])
      )
      AND t.level = $4
      AND (
        t.code >= $5
        AND t.code < $5 || ':'
      )
      AND t.code <> $5
      AND t.level = 'SMALL_ZONE'
      AND EXISTS (
        SELECT
          1
        FROM
          account_zone az
          JOIN account a ON a.id = az.account_id
        WHERE
          az.zone_code = t.code
          AND a.role = 'ENUMERATOR'
      )
    ORDER BY
      t.code ASC
    LIMIT
      $6
  ) t;

-- zones/zone.loaders.ts: createZoneLoaders.zones
SELECT
  p.key AS "__parent",
  t.*
FROM
  unnest($1::text[]) AS p (key)
  CROSS JOIN LATERAL (
    SELECT
      t."created_at" AS "createdAt",
      t."updated_at" AS "updatedAt",
      t."version" AS "version",
      t."code" AS "code",
      t."level" AS "level",
      t."name" AS "name",
      t."parent_code" AS "parentCode",
      t."is_virtual" AS "isVirtual",
      t."long_form_vehicles" AS "longFormVehicles"
    FROM
      zone t
    WHERE
      (
        (
          (
            t.code >= $2
            AND t.code < $2 || ':'
          )
        )
        OR t.code = ANY ($3::text[])
      )
      AND t.level = $4
      AND (
        t.code >= $5
        AND t.code < $5 || ':'
      )
      AND t.code <> $5
    ORDER BY
      t.code ASC
    LIMIT
      $6
  ) t;

-- zones/zone.loaders.ts: createZoneLoaders.zones
SELECT
  p.key AS "__parent",
  t.*
FROM
  unnest($1::text[]) AS p (key)
  CROSS JOIN LATERAL (
    SELECT
      t."created_at" AS "createdAt",
      t."updated_at" AS "updatedAt",
      t."version" AS "version",
      t."code" AS "code",
      t."level" AS "level",
      t."name" AS "name",
      t."parent_code" AS "parentCode",
      t."is_virtual" AS "isVirtual",
      t."long_form_vehicles" AS "longFormVehicles"
    FROM
      zone t
    WHERE
      (
        (
          (
            t.code >= $2
            AND t.code < $2 || ':'
          )
        )
        OR t.code = ANY ($3::text[])
      )
      AND t.level = $4
      AND (
        t.code >= $5
        AND t.code < $5 || ':'
      )
    ORDER BY
      t.code ASC
    LIMIT
      $6
  ) t;

-- zones/zone.loaders.ts: createZoneLoaders.zones
SELECT
  p.key,
  (
    SELECT
      count(*)::int
    FROM
      zone t
    WHERE
      (
        (
          (
            t.code >= $2
            AND t.code < $2 || ':'
          )
        )
        OR t.code = ANY ($3::text[])
      )
      AND (
        t.code >= $4
        AND t.code < $4 || ':'
      )
      AND t.code <> $4
      AND t.level = 'SMALL_ZONE'
      AND NOT EXISTS (
        SELECT
          1
        FROM
          account_zone az
          JOIN account a ON a.id = az.account_id
        WHERE
          az.zone_code = t.code
          AND a.role = 'ENUMERATOR'
      )
  ) AS n
FROM
  unnest($1::text[]) AS p (key);

-- zones/zone.loaders.ts: createZoneLoaders.zones
SELECT
  p.key,
  (
    SELECT
      count(*)::int
    FROM
      zone t
    WHERE
      (
        (
          (
            t.code >= $2
            AND t.code < $2 || ':'
          )
        )
        OR t.code = ANY ($3::text[])
      )
      AND t.level = $4
      AND (
        t.code >= $5
        AND t.code < $5 || ':'
      )
      AND t.code <> $5
      AND t.level = 'SMALL_ZONE'
      AND EXISTS (
        SELECT
          1
        FROM
          account_zone az
          JOIN account a ON a.id = az.account_id
        WHERE
          az.zone_code = t.code
          AND a.role = 'ENUMERATOR'
      )
  ) AS n
FROM
  unnest($1::text[]) AS p (key);

-- zones/zone.loaders.ts: createZoneLoaders.zones
SELECT
  p.key,
  (
    SELECT
      count(*)::int
    FROM
      zone t
    WHERE
      (
        (
          (
            t.code >= $2
            AND t.code < $2 || ':'
          )
        )
        OR t.code = ANY ($3::text[])
      )
      AND t.level = $4
      AND (
        t.code >= $5
        AND t.code < $5 || ':'
      )
      AND t.code <> $5
  ) AS n
FROM
  unnest($1::text[]) AS p (key);

-- zones/zone.loaders.ts: createZoneLoaders.zones
SELECT
  p.key,
  (
    SELECT
      count(*)::int
    FROM
      zone t
    WHERE
      (
        (
          (
            t.code >= $2
            AND t.code < $2 || ':'
          )
        )
        OR t.code = ANY ($3::text[])
      )
      AND t.level = $4
      AND (
        t.code >= $5
        AND t.code < $5 || ':'
      )
  ) AS n
FROM
  unnest($1::text[]) AS p (key);

-- zones/zone.service.ts: ZoneService.create
INSERT INTO
  zone(
    code,
    level,
    name,
    parent_code,
    is_virtual,
    version
  )
VALUES
  ($1, $2, $3, $4, $5, 1)
ON CONFLICT (code) DO NOTHING
RETURNING
  "created_at" AS "createdAt",
  "updated_at" AS "updatedAt",
  "version" AS "version",
  "code" AS "code",
  "level" AS "level",
  "name" AS "name",
  "parent_code" AS "parentCode",
  "is_virtual" AS "isVirtual",
  "long_form_vehicles" AS "longFormVehicles";

-- zones/zone.service.ts: ZoneService.create
SELECT
  1 AS found
FROM
  zone
WHERE
  code = $1;

-- zones/zone.service.ts: ZoneService.delete
DELETE FROM zone
WHERE
  code = $1;

-- zones/zone.service.ts: ZoneService.delete
SELECT
  "created_at" AS "createdAt",
  "updated_at" AS "updatedAt",
  "version" AS "version",
  "code" AS "code",
  "level" AS "level",
  "name" AS "name",
  "parent_code" AS "parentCode",
  "is_virtual" AS "isVirtual",
  "long_form_vehicles" AS "longFormVehicles"
FROM
  zone
WHERE
  code = $1
FOR UPDATE;

-- zones/zone.service.ts: ZoneService.delete
SELECT
  (
    SELECT
      count(*)::int
    FROM
      zone
    WHERE
      parent_code = $1
  ) AS children,
  (
    SELECT
      count(*)::int
    FROM
      building
    WHERE
      county_code = county_key ($1)
      AND small_zone_code = $1
  ) AS buildings,
  (
    SELECT
      count(*)::int
    FROM
      household
    WHERE
      county_code = county_key ($1)
      AND small_zone_code = $1
  ) AS households;

-- zones/zone.service.ts: ZoneService.update.updated
SELECT
  "created_at" AS "createdAt",
  "updated_at" AS "updatedAt",
  "version" AS "version",
  "code" AS "code",
  "level" AS "level",
  "name" AS "name",
  "parent_code" AS "parentCode",
  "is_virtual" AS "isVirtual",
  "long_form_vehicles" AS "longFormVehicles"
FROM
  zone
WHERE
  code = $1
  AND version = $2
FOR UPDATE;

-- zones/zone.service.ts: ZoneService.update.updated
WITH
  changed AS (
    UPDATE zone
    SET
      name = COALESCE($3, name),
      version = version + 1,
      updated_at = now()
    WHERE
      code = $1
      AND version = $2
    RETURNING
      "created_at" AS "createdAt",
      "updated_at" AS "updatedAt",
      "version" AS "version",
      "code" AS "code",
      "level" AS "level",
      "name" AS "name",
      "parent_code" AS "parentCode",
      "is_virtual" AS "isVirtual",
      "long_form_vehicles" AS "longFormVehicles"
  )
SELECT
  *
FROM
  changed;
