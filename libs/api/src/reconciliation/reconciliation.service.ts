import type { DataSource } from 'typeorm';

import {
  canonicalZoneCode,
  commonAncestorZone,
  countyKeyOf,
  HOUSEHOLD_STATUS_LABELS,
  HouseholdStatus,
  type Whereabouts,
  WHEREABOUTS_LABELS,
} from '@census/rules';

import type { Actor } from '../auth/principal';
import type { Scope } from '../auth/principal';
import { codedError } from '../common/coded-error';
import { checkPageArgs, type Page, type PageArgs } from '../common/connection';
import { toGlobalId } from '../common/global-id';
import { ok, type Payload, rejected } from '../common/payload';
import { query } from '../common/sql';
import { coded, type UserError, userError, UserErrorCode } from '../common/user-error';
import { listedElsewhere } from '../national/citizen-id-directory';
import { type AuditRecord, writeAudit } from '../privacy/audit';
import { AuditAction } from '../privacy/audit-log.entity';
import type { ElectricityUsage } from '../sources/source-import.types';
import {
  EvidenceKind,
  EvidenceSource,
  IMPLEMENTED_KINDS,
  WorklistKind,
  WorklistOutcome,
  type WorklistStatus,
} from './reconciliation.enums';
import { type WorklistRequest, worklistRollupStatement, worklistStatement } from './reconciliation.sql';
import {
  type CloseWorklistItemInput,
  type CloseWorklistItemsInput,
  EvidenceCounty,
  EvidencePerson,
  WorklistEvidence,
  WorklistItem,
  WorklistOutcomeCount,
  WorklistRollupRow,
} from './reconciliation.types';
import { zoneOfKey } from './worklist-key';

/** The most items closeWorklistItems closes at once. */
export const MAX_BULK_CLOSE = 100;

interface RawItem {
  kind: WorklistKind;
  key: string;
  zoneCode: string;
  registryHouseholdNumber: string | null;
  householdRowId: string | null;
  personRowId: string | null;
  facts: Facts;
  outcome: WorklistOutcome | null;
  note: string | null;
  closedByRowId: string | null;
  closedAt: string | null;
}

interface Facts {
  address?: string;
  persons?: { name: string; citizenId?: string; hasId?: boolean }[];
  number?: string;
  phone?: string | null;
  name?: string;
  whereabouts?: Whereabouts | null;
  listedHere?: boolean;
  registryAddress?: string | null;
  meterId?: string;
  month?: string;
  usage?: string;
  citizenId?: string | null;
  otherCounties?: { code: string; name: string | null }[];
}

type EvidenceFields = Partial<Omit<WorklistEvidence, 'source' | 'kind' | 'text'>>;

const line = (source: EvidenceSource, kind: EvidenceKind, text: string, fields: EvidenceFields = {}) =>
  Object.assign(new WorklistEvidence(), { source, kind, text, ...fields });

const evidencePersons = (persons: NonNullable<Facts['persons']>): EvidencePerson[] =>
  persons.map((p) =>
    Object.assign(new EvidencePerson(), {
      name: p.name,
      citizenId: p.citizenId ?? null,
      hasCitizenId: p.citizenId != null || p.hasId === true,
    }),
  );

/**
 * The lines of evidence of an item, from the facts its statement gathered (IDs and phones come masked): each as
 * data (`kind` and its fields) and, for older clients, as a bilingual text (deprecated).
 */
