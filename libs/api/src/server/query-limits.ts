import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  type FieldNode,
  getNamedType,
  getNullableType,
  type GraphQLError,
  type GraphQLField,
  type GraphQLFormattedError,
  type GraphQLNamedType,
  type GraphQLSchema,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  Lexer,
  type OperationDefinitionNode,
  type SelectionSetNode,
  Source,
  TokenKind,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

import type { MessageCode, MessageParams } from '@census/rules';
import { formatMessage } from '@census/rules';

import type { Principal } from '../auth/principal';
import { codedError } from '../common/coded-error';
import { MAX_PAGE_SIZE } from '../common/connection';

export interface QueryLimits {
  /** Deepest nesting of object fields a query may reach, introspection fields (`__schema`, `__type`) aside. */
  maxDepth: number;
  /** Deepest nesting below `__schema` / `__type` (GraphiQL's introspection query needs 14). */
  maxIntrospectionDepth: number;
  /**
   * Largest estimated number of objects a query may return: a connection multiplies what its `nodes`/`edges`
   * select by its page size (`first` or `last`, else 20), a plain list by `listFactor`; every
   * `totalCount` (one COUNT statement) adds `totalCountCost`, even on a page of 0.
   */
  maxCost: number;
  listFactor: number;
  totalCountCost: number;
  /** Most fields at the root of one operation (`__typename` aside), counted through fragments. */
  maxRootFields: number;
  /** Most aliases in one operation (graphql-armor max-aliases; `__typename` aside). */
  maxAliases: number;
  /** Most directives in one operation (graphql-armor max-directives). */
  maxDirectives: number;
  /**
   * Most lexical tokens of a document: longer documents are refused while being parsed, before validation. Also
   * bounds graphql-js's own rules (overlapping fields is quadratic up to its internal budget).
   */
  maxTokens: number;
  /**
   * Most tokens of a document sent without a valid sign-in (only `login`, `startSelfReport` and the explorer's
   * introspection run then): checked with the credentials, before parsing.
   */
  maxAnonymousTokens: number;
  /** Mutations that sign in (each verifies a password or a code): at most `maxSignIns` of them per operation. */
  signInFields: readonly string[];
  maxSignIns: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 12,
  maxIntrospectionDepth: 16,
  maxCost: 250_000,
  listFactor: 25,
  totalCountCost: 1_000,
  maxRootFields: 20,
  maxAliases: 15,
  maxDirectives: 50,
  maxTokens: 2_000,
  maxAnonymousTokens: 500,
  signInFields: ['login', 'startSelfReport'],
  maxSignIns: 1,
};

const DEFAULT_FIRST = 20;

/** Reasons of the errors below; `extensions.code` is BAD_USER_INPUT for all of them (see formatLimitError). */
export type LimitReason =
  | 'QUERY_TOO_DEEP'
  | 'QUERY_TOO_COSTLY'
  | 'TOO_MANY_ROOT_FIELDS'
  | 'TOO_MANY_ALIASES'
  | 'TOO_MANY_DIRECTIVES'
  | 'TOO_MANY_TOKENS'
  | 'TOO_MANY_SIGN_INS';

function limitError(
  reason: LimitReason,
  messageCode: MessageCode,
  params: MessageParams,
  limit: keyof QueryLimits,
  figures: Record<string, number>,
): GraphQLError {
  return codedError(messageCode, params, { code: 'BAD_USER_INPUT', reason, limit, ...figures });
}

/** What one selection set asks for, relative to where it stands; computed once per fragment. */
interface Measure {
  /** Deepest object-field nesting below, introspection aside. */
  depth: number;
  /** Deepest nesting of introspection fields (a `__schema`/`__type` field and everything below it). */
  introspectionDepth: number;
  /** Estimated objects, independent of any page size around. */
  cost: number;
  /** On a connection type: estimated objects per item of the page (what `nodes`/`edges` select). */
  perItem: number;
  /** Fields directly in this set (through fragments), `__typename` aside. */
  fields: number;
  /** Sign-in fields directly in this set. */
  signIns: number;
}

