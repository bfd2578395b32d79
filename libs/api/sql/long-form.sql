-- SQL of libs/api/src/long-form/ as the API sends it, recorded by libs/api/test/sql-snapshots.spec.ts.
-- Generated: do not edit. Update with `npm run sql:snapshots` and review the diff with the code change.

-- long-form/long-form-options.ts: createLongFormOptionsLoader.rows
-- long-form/long-form-options.ts: longFormOptionsIn
SELECT
  code,
  long_form_vehicles AS vehicles
FROM
  zone
WHERE
  code = ANY ($1::text[])
  AND long_form_vehicles IS NOT NULL;

-- long-form/long-form-options.ts: setLongFormOptions
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

-- long-form/long-form-options.ts: setLongFormOptions
WITH
  changed AS (
    UPDATE zone
    SET
      long_form_vehicles = $2,
      version = version + 1,
      updated_at = now()
    WHERE
      code = $1
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

-- long-form/long-form.service.ts: LongFormService.household
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

-- long-form/long-form.service.ts: LongFormService.persons
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

-- long-form/long-form.service.ts: LongFormService.reportRefusals
INSERT INTO
  problem (
    county_code,
    zone_code,
    household_id,
    category,
    refused_items,
    "text",
    reported_by,
    version
  )
VALUES
  (
    $1,
    $2,
    $3,
    'ITEM_REFUSAL',
    $4::refused_item[],
    $5,
    $6,
    1
  );

-- long-form/long-form.service.ts: LongFormService.setSample
WITH
  changed AS (
    UPDATE household
    SET
      long_form_sampled = $3,
      version = version + 1,
      updated_at = now()
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
  changed;

-- long-form/long-form.service.ts: LongFormService.write
UPDATE person p
SET
  long_form = u.long_form,
  long_form_sealed = u.sealed,
  long_form_refused = u.refused,
  version = p.version + 1,
  updated_at = now()
FROM
  unnest($2::bigint[], $3::jsonb[], $4::bytea[], $5::int[]) AS u (id, long_form, sealed, refused)
WHERE
  p.county_code = $1
  AND p.id = u.id;

-- long-form/long-form.service.ts: LongFormService.write
WITH
  changed AS (
    UPDATE household
    SET
      long_form = $3,
      long_form_sealed = $4,
      long_form_refused = $5,
      version = version + 1,
      updated_at = now()
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
  changed;
