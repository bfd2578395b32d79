-- SQL of libs/api/src/workflow/ as the API sends it, recorded by libs/api/test/sql-snapshots.spec.ts.
-- Generated: do not edit. Update with `npm run sql:snapshots` and review the diff with the code change.

-- workflow/review.service.ts: ReviewService.queue
SELECT
  t."created_at" AS "createdAt",
  t."updated_at" AS "updatedAt",
  t."version" AS "version",
  t."county_code" AS "countyCode",
  t."id" AS "rowId",
  t."small_zone_code" AS "smallZoneCode",
  t."number" AS "number",
  t."building_id" AS "buildingRowId",
  t."unit" AS "unit",
  t."kind" AS "kind",
  t."status" AS "status",
  t."registration_method" AS "registrationMethod",
  t."stage" AS "stage",
  t."present_male" AS "presentMale",
  t."present_female" AS "presentFemale",
  t."absent_male" AS "absentMale",
  t."absent_female" AS "absentFemale",
  t."births_male" AS "birthsMale",
  t."births_female" AS "birthsFemale",
  t."deaths_male" AS "deathsMale",
  t."deaths_female" AS "deathsFemale",
  t."dwelling_type" AS "dwellingType",
  t."floor_area" AS "floorArea",
  t."rooms" AS "rooms",
  t."phone_sealed" AS "phoneSealed",
  t."phone_masked" AS "phoneMasked",
  t."phone_hash" AS "phoneHash",
  t."note" AS "note",
  t."return_reason" AS "returnReason",
  t."normalized_address" AS "normalizedAddress",
  t."self_report_code_hash" AS "selfReportCodeHash",
  t."self_report_issued_at" AS "selfReportIssuedAt",
  t."long_form_sampled" AS "longFormSampled",
  t."long_form" AS "longForm",
  t."long_form_sealed" AS "longFormSealed",
  t."long_form_refused" AS "longFormRefused",
  s.at AS "submittedAt"
FROM
  household t
  CROSS JOIN LATERAL (
    SELECT
      coalesce(max(e.at), t.updated_at) AS at
    FROM
      household_event e
    WHERE
      e.county_code = $4
      AND e.county_code = t.county_code
      AND e.household_id = t.id
      AND e.to_stage = 'SUBMITTED'
  ) s
WHERE
  t.stage = 'SUBMITTED'
  AND (
    t.county_code = $3
    AND (
      (
        t.small_zone_code >= $1
        AND t.small_zone_code < $1 || ':'
      )
      OR (
        t.small_zone_code >= $2
        AND t.small_zone_code < $2 || ':'
      )
    )
  )
  AND t.small_zone_code IN (
    SELECT
      az.zone_code
    FROM
      account_zone az
    WHERE
      az.account_id = $5::bigint
  )
  AND s.at >= ($6::date::timestamp AT TIME ZONE 'Asia/Shanghai')
ORDER BY
  s.at DESC,
  t.county_code DESC,
  t.id DESC
LIMIT
  $7;

-- workflow/review.service.ts: ReviewService.queue.count
SELECT
  count(*)::int AS count
FROM
  household t
  CROSS JOIN LATERAL (
    SELECT
      coalesce(max(e.at), t.updated_at) AS at
    FROM
      household_event e
    WHERE
      e.county_code = $4
      AND e.county_code = t.county_code
      AND e.household_id = t.id
      AND e.to_stage = 'SUBMITTED'
  ) s
WHERE
  t.stage = 'SUBMITTED'
  AND (
    t.county_code = $3
    AND (
      (
        t.small_zone_code >= $1
        AND t.small_zone_code < $1 || ':'
      )
      OR (
        t.small_zone_code >= $2
        AND t.small_zone_code < $2 || ':'
      )
    )
  )
  AND t.small_zone_code IN (
    SELECT
      az.zone_code
    FROM
      account_zone az
    WHERE
      az.account_id = $5::bigint
  )
  AND s.at >= ($6::date::timestamp AT TIME ZONE 'Asia/Shanghai');

