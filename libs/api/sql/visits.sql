-- SQL of libs/api/src/visits/ as the API sends it, recorded by libs/api/test/sql-snapshots.spec.ts.
-- Generated: do not edit. Update with `npm run sql:snapshots` and review the diff with the code change.

-- visits/visit.loaders.ts: createVisitLoaders.appointments
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
      t."county_code" AS "countyCode",
      t."id" AS "rowId",
      t."household_id" AS "householdRowId",
      t."small_zone_code" AS "smallZoneCode",
      t."planned_at" AS "plannedAt",
      t."slot" AS "slot",
      t."contact" AS "contact",
      t."note" AS "note",
      t."status" AS "status",
      t."enumerator_id" AS "enumeratorRowId"
    FROM
      appointment t
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
      AND (
        t.small_zone_code >= $5
        AND t.small_zone_code < $5 || ':'
      )
      AND t.county_code = $4
      AND t.planned_at >= $6::timestamptz
      AND t.planned_at < $6::timestamptz + interval '1 day'
      AND t.status = 'PLANNED'
    ORDER BY
      t.planned_at ASC,
      t.id ASC
    LIMIT
      $7
  ) t;

-- visits/visit.loaders.ts: createVisitLoaders.appointments
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
      t."county_code" AS "countyCode",
      t."id" AS "rowId",
      t."household_id" AS "householdRowId",
      t."small_zone_code" AS "smallZoneCode",
      t."planned_at" AS "plannedAt",
      t."slot" AS "slot",
      t."contact" AS "contact",
      t."note" AS "note",
      t."status" AS "status",
      t."enumerator_id" AS "enumeratorRowId"
    FROM
      appointment t
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
      AND t.planned_at >= $5::timestamptz
      AND t.planned_at < $5::timestamptz + interval '1 day'
      AND t.status = 'PLANNED'
    ORDER BY
      t.planned_at ASC,
      t.id ASC
    LIMIT
      $6
  ) t;

-- visits/visit.loaders.ts: createVisitLoaders.appointments
SELECT
  p.key,
  (
    SELECT
      count(*)::int
    FROM
      appointment t
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
      AND (
        t.small_zone_code >= $5
        AND t.small_zone_code < $5 || ':'
      )
      AND t.county_code = $4
      AND t.planned_at >= $6::timestamptz
      AND t.planned_at < $6::timestamptz + interval '1 day'
      AND t.status = 'PLANNED'
  ) AS n
FROM
  unnest($1::text[]) AS p (key);

-- visits/visit.loaders.ts: createVisitLoaders.appointments
SELECT
  p.key,
  (
    SELECT
      count(*)::int
    FROM
      appointment t
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
      AND t.planned_at >= $5::timestamptz
      AND t.planned_at < $5::timestamptz + interval '1 day'
      AND t.status = 'PLANNED'
  ) AS n
FROM
  unnest($1::text[]) AS p (key);

-- visits/visit.loaders.ts: createVisitLoaders.appointmentsOfHousehold
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
      t."county_code" AS "countyCode",
      t."id" AS "rowId",
      t."household_id" AS "householdRowId",
      t."small_zone_code" AS "smallZoneCode",
      t."planned_at" AS "plannedAt",
      t."slot" AS "slot",
      t."contact" AS "contact",
      t."note" AS "note",
      t."status" AS "status",
      t."enumerator_id" AS "enumeratorRowId"
    FROM
      appointment t
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
        t.county_code = split_part(p.key, ':', 1)
        AND t.household_id = split_part(p.key, ':', 2)::bigint
      )
    ORDER BY
      t.planned_at ASC,
      t.id ASC
    LIMIT
      $5
  ) t;

-- visits/visit.loaders.ts: createVisitLoaders.appointmentsOfHousehold
SELECT
  p.key,
  (
    SELECT
      count(*)::int
    FROM
      appointment t
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
        t.county_code = split_part(p.key, ':', 1)
        AND t.household_id = split_part(p.key, ':', 2)::bigint
      )
  ) AS n
FROM
  unnest($1::text[]) AS p (key);

-- visits/visit.loaders.ts: createVisitLoaders.visitsOfHousehold
SELECT
  p.key AS "__parent",
  t.*
