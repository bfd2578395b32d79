-- SQL of libs/api/src/reconciliation/ as the API sends it, recorded by libs/api/test/sql-snapshots.spec.ts.
-- Generated: do not edit. Update with `npm run sql:snapshots` and review the diff with the code change.

-- reconciliation/reconciliation.service.ts: ReconciliationService.close.stored
INSERT INTO
  worklist_outcome (
    county_code,
    item_key,
    zone_code,
    outcome,
    note,
    closed_by,
    closed_at
  )
VALUES
  (county_key ($2), $1, $2, $3, $4, $5, now())
ON CONFLICT (county_code, item_key) DO UPDATE
SET
  zone_code = EXCLUDED.zone_code,
  outcome = EXCLUDED.outcome,
  note = EXCLUDED.note,
  closed_by = EXCLUDED.closed_by,
  closed_at = EXCLUDED.closed_at
RETURNING
  closed_at AS "closedAt",
  closed_by::text AS "closedByRowId";

-- reconciliation/reconciliation.service.ts: ReconciliationService.closeMany.stored
INSERT INTO
  worklist_outcome (
    county_code,
    item_key,
    zone_code,
    outcome,
    note,
    closed_by,
    closed_at
  )
SELECT
  county_key (i.zone_code),
  i.item_key,
  i.zone_code,
  $3,
  $4,
  $5,
  now()
FROM
  unnest($1::text[], $2::text[]) AS i (item_key, zone_code)
ON CONFLICT (county_code, item_key) DO UPDATE
SET
  zone_code = EXCLUDED.zone_code,
  outcome = EXCLUDED.outcome,
  note = EXCLUDED.note,
  closed_by = EXCLUDED.closed_by,
  closed_at = EXCLUDED.closed_at
RETURNING
  item_key AS key,
  closed_at AS "closedAt",
  closed_by::text AS "closedByRowId";