-- workflow/review.service.ts: ReviewService.team
WITH
  e AS (
    SELECT
      a.id,
      array_agg(
        DISTINCT az.zone_code
        ORDER BY
          az.zone_code
      ) AS zones
    FROM
      account a
      JOIN account_zone az ON az.account_id = a.id
    WHERE
      a.role = 'ENUMERATOR'
      AND a.active
      AND a.supervisor_id = $1::bigint
      AND (
        (
          az.zone_code >= $3
          AND az.zone_code < $3 || ':'
        )
        OR (
          az.zone_code >= $4
          AND az.zone_code < $4 || ':'
        )
      )
    GROUP BY
      a.id
  ),
  f AS (
    SELECT
      e.id,
      e.zones,
      s.*,
      GREATEST(
        (
          SELECT
            max(he.at)
          FROM
            unnest(e.zones) held (code)
            JOIN household_event he ON he.county_code = $2
            AND (
              he.small_zone_code >= held.code
              AND he.small_zone_code < held.code || ':'
            )
            AND he.actor_id = e.id
        ),
        (
          SELECT
            max(v.visited_at)
          FROM
            unnest(e.zones) held (code)
            JOIN visit v ON v.county_code = $2
            AND (
              v.small_zone_code >= held.code
              AND v.small_zone_code < held.code || ':'
            )
            AND v.enumerator_id = e.id
        )
      ) AS "lastActivityAt"
    FROM
      e
      CROSS JOIN LATERAL (
        SELECT
          coalesce(sum(r.households), 0)::int AS households,
          coalesce(
            sum(r.submitted_households + r.approved_households),
            0
          )::int AS submitted,
          coalesce(sum(r.approved_households), 0)::int AS approved,
          coalesce(sum(r.returned_households), 0)::int AS returned,
          coalesce(sum(r.self_reported_households), 0)::int AS "selfReported"
        FROM
          unnest(e.zones) held (code)
          JOIN progress_rollup r ON r.county_code = $2
          AND (
            r.small_zone_code >= held.code
            AND r.small_zone_code < held.code || ':'
          )
      ) s
  )
SELECT
  f.id::text AS "accountRowId",
  f.zones AS "smallZones",
  f.households,
  f.submitted,
  f.approved,
  f.returned,
  f."selfReported",
  f."lastActivityAt"
FROM
  f
ORDER BY
  f.zones[1],
  f.id;

-- workflow/workflow.loaders.ts: createWorkflowLoaders.eventsByHousehold
SELECT
  t."county_code" AS "countyCode",
  t."id" AS "rowId",
  t."household_id" AS "householdRowId",
  t."small_zone_code" AS "smallZoneCode",
  t."at" AS "at",
  t."actor_id" AS "actorRowId",
  t."from_stage" AS "fromStage",
  t."to_stage" AS "toStage",
  t."reason" AS "reason",
  t."reasons" AS "storedReasons",
  t."by_resident" AS "byResident"
FROM
  household_event t
WHERE
  t.county_code = $2
  AND t.household_id = ANY ($1::text[]::bigint[])
ORDER BY
  t.household_id,
  t.at,
  t.id;

-- workflow/workflow.service.ts: WorkflowService.completeness
SELECT
  count(*)::int AS visits
FROM
  visit
WHERE
  county_code = $1
  AND household_id = $2;

-- workflow/workflow.service.ts: WorkflowService.completeness
SELECT
  t."created_at" AS "createdAt",
  t."updated_at" AS "updatedAt",
  t."version" AS "version",
  t."county_code" AS "countyCode",
  t."id" AS "rowId",
  t."household_id" AS "householdRowId",
  t."small_zone_code" AS "smallZoneCode",
  t."line_number" AS "lineNumber",
  t."name" AS "name",
  t."relationship" AS "relationship",
  t."citizen_id_sealed" AS "citizenIdSealed",
  t."citizen_id_masked" AS "citizenIdMasked",
  t."citizen_id_hash" AS "citizenIdHash",
  t."sex" AS "sex",
  t."birth_year" AS "birthYear",
  t."birth_month" AS "birthMonth",
  t."ethnicity" AS "ethnicity",
  t."whereabouts" AS "whereabouts",
  t."registration_place_code" AS "registrationPlaceCode",
  t."left_registration_duration" AS "leftRegistrationDuration",
  t."left_registration_reason" AS "leftRegistrationReason",
  t."education" AS "education",
  t."literate" AS "literate",
  t."registered" AS "registered",
  t."resident" AS "resident",
  t."long_form" AS "longForm",
  t."long_form_sealed" AS "longFormSealed",
  t."long_form_refused" AS "longFormRefused"
