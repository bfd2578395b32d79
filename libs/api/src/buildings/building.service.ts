import type { DataSource, EntityManager } from 'typeorm';

import { validateBuildingNumber } from '@census/rules';

import type { Actor } from '../auth/principal';
import type { ListFilter } from '../common/page-loader';
import { deleted, type DeletePayload, notDeleted, ok, type Payload, rejected } from '../common/payload';
import { deleteReturning, hydrate, insertUnlessTaken, query, selectList } from '../common/sql';
import { subtreeListFilter } from '../common/subtree';
import { coded, fromRuleIssues, type UserError, userError, UserErrorCode } from '../common/user-error';
import { changeLockedRow, numberTaken, requireSmallZone } from '../common/zone-checks';
import { auditRow, auditSnapshot } from '../privacy/audit';
import { AuditAction } from '../privacy/audit-log.entity';
import { Building } from './building.entity';
import type {
  BuildingFilter,
  CreateBuildingInput,
  DeleteBuildingInput,
  UpdateBuildingInput,
} from './building.inputs';
import { refreshHouseholdAddresses } from './household-address';

export function buildingListFilter(filter: BuildingFilter | null | undefined): ListFilter {
  return subtreeListFilter(
    filter,
    't.small_zone_code',
    (f, where, params) => {
      if (f.kind) where.push(`t.kind = ${params.add(f.kind)}`);
    },
    't.county_code',
  );
}

function validateLocation(
  latitude: number | null | undefined,
  longitude: number | null | undefined,
): UserError[] {
  if ((latitude == null) !== (longitude == null)) {
    const missing = latitude == null ? 'latitude' : 'longitude';
    return [userError(missing, UserErrorCode.REQUIRED, coded('building.locationPair'))];
  }
  const errors: UserError[] = [];
  if (latitude != null && (latitude < -90 || latitude > 90)) {
    errors.push(
      userError('latitude', UserErrorCode.OUT_OF_RANGE, coded('building.latitudeRange', { value: latitude })),
    );
  }
  if (longitude != null && (longitude < -180 || longitude > 180)) {
    errors.push(
      userError(
        'longitude',
        UserErrorCode.OUT_OF_RANGE,
        coded('building.longitudeRange', { value: longitude }),
      ),
    );
  }
  return errors;
}

function validateAddress(address: string | null | undefined): UserError[] {
  if (address == null) return [];
  const trimmed = address.trim();
  if (trimmed.length === 0 || trimmed.length > 200) {
    return [userError('address', UserErrorCode.REQUIRED, coded('building.addressLength'))];
  }
  return [];
}

export class BuildingService {
  constructor(private readonly db: DataSource) {}

  async create(input: CreateBuildingInput, actor: Actor): Promise<Payload<Building>> {
    const errors = [...validateAddress(input.address), ...validateLocation(input.latitude, input.longitude)];
    if (input.number != null) errors.push(...fromRuleIssues(validateBuildingNumber(input.number), 'number'));
    return this.db.transaction(async (tx) => {
      const zone = await requireSmallZone(tx, input.smallZoneCode, 'smallZoneCode', actor.scope);
      if ('error' in zone) errors.unshift(zone.error);
      if (errors.length || 'error' in zone) return rejected<Building>(errors);
      // Serialize numbering within the small zone so two enumerators never get the same next number.
      await query(tx, `SELECT 1 AS found FROM zone WHERE code = $1 FOR UPDATE`, [zone.code]);
      const number = input.number?.trim() ?? (await this.nextNumber(tx, zone.code, zone.county));
      const insert = {
        columns: 'county_code, small_zone_code, number, address, kind, latitude, longitude, version',
        values: 'county_key($1), $1, $2, $3, $4, $5, $6, 1',
      };
      const building = await insertUnlessTaken(tx, Building, 'building_small_zone_number_key', insert, [
        zone.code,
        number,
        input.address.trim(),
        input.kind,
        input.latitude ?? null,
        input.longitude ?? null,
      ]);
      if (!building) {
        return rejected<Building>([numberTaken('Building', number, zone.code)]);
      }
      await auditRow(tx, actor, AuditAction.CREATE, 'Building', building, { after: auditSnapshot(building) });
      return ok(building);
    });
  }