-- reconciliation/reconciliation.service.ts: ReconciliationService.read
WITH
  registry AS (
    SELECT
      r.county_code,
      r.citizen_id_hash,
      r.citizen_id_masked,
      r.name,
      r.address,
      r.registry_household_number,
      r.zone_code,
      lp.id AS person_id,
      lp.registered AS person_registered,
      lp.resident AS person_resident
    FROM
      registry_person r
      LEFT JOIN LATERAL (
        SELECT
          p.id,
          p.registered,
          p.resident
        FROM
          person p
        WHERE
          p.county_code = $3
          AND p.county_code = r.county_code
          AND p.citizen_id_hash = r.citizen_id_hash
        ORDER BY
          p.id
        LIMIT
          1
      ) lp ON TRUE
    WHERE
      r.county_code = $3
      AND (
        r.zone_code >= $1
        AND r.zone_code < $1 || ':'
      )
  ),
  listed AS (
    SELECT
      p.county_code,
      p.id,
      p.household_id,
      p.small_zone_code,
      p.name,
      p.registered,
      p.resident,
      p.whereabouts,
      p.citizen_id_hash,
      EXISTS (
        SELECT
          1
        FROM
          registry_person r
        WHERE
          r.county_code = $3
          AND r.county_code = p.county_code
          AND r.citizen_id_hash = p.citizen_id_hash
      ) AS in_registry
    FROM
      person p
    WHERE
      p.county_code = $3
      AND (
        p.small_zone_code >= $1
        AND p.small_zone_code < $1 || ':'
      )
  ),
  registry_household_not_listed AS (
    SELECT
      'REGISTRY_HOUSEHOLD_NOT_LISTED' AS kind,
      'REGISTRY_HOUSEHOLD_NOT_LISTED:' || r.registry_household_number || '@' || r.zone_code AS key,
      r.zone_code,
      r.registry_household_number,
      NULL::text AS household_id,
      NULL::text AS person_id,
      jsonb_build_object(
        'address',
        min(r.address),
        'persons',
        jsonb_agg(
          jsonb_build_object('name', r.name, 'citizenId', r.citizen_id_masked)
          ORDER BY
            r.citizen_id_masked,
            r.name
        )
      ) AS facts
    FROM
      registry r
    WHERE
      'REGISTRY_HOUSEHOLD_NOT_LISTED' = ANY ($2::text[])
    GROUP BY
      r.zone_code,
      r.registry_household_number
    HAVING
      bool_and(r.person_id IS NULL)
  ),
  covered AS (
    SELECT
      z.code
    FROM
      zone z
    WHERE
      'LISTED_HOUSEHOLD_WITHOUT_REGISTRY' = ANY ($2::text[])
      AND z.level = 'SMALL_ZONE'
      AND (
        z.code >= $1
        AND z.code < $1 || ':'
      )
      AND EXISTS (
        SELECT
          1
        FROM
          registry_person c
        WHERE
          c.county_code = $3
          AND c.county_code = county_key (z.code)
          AND c.zone_code IN (z.code, left(z.code, 12), left(z.code, 9))
      )
  ),
  listed_household_without_registry AS (
    SELECT
      'LISTED_HOUSEHOLD_WITHOUT_REGISTRY' AS kind,
      'LISTED_HOUSEHOLD_WITHOUT_REGISTRY:' || h.number || '@' || h.small_zone_code AS key,
      h.small_zone_code AS zone_code,
      NULL::text AS registry_household_number,
      h.id::text AS household_id,
      NULL::text AS person_id,
      jsonb_build_object(
        'number',
        h.number,
        'phone',
        h.phone_masked,
        'persons',
        jsonb_agg(
          jsonb_build_object(
            'name',
            l.name,
            'hasId',
            l.citizen_id_hash IS NOT NULL
          )
          ORDER BY
            l.id
        )
      ) AS facts
    FROM
      household h
      JOIN listed l ON l.county_code = h.county_code
      AND l.household_id = h.id
    WHERE
      'LISTED_HOUSEHOLD_WITHOUT_REGISTRY' = ANY ($2::text[])
      AND h.status = 'ORDINARY'
      AND h.county_code = $3
      AND (
        h.small_zone_code >= $1
        AND h.small_zone_code < $1 || ':'
      )
      AND h.small_zone_code IN (
        SELECT
          code
        FROM
          covered
      )
    GROUP BY
      h.county_code,
      h.id
    HAVING
      NOT bool_or(l.in_registry)
  ),
  away AS (
    SELECT
      l.county_code,
      l.id AS person_id
    FROM
      listed l
    WHERE
      l.registered
      AND NOT l.resident
    UNION
    SELECT
      r.county_code,
      r.person_id
    FROM
      registry r
    WHERE
      r.person_id IS NOT NULL
      AND r.person_registered
      AND NOT r.person_resident
  ),
  living_away AS (
    SELECT
      'LIVING_AWAY' AS kind,
      'LIVING_AWAY:' || a.person_id || '@' || z.zone_code AS key,
      z.zone_code,
      r.registry_household_number,
      p.household_id::text AS household_id,
      p.id::text AS person_id,
      jsonb_build_object(
        'name',
        p.name,
        'whereabouts',
        p.whereabouts,
        'number',
        h.number,
        'phone',
        CASE
          WHEN (
            h.county_code = $10
            AND (
              (
                h.small_zone_code >= $9
                AND h.small_zone_code < $9 || ':'
              )
            )
          ) THEN h.phone_masked
        END,
        'listedHere',
        (
          p.small_zone_code >= $1
          AND p.small_zone_code < $1 || ':'
        ),
        'registryAddress',
        r.address
      ) AS facts
    FROM
      away a
      JOIN person p ON p.county_code = $3
      AND p.county_code = a.county_code
      AND p.id = a.person_id
      JOIN household h ON h.county_code = $3
      AND h.county_code = p.county_code
      AND h.id = p.household_id
      LEFT JOIN registry_person r ON r.county_code = $3
      AND r.county_code = p.county_code
      AND r.citizen_id_hash = p.citizen_id_hash
      CROSS JOIN LATERAL (
        SELECT
          CASE
            WHEN (
              p.small_zone_code >= $1
              AND p.small_zone_code < $1 || ':'
            ) THEN p.small_zone_code
            ELSE r.zone_code
          END AS zone_code
      ) z
    WHERE
      'LIVING_AWAY' = ANY ($2::text[])
  ),
  metered AS (
    SELECT DISTINCT
      ON (h.id) h.id,
      h.number,
      h.status,
      h.small_zone_code,
      m.meter_id,
      m.month,
      m.usage,
      m.address
    FROM
      household h
      JOIN meter_reading m ON m.county_code = $3
      AND m.county_code = h.county_code
      AND m.normalized_address = h.normalized_address
      AND h.small_zone_code >= m.zone_code
      AND h.small_zone_code < m.zone_code || ':'
    WHERE
      (
        'METER_NO_USE_BUT_ORDINARY' = ANY ($2::text[])
        OR 'METER_USE_BUT_VACANT' = ANY ($2::text[])
      )
      AND h.county_code = $3
      AND (
        h.small_zone_code >= $1
        AND h.small_zone_code < $1 || ':'
      )
      AND h.status IN ('ORDINARY', 'VACANT')
    ORDER BY
      h.id,
      m.month DESC
  ),
  meter_disagrees AS (
    SELECT
      CASE
        WHEN x.status = 'ORDINARY' THEN 'METER_NO_USE_BUT_ORDINARY'
        ELSE 'METER_USE_BUT_VACANT'
      END AS kind,
      CASE
        WHEN x.status = 'ORDINARY' THEN 'METER_NO_USE_BUT_ORDINARY'
        ELSE 'METER_USE_BUT_VACANT'
      END || ':' || x.number || '@' || x.small_zone_code AS key,
      x.small_zone_code AS zone_code,
      NULL::text AS registry_household_number,
      x.id::text AS household_id,
      NULL::text AS person_id,
      jsonb_build_object(
        'number',
        x.number,
        'meterId',
        x.meter_id,
        'month',
        x.month,
        'usage',
        x.usage,
        'address',
        x.address
      ) AS facts
    FROM
      metered x
    WHERE
      (
        x.status = 'ORDINARY'
        AND x.usage = 'NONE'
        AND 'METER_NO_USE_BUT_ORDINARY' = ANY ($2::text[])
      )
      OR (
        x.status = 'VACANT'
        AND x.usage = 'NORMAL'
        AND 'METER_USE_BUT_VACANT' = ANY ($2::text[])
      )
  ),
  cross_county_duplicate AS (
    SELECT
      'CROSS_COUNTY_DUPLICATE' AS kind,
      'CROSS_COUNTY_DUPLICATE:' || p.id || '@' || p.small_zone_code AS key,
      p.small_zone_code AS zone_code,
      NULL::text AS registry_household_number,
      p.household_id::text AS household_id,
      p.id::text AS person_id,
      jsonb_build_object(
        'name',
        p.name,
        'citizenId',
        p.citizen_id_masked,
        'number',
        h.number,
        'otherCounties',
        (
          SELECT
            jsonb_agg(
              jsonb_build_object('code', oc.code, 'name', z.name)
              ORDER BY
                oc.code
            )
          FROM
            unnest(string_to_array(d.others, ',')) AS oc (code)
            LEFT JOIN zone z ON z.code = oc.code
        )
      ) AS facts
    FROM
      unnest($4::bytea[], $5::text[], $6::text[]) AS d (hash, county, others)
      JOIN person p ON p.county_code = $3
      AND p.county_code = d.county
      AND p.citizen_id_hash = d.hash
      JOIN household h ON h.county_code = $3
      AND h.county_code = p.county_code
      AND h.id = p.household_id
    WHERE
      'CROSS_COUNTY_DUPLICATE' = ANY ($2::text[])
      AND (
        p.small_zone_code >= $1
        AND p.small_zone_code < $1 || ':'
      )
  ),
  items AS (
    SELECT
      *
    FROM
      registry_household_not_listed
    UNION ALL
    SELECT
      *
    FROM
      listed_household_without_registry
    UNION ALL
    SELECT
      *
    FROM
      living_away
    UNION ALL
    SELECT
      *
    FROM
      meter_disagrees
    UNION ALL
    SELECT
      *
    FROM
      cross_county_duplicate
  ),
  visible AS (
    SELECT
      i.kind,
      i.key COLLATE "C" AS key,
      i.zone_code AS "zoneCode",
      i.registry_household_number AS "registryHouseholdNumber",
      i.household_id AS "householdRowId",
      i.person_id AS "personRowId",
      i.facts,
      o.outcome,
      o.note,
      o.closed_by::text AS "closedByRowId",
      o.closed_at AS "closedAt"
    FROM
      items i
      LEFT JOIN worklist_outcome o ON o.county_code = $3
      AND o.county_code = county_key (i.zone_code)
      AND o.item_key = i.key
    WHERE
      (
        (
          i.zone_code >= $7
          AND i.zone_code < $7 || ':'
        )
      )
      AND i.key = $8
  )
