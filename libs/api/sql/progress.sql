-- SQL of libs/api/src/progress/ as the API sends it, recorded by libs/api/test/sql-snapshots.spec.ts.
-- Generated: do not edit. Update with `npm run sql:snapshots` and review the diff with the code change.

-- progress/progress.service.ts: ProgressService.childCodes
SELECT
  code
FROM
  zone
WHERE
  parent_code = $1
ORDER BY
  code;

-- progress/progress.service.ts: ProgressService.childTrends
WITH
  spans AS (
    SELECT
      small_zone_code,
      day AS since,
      lead(day) OVER (
        PARTITION BY
          county_code,
          small_zone_code
        ORDER BY
          day
      ) AS until,
      households,
      entered_households,
      persons,
      submitted_households,
      approved_households,
      self_reported_done_households
    FROM
      progress_daily
    WHERE
      county_code = $4
      AND (
        small_zone_code >= $1
        AND small_zone_code < $1 || ':'
      )
      AND day <= $3::date
  ),
  live AS (
    SELECT
      d::date AS day,
      spans.*
    FROM
      spans
      CROSS JOIN LATERAL generate_series(
        greatest(spans.since, $2::date),
        least(coalesce(spans.until - 1, $3::date), $3::date),
        interval '1 day'
      ) d
  ),
  g AS (
    SELECT
      code
    FROM
      zone
    WHERE
      parent_code = $1
  )
SELECT
  g.code AS key,
  to_char(live.day, 'YYYY-MM-DD') AS date,
  coalesce(sum(households), 0)::int AS households,
  coalesce(sum(entered_households), 0)::int AS "enteredHouseholds",
  coalesce(sum(persons), 0)::int AS persons,
  coalesce(
    sum(submitted_households + approved_households),
    0
  )::int AS submitted,
  coalesce(sum(approved_households), 0)::int AS approved,
  coalesce(sum(self_reported_done_households), 0)::int AS "selfReported"
FROM
  live
  JOIN g ON g.code = substr(
    live.small_zone_code,
    1,
    CASE
      WHEN $5::int = 6
      AND substr(live.small_zone_code, 5, 2) = '00' THEN 9
      ELSE $5::int
    END
  )
GROUP BY
  1,
  live.day
ORDER BY
  1,
  live.day;

