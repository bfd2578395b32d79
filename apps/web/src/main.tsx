import './styles.css';

import { type ReactNode, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { loadMessages, storedLang, wantStaffMessages } from './i18n';
import { isSelfReportPath } from './paths';

/**
 * The entry holds React and the messages' formatter only. Which side of the app loads is decided by the address:
 * the resident's page (resident-app.tsx) or the staff side (staff-main.tsx), each a chunk that index.html fetches
 * beside the entry together with the chosen language's messages (first-page-preload.mts), so a resident's phone
 * downloads no staff code.
 */
const resident = isSelfReportPath(window.location.pathname);
const side: Promise<ReactNode> = resident
  ? import('./resident-app').then(({ ResidentApp }) => <ResidentApp />)
  : import('./staff-main').then(({ staffApp }) => staffApp());
// The staff side's own texts (message-parts.ts) come with the shared ones; the resident's page never fetches them.
if (!resident) wantStaffMessages();

// Without its messages (no network) the app still shows, each text as its key.
const messages = loadMessages(storedLang(window.localStorage)).catch(() => undefined);

const root = createRoot(document.getElementById('root') as HTMLElement);
Promise.all([side, messages]).then(
  ([app]) => root.render(<StrictMode>{app}</StrictMode>),
  // The side's chunk did not come (no network, or a new release replaced it): said in both languages, as there are
  // no messages to say it with.
  () =>
    root.render(
      <p className="notice notice-error" role="alert">
        页面未能加载，请检查网络后刷新。 The page could not be loaded; check the network and reload.
      </p>,
    ),
);
