import type { DataSource, EntityManager } from 'typeorm';

import { canonicalZoneCode, normalizeZoneCode, parentZoneCode } from '@census/rules';

import type { Actor } from '../auth/principal';
import { toGlobalId } from '../common/global-id';
import type { ListFilter } from '../common/page-loader';
import { type DeletePayload, ok, type Payload, rejected } from '../common/payload';
import { hydrate, query, selectList, type SqlParams } from '../common/sql';
import { withinZone } from '../common/subtree';
import { coded, type UserError, userError, UserErrorCode } from '../common/user-error';
import { outOfScope } from '../common/zone-checks';
import { type AuditActor, auditSnapshot, writeAudit } from '../privacy/audit';
import { AuditAction } from '../privacy/audit-log.entity';
import { Zone } from './zone.entity';
import type { CreateZoneInput, DeleteZoneInput, UpdateZoneInput, ZoneFilter } from './zone.inputs';

/** Normalizes a code argument or returns the user error naming the field. */
export function parseZoneCode(input: string, field: string[]): { code: string } | { error: UserError } {
  const parsed = normalizeZoneCode(input);
  if (!parsed.ok) return { error: userError(field, UserErrorCode.INVALID, parsed) };
  return { code: parsed.value.code };
}

/** Canonical form of a code used in a query argument, or null when it cannot be a zone code. */
export function zoneListFilter(filter: ZoneFilter | null | undefined): ListFilter {
  const f = filter ?? {};
  return {
    conditions(params: SqlParams) {
      const where: string[] = [];
      if (f.level) where.push(`t.level = ${params.add(f.level)}`);
      if (f.parentCode != null)
        where.push(`t.parent_code = ${params.add(canonicalZoneCode(f.parentCode) ?? '-')}`);
      if (f.withinCode != null) {
        const code = params.add(canonicalZoneCode(f.withinCode) ?? '-');
        where.push(withinZone('t.code', code), `t.code <> ${code}`);
      }
      if (f.codePrefix != null) where.push(withinZone('t.code', params.add(f.codePrefix.trim())));
      if (f.nameContains) where.push(`strpos(t.name, ${params.add(f.nameContains)}) > 0`);
      if (f.unassigned != null) {
        const held = `EXISTS (SELECT 1 FROM account_zone az JOIN account a ON a.id = az.account_id
                        WHERE az.zone_code = t.code AND a.role = 'ENUMERATOR')`;
        where.push(`t.level = 'SMALL_ZONE'`, f.unassigned ? `NOT ${held}` : held);
      }
      return where;
    },
  };
}

export class ZoneService {
  constructor(private readonly db: DataSource) {}

  async create(input: CreateZoneInput, actor: Actor): Promise<Payload<Zone>> {
    const parsed = normalizeZoneCode(input.code);
    if (!parsed.ok) return rejected([userError('code', UserErrorCode.INVALID, parsed)]);
    const { code, level, virtual } = parsed.value;
    if (!actor.scope.covers(code)) return rejected([outOfScope('code', code)]);
    const name = input.name.trim();
    const errors: UserError[] = [];
    if (name.length === 0 || name.length > 100) {
      errors.push(userError('name', UserErrorCode.REQUIRED, coded('zone.nameLength')));
    }
    const parentCode = parentZoneCode(code);
    return this.db.transaction(async (tx) => {
      if (parentCode) {
        const [parent] = await query<{ found: number }>(tx, `SELECT 1 AS found FROM zone WHERE code = $1`, [
          parentCode,
        ]);
        if (!parent) {
          errors.push(
            userError(
              'code',
              UserErrorCode.NOT_FOUND,
              coded('zone.parentMissing', { zone: code, parent: parentCode }),
            ),
          );
        }
      }
      if (errors.length) return rejected<Zone>(errors);
      const rows = await query<Record<string, unknown>>(
        tx,
        `INSERT INTO zone (code, level, name, parent_code, is_virtual, version) VALUES ($1, $2, $3, $4, $5, 1)
         ON CONFLICT (code) DO NOTHING
         RETURNING ${selectList(tx, Zone)}`,
        [code, level, name, parentCode, virtual],
      );
      if (rows.length === 0) {
        return rejected<Zone>([
          userError('code', UserErrorCode.DUPLICATE, coded('zone.exists', { zone: code })),
        ]);
      }
      const zone = hydrate(Zone, rows[0]);
      await auditZone(tx, actor, AuditAction.CREATE, code, null, auditSnapshot(zone));
      return ok(zone);
    });
  }

