import { GraphQLError } from 'graphql';
import { ArgsType, type ClassType, Field, Int, ObjectType } from 'type-graphql';

/** Largest page a client may ask for; larger requests are refused, never silently truncated. */
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    defaultValue: 20,
    description: `Number of items to return, from 0 to ${MAX_PAGE_SIZE}.`,
  })
  first!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Return the items after this cursor (`endCursor` of the previous page).',
  })
  after?: string | null;
}

@ObjectType({
  // Plain fields read the property directly, without type-graphql's per-field middleware wrapper.
  simpleResolvers: true,
  description: 'Relay page information.',
})
export class PageInfo {
  @Field({ description: 'True when more items follow this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'Always false: pages are read forwards with `first` and `after`.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page.' })
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
  cursorOf(node: T): string;
  /** Runs the (batched) count only when a client selects `totalCount`. */
  count(): Promise<number>;
}

export function checkPageArgs(args: PageArgs): void {
  if (!Number.isInteger(args.first) || args.first < 0 || args.first > MAX_PAGE_SIZE) {
    throw new GraphQLError(`Argument "first" must be between 0 and ${MAX_PAGE_SIZE}; got ${args.first}.`, {
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'first', limit: MAX_PAGE_SIZE },
    });
  }
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
        hasPreviousPage: false,
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
