-- SQL of libs/api/src/accounts/ as the API sends it, recorded by libs/api/test/sql-snapshots.spec.ts.
-- Generated: do not edit. Update with `npm run sql:snapshots` and review the diff with the code change.

-- accounts/account.loaders.ts: createAccountLoaders.accountById
SELECT
  t."created_at" AS "createdAt",
  t."updated_at" AS "updatedAt",
  t."version" AS "version",
  t."id" AS "rowId",
  t."username" AS "username",
  t."name" AS "name",
  t."role" AS "role",
  t."active" AS "active",
  t."password_hash" AS "passwordHash",
  t."supervisor_id" AS "supervisorRowId",
  t."home_zone_code" AS "homeZoneCode",
  t."session_version" AS "sessionVersion",
  t."last_sign_in_at" AS "lastSignInAt"
FROM
  account t
WHERE
  t.id = ANY ($1::bigint[])
  AND (
    t.id = $2::bigint
    OR EXISTS (
      SELECT
        1
      FROM
        account_zone az
      WHERE
        az.account_id = t.id
        AND (
          (
            az.zone_code >= $3
            AND az.zone_code < $3 || ':'
          )
        )
    )
    OR EXISTS (
      SELECT
        1
      FROM
        account e
        JOIN account_zone az ON az.account_id = e.id
      WHERE
        e.supervisor_id = t.id
        AND (
          (
            az.zone_code >= $4
            AND az.zone_code < $4 || ':'
          )
        )
    )
    OR (
      (
        t.home_zone_code >= $5
        AND t.home_zone_code < $5 || ':'
      )
    )
  );

-- accounts/account.loaders.ts: createAccountLoaders.accountById
SELECT
  t."created_at" AS "createdAt",
  t."updated_at" AS "updatedAt",
  t."version" AS "version",
  t."id" AS "rowId",
  t."username" AS "username",
  t."name" AS "name",
  t."role" AS "role",
  t."active" AS "active",
  t."password_hash" AS "passwordHash",
  t."supervisor_id" AS "supervisorRowId",
  t."home_zone_code" AS "homeZoneCode",
  t."session_version" AS "sessionVersion",
  t."last_sign_in_at" AS "lastSignInAt"
FROM
  account t
WHERE
  t.id = ANY ($1::bigint[])
  AND (
    t.id = $2::bigint
    OR t.id = (
      SELECT
        me.supervisor_id
      FROM
        account me
      WHERE
        me.id = $2::bigint
    )
  );

-- accounts/account.loaders.ts: createAccountLoaders.accountById
SELECT
  t."created_at" AS "createdAt",
  t."updated_at" AS "updatedAt",
  t."version" AS "version",
  t."id" AS "rowId",
  t."username" AS "username",
  t."name" AS "name",
  t."role" AS "role",
  t."active" AS "active",
  t."password_hash" AS "passwordHash",
  t."supervisor_id" AS "supervisorRowId",
  t."home_zone_code" AS "homeZoneCode",
  t."session_version" AS "sessionVersion",
  t."last_sign_in_at" AS "lastSignInAt"
FROM
  account t
WHERE
  t.id = ANY ($1::bigint[])
  AND (
    t.id = $2::bigint
    OR t.supervisor_id = $2::bigint
  );

-- accounts/account.loaders.ts: createAccountLoaders.accounts
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
      t."id" AS "rowId",
      t."username" AS "username",
      t."name" AS "name",
      t."role" AS "role",
      t."active" AS "active",
      t."password_hash" AS "passwordHash",
      t."supervisor_id" AS "supervisorRowId",
      t."home_zone_code" AS "homeZoneCode",
      t."session_version" AS "sessionVersion",
      t."last_sign_in_at" AS "lastSignInAt"
    FROM
      account t
    WHERE
      (
        t.id = $2::bigint
        OR EXISTS (
          SELECT
            1
          FROM
            account_zone az
          WHERE
            az.account_id = t.id
            AND (
              (
                az.zone_code >= $3
                AND az.zone_code < $3 || ':'
              )
            )
        )
        OR EXISTS (
          SELECT
            1
          FROM
            account e
            JOIN account_zone az ON az.account_id = e.id
          WHERE
            e.supervisor_id = t.id
            AND (
              (
                az.zone_code >= $4
                AND az.zone_code < $4 || ':'
              )
            )
        )
        OR (
          (
            t.home_zone_code >= $5
            AND t.home_zone_code < $5 || ':'
          )
        )
      )
      AND t.role = $6
      AND t.active = $7
      AND (
        (
          t.home_zone_code >= $8
          AND t.home_zone_code < $8 || ':'
        )
        OR EXISTS (
          SELECT
            1
          FROM
            account_zone fz
          WHERE
            fz.account_id = t.id
            AND (
              fz.zone_code >= $8
              AND fz.zone_code < $8 || ':'
            )
        )
      )
      AND (
        strpos(lower(t.name), $9) > 0
        OR strpos(lower(t.username), $9) > 0
      )
    ORDER BY
      t.username ASC
    LIMIT
      $10
  ) t;

