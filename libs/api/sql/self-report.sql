-- SQL of libs/api/src/self-report/ as the API sends it, recorded by libs/api/test/sql-snapshots.spec.ts.
-- Generated: do not edit. Update with `npm run sql:snapshots` and review the diff with the code change.

-- self-report/self-report.service.ts: SelfReportService.isOwnPerson
SELECT
  household_id
FROM
  person
WHERE
  county_code = $1
  AND id = $2;

-- self-report/self-report.service.ts: SelfReportService.issue
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

-- self-report/self-report.service.ts: SelfReportService.issue
WITH
  changed AS (
    UPDATE household
    SET
      self_report_code_hash = $2,
      self_report_issued_at = now(),
      version = version + 1,
      updated_at = now()
    WHERE
      county_code = $3
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

-- self-report/self-report.service.ts: SelfReportService.start
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
  t.self_report_code_hash = $1;
