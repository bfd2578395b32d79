import { type FormEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';

import {
  type CensusClient,
  GraphQLRequestError,
  SelfReportHouseholdDocument,
  StartSelfReportDocument,
} from '@census/client';

import {
  AppContext,
  createAppClient,
  isUnauthenticated,
  type Request,
  SessionExpiredError,
  useApp,
} from '../app-context';
import { TextField } from '../components/fields';
import { LanguageMenu } from '../components/language-menu';
import { LoadState } from '../components/status';
import { loadFormMessages, loadServerMessages } from '../i18n';
import { page, PageChunk } from '../page-chunk';
import {
  formatSelfReportCode,
  loadResidentSession,
  minutesToWait,
  type ResidentSession,
  saveResidentSession,
} from '../resident-session';
import { useQuery } from '../use-query';

type Screen = 'start' | 'form' | 'expired' | 'done';

/**
 * The form in steps: a chunk of its own, fetched once the resident's code is accepted, shown once the form's texts
 * are here too (message-parts.ts).
 */
const ResidentSteps = page(
  () => Promise.all([import('./ResidentSteps'), loadFormMessages()]).then(([steps]) => steps),
  'ResidentSteps',
);

/**
 * 自主填报: the public page a resident reaches from the QR code of a self-report code. Code and the household's
 * phone number open a two-hour session on that one household; the resident fills in and submits the household's
 * short form (without the staff-only parts) and sees a thank-you screen, after which the session is over.
 */
export function SelfReportPage({
  client,
  storage = window.sessionStorage,
  now = Date.now,
}: {
  /** For tests: a client to use instead of one on /graphql. */
  client?: CensusClient;
  storage?: Storage;
  now?: () => number;
}) {
  const outer = useApp();
  const { t } = outer;
  // Read without the router: the resident's page loads none (the code comes in the link a resident was given).
  const search = useMemo(() => new URLSearchParams(window.location.search), []);
  const [session, setSession] = useState<ResidentSession | null>(() => {
    const saved = loadResidentSession(storage);
    return saved && Date.parse(saved.expiresAt) > now() ? saved : null;
  });
  const [screen, setScreen] = useState<Screen>(() => (session ? 'form' : 'start'));
  const token = useRef(session?.token ?? null);

  const changeSession = useCallback(
    (next: ResidentSession | null) => {
      saveResidentSession(storage, next);
      token.current = next?.token ?? null;
      setSession(next);
    },
    [storage],
  );

  const end = useCallback(
    (next: Screen) => {
      changeSession(null);
      setScreen(next);
    },
    [changeSession],
  );

  // The resident's own client: its token only, never the staff login's.
  const censusClient = useMemo(
    () => client ?? createAppClient(outer.lang, () => token.current),
    [client, outer.lang],
  );
  const request = useCallback<Request>(
    async (document, variables) => {
      if (session && Date.parse(session.expiresAt) <= now()) {
        end('expired');
        throw new SessionExpiredError('The self-report session has expired');
      }
      try {
        return await censusClient.request(document, variables);
      } catch (error) {
        if (session && isUnauthenticated(error)) end('expired');
        throw error;
      }
    },
    [censusClient, session, now, end],
  );

  const value = useMemo(
    () => ({ ...outer, session: null, request, logout: () => end('start') }),
    [outer, request, end],
  );

  return (
    <AppContext.Provider value={value}>
      <header className="topbar resident-bar">
        <span className="brand">{t('selfReport.title')}</span>
        <LanguageMenu />
      </header>
      <main id="main" className="resident" tabIndex={-1}>
        {screen === 'start' && (
          <StartForm
            initialCode={formatSelfReportCode(search.get('code') ?? '')}
            onStarted={(next) => {
              changeSession(next);
              setScreen('form');
            }}
          />
        )}
        {screen === 'form' && session && <ResidentForm onSubmitted={() => end('done')} />}
        {screen === 'expired' && (
          <section className="card" role="alert">
            <h1>{t('selfReport.expiredTitle')}</h1>
            <p>{t('selfReport.expiredText')}</p>
            <button type="button" className="primary wide" onClick={() => setScreen('start')}>
              {t('selfReport.again')}
            </button>
          </section>
        )}
        {screen === 'done' && (
          <section className="card thanks" role="status">
            <h1>{t('selfReport.thanksTitle')}</h1>
            <p>{t('selfReport.thanksText')}</p>
            <p>{t('selfReport.thanksEnd')}</p>
          </section>
        )}
      </main>
    </AppContext.Provider>
  );
}

/** Code and phone; the answers a guesser gets are the same for an unknown code and a wrong phone. */
function StartForm({
  initialCode,
  onStarted,
}: {
  initialCode: string;
  onStarted: (session: ResidentSession) => void;
}) {
  const { t, request } = useApp();
  const [code, setCode] = useState(initialCode);
  const [phone, setPhone] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError('');
    try {
      const { startSelfReport } = await request(StartSelfReportDocument, {
        input: { code: code.trim(), phone: phone.trim() },
      });
      if (startSelfReport.token && startSelfReport.expiresAt) {
        onStarted({ token: startSelfReport.token, expiresAt: startSelfReport.expiresAt });
        return;
      }
      // LOCKED: the form has been submitted already; anything else: a wrong code or phone.
      const submitted = startSelfReport.userErrors.some((e) => e.code === 'LOCKED');
      setError(t(submitted ? 'selfReport.alreadySubmitted' : 'selfReport.wrong'));
    } catch (caught) {
      const throttled =
        caught instanceof GraphQLRequestError &&
        caught.errors.find((e) => e.extensions?.code === 'THROTTLED');
      if (throttled)
        setError(
          t('selfReport.locked', { minutes: minutesToWait(throttled.extensions?.['retryAfterSeconds']) }),
        );
      else setError(t('selfReport.unreachable', { message: (caught as Error).message }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card resident-start">
      <h1>{t('selfReport.startTitle')}</h1>
      <p>{t('selfReport.startText')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label={t('selfReport.code')}
          name="code"
          value={code}
          onChange={setCode}
          hint={t('selfReport.codeHint')}
          autoComplete="off"
          required
        />
        <TextField
          label={t('selfReport.phone')}
          name="phone"
          type="tel"
          inputMode="tel"
          value={phone}
          onChange={setPhone}
          hint={t('selfReport.phoneHint')}
          autoComplete="tel"
          required
        />
        {error && (
          <p className="notice notice-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary wide" disabled={busy || !code.trim() || !phone.trim()}>
          {busy ? t('selfReport.starting') : t('selfReport.start')}
        </button>
      </form>
      <p className="hint">{t('selfReport.privacy')}</p>
    </section>
  );
}

function ResidentForm({ onSubmitted }: { onSubmitted: () => void }) {
  const { t } = useApp();
  const { data, loading, error, reload } = useQuery(SelfReportHouseholdDocument, {});
  const [message, setMessage] = useState('');
  // The form's chunk and the server's messages (for what it may refuse) come while the household is being read.
  useEffect(() => {
    void ResidentSteps.load().catch(() => undefined);
    void loadServerMessages().catch(() => undefined);
  }, []);
  const household = data?.selfReportHousehold;
  if (!household) return <LoadState loading={loading} error={error} retry={() => void reload()} />;
  return (
    <>
      <h1>{t('selfReport.formTitle', { number: household.number })}</h1>
      <p className="notice">{t('selfReport.formText')}</p>
      <p className="flash" role="status" aria-live="polite">
        {message}
      </p>
      <PageChunk fallback={<LoadState loading />}>
        <ResidentSteps
          key={household.id}
          household={household}
          reload={reload}
          onMessage={setMessage}
          onSubmitted={onSubmitted}
          longFormSampled={household.longForm.sampled}
        />
      </PageChunk>
    </>
  );
}