  async update(input: UpdateZoneInput, actor: Actor): Promise<Payload<Zone>> {
    const parsed = parseZoneCode(input.code, ['code']);
    if ('error' in parsed) return rejected([parsed.error]);
    if (!actor.scope.covers(parsed.code)) return rejected([outOfScope('code', parsed.code)]);
    const name = input.name?.trim();
    if (name !== undefined && (name.length === 0 || name.length > 100)) {
      return rejected([userError('name', UserErrorCode.REQUIRED, coded('zone.nameLength'))]);
    }
    const updated = await this.db.transaction(async (tx) => {
      const [before] = await query<Record<string, unknown>>(
        tx,
        `SELECT ${selectList(tx, Zone)} FROM zone WHERE code = $1 AND version = $2 FOR UPDATE`,
        [parsed.code, input.expectedVersion],
      );
      if (!before) return null;
      const rows = await query<Record<string, unknown>>(
        tx,
        `WITH changed AS (UPDATE zone SET name = COALESCE($3, name), version = version + 1, updated_at = now()
          WHERE code = $1 AND version = $2
          RETURNING ${selectList(tx, Zone)})
           SELECT * FROM changed`,
        [parsed.code, input.expectedVersion, name ?? null],
      );
      const zone = hydrate(Zone, rows[0]);
      const snapshot = auditSnapshot(hydrate(Zone, before));
      await auditZone(tx, actor, AuditAction.UPDATE, parsed.code, snapshot, auditSnapshot(zone));
      return zone;
    });
    if (updated) return ok(updated);
    return rejected([await this.missingOrConflict(parsed.code, input.expectedVersion)]);
  }

  async delete(input: DeleteZoneInput, actor: Actor): Promise<DeletePayload> {
    const parsed = parseZoneCode(input.code, ['code']);
    if ('error' in parsed) return { deletedId: null, userErrors: [parsed.error] };
    if (!actor.scope.covers(parsed.code))
      return { deletedId: null, userErrors: [outOfScope('code', parsed.code)] };
    const code = parsed.code;
    return this.db.transaction(async (tx) => {
      const [found] = await query<Record<string, unknown>>(
        tx,
        `SELECT ${selectList(tx, Zone)} FROM zone WHERE code = $1 FOR UPDATE`,
        [code],
      );
      const zone = found ? hydrate(Zone, found) : undefined;
      if (!zone || zone.version !== input.expectedVersion) {
        return { deletedId: null, userErrors: [await this.missingOrConflict(code, input.expectedVersion)] };
      }
      const [usage] = await query<{ children: number; buildings: number; households: number }>(
        tx,
        `SELECT (SELECT count(*)::int FROM zone WHERE parent_code = $1) AS children,
                (SELECT count(*)::int FROM building WHERE county_code = county_key($1) AND small_zone_code = $1)
                  AS buildings,
                (SELECT count(*)::int FROM household WHERE county_code = county_key($1) AND small_zone_code = $1)
                  AS households`,
        [code],
      );
      if (usage.children || usage.buildings || usage.households) {
        const message = coded('zone.notEmpty', { zone: code, ...usage });
        return { deletedId: null, userErrors: [userError('code', UserErrorCode.NOT_EMPTY, message)] };
      }
      await query(tx, `DELETE FROM zone WHERE code = $1`, [code]);
      await auditZone(tx, actor, AuditAction.DELETE, code, auditSnapshot(zone), null);
      return { deletedId: toGlobalId('Zone', code), userErrors: [] };
    });
  }

  private async missingOrConflict(code: string, expectedVersion: number): Promise<UserError> {
    const [row] = await query<{ version: number }>(this.db, `SELECT version FROM zone WHERE code = $1`, [
      code,
    ]);
    if (!row) return userError('code', UserErrorCode.NOT_FOUND, coded('record.notFound', { object: 'zone' }));
    return userError(
      'expectedVersion',
      UserErrorCode.CONFLICT,
      coded('record.versionConflict', { object: 'zone', current: row.version, expected: expectedVersion }),
    );
  }
}

/**
 * A zone's change in the audit log, in the change's transaction, under the zone itself: the offices holding it or a
 * zone above it see it.
 */
function auditZone(
  tx: EntityManager,
  actor: AuditActor,
  action: AuditAction,
  code: string,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): Promise<void> {
  return writeAudit(tx, actor, [
    { action, entityType: 'Zone', entityId: toGlobalId('Zone', code), smallZoneCode: code, before, after },
  ]);
}