-- accounts/account.loaders.ts: createAccountLoaders.accounts
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
      t."id" AS "rowId",
      t."username" AS "username",
      t."name" AS "name",
      t."role" AS "role",
      t."active" AS "active",
      t."password_hash" AS "passwordHash",
      t."supervisor_id" AS "supervisorRowId",
      t."home_zone_code" AS "homeZoneCode",
      t."session_version" AS "sessionVersion",
      t."last_sign_in_at" AS "lastSignInAt"
    FROM
      account t
    WHERE
      (
        t.id = $2::bigint
        OR EXISTS (
          SELECT
            1
          FROM
            account_zone az
          WHERE
            az.account_id = t.id
            AND (
              (
                az.zone_code >= $3
                AND az.zone_code < $3 || ':'
              )
            )
        )
        OR EXISTS (
          SELECT
            1
          FROM
            account e
            JOIN account_zone az ON az.account_id = e.id
          WHERE
            e.supervisor_id = t.id
            AND (
              (
                az.zone_code >= $4
                AND az.zone_code < $4 || ':'
              )
            )
        )
        OR (
          (
            t.home_zone_code >= $5
            AND t.home_zone_code < $5 || ':'
          )
        )
      )
    ORDER BY
      t.username ASC
    LIMIT
      $6
  ) t;

-- accounts/account.loaders.ts: createAccountLoaders.accounts
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
      t."id" AS "rowId",
      t."username" AS "username",
      t."name" AS "name",
      t."role" AS "role",
      t."active" AS "active",
      t."password_hash" AS "passwordHash",
      t."supervisor_id" AS "supervisorRowId",
      t."home_zone_code" AS "homeZoneCode",
      t."session_version" AS "sessionVersion",
      t."last_sign_in_at" AS "lastSignInAt"
    FROM
      account t
    WHERE
      (
        t.id = $2::bigint
        OR t.supervisor_id = $2::bigint
      )
    ORDER BY
      t.username ASC
    LIMIT
      $3
  ) t;

-- accounts/account.loaders.ts: createAccountLoaders.accounts
SELECT
  p.key,
  (
    SELECT
      count(*)::int
    FROM
      account t
    WHERE
      (
        t.id = $2::bigint
        OR EXISTS (
          SELECT
            1
          FROM
            account_zone az
          WHERE
            az.account_id = t.id
            AND (
              (
                az.zone_code >= $3
                AND az.zone_code < $3 || ':'
              )
            )
        )
        OR EXISTS (
          SELECT
            1
          FROM
            account e
            JOIN account_zone az ON az.account_id = e.id
          WHERE
            e.supervisor_id = t.id
            AND (
              (
                az.zone_code >= $4
                AND az.zone_code < $4 || ':'
              )
            )
        )
        OR (
          (
            t.home_zone_code >= $5
            AND t.home_zone_code < $5 || ':'
          )
        )
      )
      AND t.role = $6
      AND t.active = $7
      AND (
        (
          t.home_zone_code >= $8
          AND t.home_zone_code < $8 || ':'
        )
        OR EXISTS (
          SELECT
            1
          FROM
            account_zone fz
          WHERE
            fz.account_id = t.id
            AND (
              fz.zone_code >= $8
              AND fz.zone_code < $8 || ':'
            )
        )
      )
      AND (
        strpos(lower(t.name), $9) > 0
        OR strpos(lower(t.username), $9) > 0
      )
  ) AS n
FROM
  unnest($1::text[]) AS p (key);