FROM
  unnest($1::text[]) AS p (key)
  CROSS JOIN LATERAL (
    SELECT
      t."county_code" AS "countyCode",
      t."id" AS "rowId",
      t."household_id" AS "householdRowId",
      t."small_zone_code" AS "smallZoneCode",
      t."visited_at" AS "visitedAt",
      t."slot" AS "slot",
      t."method" AS "method",
      t."outcome" AS "outcome",
      t."note" AS "note",
      t."enumerator_id" AS "enumeratorRowId",
      t."created_at" AS "createdAt"
    FROM
      visit t
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
        t.county_code = split_part(p.key, ':', 1)
        AND t.household_id = split_part(p.key, ':', 2)::bigint
      )
    ORDER BY
      t.visited_at DESC,
      t.id DESC
    LIMIT
      $5
  ) t;

-- visits/visit.loaders.ts: createVisitLoaders.visitsOfHousehold
SELECT
  p.key,
  (
    SELECT
      count(*)::int
    FROM
      visit t
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
        t.county_code = split_part(p.key, ':', 1)
        AND t.household_id = split_part(p.key, ':', 2)::bigint
      )
  ) AS n
FROM
  unnest($1::text[]) AS p (key);

-- visits/visit.service.ts: VisitService.household
SELECT
  county_code,
  id,
  small_zone_code
FROM
  household
WHERE
  county_code = $2
  AND id = $1;

-- visits/visit.service.ts: VisitService.insertVisit
INSERT INTO
  visit (
    county_code,
    household_id,
    small_zone_code,
    visited_at,
    slot,
    method,
    outcome,
    note,
    enumerator_id
  )
VALUES
  ($9, $1, $2, $3, $4, $5, $6, $7, $8)
RETURNING
  "county_code" AS "countyCode",
  "id" AS "rowId",
  "household_id" AS "householdRowId",
  "small_zone_code" AS "smallZoneCode",
  "visited_at" AS "visitedAt",
  "slot" AS "slot",
  "method" AS "method",
  "outcome" AS "outcome",
  "note" AS "note",
  "enumerator_id" AS "enumeratorRowId",
  "created_at" AS "createdAt";

-- visits/visit.service.ts: VisitService.record
SELECT
  "county_code" AS "countyCode",
  "id" AS "rowId",
  "household_id" AS "householdRowId",
  "small_zone_code" AS "smallZoneCode",
  "visited_at" AS "visitedAt",
  "slot" AS "slot",
  "method" AS "method",
  "outcome" AS "outcome",
  "note" AS "note",
  "enumerator_id" AS "enumeratorRowId",
  "created_at" AS "createdAt"
FROM
  visit
WHERE
  county_code = $2
  AND id = $1;

-- visits/visit.service.ts: VisitService.schedule
INSERT INTO
  appointment (
    county_code,
    household_id,
    small_zone_code,
    planned_at,
    slot,
    contact,
    note,
    enumerator_id,
    version
  )
VALUES
  ($8, $1, $2, $3, $4, $5, $6, $7, 1)
RETURNING
  "created_at" AS "createdAt",
  "updated_at" AS "updatedAt",
  "version" AS "version",
  "county_code" AS "countyCode",
  "id" AS "rowId",
  "household_id" AS "householdRowId",
  "small_zone_code" AS "smallZoneCode",
  "planned_at" AS "plannedAt",
  "slot" AS "slot",
  "contact" AS "contact",
  "note" AS "note",
  "status" AS "status",
  "enumerator_id" AS "enumeratorRowId";

-- visits/visit.service.ts: VisitService.updateAppointment
SELECT
  "created_at" AS "createdAt",
  "updated_at" AS "updatedAt",
  "version" AS "version",
  "county_code" AS "countyCode",
  "id" AS "rowId",
  "household_id" AS "householdRowId",
  "small_zone_code" AS "smallZoneCode",
  "planned_at" AS "plannedAt",
  "slot" AS "slot",
  "contact" AS "contact",
  "note" AS "note",
  "status" AS "status",
  "enumerator_id" AS "enumeratorRowId"
FROM
  appointment
WHERE
  county_code = $2
  AND id = $1
FOR UPDATE;

-- visits/visit.service.ts: VisitService.updateAppointment
WITH
  changed AS (
    UPDATE appointment
    SET
      note = $1,
      version = version + 1,
      updated_at = now()
    WHERE
      county_code = $2
      AND id = $3
    RETURNING
      "created_at" AS "createdAt",
      "updated_at" AS "updatedAt",
      "version" AS "version",
      "county_code" AS "countyCode",
      "id" AS "rowId",
      "household_id" AS "householdRowId",
      "small_zone_code" AS "smallZoneCode",
      "planned_at" AS "plannedAt",
      "slot" AS "slot",
      "contact" AS "contact",
      "note" AS "note",
      "status" AS "status",
      "enumerator_id" AS "enumeratorRowId"
  )
SELECT
  *
FROM
  changed;
