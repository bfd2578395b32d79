/** The long form's draft: the saveLongForm input and where each userError belongs. */
import { entityInput, errorKey, storableDraft } from './long-form';

const persons = [
  { id: 'P1', lineNumber: 1 },
  { id: 'P3', lineNumber: 3 },
];

describe('long-form input and problems', () => {
  it('sends the answered and refused items shown, drops the ones the rules no longer ask, keeps sealed ones', () => {
    const input = entityInput(
      'person',
      {
        birthplace: { value: '', refused: true, masked: false },
        workedLastWeek: { value: 'NO', refused: false, masked: false },
        occupation: { value: 'CLERICAL', refused: false, masked: false },
        maritalStatus: { value: '', refused: false, masked: true },
        firstMarriage: { value: '2001-05', refused: false, masked: false, revealed: true },
      },
      { birthplace: true, workedLastWeek: true, occupation: false, maritalStatus: true, firstMarriage: true },
    );
    // Sealed answers not typed here go as kept: never their value, which the phone may not even hold.
    expect(input).toEqual([
      { field: 'birthplace', refused: true },
      { field: 'workedLastWeek', value: 'NO' },
      { field: 'maritalStatus', kept: true },
      { field: 'firstMarriage', kept: true },
    ]);
  });

  it('keeps on the phone no sealed answer read in full', () => {
    const kept = storableDraft({
      household: { monthlyRent: { value: '2800', refused: false, masked: false, revealed: true } },
      persons: {
        P1: {
          occupation: { value: 'CLERICAL', refused: false, masked: false },
          maritalStatus: { value: 'MARRIED', refused: false, masked: false, revealed: true },
        },
      },
    });
    expect(JSON.stringify(kept)).not.toContain('2800');
    expect(JSON.stringify(kept)).not.toContain('MARRIED');
    expect(kept.persons.P1.occupation.value).toBe('CLERICAL');
    expect(kept.household.monthlyRent).toEqual({ value: '', refused: false, masked: true });
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
