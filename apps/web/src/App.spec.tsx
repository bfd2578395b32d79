import { act, render, screen } from '@testing-library/react';

import type { CensusClient } from '@census/client';

import { App } from './App';

describe('App', () => {
  afterEach(() => {
    jest.restoreAllMocks();
    window.history.replaceState(null, '', '/');
  });

  it('starts a new page at its top, also where scrollTo answers a promise (Chromium)', async () => {
    const scrolled: string[] = [];
    // Chromium's scrollTo answers a promise (the DOM types still say void).
    const scrollTo = (() => {
      scrolled.push(window.location.pathname);
      return Promise.resolve();
    }) as () => void;
    jest.spyOn(window, 'scrollTo').mockImplementation(scrollTo);
    const client: CensusClient = { request: () => new Promise(() => undefined) };
    window.history.replaceState(null, '', '/');
    render(<App client={client} storage={window.localStorage} />);
    // The staff side (router, login page) is a chunk of its own, there once it has loaded.
    expect(await screen.findByRole('heading', { name: '登录' })).toBeTruthy();
    // A browser's back or forward button: the router follows popstate.
    act(() => {
      window.history.pushState(null, '', '/agenda');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(scrolled).toEqual(['/', '/agenda']);
    expect(screen.getByRole('heading', { name: '登录' })).toBeTruthy();
  });
});
