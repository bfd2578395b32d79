import { codedError } from './coded-error';
import { checkPageArgs, type Page, type PageArgs } from './connection';

/**
 * A page of a list computed whole in memory (figures that need every row, such as a median over all of them),
 * with the same two-way paging and keyset cursors as the page loader: `key` gives an item's sort key (unique,
 * ascending in list order under `compare`), the cursor is that key. The statement count is the computation's.
 */
export function pageOfList<T>(
  items: readonly T[],
  args: PageArgs,
  key: (item: T) => string[],
  compare: (a: string[], b: string[]) => number,
): Page<T> {
  const page = checkPageArgs(args);
  const cursorOf = (item: T) => Buffer.from(JSON.stringify(key(item)), 'utf8').toString('base64url');
  const width = items.length ? key(items[0]).length : 0;
  let rest = [...items];
  if (page.after) {
    const after = decodeListCursor(page.after, width, 'after');
    rest = rest.filter((item) => compare(key(item), after) > 0);
  }
  if (page.before) {
    const before = decodeListCursor(page.before, width, 'before');
    rest = rest.filter((item) => compare(key(item), before) < 0);
  }
  const more = rest.length > page.size;
  const count = () => Promise.resolve(items.length);
  if (!page.backward) {
    return {
      nodes: rest.slice(0, page.size),
      hasNextPage: more,
      hasPreviousPage: page.after != null,
      cursorOf,
      count,
    };
  }
  return {
    nodes: rest.slice(Math.max(0, rest.length - page.size)),
    hasNextPage: page.before != null,
    hasPreviousPage: more,
    cursorOf,
    count,
  };
}

function decodeListCursor(cursor: string, width: number, argumentName: 'after' | 'before'): string[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    // An empty list has no width: any well-formed cursor then simply finds nothing.
    if (
      Array.isArray(values) &&
      (width === 0 || values.length === width) &&
      values.every((v) => typeof v === 'string')
    )
      return values;
  } catch {
    // fall through to the error below
  }
  throw codedError(
    'input.badCursor',
    { argument: argumentName, value: cursor },
    { code: 'BAD_USER_INPUT', argumentName },
  );
}
