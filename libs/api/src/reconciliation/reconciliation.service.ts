import type { DataSource } from 'typeorm';

import {
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
import { ok, type Payload, rejected } from '../common/payload';
import { query } from '../common/sql';
import { coded, userError, UserErrorCode } from '../common/user-error';
import { listedElsewhere } from '../national/citizen-id-directory';
import {
  EvidenceSource,
  IMPLEMENTED_KINDS,
  WorklistKind,
  WorklistOutcome,
  type WorklistStatus,
} from './reconciliation.enums';
import { type WorklistRequest, worklistStatement } from './reconciliation.sql';
import { type CloseWorklistItemInput, WorklistEvidence, WorklistItem } from './reconciliation.types';

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

const line = (source: EvidenceSource, text: string) =>
  Object.assign(new WorklistEvidence(), { source, text });

/** The lines of evidence of an item, from the facts its statement gathered (IDs and phones come masked). */
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
          `公安户籍: 户号 ${item.registryHouseholdNumber}, ${persons.length} 人: ${names}; 户籍地址 ${f.address}` +
            ` / Police registry: household ${item.registryHouseholdNumber} with ${persons.length} ` +
            `person(s): ${names}; address ${f.address}`,
        ),
        line(
          EvidenceSource.LISTING,
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
          `摸底: 住户 ${f.number} (${status.zh}), ${persons.length} 人: ${names}` +
            (f.phone ? `; 电话 ${f.phone}` : '') +
            ` / Listing: household ${f.number} (${status.en.toLowerCase()}) with ${persons.length} person(s): ${names}` +
            (f.phone ? `; phone ${f.phone}` : ''),
        ),
        line(
          EvidenceSource.REGISTRY,
          `公安户籍: 无一人在公安推送中` +
            (withoutId ? ` (${withoutId} 人未登记身份证号)` : '') +
            ` / Police registry: none of these persons is in the registry push` +
            (withoutId ? ` (${withoutId} without a citizen ID on file)` : ''),
        ),
      ];
    }
    case WorklistKind.LIVING_AWAY: {
      const where = f.whereabouts ? WHEREABOUTS_LABELS[f.whereabouts] : { zh: '未填', en: 'not recorded' };
      const lines = [
        line(
          EvidenceSource.LISTING,
          `摸底: ${f.name} 户口在住户 ${f.number} 但不在此常住, 去向: ${where.zh}` +
            (f.phone ? `; 住户电话 ${f.phone}` : '') +
            ` / Listing: ${f.name} is registered in household ${f.number} but does not live there; ` +
            `whereabouts: ${where.en}` +
            (f.phone ? `; household phone ${f.phone}` : ''),
        ),
      ];
      if (item.registryHouseholdNumber) {
        lines.push(
          line(
            EvidenceSource.REGISTRY,
            `公安户籍: 户号 ${item.registryHouseholdNumber}, 户籍地址 ${f.registryAddress}` +
              ` / Police registry: household ${item.registryHouseholdNumber}, address ${f.registryAddress}`,
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
          `摸底: ${f.name} (身份证号 ${f.citizenId}) 登记在住户 ${f.number}` +
            ` / Listing: ${f.name} (citizen ID ${f.citizenId}) is listed in household ${f.number}`,
        ),
        line(
          EvidenceSource.LISTING,
          `外县摸底: 同一身份证号也登记在 ${zh}, 可能重报 / Listing of other counties: the same citizen ID is also ` +
            `listed in ${en}; possibly counted twice`,
        ),
      ];
    }
    case WorklistKind.METER_NO_USE_BUT_ORDINARY:
    case WorklistKind.METER_USE_BUT_VACANT: {
      const ordinary = item.kind === WorklistKind.METER_NO_USE_BUT_ORDINARY;
      const status = HOUSEHOLD_STATUS_LABELS[ordinary ? HouseholdStatus.ORDINARY : HouseholdStatus.VACANT];
      const usage = ordinary ? { zh: '无用电', en: 'no use' } : { zh: '正常用电', en: 'normal use' };
      return [
        line(
          EvidenceSource.LISTING,
          `摸底: 住户 ${f.number} 为${status.zh} / Listing: household ${f.number} is ${status.en.toLowerCase()}`,
        ),
        line(
          EvidenceSource.ELECTRICITY,
          `用电信息: 电表 ${f.meterId} (${f.address}) ${f.month} ${usage.zh} / Electricity: meter ${f.meterId} (${f.address}) shows ${usage.en} in ${f.month}`,
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

/** The zone part of an item key (after the last '@'), or null for a malformed key. */
export function zoneOfKey(key: string): { kind: WorklistKind; zoneCode: string } | null {
  const match = /^([A-Z_]+):.+@(\d{2,15})$/.exec(key);
  if (!match || !Object.values(WorklistKind).includes(match[1] as WorklistKind)) return null;
  return { kind: match[1] as WorklistKind, zoneCode: match[2] };
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
  ): Promise<Page<WorklistItem>> {
    const request = checkPageArgs(page);
    const { items, total } = await this.read(
      {
        zoneCode,
        kinds: kinds?.length ? kinds : IMPLEMENTED_KINDS,
        status,
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
    const [stored] = await query<{ closedAt: Date; closedByRowId: string | null }>(
      this.db,
      `INSERT INTO worklist_outcome (county_code, item_key, zone_code, outcome, note, closed_by, closed_at)
       VALUES (county_key($2), $1, $2, $3, $4, $5, now())
       ON CONFLICT (county_code, item_key) DO UPDATE
          SET zone_code = EXCLUDED.zone_code, outcome = EXCLUDED.outcome, note = EXCLUDED.note,
              closed_by = EXCLUDED.closed_by, closed_at = EXCLUDED.closed_at
       RETURNING closed_at AS "closedAt", closed_by::text AS "closedByRowId"`,
      [item.key, item.zoneCode, input.outcome, note, actor.accountId],
    );
    return ok(Object.assign(item, { outcome: input.outcome, note, ...stored }));
  }

  async reopen(key: string, actor: Actor): Promise<Payload<WorklistItem>> {
    const item = await this.item(key.trim(), actor.scope);
    if (!item) return rejected([notOnWorklist(key)]);
    if (!item.outcome) {
      return rejected([userError('key', UserErrorCode.CONFLICT, coded('worklist.notClosed'))]);
    }
    await query(
      this.db,
      `DELETE FROM worklist_outcome WHERE county_code = county_key($2) AND item_key = $1`,
      [item.key, item.zoneCode],
    );
    return ok(Object.assign(item, { outcome: null, note: null, closedByRowId: null, closedAt: null }));
  }
}

function notOnWorklist(_key: string) {
  return userError('key', UserErrorCode.NOT_FOUND, coded('worklist.notFound'));
}
