import './styles.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './App';
import { preload } from './lazy-pages';
import { loadSession } from './session';

// The page's chunks start loading now, beside React's first render.
preload(window.location.pathname, loadSession(window.localStorage) !== null);

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