const EMPTY: Measure = { depth: 0, introspectionDepth: 0, cost: 0, perItem: 0, fields: 0, signIns: 0 };

function isConnection(type: GraphQLNamedType | undefined): boolean {
  return type !== undefined && isObjectType(type) && type.name.endsWith('Connection');
}

function fieldDefinition(
  type: GraphQLNamedType | undefined,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  return type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields()[name] : undefined;
}

/**
 * The page size a connection field asks for: a literal `first` or `last`, the maximum for a variable, else the
 * default (`first` and `last` together are refused when the field runs; the larger one counts here).
 */
function pageSize(node: FieldNode, definition: GraphQLField<unknown, unknown> | undefined): number {
  const sizes = ['first', 'last'].flatMap((name) => {
    const argument = node.arguments?.find((a) => a.name.value === name);
    if (!argument || argument.value.kind === Kind.NULL) return [];
    if (argument.value.kind === Kind.INT) return [Math.max(0, Number(argument.value.value))];
    return [MAX_PAGE_SIZE]; // a variable: not known at validation time
  });
  if (sizes.length) return Math.max(...sizes);
  const declared = definition?.args.find((a) => a.name === 'first')?.defaultValue;
  return typeof declared === 'number' ? declared : DEFAULT_FIRST;
}

/**
 * Measures every operation of a document in one walk: each fragment is measured once however often it is
 * spread (a fragment doubling at every level costs as much to check as it is long), and cycles count as empty
 * (NoFragmentCyclesRule refuses them anyway).
 */
class DocumentMeasure {
  private readonly fragments = new Map<string, Measure | 'measuring'>();

  constructor(
    private readonly context: ValidationContext,
    private readonly schema: GraphQLSchema,
    private readonly limits: QueryLimits,
  ) {}

  operation(operation: OperationDefinitionNode): Measure {
    const root = this.schema.getRootType(operation.operation) ?? undefined;
    return this.set(operation.selectionSet, root);
  }

  private fragment(name: string): Measure {
    const known = this.fragments.get(name);
    if (known === 'measuring') return EMPTY;
    if (known) return known;
    const definition = this.context.getFragment(name);
    if (!definition) return EMPTY;
    this.fragments.set(name, 'measuring');
    const measured = this.set(
      definition.selectionSet,
      this.schema.getType(definition.typeCondition.name.value),
    );
    this.fragments.set(name, measured);
    return measured;
  }

  private set(set: SelectionSetNode, type: GraphQLNamedType | undefined): Measure {
    const total = { ...EMPTY };
    const add = (inner: Measure) => {
      total.depth = Math.max(total.depth, inner.depth);
      total.introspectionDepth = Math.max(total.introspectionDepth, inner.introspectionDepth);
      total.cost += inner.cost;
      total.perItem += inner.perItem;
      total.fields += inner.fields;
      total.signIns += inner.signIns;
    };
    const mutation = type !== undefined && type === this.schema.getMutationType();
    for (const selection of set.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition && this.schema.getType(selection.typeCondition.name.value);
        add(this.set(selection.selectionSet, condition ?? type));
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        add(this.fragment(selection.name.value));
        continue;
      }
      const name = selection.name.value;
      if (name === '__typename') continue;
      total.fields += 1;
      if (mutation && this.limits.signInFields.includes(name)) total.signIns += 1;
      const definition = fieldDefinition(type, name);
      if (!selection.selectionSet) {
        if (name === 'totalCount' && isConnection(type)) total.cost += this.limits.totalCountCost;
        continue;
      }
      const introspection = name === '__schema' || name === '__type';
      const fieldType = definition?.type;
      const named = fieldType
        ? getNamedType(fieldType)
        : introspection
          ? (this.schema.getType(name === '__schema' ? '__Schema' : '__Type') ?? undefined)
          : undefined;
      const inner = this.set(selection.selectionSet, named);
      if (isConnection(type) && (name === 'nodes' || name === 'edges')) {
        total.perItem += 1 + inner.cost; // one item of the page: the connection multiplies by its page size
      } else if (isConnection(named)) {
        total.cost += 1 + inner.cost + pageSize(selection, definition) * inner.perItem;
      } else {
        const list = fieldType !== undefined && isListType(getNullableType(fieldType));
        const paged = definition?.args.some((a) => a.name === 'first' || a.name === 'last') ?? false;
        total.cost +=
          (list ? (paged ? pageSize(selection, definition) : this.limits.listFactor) : 1) * (1 + inner.cost);
      }
      if (introspection) {
        total.introspectionDepth = Math.max(
          total.introspectionDepth,
          1 + Math.max(inner.depth, inner.introspectionDepth),
        );
      } else {
        total.depth = Math.max(total.depth, 1 + inner.depth);
        total.introspectionDepth = Math.max(total.introspectionDepth, inner.introspectionDepth);
      }
    }
    return total;
  }
}

