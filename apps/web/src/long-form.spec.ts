/** The long form's draft: the saveLongForm input and where each userError belongs. */
import { entityInput, errorKey } from './long-form';

const persons = [
  { id: 'P1', lineNumber: 1 },
  { id: 'P3', lineNumber: 3 },
];

describe('long-form input and problems', () => {
  it('sends the answered and refused items shown, drops the ones the rules no longer ask, fills masked ones', () => {
    const input = entityInput(
      'person',
      {
        birthplace: { value: '', refused: true, masked: false },
        workedLastWeek: { value: 'NO', refused: false, masked: false },
        occupation: { value: 'CLERICAL', refused: false, masked: false },
        maritalStatus: { value: '', refused: false, masked: true },
      },
      { birthplace: true, workedLastWeek: true, occupation: false, maritalStatus: true },
      { maritalStatus: { value: 'MARRIED', refused: false, masked: false } },
    );
    expect(input).toEqual([
      { field: 'birthplace', refused: true },
      { field: 'workedLastWeek', value: 'NO' },
      { field: 'maritalStatus', value: 'MARRIED' },
    ]);
  });

  it("puts a save's and a submit's problems at their items, and the others on the whole form", () => {
    const sent = {
      household: [{ field: 'housingSource', value: 'RENT_OTHER' }],
      persons: [{ id: 'P3', answers: [{ field: 'birthplace', value: 'X' }] }],
    };
    expect(errorKey({ field: ['input', 'household', 'monthlyRent'] }, sent, persons)).toBe(
      'household.monthlyRent',
    );
    expect(errorKey({ field: ['input', 'household', '0', 'field'] }, sent, persons)).toBe(
      'household.housingSource',
    );
    expect(errorKey({ field: ['input', 'persons', '0', 'occupation'] }, sent, persons)).toBe(
      'persons.P3.occupation',
    );
    expect(errorKey({ field: ['input', 'persons', '0', 'answers', '0', 'field'] }, sent, persons)).toBe(
      'persons.P3.birthplace',
    );
    expect(errorKey({ field: ['persons', '3', 'health'] }, null, persons)).toBe('persons.P3.health');
    expect(errorKey({ field: ['household', 'toilet'] }, null, persons)).toBe('household.toilet');
    expect(errorKey({ field: ['input', 'persons', '0', 'id'] }, sent, persons)).toBe('');
    expect(errorKey({ field: ['id'] }, sent, persons)).toBe('');
    // A short-form item of a submit is not the long form's.
    expect(errorKey({ field: ['persons', '1', 'ethnicity'] }, null, persons)).toBe('');
  });
});
