-- SQL of libs/api/src/receipts/ as the API sends it, recorded by libs/api/test/sql-snapshots.spec.ts.
-- Generated: do not edit. Update with `npm run sql:snapshots` and review the diff with the code change.

-- receipts/receipts.ts: applyOnce
INSERT INTO
  mutation_receipt (account_id, idempotency_key, mutation, input_hash)
VALUES
  ($1, $2, $3, $4)
ON CONFLICT (account_id, idempotency_key) DO NOTHING
RETURNING
  1 AS claimed;

-- receipts/receipts.ts: applyOnce
SELECT
  mutation,
  input_hash,
  result
FROM
  mutation_receipt
WHERE
  account_id = $1
  AND idempotency_key = $2;

-- receipts/receipts.ts: applyOnce
UPDATE mutation_receipt
SET
  result = $3
WHERE
  account_id = $1
  AND idempotency_key = $2;