/**
 * Refuses, before execution, operations nested deeper than `maxDepth` (introspection has its own bound), whose
 * estimated result exceeds `maxCost`, with more than `maxRootFields` root fields or more than `maxSignIns`
 * sign-ins. Each error names the limit and the figure found, Chinese first. Variables are not known at
 * validation time, so a variable page size counts as the maximum page size.
 */
export function queryLimitsRule(limits: QueryLimits = DEFAULT_QUERY_LIMITS): ValidationRule {
  return (context: ValidationContext) => {
    const measure = new DocumentMeasure(context, context.getSchema(), limits);
    return {
      OperationDefinition(operation) {
        const { depth, introspectionDepth, cost, fields, signIns } = measure.operation(operation);
        if (depth > limits.maxDepth) {
          context.reportError(
            limitError('QUERY_TOO_DEEP', 'limit.depth', { depth, max: limits.maxDepth }, 'maxDepth', {
              maxDepth: limits.maxDepth,
              depth,
            }),
          );
        }
        if (introspectionDepth > limits.maxIntrospectionDepth) {
          context.reportError(
            limitError(
              'QUERY_TOO_DEEP',
              'limit.introspectionDepth',
              { depth: introspectionDepth, max: limits.maxIntrospectionDepth },
              'maxIntrospectionDepth',
              { maxIntrospectionDepth: limits.maxIntrospectionDepth, depth: introspectionDepth },
            ),
          );
        }
        if (cost > limits.maxCost) {
          const shown = Number.isFinite(cost) ? Math.round(cost) : Number.MAX_SAFE_INTEGER;
          context.reportError(
            limitError('QUERY_TOO_COSTLY', 'limit.cost', { cost: shown, max: limits.maxCost }, 'maxCost', {
              maxCost: limits.maxCost,
              cost: shown,
            }),
          );
        }
        if (fields > limits.maxRootFields) {
          context.reportError(
            limitError(
              'TOO_MANY_ROOT_FIELDS',
              'limit.rootFields',
              { fields, max: limits.maxRootFields },
              'maxRootFields',
              { maxRootFields: limits.maxRootFields, rootFields: fields },
            ),
          );
        }
        if (signIns > limits.maxSignIns) {
          context.reportError(
            limitError(
              'TOO_MANY_SIGN_INS',
              'limit.signIns',
              { signIns, max: limits.maxSignIns },
              'maxSignIns',
              { maxSignIns: limits.maxSignIns, signIns },
            ),
          );
        }
      },
    };
  };
}

/** graphql-armor reports "… limit of N exceeded, found M."; the figure found, for our own message. */
function foundIn(error: GraphQLError): number {
  const found = /found (\d+)/.exec(error.message);
  return found ? Number(found[1]) : NaN;
}

/**
 * All validation rules of the query limits: ours (depth, cost, root fields, sign-ins) and graphql-armor's max
 * aliases and max directives, whose refusals are reported in the same bilingual, coded form.
 */
