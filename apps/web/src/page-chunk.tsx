/** Chunks of the app fetched when first shown, and where they are awaited (shared by the staff and resident sides). */
import { Component, type ComponentType, lazy, type ReactNode, Suspense } from 'react';

import { useT } from './app-context';

/** A page (or part of one) as a chunk of its own, fetched when first shown; `load` fetches it ahead of time. */
export function page<Name extends string, Module extends Record<Name, ComponentType<never>>>(
  load: () => Promise<Module>,
  name: Name,
): Module[Name] & { load: () => Promise<Module> } {
  const Page = lazy(async () => ({ default: (await load())[name] as ComponentType }));
  return Object.assign(Page, { load }) as unknown as Module[Name] & { load: () => Promise<Module> };
}

/**
 * Where a page chunk is awaited: `fallback` while it comes, and when it cannot come (offline, or a new release
 * replaced the chunk since this page was loaded) the app's error notice with a retry that loads the page anew.
 */
export function PageChunk({ children, fallback = null }: { children: ReactNode; fallback?: ReactNode }) {
  return (
    <ChunkBoundary>
      <Suspense fallback={fallback}>{children}</Suspense>
    </ChunkBoundary>
  );
}

class ChunkBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <PageUnavailable /> : this.props.children;
  }
}

/** The browser's own error names the chunk's address: never shown. */
function PageUnavailable() {
  const t = useT();
  return (
    <div className="notice notice-error" role="alert">
      {t('app.pageUnavailable')}{' '}
      <button type="button" onClick={() => window.location.reload()}>
        {t('app.retry')}
      </button>
    </div>
  );
}