SELECT
  (
    SELECT
      count(*)::int
    FROM
      visible
  ) AS total,
  (
    SELECT
      coalesce(
        jsonb_agg(
          to_jsonb(v)
          ORDER BY
            v."zoneCode" COLLATE "C" ASC,
            v.kind COLLATE "C" ASC,
            v.key ASC
        ),
        '[]'::jsonb
      )
    FROM
      (
        SELECT
          *
        FROM
          visible v
        ORDER BY
          v."zoneCode" COLLATE "C" ASC,
          v.kind COLLATE "C" ASC,
          v.key ASC
        LIMIT
          $11
      ) v
  ) AS items;

-- reconciliation/reconciliation.service.ts: ReconciliationService.read
WITH
  registry AS (
    SELECT
      r.county_code,
      r.citizen_id_hash,
      r.citizen_id_masked,
      r.name,
      r.address,
      r.registry_household_number,
      r.zone_code,
      lp.id AS person_id,
      lp.registered AS person_registered,
      lp.resident AS person_resident
    FROM
      registry_person r
      LEFT JOIN LATERAL (
        SELECT
          p.id,
          p.registered,
          p.resident
        FROM
          person p
        WHERE
          p.county_code = $3
          AND p.county_code = r.county_code
          AND p.citizen_id_hash = r.citizen_id_hash
        ORDER BY
          p.id
        LIMIT
          1
      ) lp ON TRUE
    WHERE
      r.county_code = $3
      AND (
        r.zone_code >= $1
        AND r.zone_code < $1 || ':'
      )
  ),
  listed AS (
    SELECT
      p.county_code,
      p.id,
      p.household_id,
      p.small_zone_code,
      p.name,
      p.registered,
      p.resident,
      p.whereabouts,
      p.citizen_id_hash,
      EXISTS (
        SELECT
          1
        FROM
          registry_person r
        WHERE
          r.county_code = $3
          AND r.county_code = p.county_code
          AND r.citizen_id_hash = p.citizen_id_hash
      ) AS in_registry
    FROM
      person p
    WHERE
      p.county_code = $3
      AND (
        p.small_zone_code >= $1
        AND p.small_zone_code < $1 || ':'
      )
  ),
  registry_household_not_listed AS (
    SELECT
      'REGISTRY_HOUSEHOLD_NOT_LISTED' AS kind,
      'REGISTRY_HOUSEHOLD_NOT_LISTED:' || r.registry_household_number || '@' || r.zone_code AS key,
      r.zone_code,
      r.registry_household_number,
      NULL::text AS household_id,
      NULL::text AS person_id,
      jsonb_build_object(
        'address',
        min(r.address),
        'persons',
        jsonb_agg(
          jsonb_build_object('name', r.name, 'citizenId', r.citizen_id_masked)
          ORDER BY
            r.citizen_id_masked,
            r.name
        )
      ) AS facts
    FROM
      registry r
    WHERE
      'REGISTRY_HOUSEHOLD_NOT_LISTED' = ANY ($2::text[])
    GROUP BY
      r.zone_code,
      r.registry_household_number
    HAVING
      bool_and(r.person_id IS NULL)
  ),
  covered AS (
    SELECT
      z.code
    FROM
      zone z
    WHERE
      'LISTED_HOUSEHOLD_WITHOUT_REGISTRY' = ANY ($2::text[])
      AND z.level = 'SMALL_ZONE'
      AND (
        z.code >= $1
        AND z.code < $1 || ':'
      )
      AND EXISTS (
        SELECT
          1
        FROM
          registry_person c
        WHERE
          c.county_code = $3
          AND c.county_code = county_key (z.code)
          AND c.zone_code IN (z.code, left(z.code, 12), left(z.code, 9))
      )
  ),
  listed_household_without_registry AS (
    SELECT
      'LISTED_HOUSEHOLD_WITHOUT_REGISTRY' AS kind,
      'LISTED_HOUSEHOLD_WITHOUT_REGISTRY:' || h.number || '@' || h.small_zone_code AS key,
      h.small_zone_code AS zone_code,
      NULL::text AS registry_household_number,
      h.id::text AS household_id,
      NULL::text AS person_id,
      jsonb_build_object(
        'number',
        h.number,
        'phone',
        h.phone_masked,
        'persons',
        jsonb_agg(
          jsonb_build_object(
            'name',
            l.name,
            'hasId',
            l.citizen_id_hash IS NOT NULL
          )
          ORDER BY
            l.id
        )
      ) AS facts
    FROM
      household h
      JOIN listed l ON l.county_code = h.county_code
      AND l.household_id = h.id
    WHERE
      'LISTED_HOUSEHOLD_WITHOUT_REGISTRY' = ANY ($2::text[])
      AND h.status = 'ORDINARY'
      AND h.county_code = $3
      AND (
        h.small_zone_code >= $1
        AND h.small_zone_code < $1 || ':'
      )
      AND h.small_zone_code IN (
        SELECT
          code
        FROM
          covered
      )
    GROUP BY
      h.county_code,
      h.id
    HAVING
      NOT bool_or(l.in_registry)
  ),
  away AS (
    SELECT
      l.county_code,
      l.id AS person_id
    FROM
      listed l
    WHERE
      l.registered
      AND NOT l.resident
    UNION
    SELECT
      r.county_code,
      r.person_id
    FROM
      registry r
    WHERE
      r.person_id IS NOT NULL
      AND r.person_registered
      AND NOT r.person_resident
  ),
  living_away AS (
    SELECT
      'LIVING_AWAY' AS kind,
      'LIVING_AWAY:' || a.person_id || '@' || z.zone_code AS key,
      z.zone_code,
      r.registry_household_number,
      p.household_id::text AS household_id,
      p.id::text AS person_id,
      jsonb_build_object(
        'name',
        p.name,
        'whereabouts',
        p.whereabouts,
        'number',
        h.number,
        'phone',
        CASE
          WHEN (
            h.county_code = $10
            AND (
              (
                h.small_zone_code >= $9
                AND h.small_zone_code < $9 || ':'
              )
            )
          ) THEN h.phone_masked
        END,
        'listedHere',
        (
          p.small_zone_code >= $1
          AND p.small_zone_code < $1 || ':'
        ),
        'registryAddress',
        r.address
      ) AS facts
    FROM
      away a
      JOIN person p ON p.county_code = $3
      AND p.county_code = a.county_code
      AND p.id = a.person_id
      JOIN household h ON h.county_code = $3
      AND h.county_code = p.county_code
      AND h.id = p.household_id
      LEFT JOIN registry_person r ON r.county_code = $3
      AND r.county_code = p.county_code
      AND r.citizen_id_hash = p.citizen_id_hash
      CROSS JOIN LATERAL (
        SELECT
          CASE
            WHEN (
              p.small_zone_code >= $1
              AND p.small_zone_code < $1 || ':'
            ) THEN p.small_zone_code
            ELSE r.zone_code
          END AS zone_code
      ) z
    WHERE
      'LIVING_AWAY' = ANY ($2::text[])
  ),
  metered AS (
    SELECT DISTINCT
      ON (h.id) h.id,
      h.number,
      h.status,
      h.small_zone_code,
      m.meter_id,
      m.month,
      m.usage,
      m.address
    FROM
      household h
      JOIN meter_reading m ON m.county_code = $3
      AND m.county_code = h.county_code
      AND m.normalized_address = h.normalized_address
      AND h.small_zone_code >= m.zone_code
      AND h.small_zone_code < m.zone_code || ':'
    WHERE
      (
        'METER_NO_USE_BUT_ORDINARY' = ANY ($2::text[])
        OR 'METER_USE_BUT_VACANT' = ANY ($2::text[])
      )
      AND h.county_code = $3
      AND (
        h.small_zone_code >= $1
        AND h.small_zone_code < $1 || ':'
      )
      AND h.status IN ('ORDINARY', 'VACANT')
    ORDER BY
      h.id,
      m.month DESC
  ),
  meter_disagrees AS (
    SELECT
      CASE
        WHEN x.status = 'ORDINARY' THEN 'METER_NO_USE_BUT_ORDINARY'
        ELSE 'METER_USE_BUT_VACANT'
      END AS kind,
      CASE
        WHEN x.status = 'ORDINARY' THEN 'METER_NO_USE_BUT_ORDINARY'
        ELSE 'METER_USE_BUT_VACANT'
      END || ':' || x.number || '@' || x.small_zone_code AS key,
      x.small_zone_code AS zone_code,
      NULL::text AS registry_household_number,
      x.id::text AS household_id,
      NULL::text AS person_id,
      jsonb_build_object(
        'number',
        x.number,
        'meterId',
        x.meter_id,
        'month',
        x.month,
        'usage',
        x.usage,
        'address',
        x.address
      ) AS facts
    FROM
      metered x
    WHERE
      (
        x.status = 'ORDINARY'
        AND x.usage = 'NONE'
        AND 'METER_NO_USE_BUT_ORDINARY' = ANY ($2::text[])
      )
      OR (
        x.status = 'VACANT'
        AND x.usage = 'NORMAL'
        AND 'METER_USE_BUT_VACANT' = ANY ($2::text[])
      )
  ),
  cross_county_duplicate AS (
    SELECT
      'CROSS_COUNTY_DUPLICATE' AS kind,
      'CROSS_COUNTY_DUPLICATE:' || p.id || '@' || p.small_zone_code AS key,
      p.small_zone_code AS zone_code,
      NULL::text AS registry_household_number,
      p.household_id::text AS household_id,
      p.id::text AS person_id,
      jsonb_build_object(
        'name',
        p.name,
        'citizenId',
        p.citizen_id_masked,
        'number',
        h.number,
        'otherCounties',
        (
          SELECT
            jsonb_agg(
              jsonb_build_object('code', oc.code, 'name', z.name)
              ORDER BY
                oc.code
            )
          FROM
            unnest(string_to_array(d.others, ',')) AS oc (code)
            LEFT JOIN zone z ON z.code = oc.code
        )
      ) AS facts
    FROM
      unnest($4::bytea[], $5::text[], $6::text[]) AS d (hash, county, others)
      JOIN person p ON p.county_code = $3
      AND p.county_code = d.county
      AND p.citizen_id_hash = d.hash
      JOIN household h ON h.county_code = $3
      AND h.county_code = p.county_code
      AND h.id = p.household_id
    WHERE
      'CROSS_COUNTY_DUPLICATE' = ANY ($2::text[])
      AND (
        p.small_zone_code >= $1
        AND p.small_zone_code < $1 || ':'
      )
  ),
  items AS (
    SELECT
      *
    FROM
      registry_household_not_listed
    UNION ALL
    SELECT
      *
    FROM
      listed_household_without_registry
    UNION ALL
    SELECT
      *
    FROM
      living_away
    UNION ALL
    SELECT
      *
    FROM
      meter_disagrees
    UNION ALL
    SELECT
      *
    FROM
      cross_county_duplicate
  ),
  visible AS (
    SELECT
      i.kind,
      i.key COLLATE "C" AS key,
      i.zone_code AS "zoneCode",
      i.registry_household_number AS "registryHouseholdNumber",
      i.household_id AS "householdRowId",
      i.person_id AS "personRowId",
      i.facts,
      o.outcome,
      o.note,
      o.closed_by::text AS "closedByRowId",
      o.closed_at AS "closedAt"
    FROM
      items i
      LEFT JOIN worklist_outcome o ON o.county_code = $3
      AND o.county_code = county_key (i.zone_code)
      AND o.item_key = i.key
    WHERE
      (
        (
          i.zone_code >= $7
          AND i.zone_code < $7 || ':'
        )
      )
      AND i.key = ANY ($8::text[])
  )