-- accounts/account.loaders.ts: createAccountLoaders.accounts
SELECT
  p.key,
  (
    SELECT
      count(*)::int
    FROM
      account t
    WHERE
      (
        t.id = $2::bigint
        OR EXISTS (
          SELECT
            1
          FROM
            account_zone az
          WHERE
            az.account_id = t.id
            AND (
              (
                az.zone_code >= $3
                AND az.zone_code < $3 || ':'
              )
            )
        )
        OR EXISTS (
          SELECT
            1
          FROM
            account e
            JOIN account_zone az ON az.account_id = e.id
          WHERE
            e.supervisor_id = t.id
            AND (
              (
                az.zone_code >= $4
                AND az.zone_code < $4 || ':'
              )
            )
        )
        OR (
          (
            t.home_zone_code >= $5
            AND t.home_zone_code < $5 || ':'
          )
        )
      )
  ) AS n
FROM
  unnest($1::text[]) AS p (key);

-- accounts/account.loaders.ts: createAccountLoaders.enumeratorsByZone
SELECT
  az.zone_code AS "zoneCode",
  t."created_at" AS "createdAt",
  t."updated_at" AS "updatedAt",
  t."version" AS "version",
  t."id" AS "rowId",
  t."username" AS "username",
  t."name" AS "name",
  t."role" AS "role",
  t."active" AS "active",
  t."password_hash" AS "passwordHash",
  t."supervisor_id" AS "supervisorRowId",
  t."home_zone_code" AS "homeZoneCode",
  t."session_version" AS "sessionVersion",
  t."last_sign_in_at" AS "lastSignInAt"
FROM
  account_zone az
  JOIN account t ON t.id = az.account_id
WHERE
  az.zone_code = ANY ($1::text[])
  AND t.role = 'ENUMERATOR'
  AND (
    t.id = $2::bigint
    OR EXISTS (
      SELECT
        1
      FROM
        account_zone az
      WHERE
        az.account_id = t.id
        AND (
          (
            az.zone_code >= $3
            AND az.zone_code < $3 || ':'
          )
        )
    )
    OR EXISTS (
      SELECT
        1
      FROM
        account e
        JOIN account_zone az ON az.account_id = e.id
      WHERE
        e.supervisor_id = t.id
        AND (
          (
            az.zone_code >= $4
            AND az.zone_code < $4 || ':'
          )
        )
    )
    OR (
      (
        t.home_zone_code >= $5
        AND t.home_zone_code < $5 || ':'
      )
    )
  )
ORDER BY
  t.username;

-- accounts/account.loaders.ts: createAccountLoaders.zonesByAccount
SELECT
  az.account_id AS "accountId",
  z."created_at" AS "createdAt",
  z."updated_at" AS "updatedAt",
  z."version" AS "version",
  z."code" AS "code",
  z."level" AS "level",
  z."name" AS "name",
  z."parent_code" AS "parentCode",
  z."is_virtual" AS "isVirtual",
  z."long_form_vehicles" AS "longFormVehicles"
FROM
  account_zone az
  JOIN zone z ON z.code = az.zone_code
WHERE
  az.account_id = ANY ($1::bigint[])
ORDER BY
  z.code;

-- accounts/account.service.ts: AccountService.assignSmallZone
INSERT INTO
  small_zone_assignment (
    county_code,
    small_zone_code,
    enumerator_id,
    assigned_by
  )
VALUES
  (county_key ($1), $1, $2, $3);

-- accounts/account.service.ts: AccountService.assignSmallZone
SELECT
  1 AS found
FROM
  zone
WHERE
  code = $1
FOR UPDATE;

-- accounts/account.service.ts: AccountService.assignSmallZone
UPDATE account
SET
  session_version = session_version + 1
WHERE
  id = $1;

-- accounts/account.service.ts: AccountService.assignSmallZone
UPDATE small_zone_assignment
SET
  unassigned_at = now()
WHERE
  county_code = county_key ($1)
  AND small_zone_code = $1
  AND unassigned_at IS NULL;

-- accounts/account.service.ts: AccountService.assignSmallZone
WITH
  added AS (
    INSERT INTO
      account_zone (account_id, zone_code)
    VALUES
      ($1, $2)
    ON CONFLICT DO NOTHING
    RETURNING
      1
  )
SELECT
  count(*)::int AS gained
FROM
  added;