export function evidenceOf(
  item: Pick<RawItem, 'kind' | 'registryHouseholdNumber' | 'facts'>,
): WorklistEvidence[] {
  const f = item.facts;
  const persons = f.persons ?? [];
  switch (item.kind) {
    case WorklistKind.REGISTRY_HOUSEHOLD_NOT_LISTED: {
      const names = persons.map((p) => `${p.name} (${p.citizenId})`).join(', ');
      return [
        line(
          EvidenceSource.REGISTRY,
          EvidenceKind.REGISTRY_HOUSEHOLD,
          `公安户籍: 户号 ${item.registryHouseholdNumber}, ${persons.length} 人: ${names}; 户籍地址 ${f.address}` +
            ` / Police registry: household ${item.registryHouseholdNumber} with ${persons.length} ` +
            `person(s): ${names}; address ${f.address}`,
          {
            registryHouseholdNumber: item.registryHouseholdNumber,
            persons: evidencePersons(persons),
            address: f.address ?? null,
          },
        ),
        line(
          EvidenceSource.LISTING,
          EvidenceKind.NOT_LISTED,
          '摸底: 以上人员均未登记在任何摸底住户中 / Listing: none of these persons is listed in any household',
        ),
      ];
    }
    case WorklistKind.LISTED_HOUSEHOLD_WITHOUT_REGISTRY: {
      const names = persons.map((p) => p.name).join(', ');
      const withoutId = persons.filter((p) => !p.hasId).length;
      const status = HOUSEHOLD_STATUS_LABELS[HouseholdStatus.ORDINARY];
      return [
        line(
          EvidenceSource.LISTING,
          EvidenceKind.LISTED_HOUSEHOLD,
          `摸底: 住户 ${f.number} (${status.zh}), ${persons.length} 人: ${names}` +
            (f.phone ? `; 电话 ${f.phone}` : '') +
            ` / Listing: household ${f.number} (${status.en.toLowerCase()}) with ${persons.length} person(s): ${names}` +
            (f.phone ? `; phone ${f.phone}` : ''),
          {
            householdNumber: f.number ?? null,
            householdStatus: HouseholdStatus.ORDINARY,
            persons: evidencePersons(persons),
            phone: f.phone ?? null,
          },
        ),
        line(
          EvidenceSource.REGISTRY,
          EvidenceKind.NOT_IN_REGISTRY,
          `公安户籍: 无一人在公安推送中` +
            (withoutId ? ` (${withoutId} 人未登记身份证号)` : '') +
            ` / Police registry: none of these persons is in the registry push` +
            (withoutId ? ` (${withoutId} without a citizen ID on file)` : ''),
          { withoutCitizenId: withoutId },
        ),
      ];
    }
    case WorklistKind.LIVING_AWAY: {
      const where = f.whereabouts ? WHEREABOUTS_LABELS[f.whereabouts] : { zh: '未填', en: 'not recorded' };
      const lines = [
        line(
          EvidenceSource.LISTING,
          EvidenceKind.LISTED_AWAY,
          `摸底: ${f.name} 户口在住户 ${f.number} 但不在此常住, 去向: ${where.zh}` +
            (f.phone ? `; 住户电话 ${f.phone}` : '') +
            ` / Listing: ${f.name} is registered in household ${f.number} but does not live there; ` +
            `whereabouts: ${where.en}` +
            (f.phone ? `; household phone ${f.phone}` : ''),
          {
            name: f.name ?? null,
            householdNumber: f.number ?? null,
            whereabouts: f.whereabouts ?? null,
            phone: f.phone ?? null,
          },
        ),
      ];
      if (item.registryHouseholdNumber) {
        lines.push(
          line(
            EvidenceSource.REGISTRY,
            EvidenceKind.REGISTRY_ADDRESS,
            `公安户籍: 户号 ${item.registryHouseholdNumber}, 户籍地址 ${f.registryAddress}` +
              ` / Police registry: household ${item.registryHouseholdNumber}, address ${f.registryAddress}`,
            { registryHouseholdNumber: item.registryHouseholdNumber, address: f.registryAddress ?? null },
          ),
        );
      }
      return lines;
    }
    case WorklistKind.CROSS_COUNTY_DUPLICATE: {
      const others = f.otherCounties ?? [];
      const zh = others.map((c) => (c.name ? `${c.name} (${c.code})` : c.code)).join('、');
      const en = others.map((c) => (c.name ? `${c.name} (${c.code})` : c.code)).join(', ');
      return [
        line(
          EvidenceSource.LISTING,
          EvidenceKind.LISTED_PERSON,
          `摸底: ${f.name} (身份证号 ${f.citizenId}) 登记在住户 ${f.number}` +
            ` / Listing: ${f.name} (citizen ID ${f.citizenId}) is listed in household ${f.number}`,
          { name: f.name ?? null, citizenId: f.citizenId ?? null, householdNumber: f.number ?? null },
        ),
        line(
          EvidenceSource.LISTING,
          EvidenceKind.LISTED_IN_OTHER_COUNTIES,
          `外县摸底: 同一身份证号也登记在 ${zh}, 可能重报 / Listing of other counties: the same citizen ID is also ` +
            `listed in ${en}; possibly counted twice`,
          {
            counties: others.map((c) =>
              Object.assign(new EvidenceCounty(), { code: c.code, name: c.name ?? null }),
            ),
          },
        ),
      ];
    }
    case WorklistKind.METER_NO_USE_BUT_ORDINARY:
    case WorklistKind.METER_USE_BUT_VACANT: {
      const ordinary = item.kind === WorklistKind.METER_NO_USE_BUT_ORDINARY;
      const householdStatus = ordinary ? HouseholdStatus.ORDINARY : HouseholdStatus.VACANT;
      const status = HOUSEHOLD_STATUS_LABELS[householdStatus];
      const usage = ordinary ? { zh: '无用电', en: 'no use' } : { zh: '正常用电', en: 'normal use' };
      return [
        line(
          EvidenceSource.LISTING,
          EvidenceKind.LISTED_HOUSEHOLD,
          `摸底: 住户 ${f.number} 为${status.zh} / Listing: household ${f.number} is ${status.en.toLowerCase()}`,
          { householdNumber: f.number ?? null, householdStatus },
        ),
        line(
          EvidenceSource.ELECTRICITY,
          EvidenceKind.METER_READING,
          `用电信息: 电表 ${f.meterId} (${f.address}) ${f.month} ${usage.zh} / Electricity: meter ${f.meterId} (${f.address}) shows ${usage.en} in ${f.month}`,
          {
            meterId: f.meterId ?? null,
            address: f.address ?? null,
            month: f.month ?? null,
            usage: (f.usage as ElectricityUsage | undefined) ?? null,
          },
        ),
      ];
    }
  }
}

