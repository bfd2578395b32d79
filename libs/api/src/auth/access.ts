import { Extensions, type MiddlewareFn, UseMiddleware } from 'type-graphql';

import { codedError } from '../common/coded-error';
import type { CensusContext } from '../server/context';
import { type Role } from './role';

/**
 * Who may call a root field. Every Query and Mutation field carries one `@Allow(...)`; a test walks the schema
 * and fails on a root field without it. What a caller may then see or change is limited by its scope.
 */
export type Audience = Role | 'ANYONE' | 'STAFF' | 'RESIDENT';

export const ACCESS_EXTENSION = 'access';

const FAILURE_MESSAGES = {
  expired: 'auth.expired',
  invalid: 'auth.invalid',
  inactive: 'auth.inactive',
  closed: 'auth.closed',
  revoked: 'auth.revoked',
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
        throw codedError(
          failure ? FAILURE_MESSAGES[failure] : 'auth.missing',
          {},
          {
            code: 'UNAUTHENTICATED',
            reason: failure ?? 'missing',
          },
        );
      }
      throw codedError('auth.forbidden', { allowed: audience.join(', ') }, { code: 'FORBIDDEN' });
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
    throw codedError('auth.forbidden', { allowed: 'STAFF' }, { code: 'FORBIDDEN' });
  return principal;
}
