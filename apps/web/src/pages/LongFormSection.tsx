/**
 * 长表 on a sampled household's page (staff): the housing items H8-H18, then each person's C12-C28 as collapsible
 * cards like the short form's, only the items the rules' skip rules ask; each with a 拒答 toggle. Sealed answers show
 * masked until 显示加密项 (an audited read, for the roles the API lets read them). 保存长表 sends one saveLongForm of
 * what changed, against the household's version; every problem is shown at its item. Read-only for a reviewer of a
 * submitted household and for the roles that may not change it.
 */
import { useEffect, useRef, useState } from 'react';

import { SaveLongFormDocument, WebHouseholdLongFormDocument } from '@census/client';

import { useApp } from '../app-context';
import type { UserErrorLike } from '../household-form';
import { errorText } from '../i18n';
import { changedParts, type LongFormData, shownItems } from '../long-form';
import {
  loadLongFormDraft,
  type LongFormDraftKept,
  removeLongFormDraft,
  saveLongFormDraft,
} from '../offline/drafts';
import { useOfflineOrNull } from '../offline/offline-context';
import { newIdempotencyKey, sendOrQueue } from '../offline/outbox';
import { useCachedQuery } from '../offline/query-cache';
import { LongFormAnswersList, LongFormItems } from './LongFormFields';
import { useLongForm } from './use-long-form';

/** Roles that fill the long form (and may read its sealed answers to do so). */
const FILLING_ROLES = ['ENUMERATOR', 'SUPERVISOR'];

export function LongFormSection({
  householdId,
  version,
  editable,
  reload,
  submitProblems,
}: {
  householdId: string;
  /** The household's version as the page has it (the short form's saves move it). */
  version: number;
  /** The household's stage lets it change. */
  editable: boolean;
  /** Reloads the page's household after a save (its version moved). */
  reload: () => Promise<void>;
  /** The last submit's problems, shown at the long-form items they name. */
  submitProblems: readonly UserErrorLike[];
}) {
  const { t, session } = useApp();
  const { data, reload: reloadForm } = useCachedQuery(WebHouseholdLongFormDocument, { id: householdId });
  // Kept here: a save reloads the form, and the editor starts again on the new version.
  const [status, setStatus] = useState('');
  const [opened, setOpened] = useState<Record<string, boolean>>({});
  // The short form's saves move the household's version (and may change its persons): read the long form again.
  const seen = useRef(version);
  useEffect(() => {
    if (seen.current === version) return;
    seen.current = version;
    void reloadForm();
  }, [version, reloadForm]);
  const node = data?.node;
  const form = node?.__typename === 'Household' ? node : undefined;
  const fills = FILLING_ROLES.includes(session?.account.role ?? '');
  return (
    <section className="card long-form" aria-labelledby="long-form-title" data-long-form>
      <h2 id="long-form-title">
        {t('lf.title')}{' '}
        {form && (
          <span className="badge badge-busy" data-long-form-status={form.longForm.status}>
            {t(`lf.status.${form.longForm.status}`)}
          </span>
        )}
      </h2>
      <p className="hint">{t('lf.intro')}</p>
      {!form ? (
        <p>{t('app.loading')}</p>
      ) : editable && fills ? (
        <LongFormEditor
          key={form.id}
          form={form}
          version={version}
          reload={reload}
          submitProblems={submitProblems}
          status={status}
          setStatus={setStatus}
          opened={opened}
          setOpened={setOpened}
        />
      ) : (
        <LongFormReadOnly form={form} />
      )}
    </section>
  );
}

function LongFormReadOnly({ form }: { form: LongFormData }) {
  const { t } = useApp();
  return (
    <>
      <h3>{t('lf.housing')}</h3>
      <LongFormAnswersList answers={form.longForm.answers} />
      <h3>{t('lf.persons')}</h3>
      {form.persons.map((person) => (
        <details key={person.id} className="card person-card lf-person">
          <summary>{t('lf.person', { line: person.lineNumber, name: person.name })}</summary>
          <LongFormAnswersList answers={person.longForm.answers} />
        </details>
      ))}
      <p className="notice">{t('lf.readOnly')}</p>
    </>
  );
}