-- progress/progress.service.ts: ProgressService.daily
WITH
  days AS (
    SELECT
      d::date AS day
    FROM
      generate_series($2::date, $3::date, interval '1 day') d
  ),
  ev AS (
    SELECT
      (at AT TIME ZONE 'Asia/Shanghai')::date AS day,
      household_id,
      to_stage,
      by_resident
    FROM
      household_event
    WHERE
      county_code = $4
      AND (
        small_zone_code >= $1
        AND small_zone_code < $1 || ':'
      )
      AND at < (
        ($3::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'
      )
  ),
  first_submit AS (
    SELECT
      household_id,
      min(day) AS day
    FROM
      ev
    WHERE
      to_stage = 'SUBMITTED'
    GROUP BY
      household_id
  ),
  per_day AS (
    SELECT
      day,
      count(DISTINCT household_id) FILTER (
        WHERE
          to_stage = 'SUBMITTED'
      )::int AS submitted,
      count(DISTINCT household_id) FILTER (
        WHERE
          to_stage = 'APPROVED'
      )::int AS approved,
      count(DISTINCT household_id) FILTER (
        WHERE
          to_stage = 'SUBMITTED'
          AND by_resident
      )::int AS self_reported
    FROM
      ev
    WHERE
      day >= $2::date
    GROUP BY
      day
  ),
  visits AS (
    SELECT
      (visited_at AT TIME ZONE 'Asia/Shanghai')::date AS day,
      count(*)::int AS visits
    FROM
      visit
    WHERE
      county_code = $4
      AND (
        small_zone_code >= $1
        AND small_zone_code < $1 || ':'
      )
      AND visited_at >= ($2::date::timestamp AT TIME ZONE 'Asia/Shanghai')
      AND visited_at < (
        ($3::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'
      )
    GROUP BY
      1
  )
SELECT
  to_char(days.day, 'YYYY-MM-DD') AS date,
  coalesce(per_day.submitted, 0) AS submitted,
  (
    SELECT
      count(*)::int
    FROM
      first_submit
    WHERE
      first_submit.day <= days.day
  ) AS "submittedCumulative",
  coalesce(per_day.approved, 0) AS approved,
  coalesce(per_day.self_reported, 0) AS "selfReported",
  coalesce(visits.visits, 0) AS visits
FROM
  days
  LEFT JOIN per_day USING (day)
  LEFT JOIN visits USING (day)
ORDER BY
  days.day;

-- progress/progress.service.ts: ProgressService.enumeratorTrends
SELECT
  a.id::text AS id,
  array_agg(
    DISTINCT az.zone_code
    ORDER BY
      az.zone_code
  ) AS zones
FROM
  account a
  JOIN account_zone az ON az.account_id = a.id
WHERE
  a.role = 'ENUMERATOR'
  AND a.active
  AND (
    az.zone_code >= $1
    AND az.zone_code < $1 || ':'
  )
  AND (
    (
      az.zone_code >= $2
      AND az.zone_code < $2 || ':'
    )
  )
GROUP BY
  a.id
ORDER BY
  min(az.zone_code),
  a.id;

-- progress/progress.service.ts: ProgressService.enumeratorTrends
WITH
  spans AS (
    SELECT
      small_zone_code,
      day AS since,
      lead(day) OVER (
        PARTITION BY
          county_code,
          small_zone_code
        ORDER BY
          day
      ) AS until,
      households,
      entered_households,
      persons,
      submitted_households,
      approved_households,
      self_reported_done_households
    FROM
      progress_daily
    WHERE
      county_code = $4
      AND (
        small_zone_code >= $1
        AND small_zone_code < $1 || ':'
      )
      AND day <= $3::date
  ),
  live AS (
    SELECT
      d::date AS day,
      spans.*
    FROM
      spans
      CROSS JOIN LATERAL generate_series(
        greatest(spans.since, $2::date),
        least(coalesce(spans.until - 1, $3::date), $3::date),
        interval '1 day'
      ) d
  ),
  e AS (
    SELECT
      a.id,
      array_agg(
        DISTINCT az.zone_code
        ORDER BY
          az.zone_code
      ) AS zones
    FROM
      account a
      JOIN account_zone az ON az.account_id = a.id
    WHERE
      a.role = 'ENUMERATOR'
      AND a.active
      AND (
        az.zone_code >= $1
        AND az.zone_code < $1 || ':'
      )
      AND (
        (
          az.zone_code >= $5
          AND az.zone_code < $5 || ':'
        )
      )
    GROUP BY
      a.id
  )
SELECT
  eh.id::text AS key,
  to_char(live.day, 'YYYY-MM-DD') AS date,
  coalesce(sum(households), 0)::int AS households,
  coalesce(sum(entered_households), 0)::int AS "enteredHouseholds",
  coalesce(sum(persons), 0)::int AS persons,
  coalesce(
    sum(submitted_households + approved_households),
    0
  )::int AS submitted,
  coalesce(sum(approved_households), 0)::int AS approved,
  coalesce(sum(self_reported_done_households), 0)::int AS "selfReported"
FROM
  live
  JOIN (
    SELECT
      e.id,
      held.code
    FROM
      e
      CROSS JOIN LATERAL unnest(e.zones) held (code)
  ) eh ON (
    live.small_zone_code >= eh.code
    AND live.small_zone_code < eh.code || ':'
  )
GROUP BY
  1,
  live.day
ORDER BY
  1,
  live.day;

-- progress/progress.service.ts: ProgressService.enumerators
WITH
  e AS (
    SELECT
      a.id,
      array_agg(
        DISTINCT az.zone_code
        ORDER BY
          az.zone_code
      ) AS zones
    FROM
      account a
      JOIN account_zone az ON az.account_id = a.id
    WHERE
      a.role = 'ENUMERATOR'
      AND a.active
      AND (
        az.zone_code >= $1
        AND az.zone_code < $1 || ':'
      )
      AND (
        (
          az.zone_code >= $3
          AND az.zone_code < $3 || ':'
        )
      )
    GROUP BY
      a.id
  )
SELECT
  e.id AS "accountRowId",
  e.zones AS "smallZones",
  f.*,
  GREATEST(
    (
      SELECT
        max(he.at)
      FROM
        unnest(e.zones) held (code)
        JOIN household_event he ON he.county_code = $2
        AND (
          he.small_zone_code >= held.code
          AND he.small_zone_code < held.code || ':'
        )
        AND he.actor_id = e.id
    ),
    (
      SELECT
        max(v.visited_at)
      FROM
        unnest(e.zones) held (code)
        JOIN visit v ON v.county_code = $2
        AND (
          v.small_zone_code >= held.code
          AND v.small_zone_code < held.code || ':'
        )
        AND v.enumerator_id = e.id
    )
  ) AS "lastActivityAt"
FROM
  e
  CROSS JOIN LATERAL (
    SELECT
      coalesce(sum(r.households), 0)::int AS households,
      coalesce(
        sum(r.submitted_households + r.approved_households),
        0
      )::int AS submitted,
      coalesce(sum(r.approved_households), 0)::int AS approved,
      coalesce(sum(r.returned_households), 0)::int AS returned,
      coalesce(sum(r.self_reported_households), 0)::int AS "selfReported"
    FROM
      unnest(e.zones) held (code)
      JOIN progress_rollup r ON r.county_code = $2
      AND (
        r.small_zone_code >= held.code
        AND r.small_zone_code < held.code || ':'
      )
  ) f
ORDER BY
  e.zones[1],
  e.id;

-- progress/progress.service.ts: ProgressService.enumerators
WITH
  e AS (
    SELECT
      a.id,
      array_agg(
        DISTINCT az.zone_code
        ORDER BY
          az.zone_code
      ) AS zones
    FROM
      account a
      JOIN account_zone az ON az.account_id = a.id
    WHERE
      a.role = 'ENUMERATOR'
      AND a.active
      AND (
        az.zone_code >= $1
        AND az.zone_code < $1 || ':'
      )
      AND (
        (
          az.zone_code >= $4
          AND az.zone_code < $4 || ':'
        )
      )
    GROUP BY
      a.id
  )
SELECT
  e.id AS "accountRowId",
  e.zones AS "smallZones",
  f.*,
  GREATEST(
    (
      SELECT
        max(he.at)
      FROM
        unnest(e.zones) held (code)
        JOIN household_event he ON he.county_code = $2
        AND (
          he.small_zone_code >= held.code
          AND he.small_zone_code < held.code || ':'
        )
        AND he.actor_id = e.id
        AND he.at < (
          ($3::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'
        )
    ),
    (
      SELECT
        max(v.visited_at)
      FROM
        unnest(e.zones) held (code)
        JOIN visit v ON v.county_code = $2
        AND (
          v.small_zone_code >= held.code
          AND v.small_zone_code < held.code || ':'
        )
        AND v.enumerator_id = e.id
        AND v.visited_at < (
          ($3::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'
        )
    )
  ) AS "lastActivityAt"
FROM
  e
  CROSS JOIN LATERAL (
    SELECT
      coalesce(sum(r.households), 0)::int AS households,
      coalesce(
        sum(r.submitted_households + r.approved_households),
        0
      )::int AS submitted,
      coalesce(sum(r.approved_households), 0)::int AS approved,
      coalesce(sum(r.returned_households), 0)::int AS returned,
      coalesce(sum(r.self_reported_households), 0)::int AS "selfReported"
    FROM
      unnest(e.zones) held (code)
      JOIN LATERAL (
        SELECT DISTINCT
          ON (small_zone_code) *
        FROM
          progress_daily
        WHERE
          county_code = $2
          AND (
            small_zone_code >= held.code
            AND small_zone_code < held.code || ':'
          )
          AND day <= $3::date
        ORDER BY
          small_zone_code,
          day DESC
      ) r ON TRUE
  ) f
ORDER BY
  e.zones[1],
  e.id;

-- progress/progress.service.ts: ProgressService.figureRows
WITH
  g AS (
    SELECT
      code,
      code = $1 AS whole
    FROM
      zone
    WHERE
      code = $1
      OR parent_code = $1
  ),
  r AS (
    SELECT
      CASE
        WHEN grouping(k) = 1 THEN $1::text
        ELSE k
      END AS code,
      grouping(k) = 1 AS whole,
      coalesce(sum(households), 0)::int AS "households",
      coalesce(sum(ordinary_households), 0)::int AS "ordinaryHouseholds",
      coalesce(sum(vacant_households), 0)::int AS "vacantHouseholds",
      coalesce(sum(away_households), 0)::int AS "awayHouseholds",
      coalesce(sum(deceased_households), 0)::int AS "deceasedHouseholds",
      coalesce(sum(submitted_households), 0)::int AS "submittedOnly",
      coalesce(sum(approved_households), 0)::int AS "approvedHouseholds",
      coalesce(sum(returned_households), 0)::int AS "returnedHouseholds",
      coalesce(sum(self_reported_households), 0)::int AS "selfReportedHouseholds",
      coalesce(sum(self_reported_done_households), 0)::int AS "selfReportedSubmittedHouseholds",
      coalesce(sum(entered_households), 0)::int AS "enteredHouseholds",
      coalesce(sum(resident_households), 0)::int AS "residentHouseholds",
      coalesce(sum(visited_households), 0)::int AS "visitedHouseholds",
      coalesce(sum(repeated_failure_households), 0)::int AS "repeatedFailureHouseholds",
      coalesce(sum(refusing_households), 0)::int AS "refusingHouseholds",
      coalesce(sum(persons), 0)::int AS "enteredPersons",
      coalesce(sum(registered_persons), 0)::int AS "enteredRegisteredPersons",
      coalesce(sum(resident_persons), 0)::int AS "residentPersons",
      coalesce(sum(living_away_persons), 0)::int AS "livingAwayPersons",
      coalesce(sum(floating_persons), 0)::int AS "floatingPersons",
      coalesce(sum(long_form_households), 0)::int AS "longFormHouseholds",
      coalesce(sum(long_form_submitted_households), 0)::int AS "longFormSubmittedHouseholds",
      coalesce(sum(long_form_refused_items), 0)::int AS "longFormRefusedItems"
    FROM
      (
        SELECT
          substr(small_zone_code, 1, $2::int) AS k,
          *
        FROM
          (
            SELECT DISTINCT
              ON (county_code, small_zone_code) *
            FROM
              progress_daily
            WHERE
              county_code = $3
              AND (
                small_zone_code >= $1
                AND small_zone_code < $1 || ':'
              )
              AND day <= $4::date
            ORDER BY
              county_code,
              small_zone_code,
              day DESC
          ) daily
      ) s
    GROUP BY
      GROUPING SETS ((k), ())
  ),
  zc AS (
    SELECT
      CASE
        WHEN grouping(k) = 1 THEN $1::text
        ELSE k
      END AS code,
      grouping(k) = 1 AS whole,
      count(*) FILTER (
        WHERE
          level = 'CENSUS_ZONE'
      )::int AS census_zones,
      count(*) FILTER (
        WHERE
          level = 'SMALL_ZONE'
      )::int AS small_zones
    FROM
      (
        SELECT
          substr(code, 1, $2::int) AS k,
          level
        FROM
          zone
        WHERE
          (
            code >= $1
            AND code < $1 || ':'
          )
      ) s
    GROUP BY
      GROUPING SETS ((k), ())
  ),
  held AS (
    SELECT
      substr(az.zone_code, 1, $2::int) AS k,
      a.id,
      a.role
    FROM
      account_zone az
      JOIN account a ON a.id = az.account_id
      AND a.active
    WHERE
      (
        az.zone_code >= $1
        AND az.zone_code < $1 || ':'
      )
      AND a.role IN ('ENUMERATOR', 'SUPERVISOR')
    UNION
    SELECT
      substr(az.zone_code, 1, $2::int),
      s.id,
      s.role
    FROM
      account_zone az
      JOIN account e ON e.id = az.account_id
      AND e.active
      AND e.role = 'ENUMERATOR'
      JOIN account s ON s.id = e.supervisor_id
      AND s.active
      AND s.role = 'SUPERVISOR'
    WHERE
      (
        az.zone_code >= $1
        AND az.zone_code < $1 || ':'
      )
  ),
  acc AS (
    SELECT
      CASE
        WHEN grouping(k) = 1 THEN $1::text
        ELSE k
      END AS code,
      grouping(k) = 1 AS whole,
      count(DISTINCT id) FILTER (
        WHERE
          role = 'ENUMERATOR'
      )::int AS enumerators,
      count(DISTINCT id) FILTER (
        WHERE
          role = 'SUPERVISOR'
      )::int AS supervisors
    FROM
      held
    GROUP BY
      GROUPING SETS ((k), ())
  ),
  pr AS (
    SELECT
      code,
      whole,
      json_agg(
        json_build_object('category', category, 'count', n)
        ORDER BY
          category
      ) AS problems
    FROM
      (
        SELECT
          CASE
            WHEN grouping(k) = 1 THEN $1::text
            ELSE k
          END AS code,
          grouping(k) = 1 AS whole,
          category,
          count(*)::int AS n
        FROM
          (
            SELECT
              substr(zone_code, 1, $2::int) AS k,
              category
            FROM
              problem
            WHERE
              county_code = $3
              AND (
                zone_code >= $1
                AND zone_code < $1 || ':'
              )
              AND created_at < (
                ($4::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'
              )
              AND (
                resolved_at IS NULL
                OR resolved_at >= (
                  ($4::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'
                )
              )
          ) s
        GROUP BY
          GROUPING SETS ((k, category), (category))
      ) c
    GROUP BY
      code,
      whole
  ),
  rp AS (
    SELECT
      CASE
        WHEN grouping(k) = 1 THEN $1::text
        ELSE k
      END AS code,
      grouping(k) = 1 AS whole,
      count(*)::int AS persons,
      count(DISTINCT registry_household_number)::int AS households
    FROM
      (
        SELECT
          substr(zone_code, 1, $2::int) AS k,
          registry_household_number
        FROM
          registry_person
        WHERE
          county_code = $3
          AND (
            zone_code >= $1
            AND zone_code < $1 || ':'
          )
      ) s
    GROUP BY
      GROUPING SETS ((k), ())
  )
SELECT
  g.code AS "zoneCode",
  coalesce(r."households", 0) AS "households",
  coalesce(r."ordinaryHouseholds", 0) AS "ordinaryHouseholds",
  coalesce(r."vacantHouseholds", 0) AS "vacantHouseholds",
  coalesce(r."awayHouseholds", 0) AS "awayHouseholds",
  coalesce(r."deceasedHouseholds", 0) AS "deceasedHouseholds",
  coalesce(r."submittedOnly", 0) AS "submittedOnly",
  coalesce(r."approvedHouseholds", 0) AS "approvedHouseholds",
  coalesce(r."returnedHouseholds", 0) AS "returnedHouseholds",
  coalesce(r."selfReportedHouseholds", 0) AS "selfReportedHouseholds",
  coalesce(r."selfReportedSubmittedHouseholds", 0) AS "selfReportedSubmittedHouseholds",
  coalesce(r."enteredHouseholds", 0) AS "enteredHouseholds",
  coalesce(r."residentHouseholds", 0) AS "residentHouseholds",
  coalesce(r."visitedHouseholds", 0) AS "visitedHouseholds",
  coalesce(r."repeatedFailureHouseholds", 0) AS "repeatedFailureHouseholds",
  coalesce(r."refusingHouseholds", 0) AS "refusingHouseholds",
  coalesce(r."enteredPersons", 0) AS "enteredPersons",
  coalesce(r."enteredRegisteredPersons", 0) AS "enteredRegisteredPersons",
  coalesce(r."residentPersons", 0) AS "residentPersons",
  coalesce(r."livingAwayPersons", 0) AS "livingAwayPersons",
  coalesce(r."floatingPersons", 0) AS "floatingPersons",
  coalesce(r."longFormHouseholds", 0) AS "longFormHouseholds",
  coalesce(r."longFormSubmittedHouseholds", 0) AS "longFormSubmittedHouseholds",
  coalesce(r."longFormRefusedItems", 0) AS "longFormRefusedItems",
  coalesce(rp.households, 0) AS "registryHouseholds",
  coalesce(rp.persons, 0) AS "registryPersons",
  coalesce(zc.census_zones, 0) AS "censusZones",
  coalesce(zc.small_zones, 0) AS "smallZones",
  coalesce(acc.enumerators, 0) AS "enumerators",
  coalesce(acc.supervisors, 0) AS "supervisors",
  pr.problems
FROM
  g
  LEFT JOIN r ON r.code = g.code
  AND r.whole = g.whole
  LEFT JOIN zc ON zc.code = g.code
  AND zc.whole = g.whole
  LEFT JOIN acc ON acc.code = g.code
  AND acc.whole = g.whole
  LEFT JOIN pr ON pr.code = g.code
  AND pr.whole = g.whole
  LEFT JOIN rp ON rp.code = g.code
  AND rp.whole = g.whole
ORDER BY
  g.whole DESC,
  g.code;

-- progress/progress.service.ts: ProgressService.figureRows
WITH
  g AS (
    SELECT
      code,
      code = $1 AS whole
    FROM
      zone
    WHERE
      code = $1
      OR parent_code = $1
  ),
  r AS (
    SELECT
      CASE
        WHEN grouping(k) = 1 THEN $1::text
        ELSE k
      END AS code,
      grouping(k) = 1 AS whole,
      coalesce(sum(households), 0)::int AS "households",
      coalesce(sum(ordinary_households), 0)::int AS "ordinaryHouseholds",
      coalesce(sum(vacant_households), 0)::int AS "vacantHouseholds",
      coalesce(sum(away_households), 0)::int AS "awayHouseholds",
      coalesce(sum(deceased_households), 0)::int AS "deceasedHouseholds",
      coalesce(sum(submitted_households), 0)::int AS "submittedOnly",
      coalesce(sum(approved_households), 0)::int AS "approvedHouseholds",
      coalesce(sum(returned_households), 0)::int AS "returnedHouseholds",
      coalesce(sum(self_reported_households), 0)::int AS "selfReportedHouseholds",
      coalesce(sum(self_reported_done_households), 0)::int AS "selfReportedSubmittedHouseholds",
      coalesce(sum(entered_households), 0)::int AS "enteredHouseholds",
      coalesce(sum(resident_households), 0)::int AS "residentHouseholds",
      coalesce(sum(visited_households), 0)::int AS "visitedHouseholds",
      coalesce(sum(repeated_failure_households), 0)::int AS "repeatedFailureHouseholds",
      coalesce(sum(refusing_households), 0)::int AS "refusingHouseholds",
      coalesce(sum(persons), 0)::int AS "enteredPersons",
      coalesce(sum(registered_persons), 0)::int AS "enteredRegisteredPersons",
      coalesce(sum(resident_persons), 0)::int AS "residentPersons",
      coalesce(sum(living_away_persons), 0)::int AS "livingAwayPersons",
      coalesce(sum(floating_persons), 0)::int AS "floatingPersons",
      coalesce(sum(long_form_households), 0)::int AS "longFormHouseholds",
      coalesce(sum(long_form_submitted_households), 0)::int AS "longFormSubmittedHouseholds",
      coalesce(sum(long_form_refused_items), 0)::int AS "longFormRefusedItems"
    FROM
      (
        SELECT
          substr(small_zone_code, 1, $2::int) AS k,
          *
        FROM
          progress_rollup
        WHERE
          county_code = $3
          AND (
            small_zone_code >= $1
            AND small_zone_code < $1 || ':'
          )
      ) s
    GROUP BY
      GROUPING SETS ((k), ())
  ),
  zc AS (
    SELECT
      CASE
        WHEN grouping(k) = 1 THEN $1::text
        ELSE k
      END AS code,
      grouping(k) = 1 AS whole,
      count(*) FILTER (
        WHERE
          level = 'CENSUS_ZONE'
      )::int AS census_zones,
      count(*) FILTER (
        WHERE
          level = 'SMALL_ZONE'
      )::int AS small_zones
    FROM
      (
        SELECT
          substr(code, 1, $2::int) AS k,
          level
        FROM
          zone
        WHERE
          (
            code >= $1
            AND code < $1 || ':'
          )
      ) s
    GROUP BY
      GROUPING SETS ((k), ())
  ),
  held AS (
    SELECT
      substr(az.zone_code, 1, $2::int) AS k,
      a.id,
      a.role
    FROM
      account_zone az
      JOIN account a ON a.id = az.account_id
      AND a.active
    WHERE
      (
        az.zone_code >= $1
        AND az.zone_code < $1 || ':'
      )
      AND a.role IN ('ENUMERATOR', 'SUPERVISOR')
    UNION
    SELECT
      substr(az.zone_code, 1, $2::int),
      s.id,
      s.role
    FROM
      account_zone az
      JOIN account e ON e.id = az.account_id
      AND e.active
      AND e.role = 'ENUMERATOR'
      JOIN account s ON s.id = e.supervisor_id
      AND s.active
      AND s.role = 'SUPERVISOR'
    WHERE
      (
        az.zone_code >= $1
        AND az.zone_code < $1 || ':'
      )
  ),
  acc AS (
    SELECT
      CASE
        WHEN grouping(k) = 1 THEN $1::text
        ELSE k
      END AS code,
      grouping(k) = 1 AS whole,
      count(DISTINCT id) FILTER (
        WHERE
          role = 'ENUMERATOR'
      )::int AS enumerators,
      count(DISTINCT id) FILTER (
        WHERE
          role = 'SUPERVISOR'
      )::int AS supervisors
    FROM
      held
    GROUP BY
      GROUPING SETS ((k), ())
  ),
  pr AS (
    SELECT
      code,
      whole,
      json_agg(
        json_build_object('category', category, 'count', n)
        ORDER BY
          category
      ) AS problems
    FROM
      (
        SELECT
          CASE
            WHEN grouping(k) = 1 THEN $1::text
            ELSE k
          END AS code,
          grouping(k) = 1 AS whole,
          category,
          count(*)::int AS n
        FROM
          (
            SELECT
              substr(zone_code, 1, $2::int) AS k,
              category
            FROM
              problem
            WHERE
              county_code = $3
              AND (
                zone_code >= $1
                AND zone_code < $1 || ':'
              )
              AND status <> 'RESOLVED'
          ) s
        GROUP BY
          GROUPING SETS ((k, category), (category))
      ) c
    GROUP BY
      code,
      whole
  ),
  rp AS (
    SELECT
      CASE
        WHEN grouping(k) = 1 THEN $1::text
        ELSE k
      END AS code,
      grouping(k) = 1 AS whole,
      count(*)::int AS persons,
      count(DISTINCT registry_household_number)::int AS households
    FROM
      (
        SELECT
          substr(zone_code, 1, $2::int) AS k,
          registry_household_number
        FROM
          registry_person
        WHERE
          county_code = $3
          AND (
            zone_code >= $1
            AND zone_code < $1 || ':'
          )
      ) s
    GROUP BY
      GROUPING SETS ((k), ())
  )
SELECT
  g.code AS "zoneCode",
  coalesce(r."households", 0) AS "households",
  coalesce(r."ordinaryHouseholds", 0) AS "ordinaryHouseholds",
  coalesce(r."vacantHouseholds", 0) AS "vacantHouseholds",
  coalesce(r."awayHouseholds", 0) AS "awayHouseholds",
  coalesce(r."deceasedHouseholds", 0) AS "deceasedHouseholds",
  coalesce(r."submittedOnly", 0) AS "submittedOnly",
  coalesce(r."approvedHouseholds", 0) AS "approvedHouseholds",
  coalesce(r."returnedHouseholds", 0) AS "returnedHouseholds",
  coalesce(r."selfReportedHouseholds", 0) AS "selfReportedHouseholds",
  coalesce(r."selfReportedSubmittedHouseholds", 0) AS "selfReportedSubmittedHouseholds",
  coalesce(r."enteredHouseholds", 0) AS "enteredHouseholds",
  coalesce(r."residentHouseholds", 0) AS "residentHouseholds",
  coalesce(r."visitedHouseholds", 0) AS "visitedHouseholds",
  coalesce(r."repeatedFailureHouseholds", 0) AS "repeatedFailureHouseholds",
  coalesce(r."refusingHouseholds", 0) AS "refusingHouseholds",
  coalesce(r."enteredPersons", 0) AS "enteredPersons",
  coalesce(r."enteredRegisteredPersons", 0) AS "enteredRegisteredPersons",
  coalesce(r."residentPersons", 0) AS "residentPersons",
  coalesce(r."livingAwayPersons", 0) AS "livingAwayPersons",
  coalesce(r."floatingPersons", 0) AS "floatingPersons",
  coalesce(r."longFormHouseholds", 0) AS "longFormHouseholds",
  coalesce(r."longFormSubmittedHouseholds", 0) AS "longFormSubmittedHouseholds",
  coalesce(r."longFormRefusedItems", 0) AS "longFormRefusedItems",
  coalesce(rp.households, 0) AS "registryHouseholds",
  coalesce(rp.persons, 0) AS "registryPersons",
  coalesce(zc.census_zones, 0) AS "censusZones",
  coalesce(zc.small_zones, 0) AS "smallZones",
  coalesce(acc.enumerators, 0) AS "enumerators",
  coalesce(acc.supervisors, 0) AS "supervisors",
  pr.problems
FROM
  g
  LEFT JOIN r ON r.code = g.code
  AND r.whole = g.whole
  LEFT JOIN zc ON zc.code = g.code
  AND zc.whole = g.whole
  LEFT JOIN acc ON acc.code = g.code
  AND acc.whole = g.whole
  LEFT JOIN pr ON pr.code = g.code
  AND pr.whole = g.whole
  LEFT JOIN rp ON rp.code = g.code
  AND rp.whole = g.whole
ORDER BY
  g.whole DESC,
  g.code;

-- progress/progress.service.ts: ProgressService.figureRows
WITH
  g AS (
    SELECT
      code,
      false AS whole
    FROM
      zone
    WHERE
      parent_code = $1
  ),
  r AS (
    SELECT
      k AS code,
      false AS whole,
      coalesce(sum(households), 0)::int AS "households",
      coalesce(sum(ordinary_households), 0)::int AS "ordinaryHouseholds",
      coalesce(sum(vacant_households), 0)::int AS "vacantHouseholds",
      coalesce(sum(away_households), 0)::int AS "awayHouseholds",
      coalesce(sum(deceased_households), 0)::int AS "deceasedHouseholds",
      coalesce(sum(submitted_households), 0)::int AS "submittedOnly",
      coalesce(sum(approved_households), 0)::int AS "approvedHouseholds",
      coalesce(sum(returned_households), 0)::int AS "returnedHouseholds",
      coalesce(sum(self_reported_households), 0)::int AS "selfReportedHouseholds",
      coalesce(sum(self_reported_done_households), 0)::int AS "selfReportedSubmittedHouseholds",
      coalesce(sum(entered_households), 0)::int AS "enteredHouseholds",
      coalesce(sum(resident_households), 0)::int AS "residentHouseholds",
      coalesce(sum(visited_households), 0)::int AS "visitedHouseholds",
      coalesce(sum(repeated_failure_households), 0)::int AS "repeatedFailureHouseholds",
      coalesce(sum(refusing_households), 0)::int AS "refusingHouseholds",
      coalesce(sum(persons), 0)::int AS "enteredPersons",
      coalesce(sum(registered_persons), 0)::int AS "enteredRegisteredPersons",
      coalesce(sum(resident_persons), 0)::int AS "residentPersons",
      coalesce(sum(living_away_persons), 0)::int AS "livingAwayPersons",
      coalesce(sum(floating_persons), 0)::int AS "floatingPersons",
      coalesce(sum(long_form_households), 0)::int AS "longFormHouseholds",
      coalesce(sum(long_form_submitted_households), 0)::int AS "longFormSubmittedHouseholds",
      coalesce(sum(long_form_refused_items), 0)::int AS "longFormRefusedItems"
    FROM
      (
        SELECT
          substr(small_zone_code, 1, $2::int) AS k,
          *
        FROM
          progress_rollup
        WHERE
          county_code = $3
          AND (
            small_zone_code >= $1
            AND small_zone_code < $1 || ':'
          )
      ) s
    GROUP BY
      k
  ),
  zc AS (
    SELECT
      k AS code,
      false AS whole,
      count(*) FILTER (
        WHERE
          level = 'CENSUS_ZONE'
      )::int AS census_zones,
      count(*) FILTER (
        WHERE
          level = 'SMALL_ZONE'
      )::int AS small_zones
    FROM
      (
        SELECT
          substr(code, 1, $2::int) AS k,
          level
        FROM
          zone
        WHERE
          (
            code >= $1
            AND code < $1 || ':'
          )
      ) s
    GROUP BY
      k
  ),
  held AS (
    SELECT
      substr(az.zone_code, 1, $2::int) AS k,
      a.id,
      a.role
    FROM
      account_zone az
      JOIN account a ON a.id = az.account_id
      AND a.active
    WHERE
      (
        az.zone_code >= $1
        AND az.zone_code < $1 || ':'
      )
      AND a.role IN ('ENUMERATOR', 'SUPERVISOR')
    UNION
    SELECT
      substr(az.zone_code, 1, $2::int),
      s.id,
      s.role
    FROM
      account_zone az
      JOIN account e ON e.id = az.account_id
      AND e.active
      AND e.role = 'ENUMERATOR'
      JOIN account s ON s.id = e.supervisor_id
      AND s.active
      AND s.role = 'SUPERVISOR'
    WHERE
      (
        az.zone_code >= $1
        AND az.zone_code < $1 || ':'
      )
  ),
  acc AS (
    SELECT
      k AS code,
      false AS whole,
      count(DISTINCT id) FILTER (
        WHERE
          role = 'ENUMERATOR'
      )::int AS enumerators,
      count(DISTINCT id) FILTER (
        WHERE
          role = 'SUPERVISOR'
      )::int AS supervisors
    FROM
      held
    GROUP BY
      k
  ),
  pr AS (
    SELECT
      code,
      whole,
      json_agg(
        json_build_object('category', category, 'count', n)
        ORDER BY
          category
      ) AS problems
    FROM
      (
        SELECT
          k AS code,
          false AS whole,
          category,
          count(*)::int AS n
        FROM
          (
            SELECT
              substr(zone_code, 1, $2::int) AS k,
              category
            FROM
              problem
            WHERE
              county_code = $3
              AND (
                zone_code >= $1
                AND zone_code < $1 || ':'
              )
              AND status <> 'RESOLVED'
          ) s
        GROUP BY
          k,
          category
      ) c
    GROUP BY
      code,
      whole
  ),
  rp AS (
    SELECT
      k AS code,
      false AS whole,
      count(*)::int AS persons,
      count(DISTINCT registry_household_number)::int AS households
    FROM
      (
        SELECT
          substr(zone_code, 1, $2::int) AS k,
          registry_household_number
        FROM
          registry_person
        WHERE
          county_code = $3
          AND (
            zone_code >= $1
            AND zone_code < $1 || ':'
          )
      ) s
    GROUP BY
      k
  )
SELECT
  g.code AS "zoneCode",
  coalesce(r."households", 0) AS "households",
  coalesce(r."ordinaryHouseholds", 0) AS "ordinaryHouseholds",
  coalesce(r."vacantHouseholds", 0) AS "vacantHouseholds",
  coalesce(r."awayHouseholds", 0) AS "awayHouseholds",
  coalesce(r."deceasedHouseholds", 0) AS "deceasedHouseholds",
  coalesce(r."submittedOnly", 0) AS "submittedOnly",
  coalesce(r."approvedHouseholds", 0) AS "approvedHouseholds",
  coalesce(r."returnedHouseholds", 0) AS "returnedHouseholds",
  coalesce(r."selfReportedHouseholds", 0) AS "selfReportedHouseholds",
  coalesce(r."selfReportedSubmittedHouseholds", 0) AS "selfReportedSubmittedHouseholds",
  coalesce(r."enteredHouseholds", 0) AS "enteredHouseholds",
  coalesce(r."residentHouseholds", 0) AS "residentHouseholds",
  coalesce(r."visitedHouseholds", 0) AS "visitedHouseholds",
  coalesce(r."repeatedFailureHouseholds", 0) AS "repeatedFailureHouseholds",
  coalesce(r."refusingHouseholds", 0) AS "refusingHouseholds",
  coalesce(r."enteredPersons", 0) AS "enteredPersons",
  coalesce(r."enteredRegisteredPersons", 0) AS "enteredRegisteredPersons",
  coalesce(r."residentPersons", 0) AS "residentPersons",
  coalesce(r."livingAwayPersons", 0) AS "livingAwayPersons",
  coalesce(r."floatingPersons", 0) AS "floatingPersons",
  coalesce(r."longFormHouseholds", 0) AS "longFormHouseholds",
  coalesce(r."longFormSubmittedHouseholds", 0) AS "longFormSubmittedHouseholds",
  coalesce(r."longFormRefusedItems", 0) AS "longFormRefusedItems",
  coalesce(rp.households, 0) AS "registryHouseholds",
  coalesce(rp.persons, 0) AS "registryPersons",
  coalesce(zc.census_zones, 0) AS "censusZones",
  coalesce(zc.small_zones, 0) AS "smallZones",
  coalesce(acc.enumerators, 0) AS "enumerators",
  coalesce(acc.supervisors, 0) AS "supervisors",
  pr.problems
FROM
  g
  LEFT JOIN r ON r.code = g.code
  AND r.whole = g.whole
  LEFT JOIN zc ON zc.code = g.code
  AND zc.whole = g.whole
  LEFT JOIN acc ON acc.code = g.code
  AND acc.whole = g.whole
  LEFT JOIN pr ON pr.code = g.code
  AND pr.whole = g.whole
  LEFT JOIN rp ON rp.code = g.code
  AND rp.whole = g.whole
ORDER BY
  g.whole DESC,
  g.code;

-- progress/progress.service.ts: ProgressService.figureRows
WITH
  g AS (
    SELECT
      code,
      true AS whole
    FROM
      zone
    WHERE
      code = $1
  ),
  r AS (
    SELECT
      k AS code,
      true AS whole,
      coalesce(sum(households), 0)::int AS "households",
      coalesce(sum(ordinary_households), 0)::int AS "ordinaryHouseholds",
      coalesce(sum(vacant_households), 0)::int AS "vacantHouseholds",
      coalesce(sum(away_households), 0)::int AS "awayHouseholds",
      coalesce(sum(deceased_households), 0)::int AS "deceasedHouseholds",
      coalesce(sum(submitted_households), 0)::int AS "submittedOnly",
      coalesce(sum(approved_households), 0)::int AS "approvedHouseholds",
      coalesce(sum(returned_households), 0)::int AS "returnedHouseholds",
      coalesce(sum(self_reported_households), 0)::int AS "selfReportedHouseholds",
      coalesce(sum(self_reported_done_households), 0)::int AS "selfReportedSubmittedHouseholds",
      coalesce(sum(entered_households), 0)::int AS "enteredHouseholds",
      coalesce(sum(resident_households), 0)::int AS "residentHouseholds",
      coalesce(sum(visited_households), 0)::int AS "visitedHouseholds",
      coalesce(sum(repeated_failure_households), 0)::int AS "repeatedFailureHouseholds",
      coalesce(sum(refusing_households), 0)::int AS "refusingHouseholds",
      coalesce(sum(persons), 0)::int AS "enteredPersons",
      coalesce(sum(registered_persons), 0)::int AS "enteredRegisteredPersons",
      coalesce(sum(resident_persons), 0)::int AS "residentPersons",
      coalesce(sum(living_away_persons), 0)::int AS "livingAwayPersons",
      coalesce(sum(floating_persons), 0)::int AS "floatingPersons",
      coalesce(sum(long_form_households), 0)::int AS "longFormHouseholds",
      coalesce(sum(long_form_submitted_households), 0)::int AS "longFormSubmittedHouseholds",
      coalesce(sum(long_form_refused_items), 0)::int AS "longFormRefusedItems"
    FROM
      (
        SELECT
          $1::text AS k,
          *
        FROM
          progress_rollup
        WHERE
          county_code = $2
          AND (
            small_zone_code >= $1
            AND small_zone_code < $1 || ':'
          )
      ) s
    GROUP BY
      k
  ),
  zc AS (
    SELECT
      k AS code,
      true AS whole,
      count(*) FILTER (
        WHERE
          level = 'CENSUS_ZONE'
      )::int AS census_zones,
      count(*) FILTER (
        WHERE
          level = 'SMALL_ZONE'
      )::int AS small_zones
    FROM
      (
        SELECT
          $1::text AS k,
          level
        FROM
          zone
        WHERE
          (
            code >= $1
            AND code < $1 || ':'
          )
      ) s
    GROUP BY
      k
  ),
  held AS (
    SELECT
      $1::text AS k,
      a.id,
      a.role
    FROM
      account_zone az
      JOIN account a ON a.id = az.account_id
      AND a.active
    WHERE
      (
        az.zone_code >= $1
        AND az.zone_code < $1 || ':'
      )
      AND a.role IN ('ENUMERATOR', 'SUPERVISOR')
    UNION
    SELECT
      $1::text,
      s.id,
      s.role
    FROM
      account_zone az
      JOIN account e ON e.id = az.account_id
      AND e.active
      AND e.role = 'ENUMERATOR'
      JOIN account s ON s.id = e.supervisor_id
      AND s.active
      AND s.role = 'SUPERVISOR'
    WHERE
      (
        az.zone_code >= $1
        AND az.zone_code < $1 || ':'
      )
  ),
  acc AS (
    SELECT
      k AS code,
      true AS whole,
      count(DISTINCT id) FILTER (
        WHERE
          role = 'ENUMERATOR'
      )::int AS enumerators,
      count(DISTINCT id) FILTER (
        WHERE
          role = 'SUPERVISOR'
      )::int AS supervisors
    FROM
      held
    GROUP BY
      k
  ),
  pr AS (
    SELECT
      code,
      whole,
      json_agg(
        json_build_object('category', category, 'count', n)
        ORDER BY
          category
      ) AS problems
    FROM
      (
        SELECT
          k AS code,
          true AS whole,
          category,
          count(*)::int AS n
        FROM
          (
            SELECT
              $1::text AS k,
              category
            FROM
              problem
            WHERE
              county_code = $2
              AND (
                zone_code >= $1
                AND zone_code < $1 || ':'
              )
              AND status <> 'RESOLVED'
          ) s
        GROUP BY
          k,
          category
      ) c
    GROUP BY
      code,
      whole
  ),
  rp AS (
    SELECT
      k AS code,
      true AS whole,
      count(*)::int AS persons,
      count(DISTINCT registry_household_number)::int AS households
    FROM
      (
        SELECT
          $1::text AS k,
          registry_household_number
        FROM
          registry_person
        WHERE
          county_code = $2
          AND (
            zone_code >= $1
            AND zone_code < $1 || ':'
          )
      ) s
    GROUP BY
      k
  )
SELECT
  g.code AS "zoneCode",
  coalesce(r."households", 0) AS "households",
  coalesce(r."ordinaryHouseholds", 0) AS "ordinaryHouseholds",
  coalesce(r."vacantHouseholds", 0) AS "vacantHouseholds",
  coalesce(r."awayHouseholds", 0) AS "awayHouseholds",
  coalesce(r."deceasedHouseholds", 0) AS "deceasedHouseholds",
  coalesce(r."submittedOnly", 0) AS "submittedOnly",
  coalesce(r."approvedHouseholds", 0) AS "approvedHouseholds",
  coalesce(r."returnedHouseholds", 0) AS "returnedHouseholds",
  coalesce(r."selfReportedHouseholds", 0) AS "selfReportedHouseholds",
  coalesce(r."selfReportedSubmittedHouseholds", 0) AS "selfReportedSubmittedHouseholds",
  coalesce(r."enteredHouseholds", 0) AS "enteredHouseholds",
  coalesce(r."residentHouseholds", 0) AS "residentHouseholds",
  coalesce(r."visitedHouseholds", 0) AS "visitedHouseholds",
  coalesce(r."repeatedFailureHouseholds", 0) AS "repeatedFailureHouseholds",
  coalesce(r."refusingHouseholds", 0) AS "refusingHouseholds",
  coalesce(r."enteredPersons", 0) AS "enteredPersons",
  coalesce(r."enteredRegisteredPersons", 0) AS "enteredRegisteredPersons",
  coalesce(r."residentPersons", 0) AS "residentPersons",
  coalesce(r."livingAwayPersons", 0) AS "livingAwayPersons",
  coalesce(r."floatingPersons", 0) AS "floatingPersons",
  coalesce(r."longFormHouseholds", 0) AS "longFormHouseholds",
  coalesce(r."longFormSubmittedHouseholds", 0) AS "longFormSubmittedHouseholds",
  coalesce(r."longFormRefusedItems", 0) AS "longFormRefusedItems",
  coalesce(rp.households, 0) AS "registryHouseholds",
  coalesce(rp.persons, 0) AS "registryPersons",
  coalesce(zc.census_zones, 0) AS "censusZones",
  coalesce(zc.small_zones, 0) AS "smallZones",
  coalesce(acc.enumerators, 0) AS "enumerators",
  coalesce(acc.supervisors, 0) AS "supervisors",
  pr.problems
FROM
  g
  LEFT JOIN r ON r.code = g.code
  AND r.whole = g.whole
  LEFT JOIN zc ON zc.code = g.code
  AND zc.whole = g.whole
  LEFT JOIN acc ON acc.code = g.code
  AND acc.whole = g.whole
  LEFT JOIN pr ON pr.code = g.code
  AND pr.whole = g.whole
  LEFT JOIN rp ON rp.code = g.code
  AND rp.whole = g.whole
ORDER BY
  g.whole DESC,
  g.code;

-- progress/progress.service.ts: ProgressService.longFormRefusals
SELECT
  z.root,
  r.item,
  count(*)::int AS refused
FROM
  unnest($1::text[]) AS z (root)
  JOIN LATERAL (
    SELECT
      'household.' || e.key AS item
    FROM
      household h
      CROSS JOIN LATERAL jsonb_each(h.long_form) e
    WHERE
      h.county_code = $2
      AND h.long_form_refused > 0
      AND (
        h.small_zone_code >= z.root
        AND h.small_zone_code < z.root || ':'
      )
      AND h.long_form_sampled
      AND e.value ? 'refused'
    UNION ALL
    SELECT
      'person.' || e.key
    FROM
      person p
      JOIN household h ON h.county_code = p.county_code
      AND h.id = p.household_id
      CROSS JOIN LATERAL jsonb_each(p.long_form) e
    WHERE
      p.county_code = $2
      AND h.county_code = $2
      AND p.long_form_refused > 0
      AND (
        p.small_zone_code >= z.root
        AND p.small_zone_code < z.root || ':'
      )
      AND h.long_form_sampled
      AND e.value ? 'refused'
  ) r ON TRUE
GROUP BY
  z.root,
  r.item;

-- progress/progress.service.ts: ProgressService.trend
WITH
  spans AS (
    SELECT
      small_zone_code,
      day AS since,
      lead(day) OVER (
        PARTITION BY
          county_code,
          small_zone_code
        ORDER BY
          day
      ) AS until,
      households,
      entered_households,
      persons,
      submitted_households,
      approved_households,
      self_reported_done_households
    FROM
      progress_daily
    WHERE
      county_code = $4
      AND (
        small_zone_code >= $1
        AND small_zone_code < $1 || ':'
      )
      AND day <= $3::date
  ),
  live AS (
    SELECT
      d::date AS day,
      spans.*
    FROM
      spans
      CROSS JOIN LATERAL generate_series(
        greatest(spans.since, $2::date),
        least(coalesce(spans.until - 1, $3::date), $3::date),
        interval '1 day'
      ) d
  )
SELECT
  $1::text AS key,
  to_char(live.day, 'YYYY-MM-DD') AS date,
  coalesce(sum(households), 0)::int AS households,
  coalesce(sum(entered_households), 0)::int AS "enteredHouseholds",
  coalesce(sum(persons), 0)::int AS persons,
  coalesce(
    sum(submitted_households + approved_households),
    0
  )::int AS submitted,
  coalesce(sum(approved_households), 0)::int AS approved,
  coalesce(sum(self_reported_done_households), 0)::int AS "selfReported"
FROM
  live
GROUP BY
  1,
  live.day
ORDER BY
  1,
  live.day;

-- progress/report-texts.service.ts: ReportTextsService.get
SELECT
  zone_code AS "zoneCode",
  campaign_month AS "campaignMonth",
  pilot_start::text AS "pilotStart",
  pilot_end::text AS "pilotEnd",
  pilot_households AS "pilotHouseholds",
  pilot_persons AS "pilotPersons",
  practices,
  suggestions,
  version,
  created_at AS "createdAt",
  updated_at AS "updatedAt"
FROM
  zone_report_text
WHERE
  zone_code = $1;

-- progress/report-texts.service.ts: ReportTextsService.save
INSERT INTO
  zone_report_text (
    zone_code,
    campaign_month,
    pilot_start,
    pilot_end,
    pilot_households,
    pilot_persons,
    practices,
    suggestions,
    version
  )
VALUES
  ($1, $2, $3, $4, $5, $6, $7, $8, 1)
ON CONFLICT (zone_code) DO NOTHING
RETURNING
  zone_code AS "zoneCode",
  campaign_month AS "campaignMonth",
  pilot_start::text AS "pilotStart",
  pilot_end::text AS "pilotEnd",
  pilot_households AS "pilotHouseholds",
  pilot_persons AS "pilotPersons",
  practices,
  suggestions,
  version,
  created_at AS "createdAt",
  updated_at AS "updatedAt";

-- progress/report-texts.service.ts: ReportTextsService.save
SELECT
  1 AS found
FROM
  zone
WHERE
  code = $1;

-- progress/report-texts.service.ts: ReportTextsService.save
SELECT
  zone_code AS "zoneCode",
  campaign_month AS "campaignMonth",
  pilot_start::text AS "pilotStart",
  pilot_end::text AS "pilotEnd",
  pilot_households AS "pilotHouseholds",
  pilot_persons AS "pilotPersons",
  practices,
  suggestions,
  version,
  created_at AS "createdAt",
  updated_at AS "updatedAt"
FROM
  zone_report_text
WHERE
  zone_code = $1
FOR UPDATE;
