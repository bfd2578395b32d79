import './styles.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './App';
import { loadMessages, storedLang } from './i18n';
import { preload } from './lazy-pages';
import { loadSession } from './session';

// The page's chunks start loading now, beside the chosen language's messages (index.html fetches both with the entry).
preload(window.location.pathname, loadSession(window.localStorage) !== null);

// Shown once the messages are here (not a screen of message keys); without them (no network), each text is its key.
void loadMessages(storedLang(window.localStorage))
  .catch(() => undefined)
  .then(() =>
    createRoot(document.getElementById('root') as HTMLElement).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
