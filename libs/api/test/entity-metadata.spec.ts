import { Field, InputType, Int } from 'type-graphql';

import { HouseholdKind } from '../src/common/enums';
import { bulkInsert, inputColumns, insertList, query, SqlParams, unnestInsert } from '../src/common/sql';
import { entityExport, ExportEntity } from '../src/exports/export-formats';
import { Household } from '../src/households/household.entity';
import { CreateHouseholdInput, UpdateHouseholdInput } from '../src/households/household.inputs';
import { seedCounty, startTestApi, type TestApi } from './harness';

// Column lists derived from the TypeORM and type-graphql metadata (common/sql.ts, exports/export-formats.ts).

@InputType()
class RoomsInput {
  @Field(() => Int, { nullable: true })
  rooms?: number | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;
}

@InputType()
class MoreRoomsInput extends RoomsInput {
  @Field(() => Int, { nullable: true })
  presentMale?: number | null;
}

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi('entity-metadata');
  await seedCounty(api, 1);
}, 120_000);

afterAll(() => api?.close());

describe('inputColumns', () => {
  it('writes the input fields, inherited ones too, that name a column of the entity, in column order', () => {
    expect(inputColumns(api.db, Household, [MoreRoomsInput])).toEqual({
      presentMale: 'present_male',
      rooms: 'rooms',
    });
  });

  it('leaves out the keys a service sets itself and every column no input names', () => {
    const columns = inputColumns(
      api.db,
      Household,
      [CreateHouseholdInput, UpdateHouseholdInput],
      ['smallZoneCode', 'number'],
    );
    expect(columns).toMatchObject({
      floorArea: 'floor_area',
      registrationMethod: 'registration_method',
      kind: 'kind',
    });
    for (const kept of ['smallZoneCode', 'number', 'stage', 'version', 'phoneSealed', 'phoneHash', 'rowId'])
      expect(columns).not.toHaveProperty(kept);
  });
});

describe('insertList and unnestInsert', () => {
  it('insert rows with values cast from the column metadata (enum, char, numeric, bytea)', async () => {
    const [zone] = await api.sql<{ code: string }>(
      `SELECT code FROM zone WHERE level = 'SMALL_ZONE' ORDER BY code LIMIT 1`,
    );
    const hash = Buffer.from('00ff10', 'hex');
    const rows = await api.db
      .transaction(async (tx) => {
        const params = new SqlParams();
        const one = insertList(tx, params, Household, {
          smallZoneCode: zone.code,
          number: '901',
          kind: HouseholdKind.COLLECTIVE,
          floorArea: 12.34,
          phoneHash: hash,
          note: undefined,
          version: 1,
        });
        await query(tx, `INSERT INTO household (${one.columns}) VALUES (${one.values})`, params.values);
        const bulk = unnestInsert(tx, Household, [
          { smallZoneCode: zone.code, number: '902', rooms: null, phoneHash: null, version: 1 },
          { smallZoneCode: zone.code, number: '903', rooms: 3, phoneHash: hash, version: 1, unknown: 'x' },
        ]);
        expect(bulk.text).toContain('$2::text[]'); // number is char(3): a character[] would cut it to one
        expect(bulk.text).not.toContain('unknown');
        expect(() =>
          unnestInsert(tx, Household, [{ number: '904', kind: HouseholdKind.FAMILY }, { number: '905' }]),
        ).toThrow('Row 1 of a Household bulk insert has no kind.');
        expect(() => unnestInsert(tx, Household, [])).toThrow('A Household bulk insert needs rows');
        expect(await bulkInsert(tx, Household, [], { tail: 'RETURNING id' })).toEqual([]);
        const kinds = unnestInsert(tx, Household, [{ kind: HouseholdKind.FAMILY }]);
        expect(kinds.text).toContain('$1::"household_kind"[]');
        await query(tx, bulk.text, bulk.values);
        const found = await query<Record<string, unknown>>(
          tx,
          `SELECT number, kind, floor_area::text AS area, rooms, phone_hash AS hash, note FROM household
            WHERE small_zone_code = $1 AND number >= '901' ORDER BY number`,
          [zone.code],
        );
        throw Object.assign(new Error('roll back'), { found });
      })
      .catch((error: { found?: Record<string, unknown>[] }) => error.found);
    expect(rows).toEqual([
      { number: '901', kind: 'COLLECTIVE', area: '12.34', rooms: null, hash, note: null },
      { number: '902', kind: 'FAMILY', area: null, rooms: null, hash: null, note: null },
      { number: '903', kind: 'FAMILY', area: null, rooms: 3, hash, note: null },
    ]);
  });
});

describe('entityExport', () => {
  const households = (items: Record<string, object>, omit?: string[]) =>
    entityExport({
      entity: ExportEntity.HOUSEHOLDS,
      file: 'households',
      from: Household,
      zoneColumn: 'small_zone_code',
      order: 'id',
      items,
      omit,
    });

  it('exports the columns the API shows, with the GraphQL description unless the export words its own', () => {
    const spec = households({ number: { description: '户编号.' } });
    const rooms = spec.columns.find((column) => column.name === 'rooms');
    expect(rooms).toEqual({
      name: 'rooms',
      kind: 'integer',
      sql: 'rooms::text',
      nullable: true,
      description: 'H7 住房间数: number of rooms.',
    });
    expect(spec.columns.find((column) => column.name === 'number')?.description).toBe('户编号.');
    const names = spec.columns.map((column) => column.name);
    // Sealed, hashed and masked forms and row keys are only exported through an item of their own.
    for (const hidden of [
      'phoneSealed',
      'phoneHash',
      'phoneMasked',
      'selfReportCodeHash',
      'rowId',
      'buildingRowId',
    ])
      expect(names).not.toContain(hidden);
    expect(names).toContain('returnReason');
    expect(households({}, ['returnReason']).columns.map((column) => column.name)).not.toContain(
      'returnReason',
    );
  });

  it('refuses a column without an export kind and items or omissions that name no column', () => {
    expect(() => households({ phoneHash: { description: 'hash' } })).toThrow(
      'household.phone_hash (bytea) needs an export kind',
    );
    expect(() => households({ phone: { description: 'typo' } })).toThrow(
      'Household has no column phone to export.',
    );
    expect(() => households({}, ['bedrooms'])).toThrow('Household has no column bedrooms to export.');
  });
});
