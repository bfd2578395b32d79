import { rowRefCondition } from './global-id';

describe('rowRefCondition', () => {
  it("names the row's county first, so the statement goes to one county's partition", () => {
    expect(rowRefCondition({ county: '330106', id: '123' }, 't')).toEqual({
      condition: 't.county_code = $2 AND t.id = $1',
      params: ['123', '330106'],
    });
  });

  it('finds an old ID without a county by its id alone (searched in every county)', () => {
    expect(rowRefCondition({ county: null, id: '123' })).toEqual({ condition: 'id = $1', params: ['123'] });
  });
});
