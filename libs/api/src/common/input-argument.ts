import { codedError } from './coded-error';

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
    throw codedError(
      'input.argumentsDiffer',
      { argument: names.argument, input: names.input },
      { code: 'BAD_USER_INPUT', argumentName: names.argument },
    );
  }
  const value = fromInput ?? fromArgument;
  if (value == null) {
    throw codedError('input.inputRequired', {}, { code: 'BAD_USER_INPUT', argumentName: 'input' });
  }
  return value;
}
