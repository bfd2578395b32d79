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
  t."self_report_issued_at" AS "selfReportIssuedAt",
  t."long_form_sampled" AS "longFormSampled",
  t."long_form" AS "longForm",
  t."long_form_sealed" AS "longFormSealed",
  t."long_form_refused" AS "longFormRefused"
FROM
  household t
WHERE
  t.county_code = $2
  AND t.id = ANY ($1::text[]::bigint[]);

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
  t."self_report_issued_at" AS "selfReportIssuedAt",
  t."long_form_sampled" AS "longFormSampled",
  t."long_form" AS "longForm",
  t."long_form_sealed" AS "longFormSealed",
  t."long_form_refused" AS "longFormRefused"
FROM
  household t
  JOIN unnest($1::text[], $2::text[], $3::text[]) AS k (code, number, county) ON t.county_code = k.county
  AND t.small_zone_code = k.code
  AND t.number = k.number
WHERE
  t.county_code = $4;

-- households/household.loaders.ts: createHouseholdLoaders.households
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
      t."building_id" AS "buildingRowId",
      t."absent_female" AS "absentFemale",
      t."absent_male" AS "absentMale",
      t."births_female" AS "birthsFemale",
      t."births_male" AS "birthsMale",
      t."created_at" AS "createdAt",
      t."deaths_female" AS "deathsFemale",
      t."deaths_male" AS "deathsMale",
      t."dwelling_type" AS "dwellingType",
      t."floor_area" AS "floorArea",
      t."kind" AS "kind",
      t."note" AS "note",
      t."phone_masked" AS "phoneMasked",
      CASE
        WHEN t.phone_masked IS NULL THEN t.phone_sealed
      END AS "phoneSealed",
      t."present_female" AS "presentFemale",
      t."present_male" AS "presentMale",
      t."registration_method" AS "registrationMethod",
      t."rooms" AS "rooms",
      t."stage" AS "stage",
      t."status" AS "status",
      t."unit" AS "unit",
      t."updated_at" AS "updatedAt",
      t."version" AS "version"
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
      AND t.county_code = $4
      AND (
        t.small_zone_code >= $5
        AND t.small_zone_code < $5 || ':'
      )
      AND t.status = ANY ($6::household_status[])
      AND t.stage = ANY ($7::household_stage[])
    ORDER BY
      t.small_zone_code ASC,
      t.number ASC
    LIMIT
      $8
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
      t."self_report_issued_at" AS "selfReportIssuedAt",
      t."long_form_sampled" AS "longFormSampled",
      t."long_form" AS "longForm",
      t."long_form_sealed" AS "longFormSealed",
      t."long_form_refused" AS "longFormRefused"
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
        t.small_zone_code >= $5
        AND t.small_zone_code < $5 || ':'
      )
      AND t.county_code = $4
      AND t.stage IN ('LISTED', 'ENUMERATING', 'RETURNED')
      AND (
        SELECT
          count(*)
        FROM
          visit v
        WHERE
          v.county_code = $6
          AND v.county_code = t.county_code
          AND v.household_id = t.id
          AND v.outcome = ANY ($7::visit_outcome[])
      ) >= $8
      AND NOT EXISTS (
        SELECT
          1
        FROM
          visit v
        WHERE
          v.county_code = $9
          AND v.county_code = t.county_code
          AND v.household_id = t.id
          AND v.outcome = 'COMPLETED'
      )
    ORDER BY
      t.small_zone_code ASC,
      t.number ASC
    LIMIT
      $10
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
      t."self_report_issued_at" AS "selfReportIssuedAt",
      t."long_form_sampled" AS "longFormSampled",
      t."long_form" AS "longForm",
      t."long_form_sealed" AS "longFormSealed",
      t."long_form_refused" AS "longFormRefused"
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
        t.small_zone_code >= $5
        AND t.small_zone_code < $5 || ':'
      )
      AND t.county_code = $4
      AND t.stage IN ('LISTED', 'ENUMERATING', 'RETURNED')
      AND t.status = 'ORDINARY'
      AND NOT EXISTS (
        SELECT
          1
        FROM
          visit v
        WHERE
          v.county_code = $6
          AND v.county_code = t.county_code
          AND v.household_id = t.id
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
      t."self_report_issued_at" AS "selfReportIssuedAt",
      t."long_form_sampled" AS "longFormSampled",
      t."long_form" AS "longForm",
      t."long_form_sealed" AS "longFormSealed",
      t."long_form_refused" AS "longFormRefused"
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
      AND t.county_code = $4
      AND (
        t.small_zone_code >= $5
        AND t.small_zone_code < $5 || ':'
      )
      AND (
        strpos(t.normalized_address, $8) > 0
        OR EXISTS (
          SELECT
            1
          FROM
            person p
          WHERE
            p.county_code = $7
            AND p.county_code = t.county_code
            AND p.household_id = t.id
            AND p.relationship = 'HEAD'
            AND strpos(p.name, $6) > 0
        )
      )
    ORDER BY
      t.small_zone_code ASC,
      t.number ASC
    LIMIT
      $9
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
      t."self_report_issued_at" AS "selfReportIssuedAt",
      t."long_form_sampled" AS "longFormSampled",
      t."long_form" AS "longForm",
      t."long_form_sealed" AS "longFormSealed",
      t."long_form_refused" AS "longFormRefused"
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
      AND t.county_code = $4
      AND (
        t.small_zone_code >= $5
        AND t.small_zone_code < $5 || ':'
      )
    ORDER BY
      t.small_zone_code ASC,
      t.number ASC
    LIMIT
      $6
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
      t."self_report_issued_at" AS "selfReportIssuedAt",
      t."long_form_sampled" AS "longFormSampled",
      t."long_form" AS "longForm",
      t."long_form_sealed" AS "longFormSealed",
      t."long_form_refused" AS "longFormRefused"
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
      AND t.county_code = $4
      AND t.stage IN ('LISTED', 'ENUMERATING', 'RETURNED')
      AND (
        SELECT
          count(*)
        FROM
          visit v
        WHERE
          v.county_code = $5
          AND v.county_code = t.county_code
          AND v.household_id = t.id
          AND v.outcome = ANY ($6::visit_outcome[])
      ) >= $7
      AND NOT EXISTS (
        SELECT
          1
        FROM
          visit v
        WHERE
          v.county_code = $8
          AND v.county_code = t.county_code
          AND v.household_id = t.id
          AND v.outcome = 'COMPLETED'
      )
    ORDER BY
      t.small_zone_code ASC,
      t.number ASC
    LIMIT
      $9
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
      t."self_report_issued_at" AS "selfReportIssuedAt",
      t."long_form_sampled" AS "longFormSampled",
      t."long_form" AS "longForm",
      t."long_form_sealed" AS "longFormSealed",
      t."long_form_refused" AS "longFormRefused"
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
      AND t.county_code = $4
      AND t.stage IN ('LISTED', 'ENUMERATING', 'RETURNED')
      AND t.status = 'ORDINARY'
      AND NOT EXISTS (
        SELECT
          1
        FROM
          visit v
        WHERE
          v.county_code = $5
          AND v.county_code = t.county_code
          AND v.household_id = t.id
      )
      AND (t.small_zone_code, t.number) > ($6, $7)
    ORDER BY
      t.small_zone_code ASC,
      t.number ASC
    LIMIT
      $8
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
      t."self_report_issued_at" AS "selfReportIssuedAt",
      t."long_form_sampled" AS "longFormSampled",
      t."long_form" AS "longForm",
      t."long_form_sealed" AS "longFormSealed",
      t."long_form_refused" AS "longFormRefused"
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
      AND t.phone_hash = $4
    ORDER BY
      t.small_zone_code ASC,
      t.number ASC
    LIMIT
      $5
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
        t.small_zone_code >= $5
        AND t.small_zone_code < $5 || ':'
      )
      AND t.county_code = $4
      AND t.stage IN ('LISTED', 'ENUMERATING', 'RETURNED')
      AND (
        SELECT
          count(*)
        FROM
          visit v
        WHERE
          v.county_code = $6
          AND v.county_code = t.county_code
          AND v.household_id = t.id
          AND v.outcome = ANY ($7::visit_outcome[])
      ) >= $8
      AND NOT EXISTS (
        SELECT
          1
        FROM
          visit v
        WHERE
          v.county_code = $9
          AND v.county_code = t.county_code
          AND v.household_id = t.id
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
        t.small_zone_code >= $5
        AND t.small_zone_code < $5 || ':'
      )
      AND t.county_code = $4
      AND t.stage IN ('LISTED', 'ENUMERATING', 'RETURNED')
      AND t.status = 'ORDINARY'
      AND NOT EXISTS (
        SELECT
          1
        FROM
          visit v
        WHERE
          v.county_code = $6
          AND v.county_code = t.county_code
          AND v.household_id = t.id
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
      AND t.county_code = $4
      AND (
        t.small_zone_code >= $5
        AND t.small_zone_code < $5 || ':'
      )
      AND (
        strpos(t.normalized_address, $8) > 0
        OR EXISTS (
          SELECT
            1
          FROM
            person p
          WHERE
            p.county_code = $7
            AND p.county_code = t.county_code
            AND p.household_id = t.id
            AND p.relationship = 'HEAD'
            AND strpos(p.name, $6) > 0
        )
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
      AND t.county_code = $4
      AND (
        t.small_zone_code >= $5
        AND t.small_zone_code < $5 || ':'
      )
      AND t.status = ANY ($6::household_status[])
      AND t.stage = ANY ($7::household_stage[])
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
      AND t.county_code = $4
      AND (
        t.small_zone_code >= $5
        AND t.small_zone_code < $5 || ':'
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
      AND t.county_code = $4
      AND t.stage IN ('LISTED', 'ENUMERATING', 'RETURNED')
      AND (
        SELECT
          count(*)
        FROM
          visit v
        WHERE
          v.county_code = $5
          AND v.county_code = t.county_code
          AND v.household_id = t.id
          AND v.outcome = ANY ($6::visit_outcome[])
      ) >= $7
      AND NOT EXISTS (
        SELECT
          1
        FROM
          visit v
        WHERE
          v.county_code = $8
          AND v.county_code = t.county_code
          AND v.household_id = t.id
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
      AND t.county_code = $4
      AND t.stage IN ('LISTED', 'ENUMERATING', 'RETURNED')
      AND t.status = 'ORDINARY'
      AND NOT EXISTS (
        SELECT
          1
        FROM
          visit v
        WHERE
          v.county_code = $5
          AND v.county_code = t.county_code
          AND v.household_id = t.id
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
      AND t.phone_hash = $4
  ) AS n
FROM
  unnest($1::text[]) AS p (key);

-- households/household.loaders.ts: createHouseholdLoaders.householdsByBuilding
SELECT
  t."county_code" AS "countyCode",
  t."id" AS "rowId",
  t."small_zone_code" AS "smallZoneCode",
  t."number" AS "number",
  t."building_id" AS "buildingRowId",
  t."absent_female" AS "absentFemale",
  t."absent_male" AS "absentMale",
  t."births_female" AS "birthsFemale",
  t."births_male" AS "birthsMale",
  t."created_at" AS "createdAt",
  t."deaths_female" AS "deathsFemale",
  t."deaths_male" AS "deathsMale",
  t."dwelling_type" AS "dwellingType",
  t."floor_area" AS "floorArea",
  t."kind" AS "kind",
  t."note" AS "note",
  t."phone_masked" AS "phoneMasked",
  CASE
    WHEN t.phone_masked IS NULL THEN t.phone_sealed
  END AS "phoneSealed",
  t."present_female" AS "presentFemale",
  t."present_male" AS "presentMale",
  t."registration_method" AS "registrationMethod",
  t."rooms" AS "rooms",
  t."stage" AS "stage",
  t."status" AS "status",
  t."unit" AS "unit",
  t."updated_at" AS "updatedAt",
  t."version" AS "version"
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
      t."county_code" AS "countyCode",
      t."id" AS "rowId",
      t."small_zone_code" AS "smallZoneCode",
      t."number" AS "number",
      t."building_id" AS "buildingRowId"
    FROM
      household t
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

-- households/household.loaders.ts: createHouseholdLoaders.householdsInZone
SELECT
  p.key,
  (
    SELECT
      count(*)::int
    FROM
      household t
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

-- households/household.loaders.ts: createHouseholdLoaders.householdsOfBuilding
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
      t."building_id" AS "buildingRowId",
      t."stage" AS "stage",
      t."status" AS "status",
      t."unit" AS "unit"
    FROM
      household t
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
        AND t.building_id = split_part(p.key, ':', 2)::bigint
      )
    ORDER BY
      t.small_zone_code ASC,
      t.number ASC
    LIMIT
      $5
  ) t;

-- households/household.loaders.ts: createHouseholdLoaders.householdsOfBuilding
SELECT
  p.key,
  (
    SELECT
      count(*)::int
    FROM
      household t
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
        AND t.building_id = split_part(p.key, ':', 2)::bigint
      )
  ) AS n
FROM
  unnest($1::text[]) AS p (key);

-- households/household.service.ts: HouseholdService.create
INSERT INTO
  household (
    "county_code",
    "small_zone_code",
    "number",
    "building_id",
    "version",
    "phone_sealed",
    "phone_hash",
    "phone_masked",
    "long_form_sampled",
    "kind",
    "status",
    "registration_method"
  )
VALUES
  ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
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
  "self_report_issued_at" AS "selfReportIssuedAt",
  "long_form_sampled" AS "longFormSampled",
  "long_form" AS "longForm",
  "long_form_sealed" AS "longFormSealed",
  "long_form_refused" AS "longFormRefused";

-- households/household.service.ts: HouseholdService.create
INSERT INTO
  household (
    "county_code",
    "small_zone_code",
    "number",
    "building_id",
    "version",
    "phone_sealed",
    "phone_hash",
    "phone_masked",
    "long_form_sampled",
    "kind",
    "status",
    "registration_method",
    "deaths_male",
    "note"
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
    $13,
    $14
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
  "self_report_issued_at" AS "selfReportIssuedAt",
  "long_form_sampled" AS "longFormSampled",
  "long_form" AS "longForm",
  "long_form_sealed" AS "longFormSealed",
  "long_form_refused" AS "longFormRefused";

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
      county_code = $1
      AND household_id = $2
  ) AS persons,
  (
    SELECT
      count(*)::int
    FROM
      visit
    WHERE
      county_code = $1
      AND household_id = $2
  ) AS visits,
  (
    SELECT
      count(*)::int
    FROM
      appointment
    WHERE
      county_code = $1
      AND household_id = $2
  ) AS appointments,
  (
    SELECT
      count(*)::int
    FROM
      problem
    WHERE
      county_code = $1
      AND household_id = $2
  ) AS problems;

-- households/household.service.ts: HouseholdService.delete
WITH
  gone AS (
    DELETE FROM household
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
  gone;

-- households/household.service.ts: HouseholdService.nextNumber
SELECT
  COALESCE(max(number::int), 0) + 1 AS next
FROM
  household
WHERE
  county_code = $2
  AND small_zone_code = $1;

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
  t."self_report_issued_at" AS "selfReportIssuedAt",
  t."long_form_sampled" AS "longFormSampled",
  t."long_form" AS "longForm",
  t."long_form_sealed" AS "longFormSealed",
  t."long_form_refused" AS "longFormRefused"
FROM
  household t
WHERE
  t.county_code = $1
  AND t.id = $2;

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
      county_code = $3
      AND id = $4
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

-- households/household.service.ts: HouseholdService.update
WITH
  changed AS (
    UPDATE household
    SET
      rooms = $1,
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