SELECT
  (
    SELECT
      count(*)::int
    FROM
      visible
  ) AS total,
  (
    SELECT
      coalesce(
        jsonb_agg(
          to_jsonb(v)
          ORDER BY
            v."zoneCode" COLLATE "C" ASC,
            v.kind COLLATE "C" ASC,
            v.key ASC
        ),
        '[]'::jsonb
      )
    FROM
      (
        SELECT
          *
        FROM
          visible v
        ORDER BY
          v."zoneCode" COLLATE "C" ASC,
          v.kind COLLATE "C" ASC,
          v.key ASC
        LIMIT
          $11
      ) v
  ) AS items;

-- reconciliation/reconciliation.service.ts: ReconciliationService.read
WITH
  registry AS (
    SELECT
      r.county_code,
      r.citizen_id_hash,
      r.citizen_id_masked,
      r.name,
      r.address,
      r.registry_household_number,
      r.zone_code,
      lp.id AS person_id,
      lp.registered AS person_registered,
      lp.resident AS person_resident
    FROM
      registry_person r
      LEFT JOIN LATERAL (
        SELECT
          p.id,
          p.registered,
          p.resident
        FROM
          person p
        WHERE
          p.county_code = $3
          AND p.county_code = r.county_code
          AND p.citizen_id_hash = r.citizen_id_hash
        ORDER BY
          p.id
        LIMIT
          1
      ) lp ON TRUE
    WHERE
      r.county_code = $3
      AND (
        r.zone_code >= $1
        AND r.zone_code < $1 || ':'
      )
  ),
  listed AS (
    SELECT
      p.county_code,
      p.id,
      p.household_id,
      p.small_zone_code,
      p.name,
      p.registered,
      p.resident,
      p.whereabouts,
      p.citizen_id_hash,
      EXISTS (
        SELECT
          1
        FROM
          registry_person r
        WHERE
          r.county_code = $3
          AND r.county_code = p.county_code
          AND r.citizen_id_hash = p.citizen_id_hash
      ) AS in_registry
    FROM
      person p
    WHERE
      p.county_code = $3
      AND (
        p.small_zone_code >= $1
        AND p.small_zone_code < $1 || ':'
      )
  ),
  registry_household_not_listed AS (
    SELECT
      'REGISTRY_HOUSEHOLD_NOT_LISTED' AS kind,
      'REGISTRY_HOUSEHOLD_NOT_LISTED:' || r.registry_household_number || '@' || r.zone_code AS key,
      r.zone_code,
      r.registry_household_number,
      NULL::text AS household_id,
      NULL::text AS person_id,
      jsonb_build_object(
        'address',
        min(r.address),
        'persons',
        jsonb_agg(
          jsonb_build_object('name', r.name, 'citizenId', r.citizen_id_masked)
          ORDER BY
            r.citizen_id_masked,
            r.name
        )
      ) AS facts
    FROM
      registry r
    WHERE
      'REGISTRY_HOUSEHOLD_NOT_LISTED' = ANY ($2::text[])
    GROUP BY
      r.zone_code,
      r.registry_household_number
    HAVING
      bool_and(r.person_id IS NULL)
  ),
  covered AS (
    SELECT
      z.code
    FROM
      zone z
    WHERE
      'LISTED_HOUSEHOLD_WITHOUT_REGISTRY' = ANY ($2::text[])
      AND z.level = 'SMALL_ZONE'
      AND (
        z.code >= $1
        AND z.code < $1 || ':'
      )
      AND EXISTS (
        SELECT
          1
        FROM
          registry_person c
        WHERE
          c.county_code = $3
          AND c.county_code = county_key (z.code)
          AND c.zone_code IN (z.code, left(z.code, 12), left(z.code, 9))
      )
  ),
  listed_household_without_registry AS (
    SELECT
      'LISTED_HOUSEHOLD_WITHOUT_REGISTRY' AS kind,
      'LISTED_HOUSEHOLD_WITHOUT_REGISTRY:' || h.number || '@' || h.small_zone_code AS key,
      h.small_zone_code AS zone_code,
      NULL::text AS registry_household_number,
      h.id::text AS household_id,
      NULL::text AS person_id,
      jsonb_build_object(
        'number',
        h.number,
        'phone',
        h.phone_masked,
        'persons',
        jsonb_agg(
          jsonb_build_object(
            'name',
            l.name,
            'hasId',
            l.citizen_id_hash IS NOT NULL
          )
          ORDER BY
            l.id
        )
      ) AS facts
    FROM
      household h
      JOIN listed l ON l.county_code = h.county_code
      AND l.household_id = h.id
    WHERE
      'LISTED_HOUSEHOLD_WITHOUT_REGISTRY' = ANY ($2::text[])
      AND h.status = 'ORDINARY'
      AND h.county_code = $3
      AND (
        h.small_zone_code >= $1
        AND h.small_zone_code < $1 || ':'
      )
      AND h.small_zone_code IN (
        SELECT
          code
        FROM
          covered
      )
    GROUP BY
      h.county_code,
      h.id
    HAVING
      NOT bool_or(l.in_registry)
  ),
  away AS (
    SELECT
      l.county_code,
      l.id AS person_id
    FROM
      listed l
    WHERE
      l.registered
      AND NOT l.resident
    UNION
    SELECT
      r.county_code,
      r.person_id
    FROM
      registry r
    WHERE
      r.person_id IS NOT NULL
      AND r.person_registered
      AND NOT r.person_resident
  ),
  living_away AS (
    SELECT
      'LIVING_AWAY' AS kind,
      'LIVING_AWAY:' || a.person_id || '@' || z.zone_code AS key,
      z.zone_code,
      r.registry_household_number,
      p.household_id::text AS household_id,
      p.id::text AS person_id,
      jsonb_build_object(
        'name',
        p.name,
        'whereabouts',
        p.whereabouts,
        'number',
        h.number,
        'phone',
        CASE
          WHEN (
            h.county_code = $9
            AND (
              (
                h.small_zone_code >= $8
                AND h.small_zone_code < $8 || ':'
              )
            )
          ) THEN h.phone_masked
        END,
        'listedHere',
        (
          p.small_zone_code >= $1
          AND p.small_zone_code < $1 || ':'
        ),
        'registryAddress',
        r.address
      ) AS facts
    FROM
      away a
      JOIN person p ON p.county_code = $3
      AND p.county_code = a.county_code
      AND p.id = a.person_id
      JOIN household h ON h.county_code = $3
      AND h.county_code = p.county_code
      AND h.id = p.household_id
      LEFT JOIN registry_person r ON r.county_code = $3
      AND r.county_code = p.county_code
      AND r.citizen_id_hash = p.citizen_id_hash
      CROSS JOIN LATERAL (
        SELECT
          CASE
            WHEN (
              p.small_zone_code >= $1
              AND p.small_zone_code < $1 || ':'
            ) THEN p.small_zone_code
            ELSE r.zone_code
          END AS zone_code
      ) z
    WHERE
      'LIVING_AWAY' = ANY ($2::text[])
  ),
  metered AS (
    SELECT DISTINCT
      ON (h.id) h.id,
      h.number,
      h.status,
      h.small_zone_code,
      m.meter_id,
      m.month,
      m.usage,
      m.address
    FROM
      household h
      JOIN meter_reading m ON m.county_code = $3
      AND m.county_code = h.county_code
      AND m.normalized_address = h.normalized_address
      AND h.small_zone_code >= m.zone_code
      AND h.small_zone_code < m.zone_code || ':'
    WHERE
      (
        'METER_NO_USE_BUT_ORDINARY' = ANY ($2::text[])
        OR 'METER_USE_BUT_VACANT' = ANY ($2::text[])
      )
      AND h.county_code = $3
      AND (
        h.small_zone_code >= $1
        AND h.small_zone_code < $1 || ':'
      )
      AND h.status IN ('ORDINARY', 'VACANT')
    ORDER BY
      h.id,
      m.month DESC
  ),
  meter_disagrees AS (
    SELECT
      CASE
        WHEN x.status = 'ORDINARY' THEN 'METER_NO_USE_BUT_ORDINARY'
        ELSE 'METER_USE_BUT_VACANT'
      END AS kind,
      CASE
        WHEN x.status = 'ORDINARY' THEN 'METER_NO_USE_BUT_ORDINARY'
        ELSE 'METER_USE_BUT_VACANT'
      END || ':' || x.number || '@' || x.small_zone_code AS key,
      x.small_zone_code AS zone_code,
      NULL::text AS registry_household_number,
      x.id::text AS household_id,
      NULL::text AS person_id,
      jsonb_build_object(
        'number',
        x.number,
        'meterId',
        x.meter_id,
        'month',
        x.month,
        'usage',
        x.usage,
        'address',
        x.address
      ) AS facts
    FROM
      metered x
    WHERE
      (
        x.status = 'ORDINARY'
        AND x.usage = 'NONE'
        AND 'METER_NO_USE_BUT_ORDINARY' = ANY ($2::text[])
      )
      OR (
        x.status = 'VACANT'
        AND x.usage = 'NORMAL'
        AND 'METER_USE_BUT_VACANT' = ANY ($2::text[])
      )
  ),
  cross_county_duplicate AS (
    SELECT
      'CROSS_COUNTY_DUPLICATE' AS kind,
      'CROSS_COUNTY_DUPLICATE:' || p.id || '@' || p.small_zone_code AS key,
      p.small_zone_code AS zone_code,
      NULL::text AS registry_household_number,
      p.household_id::text AS household_id,
      p.id::text AS person_id,
      jsonb_build_object(
        'name',
        p.name,
        'citizenId',
        p.citizen_id_masked,
        'number',
        h.number,
        'otherCounties',
        (
          SELECT
            jsonb_agg(
              jsonb_build_object('code', oc.code, 'name', z.name)
              ORDER BY
                oc.code
            )
          FROM
            unnest(string_to_array(d.others, ',')) AS oc (code)
            LEFT JOIN zone z ON z.code = oc.code
        )
      ) AS facts
    FROM
      unnest($4::bytea[], $5::text[], $6::text[]) AS d (hash, county, others)
      JOIN person p ON p.county_code = $3
      AND p.county_code = d.county
      AND p.citizen_id_hash = d.hash
      JOIN household h ON h.county_code = $3
      AND h.county_code = p.county_code
      AND h.id = p.household_id
    WHERE
      'CROSS_COUNTY_DUPLICATE' = ANY ($2::text[])
      AND (
        p.small_zone_code >= $1
        AND p.small_zone_code < $1 || ':'
      )
  ),
  items AS (
    SELECT
      *
    FROM
      registry_household_not_listed
    UNION ALL
    SELECT
      *
    FROM
      listed_household_without_registry
    UNION ALL
    SELECT
      *
    FROM
      living_away
    UNION ALL
    SELECT
      *
    FROM
      meter_disagrees
    UNION ALL
    SELECT
      *
    FROM
      cross_county_duplicate
  ),
  visible AS (
    SELECT
      i.kind,
      i.key COLLATE "C" AS key,
      i.zone_code AS "zoneCode",
      i.registry_household_number AS "registryHouseholdNumber",
      i.household_id AS "householdRowId",
      i.person_id AS "personRowId",
      i.facts,
      o.outcome,
      o.note,
      o.closed_by::text AS "closedByRowId",
      o.closed_at AS "closedAt"
    FROM
      items i
      LEFT JOIN worklist_outcome o ON o.county_code = $3
      AND o.county_code = county_key (i.zone_code)
      AND o.item_key = i.key
    WHERE
      (
        (
          i.zone_code >= $7
          AND i.zone_code < $7 || ':'
        )
      )
      AND o.item_key IS NULL
  )
