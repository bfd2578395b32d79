import { fireEvent, screen } from '@testing-library/react';

import { GraphQLRequestError } from '@census/client';

import { renderWithApp } from '../test-utils';
import { LoginPage } from './LoginPage';

function attempt(error: GraphQLRequestError, lang: 'zh' | 'en' = 'zh') {
  renderWithApp(<LoginPage expired={false} initialUsername="" onLogin={() => undefined} />, {
    session: null,
    lang,
    handler: () => {
      throw error;
    },
  });
  fireEvent.change(screen.getByLabelText(lang === 'zh' ? '用户名' : 'Username'), {
    target: { value: 'officer' },
  });
  fireEvent.change(screen.getByLabelText(lang === 'zh' ? '密码' : 'Password'), {
    target: { value: 'wrong-pass' },
  });
  fireEvent.click(screen.getByRole('button', { name: lang === 'zh' ? '登录' : 'Log in' }));
}

const throttled = new GraphQLRequestError('Login: too many attempts [THROTTLED]', {
  url: '/graphql',
  status: 200,
  errors: [
    {
      message: '尝试次数过多',
      extensions: { code: 'THROTTLED', reason: 'USERNAME', retryAfterSeconds: 610 },
    },
  ],
});

/** What the API answers for a throttled login: a coded error, its wait in `params` (as formatted in Chinese). */
const codedThrottle = new GraphQLRequestError('Login: 登录失败次数过多，请 3 分钟后再试。 [THROTTLED]', {
  url: '/graphql',
  status: 200,
  errors: [
    {
      message: '登录失败次数过多，请 3 分钟后再试。',
      extensions: {
        code: 'THROTTLED',
        reason: 'USERNAME',
        retryAfterSeconds: 170,
        messageCode: 'auth.throttledLogin',
        params: { minutes: 3, retryAfterSeconds: 170 },
      },
    },
  ],
});

describe('login page errors', () => {
  it('renders a coded throttle from its code and params, in the chosen language', async () => {
    attempt(codedThrottle, 'en');
    expect(await screen.findByText('Too many failed logins; try again in 3 minutes.')).toBeTruthy();
    expect(screen.queryByText(/unreachable|无法连接服务器/)).toBeNull();
  });

  it('renders the coded throttle in Chinese', async () => {
    attempt(codedThrottle);
    expect(await screen.findByText('登录失败次数过多，请 3 分钟后再试。')).toBeTruthy();
  });

  it('says how long to wait when logins are throttled, not that the server is unreachable', async () => {
    attempt(throttled);
    expect(await screen.findByText('登录尝试次数过多，请 11 分钟后再试。')).toBeTruthy();
    expect(screen.queryByText(/无法连接服务器/)).toBeNull();
  });

  it('says the same in English', async () => {
    attempt(throttled, 'en');
    expect(await screen.findByText('Too many login attempts: try again in 11 minutes.')).toBeTruthy();
  });

  it('says the server is unreachable only when no answer came', async () => {
    attempt(new GraphQLRequestError('Login: could not reach /graphql: ECONNREFUSED', { url: '/graphql' }));
    expect(await screen.findByText(/^无法连接服务器：/)).toBeTruthy();
  });
});