function LongFormEditor({
  form,
  version,
  reload,
  submitProblems,
  status,
  setStatus,
  opened,
  setOpened,
}: {
  form: LongFormData;
  version: number;
  reload: () => Promise<void>;
  submitProblems: readonly UserErrorLike[];
  status: string;
  setStatus: (status: string) => void;
  opened: Record<string, boolean>;
  setOpened: (change: (previous: Record<string, boolean>) => Record<string, boolean>) => void;
}) {
  const { t, lang, request } = useApp();
  const outbox = useOfflineOrNull()?.outbox;
  const editor = useLongForm({
    data: form,
    version,
    // Kept in the outbox before it is sent (like the short form's saves): without signal it waits on the phone,
    // and a resend under its key is applied once.
    send: async (save) => {
      const input = { ...save, idempotencyKey: newIdempotencyKey() };
      const sent = await sendOrQueue(
        outbox,
        { kind: 'saveLongForm', input },
        form.id,
        async () => (await request(SaveLongFormDocument, { input })).saveLongForm,
      );
      return sent.queued ? { queued: input.idempotencyKey } : sent.answer;
    },
    readFull: async () => {
      const { node } = await request(WebHouseholdLongFormDocument, { id: form.id, unmasked: true });
      return node?.__typename === 'Household' ? node : undefined;
    },
  });
  const [shownSubmit, setShownSubmit] = useState<readonly UserErrorLike[]>([]);
  if (submitProblems !== shownSubmit) {
    setShownSubmit(submitProblems);
    editor.showProblems(submitProblems);
  }
  // The outbox entry holding exactly the draft as it is (cleared by anything typed since).
  const queuedRef = useRef<{ key: string; draft: typeof editor.draft } | null>(null);
  const queuedKey = queuedRef.current?.draft === editor.draft ? queuedRef.current.key : undefined;
  useLongFormDraftKept(form, version, editor, queuedKey, () => setStatus(t('offline.draftRestored')));
  const personHasProblem = (id: string) =>
    editor.issues.some((issue) => issue.key.startsWith(`persons.${id}.`));
  const isOpen = (id: string) => opened[id] ?? personHasProblem(id);
  const householdItems = shownItems('household', editor.householdAsks, editor.draft.household);

  async function save() {
    setStatus(t('lf.saving'));
    try {
      const { result, problems, queued } = await editor.save();
      if (result === 'unchanged') setStatus(t('lf.unchanged'));
      else if (result === 'queued') {
        queuedRef.current = queued ? { key: queued, draft: editor.draft } : null;
        await saveLongFormDraft(form.id, { baseVersion: version, draft: editor.draft, queuedKey: queued });
        setStatus(t('offline.queued'));
      } else if (result === 'saved') {
        await removeLongFormDraft(form.id);
        setStatus(t('lf.saved'));
        await reload();
      } else if (result === 'conflict') {
        await reload();
        setStatus(t('lf.conflict'));
      } else {
        setOpened(() => ({}));
        setStatus(t('lf.fixErrors', { count: problems }));
      }
    } catch (error) {
      setStatus(
        navigator.onLine === false
          ? t('lf.offline')
          : t('app.error', { message: errorText(lang, error as Error) }),
      );
    }
  }

  return (
    <form
      className="lf-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {editor.anyMasked && (
        <p className="lf-unmask">
          <button type="button" className="link" disabled={editor.busy} onClick={() => void editor.unmask()}>
            {t('lf.unmask')}
          </button>{' '}
          <span className="hint">{t('lf.unmaskNote')}</span>
        </p>
      )}
      <h3>{t('lf.housing')}</h3>
      {householdItems.length === 0 ? (
        <p className="hint">{t('lf.housingNone')}</p>
      ) : (
        <LongFormItems
          entity="household"
          items={householdItems}
          draft={editor.draft.household}
          set={(field, next) => editor.setItem(null, field, next)}
          disabled={editor.busy}
          issueAt={editor.issueAt}
        />
      )}
      <h3>{t('lf.persons')}</h3>
      {editor.loaded.persons.map((person) => {
        const items = shownItems(
          'person',
          editor.personAsks(person.id),
          editor.draft.persons[person.id] ?? {},
        );
        const open = isOpen(person.id);
        const problem = personHasProblem(person.id);
        return (
          <section
            key={person.id}
            className={`card person-card${problem ? ' person-invalid' : ''}`}
            data-lf-person={person.lineNumber}
          >
            <button
              type="button"
              className="person-toggle"
              aria-expanded={open}
              onClick={() => setOpened((previous) => ({ ...previous, [person.id]: !open }))}
            >
              <span className="person-summary">
                {t('lf.person', { line: person.lineNumber, name: person.name })}{' '}
                <span className="hint">{t('lf.personCount', { count: items.length })}</span>
              </span>
              {problem && <span className="person-flag">{t('person.hasProblem')}</span>}
              <span className="person-chevron" aria-hidden="true">
                {open ? '▴' : '▾'}
              </span>
            </button>
            <div hidden={!open}>
              <LongFormItems
                entity="person"
                personId={person.id}
                items={items}
                draft={editor.draft.persons[person.id] ?? {}}
                set={(field, next) => editor.setItem(person.id, field, next)}
                disabled={editor.busy}
                issueAt={editor.issueAt}
              />
            </div>
          </section>
        );
      })}
      {editor.general.length > 0 && (
        <ul className="notice notice-error" role="alert">
          {editor.general.map((text, index) => (
            <li key={index}>{text}</li>
          ))}
        </ul>
      )}
      <div className="actions">
        <p className="bar-status" role="status" aria-live="polite">
          {status}
        </p>
        <button type="submit" disabled={editor.busy}>
          {t('lf.save')}
        </button>
      </div>
    </form>
  );
}

