import { GraphQLError } from 'graphql';

/**
 * The value a mutation was given in its one `input` object or, from clients written before it took one, in the
 * deprecated top-level argument the input replaces. Exactly one of the two is needed; both are accepted when they
 * agree.
 */
export function fromInputOrArgument<T>(
  fromInput: T | null | undefined,
  fromArgument: T | null | undefined,
  names: { input: string; argument: string },
): T {
  if (fromInput != null && fromArgument != null && fromInput !== fromArgument) {
    throw new GraphQLError(
      `参数 ${names.argument} 与 ${names.input} 不一致，请只用 input。 Arguments "${names.argument}" and ` +
        `"${names.input}" differ; give only "input".`,
      { extensions: { code: 'BAD_USER_INPUT', argumentName: names.argument } },
    );
  }
  const value = fromInput ?? fromArgument;
  if (value == null) {
    throw new GraphQLError(
      `缺少参数 input。 Argument "input" is required (it holds ${names.input.replace(/^input\./, '')}).`,
      { extensions: { code: 'BAD_USER_INPUT', argumentName: 'input' } },
    );
  }
  return value;
}
