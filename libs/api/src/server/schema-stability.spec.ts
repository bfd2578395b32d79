import { unannouncedBreakingChanges } from './schema-stability';

describe('schema stability', () => {
  const released = `type Query { a: String  b: String @deprecated(reason: "use a")  c: Int }`;

  it('lets a field go that was deprecated in the release, and nothing else', () => {
    expect(unannouncedBreakingChanges(released, `type Query { a: String  c: Int }`)).toEqual([]);
    const removed = unannouncedBreakingChanges(released, `type Query { b: String  c: Int }`);
    expect(removed.map((c) => c.description)).toEqual(['Query.a was removed.']);
    const changed = unannouncedBreakingChanges(released, `type Query { a: String  b: String  c: String }`);
    expect(changed.map((c) => c.type)).toEqual(['FIELD_CHANGED_KIND']);
  });
});
