/**
 * Which switch a guided setting page can trust, as one pure reducer: (session, event) → session.
 * unknown → found by label | found by position → lost → found… ; any phase → left (the URL shows another page).
 * Generic over the element type, so the trust rules are tested as a table without a DOM.
 */
import type { Rung } from '../finder/locators';

export type SessionPhase = 'unknown' | 'found-by-label' | 'found-by-position' | 'lost' | 'left';

/** What a look at the page found: the switch, the rung that found it, and what it calls itself. */
export interface Sighting<E> {
  element: E;
  rung: Rung;
  /** The switch's own name, normalised (only read for the position rung, which has nothing else to go on). */
  name: string;
}

export interface PageSession<E> {
  phase: SessionPhase;
  /** The switch being guided: set in the found phases only. */
  element: E | null;
  /** The rung that found `element`. */
  rung: Rung | null;
  /**
   * The name of the switch first found by position: a re-render keeps it, the next page's switch does not, even when
   * the app renders that page into the same nodes before the URL changes. Empty until the app fills in a label (the
   * first name it gets is kept); `labelFound` once a label found it.
   */
  accepted: string | null;
  /**
   * Switches on screen when the URL changed, with their names then: what the page being left may still show. One
   * the app renders the new page into (its name changed) is the new page's.
   */
  leftBehind: { get(element: E): string | undefined };
}

/**
 * What a session accepts by position once the switch was found by its label: nothing, as no switch's name is a space
 * (names are normalised, trimmed). Position alone never names another element on this page.
 */
export const labelFound = ' ';

export type SessionEvent<E> =
  /** The finder looked at the page (null: no switch with a readable state). */
  | { type: 'looked'; found: Sighting<E> | null }
  /** The document's URL shows another page. */
  | { type: 'url-left' };

/** A new session for a page just opened; `leftBehind` holds the switches the previous page showed. */
export function startSession<E>(
  leftBehind: { get(element: E): string | undefined } = new Map(),
): PageSession<E> {
  return { phase: 'unknown', element: null, rung: null, accepted: null, leftBehind };
}

/**
 * True when the position rung's switch may be guided: never after a label match, never what the old page left (unless
 * the app renamed it for the new page), and only under the first non-empty name it was accepted with.
 */
function trustsPosition<E>(session: PageSession<E>, found: Sighting<E>): boolean {
  const { name } = found;
  const before = session.leftBehind.get(found.element);
  // A left-behind switch whose name is emptied (a skeleton) is still not the new page's.
  return (before === undefined || (!!name && before !== name)) && (session.accepted || name) === name;
}

/** The session after `event`; `left` is final. */
export function nextSession<E>(session: PageSession<E>, event: SessionEvent<E>): PageSession<E> {
  if (session.phase === 'left') return session;
  if (event.type === 'url-left') return { ...session, phase: 'left', element: null, rung: null };
  const { found } = event;
  if (found && found.rung !== 'only-switch') {
    return {
      ...session,
      phase: 'found-by-label',
      element: found.element,
      rung: found.rung,
      accepted: labelFound,
    };
  }
  if (found && trustsPosition(session, found)) {
    const accepted = session.accepted || found.name;
    return { ...session, phase: 'found-by-position', element: found.element, rung: found.rung, accepted };
  }
  return { ...session, phase: session.phase === 'unknown' ? 'unknown' : 'lost', element: null, rung: null };
}

/** True while the session points at a switch. */
export const isFound = (session: PageSession<unknown>): boolean =>
  session.phase === 'found-by-label' || session.phase === 'found-by-position';
