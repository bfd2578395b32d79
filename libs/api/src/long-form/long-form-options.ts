import DataLoader from 'dataloader';
import type { DataSource, EntityManager } from 'typeorm';

import { ancestorZoneCodes, normalizeZoneCode, ZoneLevel } from '@census/rules';

import type { Actor } from '../auth/principal';
import { toGlobalId } from '../common/global-id';
import { ok, type Payload, rejected } from '../common/payload';
import { hydrate, query, readQuery, selectList } from '../common/sql';
import { coded, userError, UserErrorCode } from '../common/user-error';
import { outOfScope } from '../common/zone-checks';
import { atSite, loaderSite } from '../database/statement-source';
import { writeAudit } from '../privacy/audit';
import { AuditAction } from '../privacy/audit-log.entity';
import { Zone } from '../zones/zone.entity';
import type { SetLongFormOptionsInput } from './long-form.types';

/** The long-form options in force in a zone, and the zone whose office set them (null: nobody did, the default). */
export interface ZoneLongFormOptions {
  vehicles: boolean;
  setInZoneCode: string | null;
}

export const DEFAULT_LONG_FORM_OPTIONS: ZoneLongFormOptions = { vehicles: false, setInZoneCode: null };

/** The zone itself and its ancestors, nearest first: the zones whose setting may apply. */
function settingZones(code: string): string[] {
  return [code, ...ancestorZoneCodes(code)].reverse();
}

/** The nearest setting among `code` and its ancestors, from the settings found (zone code → vehicles). */
function nearest(code: string, settings: ReadonlyMap<string, boolean>): ZoneLongFormOptions {
  for (const zone of settingZones(code)) {
    const vehicles = settings.get(zone);
    if (vehicles !== undefined) return { vehicles, setInZoneCode: zone };
  }
  return DEFAULT_LONG_FORM_OPTIONS;
}

const SETTINGS_SQL = `SELECT code, long_form_vehicles AS vehicles FROM zone
  WHERE code = ANY($1::text[]) AND long_form_vehicles IS NOT NULL`;

/** The options in force for a household of `smallZoneCode` (or any zone), read in the change's transaction. */
export async function longFormOptionsIn(tx: EntityManager, zoneCode: string): Promise<ZoneLongFormOptions> {
  const rows = await query<{ code: string; vehicles: boolean }>(tx, SETTINGS_SQL, [settingZones(zoneCode)]);
  return nearest(zoneCode, new Map(rows.map((row) => [row.code, row.vehicles])));
}

/**
 * Zone code → the options in force there, one statement per batch (a page of households or zones costs one read of
 * the few zones above them). Settings are not secret: a zone's ancestors' settings are read whatever the scope (the
 * resolvers asking already see the zone or household).
 */
export function createLongFormOptionsLoader(db: DataSource): DataLoader<string, ZoneLongFormOptions> {
  const site = loaderSite();
  return new DataLoader<string, ZoneLongFormOptions>(
    async (codes) => {
      const zones = [...new Set(codes.flatMap((code) => settingZones(code)))].sort();
      const rows = await atSite(site, () =>
        readQuery<{ code: string; vehicles: boolean }>(db, SETTINGS_SQL, [zones]),
      );
      const settings = new Map(rows.map((row) => [row.code, row.vehicles]));
      return codes.map((code) => nearest(code, settings));
    },
    { batchScheduleFn: (run) => setImmediate(run) },
  );
}

/**
 * `setLongFormOptions`: the county or township office holding `zoneCode` adds the vehicle items to the long form of
 * its subtree (or leaves them out, or follows the office above with null), audited under the zone. Refused for a zone
 * outside the caller's scope (a township office cannot change its county's setting, nor another township's) and for
 * any other level (a city or province setting would reach counties whose offices did not choose it).
 */
export async function setLongFormOptions(
  db: DataSource,
  input: SetLongFormOptionsInput,
  actor: Actor,
): Promise<Payload<Zone>> {
  const parsed = normalizeZoneCode(input.zoneCode);
  if (!parsed.ok) return rejected([userError('zoneCode', UserErrorCode.INVALID, parsed)]);
  const { code, level } = parsed.value;
  if (!actor.scope.covers(code)) return rejected([outOfScope('zoneCode', code)]);
  if (level !== ZoneLevel.COUNTY && level !== ZoneLevel.TOWNSHIP)
    return rejected([
      userError('zoneCode', UserErrorCode.INVALID, coded('longForm.optionsLevel', { zone: code })),
    ]);
  const vehicles = input.vehicles ?? null;
  return db.transaction(async (tx) => {
    const [before] = await query<Record<string, unknown>>(
      tx,
      `SELECT ${selectList(tx, Zone)} FROM zone WHERE code = $1 FOR UPDATE`,
      [code],
    );
    if (!before)
      return rejected<Zone>([
        userError('zoneCode', UserErrorCode.NOT_FOUND, coded('zone.notFound', { zone: code })),
      ]);
    const zone = hydrate(Zone, before);
    if (zone.longFormVehicles === vehicles) return ok(zone);
    const [row] = await query<Record<string, unknown>>(
      tx,
      `WITH changed AS (
         UPDATE zone SET long_form_vehicles = $2, version = version + 1, updated_at = now() WHERE code = $1
         RETURNING ${selectList(tx, Zone)})
       SELECT * FROM changed`,
      [code, vehicles],
    );
    const after = hydrate(Zone, row);
    await writeAudit(tx, actor, [
      {
        action: AuditAction.UPDATE,
        entityType: 'Zone',
        entityId: toGlobalId('Zone', code),
        smallZoneCode: code,
        item: 'longFormOptions',
        before: { vehicles: zone.longFormVehicles, version: zone.version },
        after: { vehicles: after.longFormVehicles, version: after.version },
      },
    ]);
    return ok(after);
  });
}
