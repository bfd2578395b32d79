-- SQL of libs/api/src/auth/ as the API sends it, recorded by libs/api/test/sql-snapshots.spec.ts.
-- Generated: do not edit. Update with `npm run sql:snapshots` and review the diff with the code change.

-- auth/authenticate.ts: authenticate
SELECT
  a.id,
  a.username,
  a.role,
  a.active,
  a.session_version,
  ARRAY(
    SELECT
      az.zone_code
    FROM
      account_zone az
    WHERE
      az.account_id = a.id
    UNION
    SELECT
      az.zone_code
    FROM
      account_zone az
      JOIN account e ON e.id = az.account_id
    WHERE
      a.role = 'SUPERVISOR'
      AND e.supervisor_id = a.id
      AND e.active
  ) AS zones
FROM
  account a
WHERE
  a.id = $1;

-- auth/authenticate.ts: authenticate
SELECT
  county_code,
  small_zone_code,
  stage
FROM
  household
WHERE
  county_code = $2
  AND id = $1;

-- auth/rate-limit.ts: AttemptLimiter.release
UPDATE attempt_counter
SET
  attempts = greatest(attempts - 1, 0)
WHERE
  key = $1;

-- auth/rate-limit.ts: AttemptLimiter.reset
DELETE FROM attempt_counter
WHERE
  key = $1;

-- auth/rate-limit.ts: AttemptLimiter.take
INSERT INTO
  attempt_counter AS c (key, attempts, window_start)
VALUES
  ($1, 1, now())
ON CONFLICT (key) DO UPDATE
SET
  attempts = CASE
    WHEN c.window_start <= now() - make_interval(secs => $2) THEN 1
    ELSE c.attempts + 1
  END,
  window_start = CASE
    WHEN c.window_start <= now() - make_interval(secs => $2) THEN now()
    ELSE c.window_start
  END
RETURNING
  c.attempts,
  greatest(
    1,
    ceil(
      extract(
        epoch
        FROM
          c.window_start + make_interval(secs => $2) - now()
      )
    )
  )::int AS wait;
