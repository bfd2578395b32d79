/**
 * Every page is a chunk of its own, fetched when it is first shown: the resident's self-report page never loads the
 * staff pages, and the login page none of the field-work or office pages (issue 17; the budget is checked on the
 * build by test/bundle-budget.spec.ts). Each loader is a function, so a page can be fetched ahead of time too.
 */
import { page } from './page-chunk';
import { isSelfReportPath } from './paths';

export { PageChunk } from './page-chunk';
export { isSelfReportPath } from './paths';

export const SelfReportPage = page(() => import('./pages/SelfReportPage'), 'SelfReportPage');
/** The router, the login page and the top bar of the staff pages. */
export const StaffApp = page(() => import('./staff-app'), 'StaffApp');
export const HomePage = page(() => import('./pages/HomePage'), 'HomePage');
export const ZonePage = page(() => import('./pages/ZonePage'), 'ZonePage');
export const HouseholdPage = page(() => import('./pages/HouseholdPage'), 'HouseholdPage');
export const AgendaPage = page(() => import('./pages/AgendaPage'), 'AgendaPage');
export const ReviewPage = page(() => import('./pages/ReviewPage'), 'ReviewPage');
export const ReportPage = page(() => import('./pages/ReportPage'), 'ReportPage');
export const AuditPage = page(() => import('./pages/AuditPage'), 'AuditPage');
export const ImportsPage = page(() => import('./pages/ImportsPage'), 'ImportsPage');
export const ExportsPage = page(() => import('./pages/ExportsPage'), 'ExportsPage');
export const TeamPage = page(() => import('./pages/TeamPage'), 'TeamPage');
export const StaffPage = page(() => import('./pages/StaffPage'), 'StaffPage');
export const AssignmentsPage = page(() => import('./pages/AssignmentsPage'), 'AssignmentsPage');
export const MapPage = page(() => import('./pages/MapPage'), 'MapPage');

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
      imports: ImportsPage,
      exports: ExportsPage,
      team: TeamPage,
      staff: StaffPage,
      assignments: AssignmentsPage,
      map: MapPage,
    };
    if (signedIn && pages[first]) loads.push(pages[first].load);
  }
  // A failure shows when the page renders (PageChunk), not here.
  for (const load of loads) load().catch(() => undefined);
}
