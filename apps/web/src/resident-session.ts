/**
 * A resident's self-report session (自主填报): the token startSelfReport answered, kept in sessionStorage under its
 * own key. It never touches the staff login (`census.session` in localStorage), so a staff member trying the page
 * on the same browser stays logged in, and closing the tab ends the resident's session on this device.
 */
export interface ResidentSession {
  token: string;
  /** ISO time the session ends at the latest (two hours after it started). */
  expiresAt: string;
}

const KEY = 'census.selfReport';

export function loadResidentSession(storage: Pick<Storage, 'getItem'> | undefined): ResidentSession | null {
  try {
    const value = JSON.parse(storage?.getItem(KEY) ?? 'null') as ResidentSession | null;
    return value && typeof value.token === 'string' && typeof value.expiresAt === 'string' ? value : null;
  } catch {
    return null;
  }
}

export function saveResidentSession(
  storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined,
  session: ResidentSession | null,
): void {
  if (session) storage?.setItem(KEY, JSON.stringify(session));
  else storage?.removeItem(KEY);
}

/** The code as printed (XXXXX-XXXXX) from whatever was typed or scanned: Crockford letters, upper case. */
export function formatSelfReportCode(value: string): string {
  const plain = value.toUpperCase().replace(/[^0-9A-Z]/g, '');
  return plain.length > 5 ? `${plain.slice(0, 5)}-${plain.slice(5, 10)}` : plain;
}

/** Whole minutes to wait, at least one, from the server's retryAfterSeconds. */
export function minutesToWait(retryAfterSeconds: unknown): number {
  const seconds = typeof retryAfterSeconds === 'number' && retryAfterSeconds > 0 ? retryAfterSeconds : 60;
  return Math.max(1, Math.ceil(seconds / 60));
}
