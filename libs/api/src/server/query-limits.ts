import {
  GraphQLError,
  Kind,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
} from 'graphql';
import { MAX_PAGE_SIZE } from '../common/connection';

export interface QueryLimits {
  /** Deepest field nesting a query may reach. */
  maxDepth: number;
  /**
   * Largest estimated number of objects a query may return: every list field multiplies what is below it by
   * its page size (`first`, default 20), plain lists by `listFactor`.
   */
  maxCost: number;
  listFactor: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 12, maxCost: 250_000, listFactor: 25 };

const DEFAULT_FIRST = 20;

function intArgument(value: ValueNode | undefined, variables: Record<string, unknown>): number | undefined {
  if (!value) return undefined;
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const v = variables[value.name.value];
    return typeof v === 'number' ? v : undefined;
  }
  return undefined;
}

/**
 * Refuses, before execution, queries nested deeper than `maxDepth` or whose estimated result exceeds `maxCost`;
 * the error names the limit and the figure found. Variables are not known at validation time, so a variable
 * page size counts as the maximum page size.
 */
export function queryLimitsRule(limits: QueryLimits = DEFAULT_QUERY_LIMITS): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const measure = (
      set: SelectionSetNode,
      depth: number,
      seen: Set<string>,
    ): { depth: number; cost: number } => {
      let deepest = depth;
      let cost = 0;
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          if (!selection.selectionSet) continue; // a scalar adds nothing to the number of objects
          const firstArg = selection.arguments?.find((a) => a.name.value === 'first');
          const isConnectionField = selection.arguments?.some((a) => a.name.value === 'first') ?? false;
          const firstValue = firstArg ? (intArgument(firstArg.value, {}) ?? MAX_PAGE_SIZE) : undefined;
          const name = selection.name.value;
          const pluralish = /s$|children|history|nodes|edges/.test(name);
          const factor = isConnectionField
            ? (firstValue ?? DEFAULT_FIRST)
            : name === 'edges' || name === 'nodes'
              ? 1
              : pluralish
                ? limits.listFactor
                : 1;
          const inner = measure(selection.selectionSet, depth + 1, seen);
          deepest = Math.max(deepest, inner.depth);
          cost += factor * (1 + inner.cost);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const inner = measure(selection.selectionSet, depth, seen);
          deepest = Math.max(deepest, inner.depth);
          cost += inner.cost;
        } else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          if (!fragment || seen.has(name)) continue;
          const inner = measure(fragment.selectionSet, depth, new Set([...seen, name]));
          deepest = Math.max(deepest, inner.depth);
          cost += inner.cost;
        }
      }
      return { depth: deepest, cost };
    };
    return {
      OperationDefinition(operation) {
        const { depth, cost } = measure(operation.selectionSet, 0, new Set());
        if (depth > limits.maxDepth) {
          context.reportError(
            new GraphQLError(`Query depth ${depth} exceeds the limit of ${limits.maxDepth}.`, {
              extensions: {
                code: 'BAD_USER_INPUT',
                reason: 'QUERY_TOO_DEEP',
                limit: 'maxDepth',
                maxDepth: limits.maxDepth,
                depth,
              },
            }),
          );
        }
        if (cost > limits.maxCost) {
          context.reportError(
            new GraphQLError(
              `Query cost ${cost} exceeds the limit of ${limits.maxCost} (estimated objects returned; ask for smaller pages).`,
              {
                extensions: {
                  code: 'BAD_USER_INPUT',
                  reason: 'QUERY_TOO_COSTLY',
                  limit: 'maxCost',
                  maxCost: limits.maxCost,
                  cost,
                },
              },
            ),
          );
        }
      },
    };
  };
}
