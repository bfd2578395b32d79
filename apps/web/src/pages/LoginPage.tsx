import { type FormEvent, useState } from 'react';

import { GraphQLRequestError, LoginDocument } from '@census/client';

import { useApp } from '../app-context';
import { TextField } from '../components/fields';
import { LanguageMenu } from '../components/language-menu';
import { errorText, type Lang } from '../i18n';
import type { Session } from '../session';

/** The login form; with `expired` it is the clear "your session has expired" screen. */
export function LoginPage({
  expired,
  initialUsername,
  onLogin,
}: {
  expired: boolean;
  initialUsername: string;
  onLogin: (session: Session) => void;
}) {
  const { t, lang, request } = useApp();
  const [username, setUsername] = useState(initialUsername);
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError('');
    try {
      const { login } = await request(LoginDocument, { input: { username: username.trim(), password } });
      if (login.token && login.expiresAt && login.account) {
        onLogin({ token: login.token, expiresAt: login.expiresAt, account: login.account });
        return;
      }
      setError(t('login.failed'));
    } catch (caught) {
      setError(loginErrorText(caught, t, lang));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main id="main" className="login-screen">
      <div className="login-box card">
        <div className="login-lang">
          <LanguageMenu className="" />
        </div>
        <p className="login-app">{t('app.title')}</p>
        {expired ? (
          <div className="expired" role="alert">
            <h1>{t('expired.title')}</h1>
            <p>{t('expired.text')}</p>
          </div>
        ) : (
          <h1>{t('login.title')}</h1>
        )}
        <form onSubmit={(event) => void submit(event)} noValidate>
          <TextField
            label={t('login.username')}
            name="username"
            value={username}
            onChange={setUsername}
            autoComplete="username"
            required
          />
          <TextField
            label={t('login.password')}
            name="password"
            type="password"
            value={password}
            onChange={setPassword}
            autoComplete="current-password"
            required
          />
          {error && (
            <p className="notice notice-error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" className="primary" disabled={busy || !username || !password}>
            {busy ? t('login.busy') : t('login.submit')}
          </button>
        </form>
      </div>
    </main>
  );
}

/**
 * What a failed login says: too many attempts (THROTTLED, with the wait in minutes), the server unreachable (no
 * answer at all), or the server's own message. Never "unreachable" for an answer the server did give.
 */
export function loginErrorText(
  caught: unknown,
  t: ReturnType<typeof useApp>['t'],
  lang: Lang = 'zh',
): string {
  if (!(caught instanceof GraphQLRequestError)) return String(caught);
  const extensions = caught.errors[0]?.extensions ?? {};
  // A coded error (the throttle says how long to wait, in minutes) in the language chosen here.
  if (typeof extensions.messageCode === 'string') return errorText(lang, caught);
  if (extensions.code === 'THROTTLED') {
    const seconds = typeof extensions.retryAfterSeconds === 'number' ? extensions.retryAfterSeconds : 60;
    return t('login.throttled', { minutes: Math.max(1, Math.ceil(seconds / 60)) });
  }
  if (caught.status === undefined) return t('login.unreachable', { message: caught.message });
  return t('login.error', { message: caught.errors[0]?.message ?? caught.message });
}
