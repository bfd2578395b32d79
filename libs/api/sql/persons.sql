-- SQL of libs/api/src/persons/ as the API sends it, recorded by libs/api/test/sql-snapshots.spec.ts.
-- Generated: do not edit. Update with `npm run sql:snapshots` and review the diff with the code change.

-- persons/household-save.service.ts: HouseholdSaveService.apply
SELECT
  id::text AS id
FROM
  person
WHERE
  county_code = $2
  AND household_id = $1;

-- persons/household-save.service.ts: HouseholdSaveService.save
SELECT
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
FROM
  household
WHERE
  county_code = $2
  AND id = $1;

-- persons/person.loaders.ts: createPersonLoaders.personById
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
  t.county_code = $2
  AND t.id = ANY ($1::text[]::bigint[]);

-- persons/person.loaders.ts: createPersonLoaders.persons
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
      t."line_number" AS "lineNumber",
      t."birth_month" AS "birthMonth",
      t."birth_year" AS "birthYear",
      t."citizen_id_masked" AS "citizenIdMasked",
      CASE
        WHEN t.citizen_id_masked IS NULL THEN t.citizen_id_sealed
      END AS "citizenIdSealed",
      t."created_at" AS "createdAt",
      t."education" AS "education",
      t."ethnicity" AS "ethnicity",
      t."left_registration_duration" AS "leftRegistrationDuration",
      t."left_registration_reason" AS "leftRegistrationReason",
      t."literate" AS "literate",
      t."name" AS "name",
      t."registered" AS "registered",
      t."registration_place_code" AS "registrationPlaceCode",
      t."relationship" AS "relationship",
      t."resident" AS "resident",
      t."sex" AS "sex",
      t."updated_at" AS "updatedAt",
      t."version" AS "version",
      t."whereabouts" AS "whereabouts"
    FROM
      person t
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
      AND t.citizen_id_hash = $4
    ORDER BY
      t.small_zone_code ASC,
      t.id ASC
    LIMIT
      $5
  ) t;

-- persons/person.loaders.ts: createPersonLoaders.persons
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
      t."line_number" AS "lineNumber",
      t."birth_month" AS "birthMonth",
      t."birth_year" AS "birthYear",
      t."citizen_id_masked" AS "citizenIdMasked",
      CASE
        WHEN t.citizen_id_masked IS NULL THEN t.citizen_id_sealed
      END AS "citizenIdSealed",
      t."created_at" AS "createdAt",
      t."education" AS "education",
      t."ethnicity" AS "ethnicity",
      t."left_registration_duration" AS "leftRegistrationDuration",
      t."left_registration_reason" AS "leftRegistrationReason",
      t."literate" AS "literate",
      t."name" AS "name",
      t."registered" AS "registered",
      t."registration_place_code" AS "registrationPlaceCode",
      t."relationship" AS "relationship",
      t."resident" AS "resident",
      t."sex" AS "sex",
      t."updated_at" AS "updatedAt",
      t."version" AS "version",
      t."whereabouts" AS "whereabouts"
    FROM
      person t
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
      AND t.resident = $6
      AND starts_with(t.name, $7)
    ORDER BY
      t.small_zone_code ASC,
      t.id ASC
    LIMIT
      $8
  ) t;

-- persons/person.loaders.ts: createPersonLoaders.persons
SELECT
  p.key,
  (
    SELECT
      count(*)::int
    FROM
      person t
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
      AND t.citizen_id_hash = $4
  ) AS n
FROM
  unnest($1::text[]) AS p (key);

-- persons/person.loaders.ts: createPersonLoaders.persons
SELECT
  p.key,
  (
    SELECT
      count(*)::int
    FROM
      person t
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
      AND t.resident = $6
      AND starts_with(t.name, $7)
  ) AS n
FROM
  unnest($1::text[]) AS p (key);

