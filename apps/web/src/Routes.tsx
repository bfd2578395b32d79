import { Route, Routes as Switch, useParams } from 'react-router';

import { useT } from './app-context';
import { LoadState } from './components/status';
import {
  AgendaPage,
  AssignmentsPage,
  AuditPage,
  ExportsPage,
  HomePage,
  HouseholdPage,
  ImportsPage,
  MapPage,
  PageChunk,
  ReportPage,
  ReviewPage,
  StaffPage,
  TeamPage,
  ZonePage,
} from './lazy-pages';

/**
 * The staff pages by address, each a chunk of its own (lazy-pages.tsx), under the top bar, which stays while the
 * next page's chunk comes; a page with a parameter starts afresh (its `key`) when the parameter changes.
 */
export function Routes() {
  const t = useT();
  return (
    <PageChunk fallback={<LoadState loading />}>
      <Switch>
        <Route path="/" element={<HomePage />} />
        <Route path="/login" element={<HomePage />} />
        <Route path="/zones/:code" element={<ZoneRoute />} />
        <Route path="/households/:id" element={<HouseholdRoute />} />
        <Route path="/agenda" element={<AgendaPage />} />
        <Route path="/review" element={<ReviewPage />} />
        <Route path="/report/:code" element={<ReportRoute />} />
        <Route path="/report" element={<ReportPage code="" />} />
        <Route path="/audit" element={<AuditPage />} />
        <Route path="/imports" element={<ImportsPage />} />
        <Route path="/exports" element={<ExportsPage />} />
        <Route path="/team" element={<TeamPage />} />
        <Route path="/staff" element={<StaffPage />} />
        <Route path="/assignments" element={<AssignmentsPage />} />
        <Route path="/map/:code" element={<MapRoute />} />
        <Route path="*" element={<h1>{t('app.notFound')}</h1>} />
      </Switch>
    </PageChunk>
  );
}

function ZoneRoute() {
  const { code = '' } = useParams();
  return <ZonePage key={code} code={code} />;
}

function HouseholdRoute() {
  const { id = '' } = useParams();
  return <HouseholdPage key={id} id={id} />;
}

function ReportRoute() {
  const { code = '' } = useParams();
  return <ReportPage key={code} code={code} />;
}

function MapRoute() {
  const { code = '' } = useParams();
  return <MapPage key={code} code={code} />;
}