  async update(input: UpdateBuildingInput, actor: Actor): Promise<Payload<Building>> {
    const validate = () => {
      const errors = [...validateAddress(input.address)];
      if (input.latitude !== undefined || input.longitude !== undefined) {
        errors.push(...validateLocation(input.latitude, input.longitude));
      }
      if (input.number != null)
        errors.push(...fromRuleIssues(validateBuildingNumber(input.number), 'number'));
      if (input.kind === null)
        errors.push(userError('kind', UserErrorCode.REQUIRED, coded('building.kindRequired')));
      return errors;
    };
    const steps = { reject: rejected<Building>, validate };
    return changeLockedRow(this.db, 'building', input, actor.scope, steps, async (tx, rowId, current) => {
      if (input.number != null) {
        const [taken] = await query<{ found: number }>(
          tx,
          `SELECT 1 AS found FROM building
            WHERE county_code = $4 AND small_zone_code = $1 AND number = $2 AND id <> $3`,
          [current.small_zone_code, input.number.trim(), rowId, current.county_code],
        );
        if (taken) {
          return rejected<Building>([numberTaken('Building', input.number.trim(), current.small_zone_code)]);
        }
      }
      const locationGiven = input.latitude !== undefined || input.longitude !== undefined;
      const [before] = await query<Record<string, unknown>>(
        tx,
        `SELECT ${selectList(tx, Building, 't')} FROM building t WHERE t.county_code = $1 AND t.id = $2`,
        [current.county_code, rowId],
      );
      const rows = await query<Record<string, unknown>>(
        tx,
        `WITH changed AS (UPDATE building SET number = COALESCE($2, number), address = COALESCE($3, address), kind = COALESCE($4, kind),
                latitude = CASE WHEN $5 THEN $6 ELSE latitude END, longitude = CASE WHEN $5 THEN $7 ELSE longitude END,
                version = version + 1, updated_at = now()
          WHERE county_code = $8 AND id = $1
          RETURNING ${selectList(tx, Building)})
         SELECT * FROM changed`,
        [
          rowId,
          input.number?.trim() ?? null,
          input.address?.trim() ?? null,
          input.kind ?? null,
          locationGiven,
          input.latitude ?? null,
          input.longitude ?? null,
          current.county_code,
        ],
      );
      if (input.address != null)
        await refreshHouseholdAddresses(tx, current.county_code, { buildingId: rowId });
      const building = hydrate(Building, rows[0]);
      await auditRow(tx, actor, AuditAction.UPDATE, 'Building', building, {
        before: auditSnapshot(hydrate(Building, before)),
        after: auditSnapshot(building),
      });
      return ok(building);
    });
  }

  async delete(input: DeleteBuildingInput, actor: Actor): Promise<DeletePayload> {
    return changeLockedRow(
      this.db,
      'building',
      input,
      actor.scope,
      { reject: notDeleted },
      async (tx, rowId, current) => {
        const [usage] = await query<{ n: number }>(
          tx,
          `SELECT count(*)::int AS n FROM household WHERE county_code = $1 AND building_id = $2`,
          [current.county_code, rowId],
        );
        if (usage.n > 0) {
          const message = coded('building.notEmpty', { count: usage.n });
          return notDeleted([userError('id', UserErrorCode.NOT_EMPTY, message)]);
        }
        const gone = await deleteReturning(tx, Building, current.county_code, rowId);
        await auditRow(tx, actor, AuditAction.DELETE, 'Building', gone, { before: auditSnapshot(gone) });
        return deleted('Building', current.county_code, rowId);
      },
    );
  }

  private async nextNumber(tx: EntityManager, smallZoneCode: string, county: string): Promise<string> {
    const [row] = await query<{ next: number }>(
      tx,
      `SELECT COALESCE(max(number::int), 0) + 1 AS next FROM building
        WHERE county_code = $2 AND small_zone_code = $1 AND number ~ '^[0-9]{1,9}$'`,
      [smallZoneCode, county],
    );
    return String(row.next).padStart(3, '0');
  }
}