-- persons/person.loaders.ts: createPersonLoaders.personsByHousehold
SELECT
  t."county_code" AS "countyCode",
  t."id" AS "rowId",
  t."household_id" AS "householdRowId",
  t."small_zone_code" AS "smallZoneCode",
  t."line_number" AS "lineNumber",
  t."birth_month" AS "birthMonth",
  t."birth_year" AS "birthYear",
  t."citizen_id_masked" AS "citizenIdMasked",
  CASE
    WHEN t.citizen_id_masked IS NULL THEN t.citizen_id_sealed
  END AS "citizenIdSealed",
  t."created_at" AS "createdAt",
  t."education" AS "education",
  t."ethnicity" AS "ethnicity",
  t."left_registration_duration" AS "leftRegistrationDuration",
  t."left_registration_reason" AS "leftRegistrationReason",
  t."literate" AS "literate",
  t."name" AS "name",
  t."registered" AS "registered",
  t."registration_place_code" AS "registrationPlaceCode",
  t."relationship" AS "relationship",
  t."resident" AS "resident",
  t."sex" AS "sex",
  t."updated_at" AS "updatedAt",
  t."version" AS "version",
  t."whereabouts" AS "whereabouts"
FROM
  person t
WHERE
  t.county_code = $2
  AND t.household_id = ANY ($1::text[]::bigint[])
ORDER BY
  t.household_id,
  t.line_number;

-- persons/person.loaders.ts: createPersonLoaders.personsByHousehold
SELECT
  t."county_code" AS "countyCode",
  t."id" AS "rowId",
  t."household_id" AS "householdRowId",
  t."small_zone_code" AS "smallZoneCode",
  t."line_number" AS "lineNumber",
  t."name" AS "name",
  t."relationship" AS "relationship"
FROM
  person t
WHERE
  t.county_code = $2
  AND t.household_id = ANY ($1::text[]::bigint[])
ORDER BY
  t.household_id,
  t.line_number;

-- persons/person.loaders.ts: createPersonLoaders.personsByHousehold
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
  t.county_code = $2
  AND t.household_id = ANY ($1::text[]::bigint[])
ORDER BY
  t.household_id,
  t.line_number;

-- persons/person.service.ts: PersonService.create
INSERT INTO
  person (
    "county_code",
    "household_id",
    "small_zone_code",
    "line_number",
    "version",
    "citizen_id_sealed",
    "citizen_id_hash",
    "citizen_id_masked",
    "name",
    "relationship",
    "sex",
    "birth_year",
    "birth_month",
    "registered",
    "resident"
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
    $14,
    $15
  )
ON CONFLICT ON CONSTRAINT person_household_line_key DO NOTHING
RETURNING
  "created_at" AS "createdAt",
  "updated_at" AS "updatedAt",
  "version" AS "version",
  "county_code" AS "countyCode",
  "id" AS "rowId",
  "household_id" AS "householdRowId",
  "small_zone_code" AS "smallZoneCode",
  "line_number" AS "lineNumber",
  "name" AS "name",
  "relationship" AS "relationship",
  "citizen_id_sealed" AS "citizenIdSealed",
  "citizen_id_masked" AS "citizenIdMasked",
  "citizen_id_hash" AS "citizenIdHash",
  "sex" AS "sex",
  "birth_year" AS "birthYear",
  "birth_month" AS "birthMonth",
  "ethnicity" AS "ethnicity",
  "whereabouts" AS "whereabouts",
  "registration_place_code" AS "registrationPlaceCode",
  "left_registration_duration" AS "leftRegistrationDuration",
  "left_registration_reason" AS "leftRegistrationReason",
  "education" AS "education",
  "literate" AS "literate",
  "registered" AS "registered",
  "resident" AS "resident",
  "long_form" AS "longForm",
  "long_form_sealed" AS "longFormSealed",
  "long_form_refused" AS "longFormRefused";

