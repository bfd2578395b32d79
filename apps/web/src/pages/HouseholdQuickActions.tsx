/**
 * The top of the household page on a phone: what an enumerator does most at a door, without scrolling past the
 * form. "无人在家" records a visit now in one tap; the other buttons open their form in place.
 */
import { useState } from 'react';

import { useApp } from '../app-context';
import { maySelfReport, SelfReportCode } from '../components/self-report-code';
import { dynamicKey, errorText, serverText } from '../i18n';
import { type ActivityLists, AppointmentForm, useRecordVisit, VisitForm, when } from './HouseholdActivity';
import type { LoadedHousehold } from './HouseholdForm';

type Panel = 'visit' | 'appointment' | 'code';

export function HouseholdQuickActions({
  household,
  lists,
  reload,
}: {
  household: LoadedHousehold;
  lists: ActivityLists;
  reload: () => Promise<void>;
}) {
  const { t, lang, request, session } = useApp();
  const [panel, setPanel] = useState<Panel | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const record = useRecordVisit(household, lists);
  const recorded = (outcome: string, at: Date) =>
    t('quick.recorded', { outcome: t(dynamicKey('visit.outcome.', outcome)), at: when(at.toISOString()) });

  async function nobodyHome() {
    setBusy(true);
    setStatus('');
    const at = new Date();
    try {
      const { errors, queued } = await record(request, { at, method: 'IN_PERSON', outcome: 'NOBODY_HOME' });
      setStatus(
        errors.length > 0
          ? errors.map((error) => serverText(lang, error)).join('; ')
          : queued
            ? t('offline.visitQueued')
            : recorded('NOBODY_HOME', at),
      );
    } catch (caught) {
      setStatus(t('app.error', { message: errorText(lang, caught as Error) }));
    } finally {
      setBusy(false);
    }
  }

  const toggle = (which: Panel) => () => setPanel(panel === which ? null : which);
  const tab = (which: Panel, label: string) => (
    <button type="button" aria-expanded={panel === which} onClick={toggle(which)}>
      {label}
    </button>
  );

  return (
    <section className="card quick-actions" aria-labelledby="quick-actions-title">
      <h2 id="quick-actions-title" className="visually-hidden">
        {t('quick.title')}
      </h2>
      <div className="quick-buttons">
        <button
          type="button"
          className="primary"
          disabled={busy}
          title={t('quick.nobodyHomeHint')}
          onClick={() => void nobodyHome()}
        >
          {t('quick.nobodyHome')}
        </button>
        {tab('visit', t('quick.visit'))}
        {tab('appointment', t('quick.appointment'))}
        {maySelfReport(session?.account.role, household.stage) && tab('code', t('quick.selfReport'))}
      </div>
      <p className="quick-status" role="status" aria-live="polite">
        {status}
      </p>
      {panel === 'visit' && (
        <VisitForm
          household={household}
          lists={lists}
          onDone={(outcome, at, queued) => {
            setPanel(null);
            setStatus(queued ? t('offline.visitQueued') : recorded(outcome, at));
          }}
        />
      )}
      {panel === 'appointment' && (
        <AppointmentForm household={household} lists={lists} onDone={() => setPanel(null)} />
      )}
      {panel === 'code' && <SelfReportCode household={household} onIssued={() => void reload()} />}
    </section>
  );
}
