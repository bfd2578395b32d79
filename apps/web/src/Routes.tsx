import { useT } from './app-context';
import { AgendaPage } from './pages/AgendaPage';
import { AuditPage } from './pages/AuditPage';
import { HomePage } from './pages/HomePage';
import { HouseholdPage } from './pages/HouseholdPage';
import { ReportPage } from './pages/ReportPage';
import { ReviewPage } from './pages/ReviewPage';
import { ZonePage } from './pages/ZonePage';
import { matchPath, useLocation } from './router';

export function Routes() {
  const { path } = useLocation();
  const t = useT();
  let params: Record<string, string> | null;
  if (path === '/' || path === '/login') return <HomePage />;
  if ((params = matchPath('/zones/:code', path)))
    return <ZonePage key={params['code']} code={params['code'] ?? ''} />;
  if ((params = matchPath('/households/:id', path)))
    return <HouseholdPage key={params['id']} id={params['id'] ?? ''} />;
  if (matchPath('/agenda', path)) return <AgendaPage />;
  if (matchPath('/review', path)) return <ReviewPage />;
  if ((params = matchPath('/report/:code', path)))
    return <ReportPage key={params['code']} code={params['code'] ?? ''} />;
  if (matchPath('/report', path)) return <ReportPage code="" />;
  if (matchPath('/audit', path)) return <AuditPage />;
  return <h1>{t('app.notFound')}</h1>;
}