export function queryLimitRules(limits: QueryLimits = DEFAULT_QUERY_LIMITS): ValidationRule[] {
  const aliases: ValidationRule = maxAliasesRule({
    n: limits.maxAliases,
    propagateOnRejection: false,
    onReject: [
      (context, error) => {
        const found = foundIn(error);
        context?.reportError(
          limitError(
            'TOO_MANY_ALIASES',
            'limit.aliases',
            { aliases: found, max: limits.maxAliases },
            'maxAliases',
            { maxAliases: limits.maxAliases, aliases: found },
          ),
        );
      },
    ],
  });
  const directives: ValidationRule = maxDirectivesRule({
    n: limits.maxDirectives,
    propagateOnRejection: false,
    onReject: [
      (context, error) => {
        const found = foundIn(error);
        context?.reportError(
          limitError(
            'TOO_MANY_DIRECTIVES',
            'limit.directives',
            { directives: found, max: limits.maxDirectives },
            'maxDirectives',
            { maxDirectives: limits.maxDirectives, directives: found },
          ),
        );
      },
    ],
  });
  return [queryLimitsRule(limits), aliases, directives];
}

// graphql 16 spells it "more that"; later versions may not.
const TOKEN_LIMIT = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/;

/**
 * For Apollo's `formatError`: the errors of the limits answer `extensions.code` BAD_USER_INPUT (Apollo files
 * validation errors under GRAPHQL_VALIDATION_FAILED), and the parser's token limit (`parseOptions.maxTokens`)
 * answers in the same form as the others. Other errors pass unchanged.
 */
export function formatLimitError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const extensions = formatted.extensions ?? {};
  const tokens = extensions.code === 'GRAPHQL_PARSE_FAILED' ? TOKEN_LIMIT.exec(formatted.message) : null;
  if (tokens) {
    const maxTokens = Number(tokens[1]);
    const params = { max: maxTokens };
    return {
      message: formatMessage('zh', 'limit.tokens', params),
      extensions: {
        code: 'BAD_USER_INPUT',
        reason: 'TOO_MANY_TOKENS',
        limit: 'maxTokens',
        maxTokens,
        messageCode: 'limit.tokens',
        params,
      },
    };
  }
  if (extensions.code === 'GRAPHQL_VALIDATION_FAILED' && typeof extensions.limit === 'string') {
    return { ...formatted, extensions: { ...extensions, code: 'BAD_USER_INPUT' } };
  }
  return formatted;
}

/** Whether `text` holds more than `limit` tokens; stops counting at the limit. */
function exceedsTokens(text: string, limit: number): boolean {
  const lexer = new Lexer(new Source(text));
  for (let count = 0; count <= limit; count++) {
    if (lexer.advance().kind === TokenKind.EOF) return false;
  }
  return true;
}

/**
 * Called from the context function, once the credentials are known and before Apollo parses anything: a request
 * without a valid sign-in may send at most `maxAnonymousTokens` tokens, so that unauthenticated callers cannot
 * make the server validate large documents. Throws the coded error (HTTP 400) otherwise.
 */
export function checkAnonymousDocument(
  req: { body?: unknown; query?: unknown },
  principal: Principal,
  limits: QueryLimits = DEFAULT_QUERY_LIMITS,
): void {
  if (principal.kind !== 'anonymous') return;
  const fromBody = (req.body as { query?: unknown } | undefined)?.query;
  const fromUrl = (req.query as { query?: unknown } | undefined)?.query;
  const text = typeof fromBody === 'string' ? fromBody : typeof fromUrl === 'string' ? fromUrl : undefined;
  if (text === undefined) return;
  let exceeds: boolean;
  try {
    exceeds = exceedsTokens(text, limits.maxAnonymousTokens);
  } catch {
    return; // a syntax error: the parser reports it
  }
  if (!exceeds) return;
  const max = limits.maxAnonymousTokens;
  throw codedError(
    'limit.anonymousTokens',
    { max },
    {
      code: 'BAD_USER_INPUT',
      reason: 'TOO_MANY_TOKENS',
      limit: 'maxAnonymousTokens',
      maxAnonymousTokens: max,
      http: { status: 400 },
    },
  );
}
