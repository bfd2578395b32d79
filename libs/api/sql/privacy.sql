-- SQL of libs/api/src/privacy/ as the API sends it, recorded by libs/api/test/sql-snapshots.spec.ts.
-- Generated: do not edit. Update with `npm run sql:snapshots` and review the diff with the code change.

-- privacy/audit-subjects.ts: createAuditSubjectLoader
SELECT
  t.county_code AS county,
  t.id::text AS id,
  t.small_zone_code AS "smallZoneCode",
  t.number
FROM
  household t
WHERE
  t.county_code = $2
  AND t.id = ANY ($1::text[]::bigint[]);

-- privacy/audit.ts: writeAudit
INSERT INTO
  audit_log (
    actor_id,
    actor,
    action,
    entity_type,
    entity_id,
    small_zone_code,
    item,
    before,
    after
  )
SELECT
  $1,
  $2,
  a,
  t,
  i,
  z,
  it,
  b,
  af
FROM
  unnest(
    $3::audit_action[],
    $4::text[],
    $5::text[],
    $6::text[],
    $7::text[],
    $8::jsonb[],
    $9::jsonb[]
  ) AS r (a, t, i, z, it, b, af);

-- privacy/privacy.loaders.ts: createPrivacyLoaders.auditLog
SELECT
  p.key AS "__parent",
  t.*
FROM
  unnest($1::text[]) AS p (key)
  CROSS JOIN LATERAL (
    SELECT
      t."id" AS "rowId",
      t."at" AS "at",
      t."actor_id" AS "actorRowId",
      t."actor" AS "actor",
      t."action" AS "action",
      t."entity_type" AS "entityType",
      t."entity_id" AS "entityId",
      t."small_zone_code" AS "smallZoneCode",
      t."item" AS "item",
      t."before" AS "before",
      t."after" AS "after"
    FROM
      audit_log t
    WHERE
      (
        (
          t.small_zone_code >= $2
          AND t.small_zone_code < $2 || ':'
        )
      )
      AND (
        t.small_zone_code >= $3
        AND t.small_zone_code < $3 || ':'
      )
      AND t.action = $4
    ORDER BY
      t.id DESC
    LIMIT
      $5
  ) t;

-- privacy/privacy.loaders.ts: createPrivacyLoaders.auditLog
SELECT
  p.key,
  (
    SELECT
      count(*)::int
    FROM
      audit_log t
    WHERE
      (
        (
          t.small_zone_code >= $2
          AND t.small_zone_code < $2 || ':'
        )
      )
      AND (
        t.small_zone_code >= $3
        AND t.small_zone_code < $3 || ':'
      )
      AND t.action = $4
  ) AS n
FROM
  unnest($1::text[]) AS p (key);
