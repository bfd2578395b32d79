/**
 * The long form being filled: the draft against what was loaded, which items the skip rules ask as it changes, and
 * the save (one saveLongForm of the parts that changed, version-checked) with every userError at its item. Used by
 * the staff section and the resident's steps, each with its own mutation.
 */
import { useEffect, useMemo, useRef, useState } from 'react';

import type { LongFormAnswerInput, SaveLongFormInput } from '@census/client';

import { useApp } from '../app-context';
import type { UserErrorLike } from '../household-form';
import { serverText } from '../i18n';
import {
  changedParts,
  type EntityDraft,
  entityInput,
  errorKey,
  hasMasked,
  householdApplicable,
  type ItemDraft,
  type LongFormData,
  type LongFormDraft,
  longFormDraft,
  personApplicable,
  storableDraft,
} from '../long-form';

export interface LongFormSaveOutcome {
  household?: LongFormData | null;
  userErrors: readonly UserErrorLike[];
}

export type SaveResult = {
  result: 'saved' | 'unchanged' | 'invalid' | 'conflict' | 'queued';
  problems: number;
  /** The outbox entry's key, when the save waits on the phone for the signal. */
  queued?: string;
};

interface Issue {
  key: string;
  error: UserErrorLike;
}

/** Masked items of `draft` take their values from `full` (the same form read unmasked), marked as revealed. */
function reveal(
  draft: LongFormDraft,
  full: LongFormData | LongFormDraft,
  onlyRevealed = false,
): LongFormDraft {
  const open = (mine: EntityDraft, theirs: EntityDraft): EntityDraft =>
    Object.fromEntries(
      Object.entries(mine).map(([field, item]) => {
        const their = theirs[field];
        if (!item.masked || !their || their.masked || (onlyRevealed && !their.revealed)) return [field, item];
        return [field, { ...their, revealed: true }];
      }),
    );
  const fullDraft = 'longForm' in full ? longFormDraft(full) : full;
  return {
    household: open(draft.household, fullDraft.household),
    persons: Object.fromEntries(
      Object.entries(draft.persons).map(([id, items]) => [id, open(items, fullDraft.persons[id] ?? {})]),
    ),
  };
}