function toItem(raw: RawItem): WorklistItem {
  const { facts: _facts, closedAt, ...rest } = raw;
  return Object.assign(new WorklistItem(), {
    ...rest,
    evidence: evidenceOf(raw),
    closedAt: closedAt ? new Date(closedAt) : null,
  });
}

const cursorOf = (item: WorklistItem) => Buffer.from(item.key, 'utf8').toString('base64url');

function decodeCursor(cursor: string, argumentName: 'after' | 'before'): string {
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  // A NUL can be base64-encoded past the input guard, and PostgreSQL text cannot hold it.
  if (!zoneOfKey(key) || key.includes('\u0000')) {
    throw codedError(
      'input.badCursor',
      { argument: argumentName, value: cursor },
      { code: 'BAD_USER_INPUT', argumentName },
    );
  }
  return key;
}

/**
 * 摸底比对: the listing reconciliation worklist, computed on every read from the registry push and the listing
 * (one statement per page, see reconciliation.sql.ts). Only the closings are stored (`worklist_outcome`).
 */
export class ReconciliationService {
  constructor(private readonly db: DataSource) {}

  async worklist(
    zoneCode: string,
    kinds: WorklistKind[] | null,
    status: WorklistStatus[] | null,
    page: PageArgs,
    scope: Scope,
    outcomes: WorklistOutcome[] | null = null,
  ): Promise<Page<WorklistItem>> {
    const request = checkPageArgs(page);
    const { items, total } = await this.read(
      {
        zoneCode,
        kinds: kinds?.length ? kinds : IMPLEMENTED_KINDS,
        status,
        outcomes,
        after: request.after ? decodeCursor(request.after, 'after') : null,
        before: request.before ? decodeCursor(request.before, 'before') : null,
        first: request.size + 1,
        backward: request.backward,
      },
      scope,
    );
    const more = items.length > request.size;
    // The items come in key order either way: a backward read's extra item is its first one.
    return {
      nodes: request.backward
        ? items.slice(Math.max(0, items.length - request.size))
        : items.slice(0, request.size),
      hasNextPage: request.backward ? request.before != null : more,
      hasPreviousPage: request.backward ? more : request.after != null,
      cursorOf,
      count: () => Promise.resolve(total),
    };
  }

  /** The current item with this key, if it exists and lies in the scope. */
  async item(key: string, scope: Scope): Promise<WorklistItem | null> {
    const parsed = zoneOfKey(key);
    if (!parsed) return null;
    const { items } = await this.read(
      { zoneCode: parsed.zoneCode, kinds: [parsed.kind], status: null, key, first: 1 },
      scope,
    );
    return items[0] ?? null;
  }

  private async read(
    request: WorklistRequest,
    scope: Scope,
  ): Promise<{ items: WorklistItem[]; total: number }> {
    // 跨县重复登记 in two steps: the counties through the national directory, then the persons in each county.
    const duplicates = request.kinds.includes(WorklistKind.CROSS_COUNTY_DUPLICATE)
      ? await listedElsewhere(this.db, countyKeyOf(request.zoneCode), request.zoneCode)
      : [];
    const { text, values } = worklistStatement({ ...request, duplicates }, scope);
    const [row] = await query<{ total: number; items: RawItem[] }>(this.db, text, values);
    return { total: row.total, items: row.items.map(toItem) };
  }

