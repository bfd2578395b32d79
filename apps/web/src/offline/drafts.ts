/**
 * 草稿: what was typed into a household's short form and not yet confirmed by the server, kept on the phone as it
 * is typed (a few hundred milliseconds after the last key, and at once when the page is hidden or closed), so that
 * a closed tab or a sleeping phone loses nothing. It is restored only over the version it was typed on.
 */
import type { HouseholdDraft, PersonDraft } from '../household-form';
import { type LongFormDraft, storableDraft } from '../long-form';
import { load, remove, save } from './store';

export interface FormDraft {
  /** The household version the form was loaded at. */
  baseVersion: number;
  draft: HouseholdDraft;
  persons: PersonDraft[];
  added: number;
  /** The outbox entry holding exactly this draft, if it was saved without signal. */
  queuedKey?: string;
}

const keyOf = (householdId: string) => `draft:${householdId}`;

export const loadDraft = (householdId: string) => load<FormDraft>(keyOf(householdId));
export const saveDraft = (householdId: string, draft: FormDraft) => save(keyOf(householdId), draft);
export const removeDraft = (householdId: string) => remove(keyOf(householdId));

/** The outbox sent the save of this draft: the draft is the server's now, unless more was typed since. */
export async function settleDraft(householdId: string, sentKey: string): Promise<void> {
  const kept = await loadDraft(householdId);
  if (kept?.queuedKey === sentKey) await removeDraft(householdId);
}

/**
 * 长表草稿: what was typed into a household's long form and not yet confirmed, kept like the short form's (restored
 * only over the version it was typed on). Sealed answers read in full are stored masked (storableDraft): they stay
 * in page memory only.
 */
export interface LongFormDraftKept {
  baseVersion: number;
  draft: LongFormDraft;
  /** The outbox entry holding exactly this draft, if it was saved without signal. */
  queuedKey?: string;
}

const longFormKeyOf = (householdId: string) => `lfdraft:${householdId}`;

export const loadLongFormDraft = (householdId: string) => load<LongFormDraftKept>(longFormKeyOf(householdId));
export const saveLongFormDraft = (householdId: string, kept: LongFormDraftKept) =>
  save(longFormKeyOf(householdId), { ...kept, draft: storableDraft(kept.draft) });
export const removeLongFormDraft = (householdId: string) => remove(longFormKeyOf(householdId));

/** The outbox sent the long-form save of this draft: done, unless more was typed since. */
export async function settleLongFormDraft(householdId: string, sentKey: string): Promise<void> {
  const kept = await loadLongFormDraft(householdId);
  if (kept?.queuedKey === sentKey) await removeLongFormDraft(householdId);
}