export function useLongForm({
  data,
  send,
  readFull,
  version,
}: {
  data: LongFormData;
  /** saveLongForm or selfReportSaveLongForm. */
  send: (input: SaveLongFormInput) => Promise<LongFormSaveOutcome | { queued: string }>;
  /** The form read with its sealed answers in full (audited); undefined where the answers are never masked. */
  readFull?: () => Promise<LongFormData | undefined>;
  /** The household's version to save against (the page's, when the short form moves it too). */
  version?: number;
}) {
  const { lang } = useApp();
  const [loaded, setLoaded] = useState(data);
  const [base, setBase] = useState(() => longFormDraft(data));
  const [draft, setDraft] = useState(base);
  const [issues, setIssues] = useState<Issue[]>([]);
  const [busy, setBusy] = useState(false);

  // The form read again (the short form saved, a person was added): taken as it is where nothing was typed here;
  // else the persons' facts are, and what was typed stays.
  const given = useRef(data);
  useEffect(() => {
    if (given.current === data) return;
    given.current = data;
    const typed = changedParts(base, draft);
    const fresh = changedParts(longFormDraft(data), storableDraft(draft));
    // Nothing typed, or what was typed is what the server has now (a save the outbox sent): the form as read.
    if (
      (!typed.household && typed.persons.length === 0) ||
      (!fresh.household && fresh.persons.length === 0)
    ) {
      const next = longFormDraft(data);
      setBase(next);
      setDraft(next);
    }
    setLoaded(data);
  }, [data, base, draft]);

  const householdAsks = useMemo(
    () => householdApplicable(loaded, draft.household),
    [loaded, draft.household],
  );
  const personAsks = (personId: string) => {
    const person = loaded.persons.find((candidate) => candidate.id === personId);
    return person ? personApplicable(person, draft.persons[personId] ?? {}) : {};
  };

  function setItem(personId: string | null, field: string, next: ItemDraft) {
    setDraft((previous) =>
      personId === null
        ? { ...previous, household: { ...previous.household, [field]: next } }
        : {
            ...previous,
            persons: { ...previous.persons, [personId]: { ...previous.persons[personId], [field]: next } },
          },
    );
    const key = personId === null ? `household.${field}` : `persons.${personId}.${field}`;
    setIssues((previous) => previous.filter((issue) => issue.key !== key));
  }

  /** Shows the sealed answers in full (staff who may read them). */
  async function unmask(): Promise<void> {
    if (!readFull) return;
    const full = await readFull();
    if (!full) return;
    setBase((previous) => reveal(previous, full));
    setDraft((previous) => reveal(previous, full));
  }

  /** Problems from elsewhere (a submit) shown at their items. */
  function showProblems(errors: readonly UserErrorLike[]) {
    setIssues(errors.map((error) => ({ key: errorKey(error, null, loaded.persons), error })));
  }

  /** Saves the changed parts (or only those named); answers what became of it. */
  async function save(only?: { household: boolean; persons: readonly string[] }): Promise<SaveResult> {
    const changed = changedParts(base, draft);
    const household = changed.household && (!only || only.household);
    const persons = changed.persons.filter((id) => !only || only.persons.includes(id));
    if (!household && persons.length === 0) return { result: 'unchanged', problems: 0 };
    setBusy(true);
    try {
      // Sealed answers not typed here go as kept: the save never needs them unmasked (and works offline).
      const input: SaveLongFormInput & { persons: { id: string; answers: LongFormAnswerInput[] }[] } = {
        id: loaded.id,
        expectedVersion: version ?? loaded.version,
        household: household ? entityInput('household', draft.household, householdAsks) : undefined,
        persons: persons.map((id) => ({
          id,
          answers: entityInput('person', draft.persons[id] ?? {}, personAsks(id)),
        })),
      };
      const outcome = await send(input);
      if ('queued' in outcome) return { result: 'queued', problems: 0, queued: outcome.queued };
      if (!outcome.household) {
        setIssues(
          outcome.userErrors.map((error) => ({ key: errorKey(error, input, loaded.persons), error })),
        );
        const conflict = outcome.userErrors.some((error) => error.code === 'CONFLICT');
        return { result: conflict ? 'conflict' : 'invalid', problems: outcome.userErrors.length };
      }
      const saved = outcome.household;
      // The parts saved now match the server; parts not sent keep what was typed.
      const next = longFormDraft(saved);
      const keep = (id: string) => !persons.includes(id) && changed.persons.includes(id);
      const merged = (fresh: LongFormDraft, typed: LongFormDraft): LongFormDraft => ({
        household: household || !changed.household ? fresh.household : typed.household,
        persons: Object.fromEntries(
          Object.keys(fresh.persons).map((id) => [id, keep(id) ? typed.persons[id] : fresh.persons[id]]),
        ),
      });
      // What was shown in full stays in full (the save answered masked), from page memory.
      const shownFull = reveal(next, draft, true);
      setLoaded(saved);
      setBase(shownFull);
      setDraft((typed) => merged(shownFull, typed));
      setIssues([]);
      return { result: 'saved', problems: 0 };
    } finally {
      setBusy(false);
    }
  }

  /** Puts back what was typed before the page was closed (a draft kept on the phone over this version). */
  function restore(kept: LongFormDraft) {
    setDraft(kept);
  }

  /** Replaces what was loaded (a reload after a conflict). */
  function reset(fresh: LongFormData) {
    const next = longFormDraft(fresh);
    setLoaded(fresh);
    setBase(next);
    setDraft(next);
  }

  const issueAt = (key: string): string | undefined => {
    const issue = issues.find((candidate) => candidate.key === key);
    return issue ? serverText(lang, issue.error) : undefined;
  };
  const general = issues.filter((issue) => issue.key === '').map((issue) => serverText(lang, issue.error));

  return {
    loaded,
    draft,
    busy,
    issues,
    general,
    issueAt,
    householdAsks,
    personAsks,
    setItem,
    unmask,
    save,
    reset,
    restore,
    showProblems,
    changed: changedParts(base, draft),
    anyMasked: hasMasked(draft.household) || Object.values(draft.persons).some((items) => hasMasked(items)),
  };
}