  async close(input: CloseWorklistItemInput & { key: string }, actor: Actor): Promise<Payload<WorklistItem>> {
    const key = input.key.trim();
    const note = input.note?.trim() || null;
    if (note && note.length > 2000) {
      return rejected([
        userError(
          'note',
          UserErrorCode.OUT_OF_RANGE,
          coded('worklist.noteTooLong', { length: note.length, max: 2000 }),
        ),
      ]);
    }
    if (!note && input.outcome === WorklistOutcome.OTHER) {
      return rejected([userError('note', UserErrorCode.REQUIRED, coded('worklist.noteRequired'))]);
    }
    const item = await this.item(key, actor.scope);
    if (!item) return rejected([notOnWorklist(key)]);
    const stored = await this.db.transaction(async (tx) => {
      const [row] = await query<{ closedAt: Date; closedByRowId: string | null }>(
        tx,
        `INSERT INTO worklist_outcome (county_code, item_key, zone_code, outcome, note, closed_by, closed_at)
         VALUES (county_key($2), $1, $2, $3, $4, $5, now())
         ON CONFLICT (county_code, item_key) DO UPDATE
            SET zone_code = EXCLUDED.zone_code, outcome = EXCLUDED.outcome, note = EXCLUDED.note,
                closed_by = EXCLUDED.closed_by, closed_at = EXCLUDED.closed_at
         RETURNING closed_at AS "closedAt", closed_by::text AS "closedByRowId"`,
        [item.key, item.zoneCode, input.outcome, note, actor.accountId],
      );
      await writeAudit(tx, actor, [worklistAudit(item, input.outcome, note)]);
      return row;
    });
    return ok(Object.assign(item, { outcome: input.outcome, note, ...stored }));
  }

  /**
   * 批量关闭: closes up to MAX_BULK_CLOSE items with one outcome and note, in one transaction. The items are read
   * together (one worklist statement over the zone they share, keys named) in the caller's scope; those found are
   * closed exactly as closeWorklistItem closes one (closed_by, closed_at), and each one not found (wrong ID, out of
   * scope, or the sources agree now) gets a user error at its index. Partial by design: an item that vanished
   * because the data now agree must not block the others.
   */
  async closeMany(
    input: Omit<CloseWorklistItemsInput, 'ids'> & { keys: (string | null)[] },
    actor: Actor,
  ): Promise<{ items: WorklistItem[]; userErrors: UserError[] }> {
    const note = input.note?.trim() || null;
    const refuse = (error: UserError) => ({ items: [], userErrors: [error] });
    if (input.keys.length === 0 || input.keys.length > MAX_BULK_CLOSE) {
      return refuse(
        userError(
          'ids',
          UserErrorCode.OUT_OF_RANGE,
          coded('worklist.bulkSize', { count: input.keys.length, max: MAX_BULK_CLOSE }),
        ),
      );
    }
    if (note && note.length > 2000) {
      return refuse(
        userError(
          'note',
          UserErrorCode.OUT_OF_RANGE,
          coded('worklist.noteTooLong', { length: note.length, max: 2000 }),
        ),
      );
    }
    if (!note && input.outcome === WorklistOutcome.OTHER) {
      return refuse(userError('note', UserErrorCode.REQUIRED, coded('worklist.noteRequired')));
    }
    const parsed = input.keys.map((key) => (key === null ? null : zoneOfKey(key.trim())));
    const keys = [...new Set(parsed.flatMap((p, i) => (p ? [input.keys[i]!.trim()] : [])))];
    const zones = [...new Set(parsed.flatMap((p) => (p ? [p.zoneCode] : [])))];
    const zone = commonAncestorZone(zones);
    const found = new Map<string, WorklistItem>();
    if (zone !== null) {
      const kinds = [...new Set(parsed.flatMap((p) => (p ? [p.kind] : [])))];
      const { items } = await this.read(
        { zoneCode: zone, kinds, status: null, keys, first: keys.length },
        actor.scope,
      );
      for (const item of items) found.set(item.key, item);
    }
    const userErrors = input.keys.flatMap((key, index) =>
      key !== null && found.has(key.trim())
        ? []
        : [userError(['ids', String(index)], UserErrorCode.NOT_FOUND, coded('worklist.notFound'))],
    );
    const items = [...found.values()];
    if (items.length === 0) return { items, userErrors };
    const stored = await this.db.transaction(async (tx) => {
      const rows = await query<{ key: string; closedAt: Date; closedByRowId: string | null }>(
        tx,
        `INSERT INTO worklist_outcome (county_code, item_key, zone_code, outcome, note, closed_by, closed_at)
         SELECT county_key(i.zone_code), i.item_key, i.zone_code, $3, $4, $5, now()
           FROM unnest($1::text[], $2::text[]) AS i(item_key, zone_code)
         ON CONFLICT (county_code, item_key) DO UPDATE
            SET zone_code = EXCLUDED.zone_code, outcome = EXCLUDED.outcome, note = EXCLUDED.note,
                closed_by = EXCLUDED.closed_by, closed_at = EXCLUDED.closed_at
         RETURNING item_key AS key, closed_at AS "closedAt", closed_by::text AS "closedByRowId"`,
        [items.map((i) => i.key), items.map((i) => i.zoneCode), input.outcome, note, actor.accountId],
      );
      // One entry per item, all in one statement, in the transaction of the closing.
      await writeAudit(
        tx,
        actor,
        items.map((item) => worklistAudit(item, input.outcome, note)),
      );
      return rows;
    });
    const byKey = new Map(stored.map((row) => [row.key, row]));
    return {
      items: items.map((item) => {
        const { closedAt, closedByRowId } = byKey.get(item.key)!;
        return Object.assign(item, { outcome: input.outcome, note, closedAt, closedByRowId });
      }),
      userErrors,
    };
  }

