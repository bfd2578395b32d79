import { GraphQLError } from 'graphql';
import { Extensions, type MiddlewareFn, UseMiddleware } from 'type-graphql';

import type { CensusContext } from '../server/context';
import { type Role } from './role';

/**
 * Who may call a root field. Every Query and Mutation field carries one `@Allow(...)`; a test walks the schema
 * and fails on a root field without it. What a caller may then see or change is limited by its scope.
 */
export type Audience = Role | 'ANYONE' | 'STAFF' | 'RESIDENT';

export const ACCESS_EXTENSION = 'access';

const FAILURE_MESSAGES = {
  expired: 'Your session has expired; log in again.',
  invalid: 'The access token is not valid; log in again.',
  inactive: 'This account is disabled.',
  closed: 'This self-report session has ended: the form was submitted. Thank you.',
  revoked:
    "会话已结束：账号的密码、权限或状态已更改，请重新登录。The session has ended: the account's password, zones or state changed; log in again.",
} as const;

function allowed(audience: readonly Audience[], context: CensusContext): boolean {
  const { principal } = context.auth;
  if (audience.includes('ANYONE')) return true;
  if (principal.kind === 'resident') return audience.includes('RESIDENT');
  if (principal.kind === 'staff') return audience.includes('STAFF') || audience.includes(principal.role);
  return false;
}

export function Allow(...audience: Audience[]): MethodDecorator {
  const guard: MiddlewareFn<CensusContext> = async ({ context }, next) => {
    if (!allowed(audience, context)) {
      const { principal, failure } = context.auth;
      if (principal.kind === 'anonymous') {
        throw new GraphQLError(
          failure ? FAILURE_MESSAGES[failure] : 'Log in first: this field needs an access token.',
          {
            extensions: { code: 'UNAUTHENTICATED', reason: failure ?? 'missing' },
          },
        );
      }
      throw new GraphQLError(`Your role may not use this field; it is for ${audience.join(', ')}.`, {
        extensions: { code: 'FORBIDDEN' },
      });
    }
    const result: unknown = await next();
    return result;
  };
  return (target, key, descriptor) => {
    Extensions({ [ACCESS_EXTENSION]: audience })(target, key, descriptor);
    UseMiddleware(guard)(target, key, descriptor);
  };
}

/** The staff principal of a request (fields guarded by `@Allow` of staff roles only reach here with one). */
export function staffOf(context: CensusContext) {
  const { principal } = context.auth;
  if (principal.kind !== 'staff')
    throw new GraphQLError('Staff only.', { extensions: { code: 'FORBIDDEN' } });
  return principal;
}
