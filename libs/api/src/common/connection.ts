import { GraphQLError } from 'graphql';
import { ArgsType, type ClassType, Field, Int, ObjectType } from 'type-graphql';

import type { MessageCode, MessageParams } from '@census/rules';

import { codedError } from './coded-error';

/** Largest page a client may ask for; larger requests are refused, never silently truncated. */
export const MAX_PAGE_SIZE = 100;

/** Page size when neither `first` nor `last` is given. */
export const DEFAULT_PAGE_SIZE = 20;

/**
 * Relay paging arguments of every connection: forwards with `first`/`after`, backwards with `last`/`before`.
 * `first` is nullable and has no schema default, so that `last` alone is a backward page (a default on `first`
 * would be indistinguishable from a client giving both); the server reads 20 items forwards when neither is given.
 */
@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Number of items to return from the start (or after \`after\`), from 0 to ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when neither \`first\` nor \`last\` is given. Not together with \`last\`.`,
  })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Return the items after this cursor (`endCursor` of the previous page).',
  })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `Number of items to return from the end (or before \`before\`), from 0 to ${MAX_PAGE_SIZE}: the page is still in list order. Not together with \`first\`.`,
  })
  last?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Return the items before this cursor (`startCursor` of the next page).',
  })
  before?: string | null;
}

/** Checked paging arguments: how many rows, which way, and the cursors. */
export interface PageRequest {
  /** Rows wanted. */
  size: number;
  /** True for `last`: the rows nearest the end (or before `before`). */
  backward: boolean;
  after: string | null;
  before: string | null;
}

@ObjectType({
  // Plain fields read the property directly, without type-graphql's per-field middleware wrapper.
  simpleResolvers: true,
  description: 'Relay page information.',
})
export class PageInfo {
  @Field({ description: 'True when more items follow this page.' })
  hasNextPage!: boolean;

  @Field({
    description:
      'True when items precede this page: for `last`, when more items come before it; for `first` with `after`, when the cursor left items behind.',
  })
  hasPreviousPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the first item of the page; pass it as `before` for the previous page.',
  })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item; pass it as `after` for the next page.',
  })
  endCursor!: string | null;
}

/** What a list query produces for one parent; the connection type turns it into edges lazily. */
export interface Page<T> {
  nodes: T[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  cursorOf(node: T): string;
  /** Runs the (batched) count only when a client selects `totalCount`. */
  count(): Promise<number>;
}

function badPage(argumentName: string, messageCode: MessageCode, params: MessageParams = {}): GraphQLError {
  return codedError(messageCode, params, { code: 'BAD_USER_INPUT', argumentName, limit: MAX_PAGE_SIZE });
}

function checkSize(name: 'first' | 'last', value: number): void {
  if (!Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE) {
    throw badPage(name, 'input.pageSize', { argument: name, min: 0, max: MAX_PAGE_SIZE, value });
  }
}

/** Checks the paging arguments (bounds, one direction) and says which page they ask for. */
export function checkPageArgs(args: PageArgs): PageRequest {
  const { first, last } = args;
  if (first != null && last != null) {
    throw badPage('last', 'input.firstAndLast');
  }
  if (first != null) checkSize('first', first);
  if (last != null) checkSize('last', last);
  const backward = last != null;
  return {
    size: backward ? last : (first ?? DEFAULT_PAGE_SIZE),
    backward,
    after: args.after ?? null,
    before: args.before ?? null,
  };
}

export interface ConnectionShape<T> {
  edges: { node: T; cursor: string }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount(): Promise<number>;
}

/** Builds the `<Name>Connection` and `<Name>Edge` types for a node type. */
export function connectionType<T extends object>(nodeType: ClassType<T>, name: string, description: string) {
  @ObjectType(`${name}Edge`, {
    simpleResolvers: true,
    description: `An edge of a ${name}Connection.`,
  })
  class Edge {
    @Field(() => nodeType, { description: 'The item.' })
    node!: T;

    @Field({ description: 'Opaque cursor of this item.' })
    cursor!: string;
  }

  @ObjectType(`${name}Connection`, {
    simpleResolvers: true,
    description,
  })
  class Connection implements ConnectionShape<T> {
    page!: Page<T>;

    @Field(() => [Edge], { description: 'The items of this page with their cursors.' })
    get edges(): Edge[] {
      return this.page.nodes.map((node) =>
        Object.assign(new Edge(), { node, cursor: this.page.cursorOf(node) }),
      );
    }

    @Field(() => [nodeType], { description: 'The items of this page (shortcut for edges.node).' })
    get nodes(): T[] {
      return this.page.nodes;
    }

    @Field(() => PageInfo, { description: 'Where this page sits in the whole list.' })
    get pageInfo(): PageInfo {
      const { nodes } = this.page;
      return Object.assign(new PageInfo(), {
        hasNextPage: this.page.hasNextPage,
        hasPreviousPage: this.page.hasPreviousPage,
        startCursor: nodes.length ? this.page.cursorOf(nodes[0]) : null,
        endCursor: nodes.length ? this.page.cursorOf(nodes[nodes.length - 1]) : null,
      });
    }

    @Field(() => Int, {
      description: 'Number of items in the whole list with the same filter, on all pages.',
    })
    totalCount(): Promise<number> {
      return this.page.count();
    }

    static of(page: Page<T>): Connection {
      return Object.assign(new Connection(), { page });
    }
  }

  return Connection;
}