  /**
   * 汇总: the worklist of a zone counted per child zone, kind and status (closed ones by outcome), for the offices
   * above the small zone: one statement whatever the number of children, counting only items in the scope. Null
   * when the zone is neither in the scope nor above a zone of it.
   */
  async rollup(
    zoneCode: string,
    kinds: WorklistKind[] | null,
    scope: Scope,
  ): Promise<WorklistRollupRow[] | null> {
    const zone = canonicalZoneCode(zoneCode);
    if (zone === null || !scope.seesZone(zone)) return null;
    const wanted = kinds?.length ? kinds : IMPLEMENTED_KINDS;
    const duplicates = wanted.includes(WorklistKind.CROSS_COUNTY_DUPLICATE)
      ? await listedElsewhere(this.db, countyKeyOf(zone), zone)
      : [];
    const { text, values } = worklistRollupStatement({ zoneCode: zone, kinds: wanted, duplicates }, scope);
    const counts = await query<{
      zoneCode: string;
      kind: WorklistKind;
      outcome: WorklistOutcome | null;
      count: number;
    }>(this.db, text, values);
    const rows = new Map<string, WorklistRollupRow>();
    for (const count of counts) {
      const id = `${count.zoneCode}/${count.kind}`;
      let row = rows.get(id);
      if (!row) {
        row = Object.assign(new WorklistRollupRow(), {
          zoneCode: count.zoneCode,
          kind: count.kind,
          open: 0,
          closed: 0,
          outcomes: [],
        });
        rows.set(id, row);
      }
      if (count.outcome === null) row.open += count.count;
      else {
        row.closed += count.count;
        row.outcomes.push(
          Object.assign(new WorklistOutcomeCount(), { outcome: count.outcome, count: count.count }),
        );
      }
    }
    return [...rows.values()];
  }

  async reopen(key: string, actor: Actor): Promise<Payload<WorklistItem>> {
    const item = await this.item(key.trim(), actor.scope);
    if (!item) return rejected([notOnWorklist(key)]);
    if (!item.outcome) {
      return rejected([userError('key', UserErrorCode.CONFLICT, coded('worklist.notClosed'))]);
    }
    await this.db.transaction(async (tx) => {
      await query(tx, `DELETE FROM worklist_outcome WHERE county_code = county_key($2) AND item_key = $1`, [
        item.key,
        item.zoneCode,
      ]);
      await writeAudit(tx, actor, [worklistAudit(item, null, null)]);
    });
    return ok(Object.assign(item, { outcome: null, note: null, closedByRowId: null, closedAt: null }));
  }
}

/**
 * The audit entry of closing (or reopening: outcome null) a worklist item, under the item's zone so that the offices
 * holding it read it: the kind, and the outcome and note before and after. `item` is the item as it was.
 */
function worklistAudit(
  item: WorklistItem,
  outcome: WorklistOutcome | null,
  note: string | null,
): AuditRecord {
  return {
    action: AuditAction.UPDATE,
    entityType: 'WorklistItem',
    entityId: toGlobalId('WorklistItem', item.key),
    smallZoneCode: item.zoneCode,
    before: { kind: item.kind, outcome: item.outcome, note: item.note },
    after: { kind: item.kind, outcome, note },
  };
}

function notOnWorklist(_key: string) {
  return userError('key', UserErrorCode.NOT_FOUND, coded('worklist.notFound'));
}