/**
 * Keeps what is typed into the long form on the phone (offline/drafts.ts), as the short form does: restored when the
 * form opens on the version it was typed on, written a moment after each change and at once when the page is hidden
 * or closed. Sealed answers read in full are written masked.
 */
function useLongFormDraftKept(
  form: LongFormData,
  version: number,
  editor: ReturnType<typeof useLongForm>,
  queuedKey: string | undefined,
  onRestored: () => void,
) {
  const typed = editor.changed.household || editor.changed.persons.length > 0;
  const latest = useRef<LongFormDraftKept | null>(null);
  latest.current = typed ? { baseVersion: version, draft: editor.draft, queuedKey } : null;
  const restoredFor = useRef<string | null>(null);
  const restore = useRef({ editor, onRestored });
  restore.current = { editor, onRestored };
  useEffect(() => {
    if (restoredFor.current === form.id) return;
    restoredFor.current = form.id;
    void loadLongFormDraft(form.id).then((kept) => {
      if (!kept || kept.baseVersion !== version) return;
      const differs = changedParts(restore.current.editor.draft, kept.draft);
      if (!differs.household && differs.persons.length === 0) return;
      restore.current.editor.restore(kept.draft);
      restore.current.onRestored();
    });
  }, [form.id, version]);
  useEffect(() => {
    if (!typed) return;
    const timer = window.setTimeout(() => {
      if (latest.current) void saveLongFormDraft(form.id, latest.current);
    }, 300);
    return () => window.clearTimeout(timer);
  }, [typed, editor.draft, form.id]);
  useEffect(() => {
    const now = () => {
      if (latest.current) void saveLongFormDraft(form.id, latest.current);
    };
    const hidden = () => {
      if (document.visibilityState === 'hidden') now();
    };
    window.addEventListener('pagehide', now);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('pagehide', now);
      document.removeEventListener('visibilitychange', hidden);
    };
  }, [form.id]);
}