FROM
  person t
WHERE
  t.county_code = $1
  AND t.household_id = $2
ORDER BY
  t.line_number;

-- workflow/workflow.service.ts: WorkflowService.step
INSERT INTO
  household_event (
    county_code,
    household_id,
    small_zone_code,
    actor_id,
    from_stage,
    to_stage,
    reason,
    by_resident,
    reasons
  )
VALUES
  ($8, $1, $2, $3, $4, $5, $6, $7, $9::jsonb);

-- workflow/workflow.service.ts: WorkflowService.step
SELECT
  t."created_at" AS "createdAt",
  t."updated_at" AS "updatedAt",
  t."version" AS "version",
  t."county_code" AS "countyCode",
  t."id" AS "rowId",
  t."small_zone_code" AS "smallZoneCode",
  t."number" AS "number",
  t."building_id" AS "buildingRowId",
  t."unit" AS "unit",
  t."kind" AS "kind",
  t."status" AS "status",
  t."registration_method" AS "registrationMethod",
  t."stage" AS "stage",
  t."present_male" AS "presentMale",
  t."present_female" AS "presentFemale",
  t."absent_male" AS "absentMale",
  t."absent_female" AS "absentFemale",
  t."births_male" AS "birthsMale",
  t."births_female" AS "birthsFemale",
  t."deaths_male" AS "deathsMale",
  t."deaths_female" AS "deathsFemale",
  t."dwelling_type" AS "dwellingType",
  t."floor_area" AS "floorArea",
  t."rooms" AS "rooms",
  t."phone_sealed" AS "phoneSealed",
  t."phone_masked" AS "phoneMasked",
  t."phone_hash" AS "phoneHash",
  t."note" AS "note",
  t."return_reason" AS "returnReason",
  t."normalized_address" AS "normalizedAddress",
  t."self_report_code_hash" AS "selfReportCodeHash",
  t."self_report_issued_at" AS "selfReportIssuedAt",
  t."long_form_sampled" AS "longFormSampled",
  t."long_form" AS "longForm",
  t."long_form_sealed" AS "longFormSealed",
  t."long_form_refused" AS "longFormRefused"
FROM
  household t
WHERE
  t.county_code = $2
  AND t.id = $1
FOR UPDATE;

-- workflow/workflow.service.ts: WorkflowService.step
WITH
  changed AS (
    UPDATE household
    SET
      stage = $2::household_stage,
      version = version + 1,
      updated_at = now(),
      return_reason = CASE
        WHEN $2::household_stage = 'RETURNED' THEN $3
        ELSE NULL
      END,
      registration_method = CASE
        WHEN $4 THEN 'SELF_REPORT'::registration_method
        ELSE registration_method
      END
    WHERE
      county_code = $5
      AND id = $1
    RETURNING
      "created_at" AS "createdAt",
      "updated_at" AS "updatedAt",
      "version" AS "version",
      "county_code" AS "countyCode",
      "id" AS "rowId",
      "small_zone_code" AS "smallZoneCode",
      "number" AS "number",
      "building_id" AS "buildingRowId",
      "unit" AS "unit",
      "kind" AS "kind",
      "status" AS "status",
      "registration_method" AS "registrationMethod",
      "stage" AS "stage",
      "present_male" AS "presentMale",
      "present_female" AS "presentFemale",
      "absent_male" AS "absentMale",
      "absent_female" AS "absentFemale",
      "births_male" AS "birthsMale",
      "births_female" AS "birthsFemale",
      "deaths_male" AS "deathsMale",
      "deaths_female" AS "deathsFemale",
      "dwelling_type" AS "dwellingType",
      "floor_area" AS "floorArea",
      "rooms" AS "rooms",
      "phone_sealed" AS "phoneSealed",
      "phone_masked" AS "phoneMasked",
      "phone_hash" AS "phoneHash",
      "note" AS "note",
      "return_reason" AS "returnReason",
      "normalized_address" AS "normalizedAddress",
      "self_report_code_hash" AS "selfReportCodeHash",
      "self_report_issued_at" AS "selfReportIssuedAt",
      "long_form_sampled" AS "longFormSampled",
      "long_form" AS "longForm",
      "long_form_sealed" AS "longFormSealed",
      "long_form_refused" AS "longFormRefused"
  )
SELECT
  *
FROM
  changed;
