-- SQL of libs/api/src/problems/ as the API sends it, recorded by libs/api/test/sql-snapshots.spec.ts.
-- Generated: do not edit. Update with `npm run sql:snapshots` and review the diff with the code change.

-- problems/problem.loaders.ts: createProblemLoaders.problemById
SELECT
  t."created_at" AS "createdAt",
  t."updated_at" AS "updatedAt",
  t."version" AS "version",
  t."county_code" AS "countyCode",
  t."id" AS "rowId",
  t."zone_code" AS "zoneCode",
  t."subject_zone_code" AS "subjectZoneCode",
  t."building_id" AS "buildingRowId",
  t."household_id" AS "householdRowId",
  t."person_id" AS "personRowId",
  t."category" AS "category",
  t."refused_items"::text[] AS "refusedItems",
  t."text" AS "text",
  t."status" AS "status",
  t."reported_by" AS "reportedByRowId",
  t."escalated_at" AS "escalatedAt",
  t."escalated_by" AS "escalatedByRowId",
  t."escalation_note" AS "escalationNote",
  t."resolution" AS "resolution",
  t."resolved_at" AS "resolvedAt",
  t."resolved_by" AS "resolvedByRowId"
FROM
  problem t
WHERE
  t.county_code = $2
  AND t.id = ANY ($1::text[]::bigint[]);

-- problems/problem.loaders.ts: createProblemLoaders.problems
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
      t."zone_code" AS "zoneCode",
      t."subject_zone_code" AS "subjectZoneCode",
      t."building_id" AS "buildingRowId",
      t."household_id" AS "householdRowId",
      t."person_id" AS "personRowId",
      t."category" AS "category",
      t."refused_items"::text[] AS "refusedItems",
      t."text" AS "text",
      t."status" AS "status",
      t."reported_by" AS "reportedByRowId",
      t."escalated_at" AS "escalatedAt",
      t."escalated_by" AS "escalatedByRowId",
      t."escalation_note" AS "escalationNote",
      t."resolution" AS "resolution",
      t."resolved_at" AS "resolvedAt",
      t."resolved_by" AS "resolvedByRowId"
    FROM
      problem t
    WHERE
      (
        t.county_code = $3
        AND (
          (
            t.zone_code >= $2
            AND t.zone_code < $2 || ':'
          )
        )
      )
      AND (
        t.zone_code >= $4
        AND t.zone_code < $4 || ':'
      )
      AND t.category = ANY ($5::problem_category[])
      AND t.status = ANY ($6::problem_status[])
    ORDER BY
      t.zone_code ASC,
      t.id ASC
    LIMIT
      $7
  ) t;

-- problems/problem.loaders.ts: createProblemLoaders.problems
SELECT
  p.key,
  (
    SELECT
      count(*)::int
    FROM
      problem t
    WHERE
      (
        t.county_code = $3
        AND (
          (
            t.zone_code >= $2
            AND t.zone_code < $2 || ':'
          )
        )
      )
      AND (
        t.zone_code >= $4
        AND t.zone_code < $4 || ':'
      )
      AND t.category = ANY ($5::problem_category[])
      AND t.status = ANY ($6::problem_status[])
  ) AS n
FROM
  unnest($1::text[]) AS p (key);

-- problems/problem.loaders.ts: createProblemLoaders.problemsOfHousehold
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
      t."zone_code" AS "zoneCode",
      t."subject_zone_code" AS "subjectZoneCode",
      t."building_id" AS "buildingRowId",
      t."household_id" AS "householdRowId",
      t."person_id" AS "personRowId",
      t."category" AS "category",
      t."refused_items"::text[] AS "refusedItems",
      t."text" AS "text",
      t."status" AS "status",
      t."reported_by" AS "reportedByRowId",
      t."escalated_at" AS "escalatedAt",
      t."escalated_by" AS "escalatedByRowId",
      t."escalation_note" AS "escalationNote",
      t."resolution" AS "resolution",
      t."resolved_at" AS "resolvedAt",
      t."resolved_by" AS "resolvedByRowId"
    FROM
      problem t
    WHERE
      t.county_code = $2
      AND (
        t.county_code = $4
        AND (
          (
            t.zone_code >= $3
            AND t.zone_code < $3 || ':'
          )
        )
      )
      AND (
        t.county_code = split_part(p.key, ':', 1)
        AND t.household_id = split_part(p.key, ':', 2)::bigint
      )
    ORDER BY
      t.id ASC
    LIMIT
      $5
  ) t;

