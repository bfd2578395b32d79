-- SQL of libs/api/src/exports/ as the API sends it, recorded by libs/api/test/sql-snapshots.spec.ts.
-- Generated: do not edit. Update with `npm run sql:snapshots` and review the diff with the code change.

-- exports/export-runner.ts: ExportRunner.drain
UPDATE export_job
SET
  status = 'QUEUED',
  heartbeat_at = NULL
WHERE
  status = 'RUNNING'
  AND heartbeat_at < now() - interval '2 minutes';

-- exports/export-runner.ts: ExportRunner.drain
WITH
  claimed AS (
    UPDATE export_job
    SET
      status = 'RUNNING',
      started_at = now(),
      heartbeat_at = now(),
      rows_written = 0,
      files = '[]'::jsonb,
      error = NULL
    WHERE
      id = (
        SELECT
          id
        FROM
          export_job
        WHERE
          status = 'QUEUED'
        ORDER BY
          id
        FOR UPDATE
          SKIP LOCKED
        LIMIT
          1
      )
    RETURNING
      id::text,
      zone_code AS "zoneCode",
      entities::text[] AS entities,
      format,
      unmasked
  )
SELECT
  *
FROM
  claimed;

-- exports/export-runner.ts: ExportRunner.expire
WITH
  expired AS (
    UPDATE export_job
    SET
      status = 'EXPIRED'
    WHERE
      status = 'COMPLETED'
      AND expires_at < now()
    RETURNING
      id::text
  )
SELECT
  id
FROM
  expired;

-- exports/export-runner.ts: ExportRunner.run
UPDATE export_job
SET
  status = 'COMPLETED',
  rows_written = $2,
  files = $3::jsonb,
  finished_at = now(),
  expires_at = now() + interval '24 hours',
  heartbeat_at = now()
WHERE
  id = $1;

-- exports/export-runner.ts: ExportRunner.run
UPDATE export_job
SET
  total_rows = $2,
  changes_cursor = $3
WHERE
  id = $1;

-- exports/export.loaders.ts: createExportLoaders.exportJobById
SELECT
  t."id" AS "rowId",
  t."account_id" AS "accountRowId",
  t."idempotency_key" AS "idempotencyKey",
  t."zone_code" AS "zoneCode",
  t."entities"::text[] AS "entities",
  t."format" AS "format",
  t."unmasked" AS "unmasked",
  t."status" AS "status",
  t."total_rows" AS "totalRows",
  t."rows_written" AS "rowsWritten",
  t."files" AS "files",
  t."changes_cursor" AS "changesCursor",
  t."error" AS "error",
  t."created_at" AS "createdAt",
  t."started_at" AS "startedAt",
  t."finished_at" AS "finishedAt",
  t."expires_at" AS "expiresAt",
  t."heartbeat_at" AS "heartbeatAt"
FROM
  export_job t
WHERE
  t.id = ANY ($1::text[]::bigint[]);

-- exports/export.loaders.ts: createExportLoaders.exportJobs
SELECT
  p.key AS "__parent",
  t.*
FROM
  unnest($1::text[]) AS p (key)
  CROSS JOIN LATERAL (
    SELECT
      t."id" AS "rowId",
      t."account_id" AS "accountRowId",
      t."idempotency_key" AS "idempotencyKey",
      t."zone_code" AS "zoneCode",
      t."entities"::text[] AS "entities",
      t."format" AS "format",
      t."unmasked" AS "unmasked",
      t."status" AS "status",
      t."total_rows" AS "totalRows",
      t."rows_written" AS "rowsWritten",
      t."files" AS "files",
      t."changes_cursor" AS "changesCursor",
      t."error" AS "error",
      t."created_at" AS "createdAt",
      t."started_at" AS "startedAt",
      t."finished_at" AS "finishedAt",
      t."expires_at" AS "expiresAt",
      t."heartbeat_at" AS "heartbeatAt"
    FROM
      export_job t
    WHERE
      t.account_id = $2
    ORDER BY
      t.id DESC
    LIMIT
      $3
  ) t;

-- exports/export.loaders.ts: createExportLoaders.exportJobs
SELECT
  p.key,
  (
    SELECT
      count(*)::int
    FROM
      export_job t
    WHERE
      t.account_id = $2
  ) AS n
FROM
  unnest($1::text[]) AS p (key);

-- exports/export.service.ts: ExportService.jobFiles
SELECT
  status,
  files
FROM
  export_job
WHERE
  id = $1;

-- exports/export.service.ts: ExportService.start
INSERT INTO
  export_job (
    account_id,
    idempotency_key,
    zone_code,
    entities,
    format,
    unmasked,
    files
  )
VALUES
  (
    $1,
    $2,
    $3,
    $4::export_entity[],
    $5,
    $6,
    '[]'::jsonb
  )
ON CONFLICT (account_id, idempotency_key) DO NOTHING
RETURNING
  "id" AS "rowId",
  "account_id" AS "accountRowId",
  "idempotency_key" AS "idempotencyKey",
  "zone_code" AS "zoneCode",
  "entities"::text[] AS "entities",
  "format" AS "format",
  "unmasked" AS "unmasked",
  "status" AS "status",
  "total_rows" AS "totalRows",
  "rows_written" AS "rowsWritten",
  "files" AS "files",
  "changes_cursor" AS "changesCursor",
  "error" AS "error",
  "created_at" AS "createdAt",
  "started_at" AS "startedAt",
  "finished_at" AS "finishedAt",
  "expires_at" AS "expiresAt",
  "heartbeat_at" AS "heartbeatAt";
