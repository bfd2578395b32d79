import { App } from './App';
import { loadServerMessages } from './i18n';
import { preload } from './lazy-pages';
import { loadSession } from './session';

/**
 * The staff side's start (main.tsx loads this chunk for every address but /self-report): the chunks of the opened
 * page start loading at once, beside the first render of the app.
 */
export function staffApp() {
  preload(window.location.pathname, loadSession(window.localStorage) !== null);
  void loadServerMessages().catch(() => undefined);
  registerServiceWorker();
  return <App />;
}

/**
 * The service worker (vite-plugin-pwa's, Workbox) precaches the whole app so that the enumerator's phone opens it
 * without signal: registered by the staff side only, as a resident's phone has no use for the staff pages' chunks
 * (vite.config.mts: injectRegister false). After the page's load, so that its precaching never competes with it.
 */
function registerServiceWorker() {
  if (!('serviceWorker' in navigator)) return;
  const register = () =>
    void navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