-- problems/problem.loaders.ts: createProblemLoaders.problemsOfHousehold
SELECT
  p.key,
  (
    SELECT
      count(*)::int
    FROM
      problem t
    WHERE
      t.county_code = $2
      AND (
        t.county_code = $4
        AND (
          (
            t.zone_code >= $3
            AND t.zone_code < $3 || ':'
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

-- problems/problem.service.ts: ProblemService.change
WITH
  changed AS (
    UPDATE problem
    SET
      status = 'ESCALATED',
      escalated_at = now(),
      escalated_by = $3,
      escalation_note = $4,
      version = version + 1,
      updated_at = now()
    WHERE
      county_code = $2
      AND id = $1
    RETURNING
      "created_at" AS "createdAt",
      "updated_at" AS "updatedAt",
      "version" AS "version",
      "county_code" AS "countyCode",
      "id" AS "rowId",
      "zone_code" AS "zoneCode",
      "subject_zone_code" AS "subjectZoneCode",
      "building_id" AS "buildingRowId",
      "household_id" AS "householdRowId",
      "person_id" AS "personRowId",
      "category" AS "category",
      "refused_items"::text[] AS "refusedItems",
      "text" AS "text",
      "status" AS "status",
      "reported_by" AS "reportedByRowId",
      "escalated_at" AS "escalatedAt",
      "escalated_by" AS "escalatedByRowId",
      "escalation_note" AS "escalationNote",
      "resolution" AS "resolution",
      "resolved_at" AS "resolvedAt",
      "resolved_by" AS "resolvedByRowId"
  )
SELECT
  *
FROM
  changed;

-- problems/problem.service.ts: ProblemService.change
WITH
  changed AS (
    UPDATE problem
    SET
      status = 'RESOLVED',
      resolved_at = now(),
      resolved_by = $3,
      resolution = $4,
      version = version + 1,
      updated_at = now()
    WHERE
      county_code = $2
      AND id = $1
    RETURNING
      "created_at" AS "createdAt",
      "updated_at" AS "updatedAt",
      "version" AS "version",
      "county_code" AS "countyCode",
      "id" AS "rowId",
      "zone_code" AS "zoneCode",
      "subject_zone_code" AS "subjectZoneCode",
      "building_id" AS "buildingRowId",
      "household_id" AS "householdRowId",
      "person_id" AS "personRowId",
      "category" AS "category",
      "refused_items"::text[] AS "refusedItems",
      "text" AS "text",
      "status" AS "status",
      "reported_by" AS "reportedByRowId",
      "escalated_at" AS "escalatedAt",
      "escalated_by" AS "escalatedByRowId",
      "escalation_note" AS "escalationNote",
      "resolution" AS "resolution",
      "resolved_at" AS "resolvedAt",
      "resolved_by" AS "resolvedByRowId"
  )
SELECT
  *
FROM
  changed;

-- problems/problem.service.ts: ProblemService.lock
SELECT
  county_code,
  version,
  status,
  zone_code
FROM
  problem
WHERE
  county_code = $2
  AND id = $1
FOR UPDATE;

-- problems/problem.service.ts: ProblemService.report
INSERT INTO
  problem (
    county_code,
    zone_code,
    subject_zone_code,
    building_id,
    household_id,
    person_id,
    category,
    refused_items,
    "text",
    reported_by,
    version
  )
VALUES
  (
    county_key ($1),
    $1,
    $2,
    $3,
    $4,
    $5,
    $6,
    $7::refused_item[],
    $8,
    $9,
    1
  )
RETURNING
  "created_at" AS "createdAt",
  "updated_at" AS "updatedAt",
  "version" AS "version",
  "county_code" AS "countyCode",
  "id" AS "rowId",
  "zone_code" AS "zoneCode",
  "subject_zone_code" AS "subjectZoneCode",
  "building_id" AS "buildingRowId",
  "household_id" AS "householdRowId",
  "person_id" AS "personRowId",
  "category" AS "category",
  "refused_items"::text[] AS "refusedItems",
  "text" AS "text",
  "status" AS "status",
  "reported_by" AS "reportedByRowId",
  "escalated_at" AS "escalatedAt",
  "escalated_by" AS "escalatedByRowId",
  "escalation_note" AS "escalationNote",
  "resolution" AS "resolution",
  "resolved_at" AS "resolvedAt",
  "resolved_by" AS "resolvedByRowId";

-- problems/problem.service.ts: ProblemService.subjectZone
SELECT
  small_zone_code AS code
FROM
  household
WHERE
  county_code = $2
  AND id = $1;
