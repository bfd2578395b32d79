-- SQL of libs/api/src/imports/ as the API sends it, recorded by libs/api/test/sql-snapshots.spec.ts.
-- Generated: do not edit. Update with `npm run sql:snapshots` and review the diff with the code change.

-- imports/import-batch.ts: applyImportBatch
INSERT INTO
  import_batch (idempotency_key, kind, account_id, source, result)
VALUES
  ($1, $2, $3, $4, '{}')
ON CONFLICT (idempotency_key) DO NOTHING
RETURNING
  1;

-- imports/import-batch.ts: applyImportBatch
UPDATE import_batch
SET
  result = $2
WHERE
  idempotency_key = $1;

-- imports/import-batch.ts: storedImportResult
SELECT
  result,
  kind,
  account_id AS "accountId"
FROM
  import_batch
WHERE
  idempotency_key = $1;

-- imports/import-batch.ts: usableImportZones
SELECT
  code
FROM
  zone
WHERE
  code = ANY ($1::text[])
  AND level IN ('CENSUS_ZONE', 'SMALL_ZONE');