SELECT
  (
    SELECT
      count(*)::int
    FROM
      visible
  ) AS total,
  (
    SELECT
      coalesce(
        jsonb_agg(
          to_jsonb(v)
          ORDER BY
            v."zoneCode" COLLATE "C" ASC,
            v.kind COLLATE "C" ASC,
            v.key ASC
        ),
        '[]'::jsonb
      )
    FROM
      (
        SELECT
          *
        FROM
          visible v
        ORDER BY
          v."zoneCode" COLLATE "C" ASC,
          v.kind COLLATE "C" ASC,
          v.key ASC
        LIMIT
          $10
      ) v
  ) AS items;

-- reconciliation/reconciliation.service.ts: ReconciliationService.read
-- reconciliation/reconciliation.service.ts: ReconciliationService.rollup
SELECT
  d.citizen_id_hash AS hash,
  d.county_code AS county,
  array_agg(
    DISTINCT o.county_code
    ORDER BY
      o.county_code
  ) AS "otherCounties"
FROM
  citizen_id_directory d
  JOIN citizen_id_directory o ON o.citizen_id_hash = d.citizen_id_hash
  AND o.county_code <> d.county_code
WHERE
  d.duplicate
  AND d.county_code = $1
GROUP BY
  d.citizen_id_hash,
  d.county_code
