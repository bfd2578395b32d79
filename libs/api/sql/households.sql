-- SQL of libs/api/src/households/ as the API sends it, recorded by libs/api/test/sql-snapshots.spec.ts.
-- Generated: do not edit. Update with `npm run sql:snapshots` and review the diff with the code change.

-- households/household.loaders.ts: createHouseholdLoaders.householdById
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
  t."self_report_issued_at" AS "selfReportIssuedAt"
FROM
  household t
WHERE
  t.county_code = $2
  AND t.id = ANY ($1::text[]::bigint[]);

-- households/household.loaders.ts: createHouseholdLoaders.householdById
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
  t."self_report_issued_at" AS "selfReportIssuedAt"
FROM
  household t
WHERE
  t.id = ANY ($1::text[]::bigint[]);

-- households/household.loaders.ts: createHouseholdLoaders.householdByNumber
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
  t."self_report_issued_at" AS "selfReportIssuedAt"
FROM
  household t
  JOIN unnest($1::text[], $2::text[]) AS k (code, number) ON t.small_zone_code = k.code
  AND t.number = k.number;

-- households/household.loaders.ts: createHouseholdLoaders.households
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
      t."self_report_issued_at" AS "selfReportIssuedAt"
    FROM
      household t
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
        t.small_zone_code >= $4
        AND t.small_zone_code < $4 || ':'
      )
      AND t.stage IN ('LISTED', 'ENUMERATING', 'RETURNED')
      AND (
        SELECT
          count(*)
        FROM
          visit v
        WHERE
          v.household_id = t.id
          AND v.outcome = ANY ($5::visit_outcome[])
      ) >= $6
      AND NOT EXISTS (
        SELECT
          1
        FROM
          visit v
        WHERE
          v.household_id = t.id
          AND v.outcome = 'COMPLETED'
      )
    ORDER BY
      t.small_zone_code ASC,
      t.number ASC
    LIMIT
      $7
  ) t;

-- households/household.loaders.ts: createHouseholdLoaders.households
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
      t."self_report_issued_at" AS "selfReportIssuedAt"
    FROM
      household t
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
        t.small_zone_code >= $4
        AND t.small_zone_code < $4 || ':'
      )
      AND t.stage IN ('LISTED', 'ENUMERATING', 'RETURNED')
      AND t.status = 'ORDINARY'
      AND NOT EXISTS (
        SELECT
          1
        FROM
          visit v
        WHERE
          v.household_id = t.id
      )
    ORDER BY
      t.small_zone_code ASC,
      t.number ASC
    LIMIT
      $5
  ) t;

-- households/household.loaders.ts: createHouseholdLoaders.households
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
      t."self_report_issued_at" AS "selfReportIssuedAt"
    FROM
      household t
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
        t.small_zone_code >= $4
        AND t.small_zone_code < $4 || ':'
      )
      AND t.status = ANY ($5::household_status[])
      AND t.stage = ANY ($6::household_stage[])
    ORDER BY
      t.small_zone_code ASC,
      t.number ASC
    LIMIT
      $7
  ) t;

-- households/household.loaders.ts: createHouseholdLoaders.households
SELECT
  p.key,
  (
    SELECT
      count(*)::int
    FROM
      household t
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
        t.small_zone_code >= $4
        AND t.small_zone_code < $4 || ':'
      )
      AND t.stage IN ('LISTED', 'ENUMERATING', 'RETURNED')
      AND (
        SELECT
          count(*)
        FROM
          visit v
        WHERE
          v.household_id = t.id
          AND v.outcome = ANY ($5::visit_outcome[])
      ) >= $6
      AND NOT EXISTS (
        SELECT
          1
        FROM
          visit v
        WHERE
          v.household_id = t.id
          AND v.outcome = 'COMPLETED'
      )
  ) AS n
FROM
  unnest($1::text[]) AS p (key);

-- households/household.loaders.ts: createHouseholdLoaders.households
SELECT
  p.key,
  (
    SELECT
      count(*)::int
    FROM
      household t
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
        t.small_zone_code >= $4
        AND t.small_zone_code < $4 || ':'
      )
      AND t.stage IN ('LISTED', 'ENUMERATING', 'RETURNED')
      AND t.status = 'ORDINARY'
      AND NOT EXISTS (
        SELECT
          1
        FROM
          visit v
        WHERE
          v.household_id = t.id
      )
  ) AS n
FROM
  unnest($1::text[]) AS p (key);