-- accounts/account.service.ts: AccountService.assignSmallZone
WITH
  taken AS (
    DELETE FROM account_zone az USING account a
    WHERE
      a.id = az.account_id
      AND a.role = 'ENUMERATOR'
      AND az.zone_code = $1
      AND az.account_id <> $2
    RETURNING
      az.account_id
  )
UPDATE account
SET
  session_version = session_version + 1
WHERE
  id IN (
    SELECT
      account_id
    FROM
      taken
  );

-- accounts/account.service.ts: AccountService.assignSmallZones
INSERT INTO
  small_zone_assignment (
    county_code,
    small_zone_code,
    enumerator_id,
    assigned_by
  )
SELECT
  $1,
  code,
  $3,
  $4
FROM
  unnest($2::text[]) AS code;

-- accounts/account.service.ts: AccountService.assignSmallZones
SELECT
  code
FROM
  zone
WHERE
  code = ANY ($1::text[])
  AND level = 'SMALL_ZONE'
ORDER BY
  code
FOR UPDATE;

-- accounts/account.service.ts: AccountService.assignSmallZones
UPDATE small_zone_assignment
SET
  unassigned_at = now()
WHERE
  county_code = $1
  AND small_zone_code = ANY ($2::text[])
  AND unassigned_at IS NULL;

-- accounts/account.service.ts: AccountService.assignSmallZones
WITH
  taken AS (
    DELETE FROM account_zone az USING account a
    WHERE
      a.id = az.account_id
      AND a.role = 'ENUMERATOR'
      AND az.zone_code = ANY ($1::text[])
      AND az.account_id <> $2
    RETURNING
      az.account_id
  ),
  gained AS (
    INSERT INTO
      account_zone (account_id, zone_code)
    SELECT
      $2,
      code
    FROM
      unnest($1::text[]) AS code
    ON CONFLICT DO NOTHING
    RETURNING
      account_id
  )
UPDATE account
SET
  session_version = session_version + 1
WHERE
  id IN (
    SELECT
      account_id
    FROM
      taken
    UNION
    SELECT
      account_id
    FROM
      gained
  );

-- accounts/account.service.ts: AccountService.assignSupervisor
SELECT
  t."created_at" AS "createdAt",
  t."updated_at" AS "updatedAt",
  t."version" AS "version",
  t."id" AS "rowId",
  t."username" AS "username",
  t."name" AS "name",
  t."role" AS "role",
  t."active" AS "active",
  t."password_hash" AS "passwordHash",
  t."supervisor_id" AS "supervisorRowId",
  t."home_zone_code" AS "homeZoneCode",
  t."session_version" AS "sessionVersion",
  t."last_sign_in_at" AS "lastSignInAt"
FROM
  account t
WHERE
  t.id = ANY ($1::bigint[])
ORDER BY
  t.id;

-- accounts/account.service.ts: AccountService.assignSupervisor
SELECT
  t.id,
  t.role,
  t.version,
  t.home_zone_code AS "homeZoneCode",
  t.supervisor_id AS "supervisorId",
  ARRAY(
    SELECT
      az.zone_code
    FROM
      account_zone az
    WHERE
      az.account_id = t.id
    ORDER BY
      1
  ) AS zones
FROM
  account t
WHERE
  t.id = ANY ($1::bigint[])
  AND t.role = 'ENUMERATOR'
  AND t.role = ANY ($2::role[])
  AND (
    (
      t.home_zone_code >= $3
      AND t.home_zone_code < $3 || ':'
    )
  )
ORDER BY
  t.id
FOR UPDATE OF
  t;

-- accounts/account.service.ts: AccountService.assignSupervisor
UPDATE account
SET
  supervisor_id = $2,
  version = version + 1,
  updated_at = now(),
  session_version = session_version + 1
WHERE
  id = ANY ($1::bigint[]);

-- accounts/account.service.ts: AccountService.byId
SELECT
  t."created_at" AS "createdAt",
  t."updated_at" AS "updatedAt",
  t."version" AS "version",
  t."id" AS "rowId",
  t."username" AS "username",
  t."name" AS "name",
  t."role" AS "role",
  t."active" AS "active",
  t."password_hash" AS "passwordHash",
  t."supervisor_id" AS "supervisorRowId",
  t."home_zone_code" AS "homeZoneCode",
  t."session_version" AS "sessionVersion",
  t."last_sign_in_at" AS "lastSignInAt"
