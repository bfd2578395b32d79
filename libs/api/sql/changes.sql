-- SQL of libs/api/src/changes/ as the API sends it, recorded by libs/api/test/sql-snapshots.spec.ts.
-- Generated: do not edit. Update with `npm run sql:snapshots` and review the diff with the code change.

-- changes/change-feed.service.ts: ChangeFeedService.cursorAtHorizon
SELECT
  pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS txid,
  (
    SELECT
      incarnation
    FROM
      feed_incarnation
  ) AS incarnation;

-- changes/change-feed.service.ts: ChangeFeedService.page
WITH
  horizon AS (
    SELECT
      pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS txid
  )
SELECT
  c.id,
  c.txid,
  c.type,
  c.operation,
  c.entity_key AS "entityKey",
  c.household_id AS "householdRowId",
  c.county_code AS "countyCode",
  c.zone_code AS "zoneCode",
  c.version,
  c.recorded_at AS "recordedAt",
  horizon.txid AS horizon,
  r.pruned_txid AS "prunedTxid",
  r.pruned_id AS "prunedId",
  f.incarnation,
  f.restored_txid AS "restoredTxid"
FROM
  horizon
  LEFT JOIN change_log_retention r ON TRUE
  LEFT JOIN feed_incarnation f ON TRUE
  LEFT JOIN LATERAL (
    SELECT
      *
    FROM
      change_log c
    WHERE
      c.county_code = $1
      AND (c.txid, c.id) > ($2::bigint, $3::bigint)
      AND c.txid < horizon.txid
      AND (
        c.county_code = $6
        AND (
          (
            c.zone_code >= $5
            AND c.zone_code < $5 || ':'
          )
        )
      )
    ORDER BY
      c.txid,
      c.id
    LIMIT
      $4
  ) c ON TRUE;

-- changes/change-feed.service.ts: ChangeFeedService.page
WITH
  horizon AS (
    SELECT
      pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS txid
  )
SELECT
  c.id,
  c.txid,
  c.type,
  c.operation,
  c.entity_key AS "entityKey",
  c.household_id AS "householdRowId",
  c.county_code AS "countyCode",
  c.zone_code AS "zoneCode",
  c.version,
  c.recorded_at AS "recordedAt",
  horizon.txid AS horizon,
  r.pruned_txid AS "prunedTxid",
  r.pruned_id AS "prunedId",
  f.incarnation,
  f.restored_txid AS "restoredTxid"
FROM
  horizon
  LEFT JOIN change_log_retention r ON TRUE
  LEFT JOIN feed_incarnation f ON TRUE
  LEFT JOIN LATERAL (
    SELECT
      *
    FROM
      change_log c
    WHERE
      c.county_code = $1
      AND (c.txid, c.id) > ($2::bigint, $3::bigint)
      AND c.txid < horizon.txid
      AND (
        c.county_code = $7
        AND (
          (
            c.zone_code >= $6
            AND c.zone_code < $6 || ':'
          )
        )
      )
      AND c.type = ANY ($4::change_type[])
    ORDER BY
      c.txid,
      c.id
    LIMIT
      $5
  ) c ON TRUE;