-- persons/person.service.ts: PersonService.delete
WITH
  gone AS (
    DELETE FROM person
    WHERE
      county_code = $1
      AND id = $2
    RETURNING
      "created_at" AS "createdAt",
      "updated_at" AS "updatedAt",
      "version" AS "version",
      "county_code" AS "countyCode",
      "id" AS "rowId",
      "household_id" AS "householdRowId",
      "small_zone_code" AS "smallZoneCode",
      "line_number" AS "lineNumber",
      "name" AS "name",
      "relationship" AS "relationship",
      "citizen_id_sealed" AS "citizenIdSealed",
      "citizen_id_masked" AS "citizenIdMasked",
      "citizen_id_hash" AS "citizenIdHash",
      "sex" AS "sex",
      "birth_year" AS "birthYear",
      "birth_month" AS "birthMonth",
      "ethnicity" AS "ethnicity",
      "whereabouts" AS "whereabouts",
      "registration_place_code" AS "registrationPlaceCode",
      "left_registration_duration" AS "leftRegistrationDuration",
      "left_registration_reason" AS "leftRegistrationReason",
      "education" AS "education",
      "literate" AS "literate",
      "registered" AS "registered",
      "resident" AS "resident",
      "long_form" AS "longForm",
      "long_form_sealed" AS "longFormSealed",
      "long_form_refused" AS "longFormRefused"
  )
SELECT
  *
FROM
  gone;

-- persons/person.service.ts: PersonService.nextLine
SELECT
  COALESCE(max(line_number), 0) + 1 AS n
FROM
  person
WHERE
  county_code = $1
  AND household_id = $2;

-- persons/person.service.ts: PersonService.update
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
  t."long_form_refused" AS "longFormRefused",
  h.stage AS stage
FROM
  person t
  JOIN household h ON h.county_code = t.county_code
  AND h.id = t.household_id
WHERE
  t.county_code = $2
  AND t.id = $1
FOR UPDATE OF
  t,
  h;

-- persons/person.service.ts: PersonService.update
WITH
  changed AS (
    UPDATE person
    SET
      name = $1,
      relationship = $2,
      sex = $3,
      birth_year = $4,
      birth_month = $5,
      ethnicity = $6,
      whereabouts = $7,
      registration_place_code = $8,
      left_registration_duration = $9,
      left_registration_reason = $10,
      education = $11,
      literate = $12,
      registered = $13,
      resident = $14,
      version = version + 1,
      updated_at = now()
    WHERE
      county_code = $15
      AND id = $16
    RETURNING
      "created_at" AS "createdAt",
      "updated_at" AS "updatedAt",
      "version" AS "version",
      "county_code" AS "countyCode",
      "id" AS "rowId",
      "household_id" AS "householdRowId",
      "small_zone_code" AS "smallZoneCode",
      "line_number" AS "lineNumber",
      "name" AS "name",
      "relationship" AS "relationship",
      "citizen_id_sealed" AS "citizenIdSealed",
      "citizen_id_masked" AS "citizenIdMasked",
      "citizen_id_hash" AS "citizenIdHash",
      "sex" AS "sex",
      "birth_year" AS "birthYear",
      "birth_month" AS "birthMonth",
      "ethnicity" AS "ethnicity",
      "whereabouts" AS "whereabouts",
      "registration_place_code" AS "registrationPlaceCode",
      "left_registration_duration" AS "leftRegistrationDuration",
      "left_registration_reason" AS "leftRegistrationReason",
      "education" AS "education",
      "literate" AS "literate",
      "registered" AS "registered",
      "resident" AS "resident",
      "long_form" AS "longForm",
      "long_form_sealed" AS "longFormSealed",
      "long_form_refused" AS "longFormRefused"
  )
SELECT
  *
FROM
  changed;

-- persons/person.service.ts: lockHouseholdRow
SELECT
  county_code,
  id,
  small_zone_code,
  stage
FROM
  household
WHERE
  county_code = $2
  AND id = $1
FOR UPDATE;
