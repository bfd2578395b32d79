import { Component, type ComponentType, lazy, type ReactNode, Suspense } from 'react';

import { useT } from './app-context';

/**
 * Every page is a chunk of its own, fetched when it is first shown: the resident's self-report page never loads the
 * staff pages, and the login page none of the field-work or office pages (issue 17; the budget is checked on the
 * build by test/bundle-budget.spec.ts). Each loader is a function, so a page can be fetched ahead of time too.
 */
function page<Name extends string, Module extends Record<Name, ComponentType<never>>>(
  load: () => Promise<Module>,
  name: Name,
): Module[Name] & { load: () => Promise<Module> } {
  const Page = lazy(async () => ({ default: (await load())[name] as ComponentType }));
  return Object.assign(Page, { load }) as unknown as Module[Name] & { load: () => Promise<Module> };
}

export const SelfReportPage = page(() => import('./pages/SelfReportPage'), 'SelfReportPage');
/** The household form: of the self-report page, only once the resident's code is accepted. */
export const HouseholdForm = page(() => import('./pages/HouseholdForm'), 'HouseholdForm');
/** The router, the login page and the top bar of the staff pages. */
export const StaffApp = page(() => import('./staff-app'), 'StaffApp');
export const HomePage = page(() => import('./pages/HomePage'), 'HomePage');
export const ZonePage = page(() => import('./pages/ZonePage'), 'ZonePage');
export const HouseholdPage = page(() => import('./pages/HouseholdPage'), 'HouseholdPage');
export const AgendaPage = page(() => import('./pages/AgendaPage'), 'AgendaPage');
export const ReviewPage = page(() => import('./pages/ReviewPage'), 'ReviewPage');
export const ReportPage = page(() => import('./pages/ReportPage'), 'ReportPage');
export const AuditPage = page(() => import('./pages/AuditPage'), 'AuditPage');

/** The resident's page (matchPath('/self-report') of the router, without the router). */
export function isSelfReportPath(pathname: string): boolean {
  return /^\/self-report\/?$/i.test(pathname);
}

/**
 * The chunks the page at `pathname` will need, fetched at once when the app starts instead of one after the other
 * as each is rendered (the staff side, then the page): a round trip less on a slow network.
 */
export function preload(pathname: string, signedIn: boolean): void {
  const loads: (() => Promise<unknown>)[] = [];
  if (isSelfReportPath(pathname)) loads.push(SelfReportPage.load);
  else {
    loads.push(StaffApp.load);
    const first = pathname.split('/')[1] ?? '';
    const pages: Record<string, { load: () => Promise<unknown> }> = {
      '': HomePage,
      login: HomePage,
      zones: ZonePage,
      households: HouseholdPage,
      agenda: AgendaPage,
      review: ReviewPage,
      report: ReportPage,
      audit: AuditPage,
    };
    if (signedIn && pages[first]) loads.push(pages[first].load);
  }
  // A failure shows when the page renders (PageChunk), not here.
  for (const load of loads) load().catch(() => undefined);
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