ORDER BY
  d.county_code,
  d.citizen_id_hash;

-- reconciliation/reconciliation.service.ts: ReconciliationService.reopen
DELETE FROM worklist_outcome
WHERE
  county_code = county_key ($2)
  AND item_key = $1;

-- reconciliation/reconciliation.service.ts: ReconciliationService.rollup
WITH
  registry AS (
    SELECT
      r.county_code,
      r.citizen_id_hash,
      r.citizen_id_masked,
      r.name,
      r.address,
      r.registry_household_number,
      r.zone_code,
      lp.id AS person_id,
      lp.registered AS person_registered,
      lp.resident AS person_resident
    FROM
      registry_person r
      LEFT JOIN LATERAL (
        SELECT
          p.id,
          p.registered,
          p.resident
        FROM
          person p
        WHERE
          p.county_code = $3
          AND p.county_code = r.county_code
          AND p.citizen_id_hash = r.citizen_id_hash
        ORDER BY
          p.id
        LIMIT
          1
      ) lp ON TRUE
    WHERE
      r.county_code = $3
      AND (
        r.zone_code >= $1
        AND r.zone_code < $1 || ':'
      )
  ),
  listed AS (
    SELECT
      p.county_code,
      p.id,
      p.household_id,
      p.small_zone_code,
      p.name,
      p.registered,
      p.resident,
      p.whereabouts,
      p.citizen_id_hash,
      EXISTS (
        SELECT
          1
        FROM
          registry_person r
        WHERE
          r.county_code = $3
          AND r.county_code = p.county_code
          AND r.citizen_id_hash = p.citizen_id_hash
      ) AS in_registry
    FROM
      person p
    WHERE
      p.county_code = $3
      AND (
        p.small_zone_code >= $1
        AND p.small_zone_code < $1 || ':'
      )
  ),
  registry_household_not_listed AS (
    SELECT
      'REGISTRY_HOUSEHOLD_NOT_LISTED' AS kind,
      'REGISTRY_HOUSEHOLD_NOT_LISTED:' || r.registry_household_number || '@' || r.zone_code AS key,
      r.zone_code,
      r.registry_household_number,
      NULL::text AS household_id,
      NULL::text AS person_id,
      jsonb_build_object(
        'address',
        min(r.address),
        'persons',
        jsonb_agg(
          jsonb_build_object('name', r.name, 'citizenId', r.citizen_id_masked)
          ORDER BY
            r.citizen_id_masked,
            r.name
        )
      ) AS facts
    FROM
      registry r
    WHERE
      'REGISTRY_HOUSEHOLD_NOT_LISTED' = ANY ($2::text[])
    GROUP BY
      r.zone_code,
      r.registry_household_number
    HAVING
      bool_and(r.person_id IS NULL)
  ),
  covered AS (
    SELECT
      z.code
    FROM
      zone z
    WHERE
      'LISTED_HOUSEHOLD_WITHOUT_REGISTRY' = ANY ($2::text[])
      AND z.level = 'SMALL_ZONE'
      AND (
        z.code >= $1
        AND z.code < $1 || ':'
      )
      AND EXISTS (
        SELECT
          1
        FROM
          registry_person c
        WHERE
          c.county_code = $3
          AND c.county_code = county_key (z.code)
          AND c.zone_code IN (z.code, left(z.code, 12), left(z.code, 9))
      )
  ),
  listed_household_without_registry AS (
    SELECT
      'LISTED_HOUSEHOLD_WITHOUT_REGISTRY' AS kind,
      'LISTED_HOUSEHOLD_WITHOUT_REGISTRY:' || h.number || '@' || h.small_zone_code AS key,
      h.small_zone_code AS zone_code,
      NULL::text AS registry_household_number,
      h.id::text AS household_id,
      NULL::text AS person_id,
      jsonb_build_object(
        'number',
        h.number,
        'phone',
        h.phone_masked,
        'persons',
        jsonb_agg(
          jsonb_build_object(
            'name',
            l.name,
            'hasId',
            l.citizen_id_hash IS NOT NULL
          )
          ORDER BY
            l.id
        )
      ) AS facts
    FROM
      household h
      JOIN listed l ON l.county_code = h.county_code
      AND l.household_id = h.id
    WHERE
      'LISTED_HOUSEHOLD_WITHOUT_REGISTRY' = ANY ($2::text[])
      AND h.status = 'ORDINARY'
      AND h.county_code = $3
      AND (
        h.small_zone_code >= $1
        AND h.small_zone_code < $1 || ':'
      )
      AND h.small_zone_code IN (
        SELECT
          code
        FROM
          covered
      )
    GROUP BY
      h.county_code,
      h.id
    HAVING
      NOT bool_or(l.in_registry)
  ),
  away AS (
    SELECT
      l.county_code,
      l.id AS person_id
    FROM
      listed l
    WHERE
      l.registered
      AND NOT l.resident
    UNION
    SELECT
      r.county_code,
      r.person_id
    FROM
      registry r
    WHERE
      r.person_id IS NOT NULL
      AND r.person_registered
      AND NOT r.person_resident
  ),
  living_away AS (
    SELECT
      'LIVING_AWAY' AS kind,
      'LIVING_AWAY:' || a.person_id || '@' || z.zone_code AS key,
      z.zone_code,
      r.registry_household_number,
      p.household_id::text AS household_id,
      p.id::text AS person_id,
      jsonb_build_object(
        'name',
        p.name,
        'whereabouts',
        p.whereabouts,
        'number',
        h.number,
        'phone',
        CASE
          WHEN (
            h.county_code = $9
            AND (
              (
                h.small_zone_code >= $8
                AND h.small_zone_code < $8 || ':'
              )
            )
          ) THEN h.phone_masked
        END,
        'listedHere',
        (
          p.small_zone_code >= $1
          AND p.small_zone_code < $1 || ':'
        ),
        'registryAddress',
        r.address
      ) AS facts
    FROM
      away a
      JOIN person p ON p.county_code = $3
      AND p.county_code = a.county_code
      AND p.id = a.person_id
      JOIN household h ON h.county_code = $3
      AND h.county_code = p.county_code
      AND h.id = p.household_id
      LEFT JOIN registry_person r ON r.county_code = $3
      AND r.county_code = p.county_code
      AND r.citizen_id_hash = p.citizen_id_hash
      CROSS JOIN LATERAL (
        SELECT
          CASE
            WHEN (
              p.small_zone_code >= $1
              AND p.small_zone_code < $1 || ':'
            ) THEN p.small_zone_code
            ELSE r.zone_code
          END AS zone_code
      ) z
    WHERE
      'LIVING_AWAY' = ANY ($2::text[])
  ),
  metered AS (
    SELECT DISTINCT
      ON (h.id) h.id,
      h.number,
      h.status,
      h.small_zone_code,
      m.meter_id,
      m.month,
      m.usage,
      m.address
    FROM
      household h
      JOIN meter_reading m ON m.county_code = $3
      AND m.county_code = h.county_code
      AND m.normalized_address = h.normalized_address
      AND h.small_zone_code >= m.zone_code
      AND h.small_zone_code < m.zone_code || ':'
    WHERE
      (
        'METER_NO_USE_BUT_ORDINARY' = ANY ($2::text[])
        OR 'METER_USE_BUT_VACANT' = ANY ($2::text[])
      )
      AND h.county_code = $3
      AND (
        h.small_zone_code >= $1
        AND h.small_zone_code < $1 || ':'
      )
      AND h.status IN ('ORDINARY', 'VACANT')
    ORDER BY
      h.id,
      m.month DESC
  ),
  meter_disagrees AS (
    SELECT
      CASE
        WHEN x.status = 'ORDINARY' THEN 'METER_NO_USE_BUT_ORDINARY'
        ELSE 'METER_USE_BUT_VACANT'
      END AS kind,
      CASE
        WHEN x.status = 'ORDINARY' THEN 'METER_NO_USE_BUT_ORDINARY'
        ELSE 'METER_USE_BUT_VACANT'
      END || ':' || x.number || '@' || x.small_zone_code AS key,
      x.small_zone_code AS zone_code,
      NULL::text AS registry_household_number,
      x.id::text AS household_id,
      NULL::text AS person_id,
      jsonb_build_object(
        'number',
        x.number,
        'meterId',
        x.meter_id,
        'month',
        x.month,
        'usage',
        x.usage,
        'address',
        x.address
      ) AS facts
    FROM
      metered x
    WHERE
      (
        x.status = 'ORDINARY'
        AND x.usage = 'NONE'
        AND 'METER_NO_USE_BUT_ORDINARY' = ANY ($2::text[])
      )
      OR (
        x.status = 'VACANT'
        AND x.usage = 'NORMAL'
        AND 'METER_USE_BUT_VACANT' = ANY ($2::text[])
      )
  ),
  cross_county_duplicate AS (
    SELECT
      'CROSS_COUNTY_DUPLICATE' AS kind,
      'CROSS_COUNTY_DUPLICATE:' || p.id || '@' || p.small_zone_code AS key,
      p.small_zone_code AS zone_code,
      NULL::text AS registry_household_number,
      p.household_id::text AS household_id,
      p.id::text AS person_id,
      jsonb_build_object(
        'name',
        p.name,
        'citizenId',
        p.citizen_id_masked,
        'number',
        h.number,
        'otherCounties',
        (
          SELECT
            jsonb_agg(
              jsonb_build_object('code', oc.code, 'name', z.name)
              ORDER BY
                oc.code
            )
          FROM
            unnest(string_to_array(d.others, ',')) AS oc (code)
            LEFT JOIN zone z ON z.code = oc.code
        )
      ) AS facts
    FROM
      unnest($4::bytea[], $5::text[], $6::text[]) AS d (hash, county, others)
      JOIN person p ON p.county_code = $3
      AND p.county_code = d.county
      AND p.citizen_id_hash = d.hash
      JOIN household h ON h.county_code = $3
      AND h.county_code = p.county_code
      AND h.id = p.household_id
    WHERE
      'CROSS_COUNTY_DUPLICATE' = ANY ($2::text[])
      AND (
        p.small_zone_code >= $1
        AND p.small_zone_code < $1 || ':'
      )
  ),
  items AS (
    SELECT
      *
    FROM
      registry_household_not_listed
    UNION ALL
    SELECT
      *
    FROM
      listed_household_without_registry
    UNION ALL
    SELECT
      *
    FROM
      living_away
    UNION ALL
    SELECT
      *
    FROM
      meter_disagrees
    UNION ALL
    SELECT
      *
    FROM
      cross_county_duplicate
  ),
  visible AS (
    SELECT
      i.kind,
      i.key COLLATE "C" AS key,
      i.zone_code AS "zoneCode",
      i.registry_household_number AS "registryHouseholdNumber",
      i.household_id AS "householdRowId",
      i.person_id AS "personRowId",
      i.facts,
      o.outcome,
      o.note,
      o.closed_by::text AS "closedByRowId",
      o.closed_at AS "closedAt"
    FROM
      items i
      LEFT JOIN worklist_outcome o ON o.county_code = $3
      AND o.county_code = county_key (i.zone_code)
      AND o.item_key = i.key
    WHERE
      (
        (
          i.zone_code >= $7
          AND i.zone_code < $7 || ':'
        )
      )
  )
SELECT
  coalesce(c.code, $10::text) AS "zoneCode",
  v.kind,
  v.outcome,
  count(*)::int AS count
FROM
  visible v
  LEFT JOIN zone c ON c.parent_code = $10::text
  AND v."zoneCode" >= c.code
  AND v."zoneCode" < c.code || ':'
GROUP BY
  1,
  2,
  3
ORDER BY
  1,
  2,
  3;
