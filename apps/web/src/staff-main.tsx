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
  // Neither is needed for the first screen, and on a slow link both take bandwidth from its data: the server's
  // messages in the chosen language come with its answers anyway (Accept-Language), its catalogue serves the offline
  // outbox and a change of language.
  afterFirstScreen(() => {
    void loadServerMessages().catch(() => undefined);
    registerServiceWorker();
  });
  return <App />;
}

/** A few seconds after the page's load: when the first screen's requests have had the link to themselves. */
function afterFirstScreen(work: () => void) {
  const later = () => window.setTimeout(work, FIRST_SCREEN_MS);
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}
const FIRST_SCREEN_MS = 3_000;

/**
 * The service worker (vite-plugin-pwa's, Workbox) precaches the whole app so that the enumerator's phone opens it
 * without signal: registered by the staff side only, as a resident's phone has no use for the staff pages' chunks
 * (vite.config.mts: injectRegister false). After the first screen, so that its precaching never competes with it.
 */
function registerServiceWorker() {
  if (!('serviceWorker' in navigator)) return;
  void navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
}