-- households/household.loaders.ts: createHouseholdLoaders.households
SELECT
  p.key,
  (
    SELECT
      count(*)::int
    FROM
      household t
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
        t.small_zone_code >= $4
        AND t.small_zone_code < $4 || ':'
      )
      AND t.status = ANY ($5::household_status[])
      AND t.stage = ANY ($6::household_stage[])
  ) AS n
FROM
  unnest($1::text[]) AS p (key);

-- households/household.loaders.ts: createHouseholdLoaders.householdsByBuilding
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
  t."self_report_issued_at" AS "selfReportIssuedAt"
FROM
  household t
WHERE
  t.county_code = $2
  AND t.building_id = ANY ($1::text[]::bigint[])
ORDER BY
  t.small_zone_code,
  t.number;

-- households/household.loaders.ts: createHouseholdLoaders.householdsInZone
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
      t."self_report_issued_at" AS "selfReportIssuedAt"
    FROM
      household t
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
        t.small_zone_code >= p.key
        AND t.small_zone_code < p.key || ':'
      )
    ORDER BY
      t.small_zone_code ASC,
      t.number ASC
    LIMIT
      $4
  ) t;

-- households/household.loaders.ts: createHouseholdLoaders.householdsInZone
SELECT
  p.key,
  (
    SELECT
      count(*)::int
    FROM
      household t
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
        t.small_zone_code >= p.key
        AND t.small_zone_code < p.key || ':'
      )
  ) AS n
FROM
  unnest($1::text[]) AS p (key);

-- households/household.service.ts: HouseholdService.create
INSERT INTO
  household (
    "small_zone_code",
    "number",
    "building_id",
    "version",
    "phone_sealed",
    "phone_hash",
    "phone_masked",
    "kind",
    "status",
    "registration_method",
    "county_code"
  )
VALUES
  ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
ON CONFLICT ON CONSTRAINT household_small_zone_number_key DO NOTHING
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
  "self_report_issued_at" AS "selfReportIssuedAt";

-- households/household.service.ts: HouseholdService.create
INSERT INTO
  household (
    "small_zone_code",
    "number",
    "building_id",
    "version",
    "phone_sealed",
    "phone_hash",
    "phone_masked",
    "kind",
    "status",
    "registration_method",
    "deaths_male",
    "note",
    "county_code"
  )
VALUES
  (
    $1,
    $2,
    $3,
    $4,
    $5,
    $6,
    $7,
    $8,
    $9,
    $10,
    $11,
    $12,
    $13
  )
ON CONFLICT ON CONSTRAINT household_small_zone_number_key DO NOTHING
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
  "self_report_issued_at" AS "selfReportIssuedAt";

-- households/household.service.ts: HouseholdService.create
SELECT
  1 AS found
FROM
  zone
WHERE
  code = $1
FOR UPDATE;

-- households/household.service.ts: HouseholdService.delete
SELECT
  (
    SELECT
      count(*)::int
    FROM
      person
    WHERE
      household_id = $1
  ) AS persons,
  (
    SELECT
      count(*)::int
    FROM
      visit
    WHERE
      household_id = $1
  ) AS visits,
  (
    SELECT
      count(*)::int
    FROM
      appointment
    WHERE
      household_id = $1
  ) AS appointments,
  (
    SELECT
      count(*)::int
    FROM
      problem
    WHERE
      household_id = $1
  ) AS problems;

-- households/household.service.ts: HouseholdService.delete
WITH
  gone AS (
    DELETE FROM household
    WHERE
      id = $1
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
      "self_report_issued_at" AS "selfReportIssuedAt"
  )
SELECT
  *
FROM
  gone;

-- households/household.service.ts: HouseholdService.nextNumber
SELECT
  COALESCE(max(number::int), 0) + 1 AS next
FROM
  household
WHERE
  small_zone_code = $1;

-- households/household.service.ts: HouseholdService.update
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
  t."self_report_issued_at" AS "selfReportIssuedAt"
FROM
  household t
WHERE
  t.id = $1;

-- households/household.service.ts: HouseholdService.update
WITH
  changed AS (
    UPDATE household
    SET
      rooms = $1,
      note = $2,
      version = version + 1,
      updated_at = now()
    WHERE
      id = $3
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
      "self_report_issued_at" AS "selfReportIssuedAt"
  )
SELECT
  *
FROM
  changed;

-- households/household.service.ts: HouseholdService.update
WITH
  changed AS (
    UPDATE household
    SET
      rooms = $1,
      version = version + 1,
      updated_at = now()
    WHERE
      id = $2
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
      "self_report_issued_at" AS "selfReportIssuedAt"
  )
SELECT
  *
FROM
  changed;