FROM
  account t
WHERE
  t.id = $1;

-- accounts/account.service.ts: AccountService.create
INSERT INTO
  account (
    username,
    name,
    role,
    password_hash,
    supervisor_id,
    home_zone_code,
    version
  )
VALUES
  ($1, $2, $3, $4, $5, $6, 1)
ON CONFLICT ON CONSTRAINT account_username_key DO NOTHING
RETURNING
  "created_at" AS "createdAt",
  "updated_at" AS "updatedAt",
  "version" AS "version",
  "id" AS "rowId",
  "username" AS "username",
  "name" AS "name",
  "role" AS "role",
  "active" AS "active",
  "password_hash" AS "passwordHash",
  "supervisor_id" AS "supervisorRowId",
  "home_zone_code" AS "homeZoneCode",
  "session_version" AS "sessionVersion",
  "last_sign_in_at" AS "lastSignInAt";

-- accounts/account.service.ts: AccountService.createApiToken
INSERT INTO
  api_token (account_id, token_hash, label)
VALUES
  ($1, $2, $3);

-- accounts/account.service.ts: AccountService.lockManaged
SELECT
  t.id,
  t.role,
  t.version,
  t.home_zone_code AS "homeZoneCode",
  t.supervisor_id AS "supervisorId",
  ARRAY(
    SELECT
      az.zone_code
    FROM
      account_zone az
    WHERE
      az.account_id = t.id
    ORDER BY
      1
  ) AS zones,
  ARRAY(
    SELECT DISTINCT
      az.zone_code
    FROM
      account e
      JOIN account_zone az ON az.account_id = e.id
    WHERE
      e.supervisor_id = t.id
    ORDER BY
      1
  ) AS "teamZones"
FROM
  account t
WHERE
  t.id = $1
  AND t.role = ANY ($2::role[])
  AND (
    (
      t.home_zone_code >= $3
      AND t.home_zone_code < $3 || ':'
    )
  )
FOR UPDATE OF
  t;

-- accounts/account.service.ts: AccountService.login
SELECT
  t."created_at" AS "createdAt",
  t."updated_at" AS "updatedAt",
  t."version" AS "version",
  t."id" AS "rowId",
  t."username" AS "username",
  t."name" AS "name",
  t."role" AS "role",
  t."active" AS "active",
  t."password_hash" AS "passwordHash",
  t."supervisor_id" AS "supervisorRowId",
  t."home_zone_code" AS "homeZoneCode",
  t."session_version" AS "sessionVersion",
  t."last_sign_in_at" AS "lastSignInAt"
FROM
  account t
WHERE
  lower(t.username) = $1;

-- accounts/account.service.ts: AccountService.login
UPDATE account
SET
  last_sign_in_at = now()
WHERE
  id = $1
RETURNING
  last_sign_in_at AS at;

-- accounts/account.service.ts: AccountService.replaceZones
DELETE FROM account_zone
WHERE
  account_id = $1;

-- accounts/account.service.ts: AccountService.replaceZones
-- accounts/staff-import.service.ts: StaffImportService.assignSmallZones
INSERT INTO
  account_zone (account_id, zone_code)
SELECT
  $1,
  code
FROM
  unnest($2::text[]) AS code
ON CONFLICT DO NOTHING;

-- accounts/account.service.ts: AccountService.resolveZones
-- accounts/staff-import.service.ts: StaffImportService.existingZones
SELECT
  code
FROM
  zone
WHERE
  code = ANY ($1::text[]);

-- accounts/account.service.ts: AccountService.revokeApiTokens
WITH
  r AS (
    UPDATE api_token
    SET
      revoked_at = now()
    WHERE
      account_id = $1
      AND revoked_at IS NULL
    RETURNING
      1
  )
SELECT
  *
FROM
  r;

-- accounts/account.service.ts: AccountService.supervisorOf
SELECT
  id,
  home_zone_code AS "homeZoneCode"
FROM
  account
WHERE
  id = $1;

