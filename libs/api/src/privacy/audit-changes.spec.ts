import { auditChanges } from './audit-changes';
import { AuditAction } from './audit-log.entity';

describe('auditChanges', () => {
  it('lists only the items whose value differs, never keys, versions, timestamps or sealed twins', () => {
    const before = {
      rowId: '7',
      countyCode: '330106',
      version: 3,
      updatedAt: '2020-11-01T00:00:00.000Z',
      kind: 'FAMILY',
      rooms: 3,
      phone: null,
      phoneMasked: null,
      buildingRowId: '5',
    };
    const after = {
      ...before,
      version: 4,
      updatedAt: '2020-11-02T00:00:00.000Z',
      rooms: 4,
      phone: '139****5678',
      phoneMasked: '139****5678',
    };
    expect(auditChanges(AuditAction.UPDATE, before, after)).toEqual([
      { item: 'rooms', before: '3', after: '4' },
      { item: 'phone', before: null, after: '139****5678' },
    ]);
  });

  it('lists the filled items of a create and the held items of a delete, without the zone they lie in', () => {
    const row = { smallZoneCode: '330106002051001', number: '005', note: null, refusedItems: ['INCOME'] };
    expect(auditChanges(AuditAction.CREATE, null, row)).toEqual([
      { item: 'number', before: null, after: '005' },
      { item: 'refusedItems', before: null, after: '["INCOME"]' },
    ]);
    expect(auditChanges(AuditAction.DELETE, row, null)).toEqual([
      { item: 'number', before: '005', after: null },
      { item: 'refusedItems', before: '["INCOME"]', after: null },
    ]);
  });

  it('lists nothing for an unmasked read', () => {
    expect(auditChanges(AuditAction.UNMASK, null, null)).toEqual([]);
  });
});
