import {
  ACCOUNTS_CHANGED,
  authenticationCache,
  invalidateAuthentications,
  shareAuthenticationInvalidations,
} from './authentication-cache';
import { ANONYMOUS } from './principal';

const authentication = { principal: ANONYMOUS, failure: null };

describe('authentication cache', () => {
  it('answers an entry until its lifetime or the token expiry ends, never one of an older generation', () => {
    const key = authenticationCache.key('some-token');
    authenticationCache.remember(key, authenticationCache.current(), authentication);
    expect(authenticationCache.lookup(key)).toBe(authentication);
    authenticationCache.remember(key, authenticationCache.current(), authentication, Date.now() - 1);
    expect(authenticationCache.lookup(key)).toBeNull();

    // Read before a change, stored after it: never used.
    const before = authenticationCache.current();
    invalidateAuthentications();
    authenticationCache.remember(key, before, authentication);
    expect(authenticationCache.lookup(key)).toBeNull();
  });

  it('in a cluster worker, tells the other workers of a change and hears of theirs', () => {
    const send = Object.getOwnPropertyDescriptor(process, 'send');
    const sent: unknown[] = [];
    process.send = ((message: unknown) => sent.push(message) > 0) as typeof process.send;
    try {
      shareAuthenticationInvalidations();
      invalidateAuthentications();
      expect(sent).toEqual([{ [ACCOUNTS_CHANGED]: true }]);

      const key = authenticationCache.key('another-token');
      authenticationCache.remember(key, authenticationCache.current(), authentication);
      expect(authenticationCache.lookup(key)).toBe(authentication);
      process.emit('message', { [ACCOUNTS_CHANGED]: true }, undefined);
      expect(authenticationCache.lookup(key)).toBeNull();
      expect(sent).toHaveLength(1); // a relayed change is not sent back
    } finally {
      if (send) Object.defineProperty(process, 'send', send);
      else delete process.send;
    }
  });
});