-- accounts/account.service.ts: AccountService.update
WITH
  changed AS (
    UPDATE account
    SET
      version = version + 1,
      updated_at = now(),
      name = $1,
      active = $2,
      session_version = session_version + 1
    WHERE
      id = $3
    RETURNING
      "created_at" AS "createdAt",
      "updated_at" AS "updatedAt",
      "version" AS "version",
      "id" AS "rowId",
      "username" AS "username",
      "name" AS "name",
      "role" AS "role",
      "active" AS "active",
      "password_hash" AS "passwordHash",
      "supervisor_id" AS "supervisorRowId",
      "home_zone_code" AS "homeZoneCode",
      "session_version" AS "sessionVersion",
      "last_sign_in_at" AS "lastSignInAt"
  )
SELECT
  *
FROM
  changed;

-- accounts/account.service.ts: AccountService.update
WITH
  changed AS (
    UPDATE account
    SET
      version = version + 1,
      updated_at = now(),
      supervisor_id = $1
    WHERE
      id = $2
    RETURNING
      "created_at" AS "createdAt",
      "updated_at" AS "updatedAt",
      "version" AS "version",
      "id" AS "rowId",
      "username" AS "username",
      "name" AS "name",
      "role" AS "role",
      "active" AS "active",
      "password_hash" AS "passwordHash",
      "supervisor_id" AS "supervisorRowId",
      "home_zone_code" AS "homeZoneCode",
      "session_version" AS "sessionVersion",
      "last_sign_in_at" AS "lastSignInAt"
  )
SELECT
  *
FROM
  changed;

-- accounts/staff-import.service.ts: StaffImportService.apply
INSERT INTO
  account (
    username,
    name,
    role,
    password_hash,
    supervisor_id,
    home_zone_code,
    version
  )
VALUES
  ($1, $2, $3, $4, $5, $6, 1)
ON CONFLICT ON CONSTRAINT account_username_key DO NOTHING
RETURNING
  id;

-- accounts/staff-import.service.ts: StaffImportService.apply
SELECT
  id,
  username,
  version,
  role
FROM
  account
WHERE
  id = ANY ($1::bigint[])
  OR lower(username) = ANY ($2::text[])
ORDER BY
  id
FOR UPDATE;

-- accounts/staff-import.service.ts: StaffImportService.assignSmallZones
INSERT INTO
  small_zone_assignment (
    county_code,
    small_zone_code,
    enumerator_id,
    assigned_by
  )
SELECT
  county_key (code),
  code,
  $2,
  $3
FROM
  unnest($1::text[]) AS code;

-- accounts/staff-import.service.ts: StaffImportService.assignSmallZones
SELECT
  1
FROM
  zone
WHERE
  code = ANY ($1::text[])
ORDER BY
  code
FOR UPDATE;

-- accounts/staff-import.service.ts: StaffImportService.assignSmallZones
UPDATE small_zone_assignment
SET
  unassigned_at = now()
WHERE
  county_code = ANY ($2::text[])
  AND small_zone_code = ANY ($1::text[])
  AND unassigned_at IS NULL;

-- accounts/staff-import.service.ts: StaffImportService.assignSmallZones
WITH
  taken AS (
    DELETE FROM account_zone az USING account a
    WHERE
      a.id = az.account_id
      AND a.role = 'ENUMERATOR'
      AND az.zone_code = ANY ($1::text[])
      AND az.account_id <> $2
    RETURNING
      az.account_id
  )
UPDATE account
SET
  session_version = session_version + 1
WHERE
  id IN (
    SELECT
      account_id
    FROM
      taken
  );

-- accounts/staff-import.service.ts: StaffImportService.existingAccounts
SELECT
  t.id,
  t.username,
  t.name,
  t.role,
  t.version,
  t.password_hash AS "passwordHash",
  t.supervisor_id AS "supervisorId",
  t.home_zone_code AS "homeZoneCode",
  (
    (
      t.home_zone_code >= $2
      AND t.home_zone_code < $2 || ':'
    )
  ) AS visible,
  COALESCE(
    (
      SELECT
        array_agg(
          az.zone_code
          ORDER BY
            az.zone_code
        )
      FROM
        account_zone az
      WHERE
        az.account_id = t.id
    ),
    '{}'
  ) AS zones
FROM
  account t
WHERE
  lower(t.username) = ANY ($1::text[]);

-- accounts/staff-import.service.ts: StaffImportService.markUnchanged
SELECT
  az.zone_code AS code,
  az.account_id AS "accountId"
FROM
  account_zone az
  JOIN account a ON a.id = az.account_id
  AND a.role = 'ENUMERATOR'
WHERE
  az.zone_code = ANY ($1::text[]);
