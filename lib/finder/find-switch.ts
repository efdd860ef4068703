/** The finder: walks the ladder, most stable rung first, and returns the one switch it is sure of, or null. */

import type { LabelBook } from '../linkedin/label-book';
import { ladder as defaultLadder } from '../linkedin/ladder';
import { type Setting, settings } from '../linkedin/settings';
import { byLabelId, idList } from './by-label-id';
import { byLabelText } from './by-label-text';
import { byId, composedContains, openShadowRoots, queryAll } from './dom';
import type { Ladder, Rung } from './locators';
import { mainAreaIn } from './main-area';
import { switchState } from './switch-state';
import { normalizedLabels, normalizeText, textBlocks, words } from './text';
import { isHidden } from './visibility';

/** A switch and the rung that found it (for logs and for trusting it less when it came from a low rung). */
export interface FoundSwitch {
  element: HTMLElement;
  rung: Rung;
}

/** The page as the rungs see it: its main area and the trees to search (the document and open shadow roots). */
interface PageView {
  main: Element | null;
  roots: readonly ParentNode[];
}

/** Label ids of every other known setting: a switch carrying one belongs elsewhere (e.g. the page being left). */
const otherLabelIds = (setting: Setting) =>
  settings.filter((s) => s.id !== setting.id).map((s) => s.labelId as string);

/** Rung 3, own page only: the single switch of the main area that is not another setting's; else null. */
function onlySwitch(main: Element | null, setting: Setting, switches: readonly Element[]): Element | null {
  const others = otherLabelIds(setting);
  const inMain = main ? switches.filter((element) => composedContains(main, element)) : [];
  if (inMain.length !== 1) return null;
  const labelledBy = idList(inMain[0].getAttribute('aria-labelledby'));
  return labelledBy.some((id) => others.includes(id)) ? null : inMain[0];
}

/** The element one rung finds, or null; an unknown rung in a hand-made ladder finds nothing (undefined). */
function tryRung(
  rung: Rung,
  page: PageView,
  setting: Setting,
  switches: Element[],
  ladder: Ladder,
  labels: LabelBook | undefined,
): Element | null {
  switch (rung) {
    case 'label-id':
      return byLabelId(page.roots, setting, switches);
    case 'label-text':
      return byLabelText(switches, normalizedLabels(labels?.settings[setting.id]), ladder);
    case 'only-switch':
      return onlySwitch(page.main, setting, switches);
  }
}

/**
 * Locates the switch of `setting` under `root` (usually document). `ownPage`: true when the URL is that setting's
 * own page (only then may the last rung, "the single switch of the main area", be used); `labels`: LinkedIn's words
 * for it (without them the label-text rung finds nothing). Never throws.
 */
export function findSwitch(
  root: ParentNode,
  setting: Setting,
  options: { ownPage: boolean; labels?: LabelBook },
  ladder: Ladder = defaultLadder,
): FoundSwitch | null {
  try {
    const main = mainAreaIn(root, ladder);
    // Components may render the setting inside open shadow roots: those under the main area count as the page.
    const page: PageView = { main, roots: [root, ...(main ? openShadowRoots(main) : [])] };
    // One query per tree; every rung picks from the switches the member can see and whose state can be read.
    const readable = page.roots
      .flatMap((tree) => queryAll(tree, ladder.switches))
      .filter((element) => switchState(element) !== null && !isHidden(element, ladder.hidden));
    // A switch's children are presentational (WAI-ARIA): a checkbox inside a readable switch is part of it.
    const switches = readable.filter(
      (element) => !readable.some((outer) => outer !== element && outer.contains(element)),
    );
    for (const rung of ladder.rungs) {
      if (rung === 'only-switch' && !options.ownPage) continue;
      // The label id is the surest signal, also on a checkbox inside a switch.
      const element = tryRung(
        rung,
        page,
        setting,
        rung === 'label-id' ? readable : switches,
        ladder,
        options.labels,
      );
      if (element) return { element: element as HTMLElement, rung };
    }
  } catch {
    // A page we cannot read is a switch we did not find: the guide then shows the manual path.
  }
  return null;
}

/** One line for logs: which rung found what, and its state ("label-id input#x[aria-labelledby=…] on"). */
export function describeFound(found: FoundSwitch | null): string {
  if (!found) return 'no switch found';
  const { element, rung } = found;
  const id = element.id ? `#${element.id}` : '';
  const role = element.getAttribute('role');
  const labelledBy = element.getAttribute('aria-labelledby');
  const attributes = `${role ? `[role=${role}]` : ''}${labelledBy ? `[aria-labelledby=${labelledBy}]` : ''}`;
  return `${rung} ${element.localName}${id}${attributes} ${switchState(element) ?? 'unreadable'}`;
}

/**
 * What a switch calls itself, normalised: its aria-label and the first text of several words in each of its
 * aria-labelledby targets, <label>s and content. A re-render keeps it, and so does turning it: a toggle's "On" or "Off"
 * is one word, whether in its content, a label of its own or a wrapping label's span, and a description under the name
 * that says what the state does comes after it.
 */
export function switchSignature(element: Element): string {
  try {
    const sources = [
      ...idList(element.getAttribute('aria-labelledby')).map((id) => byId(element, id)),
      ...((element as HTMLInputElement).labels ?? []),
      element,
    ];
    const texts = sources.map(
      (source) => source && textBlocks(source).find((block) => words(block.own))?.own,
    );
    // Up to a comma or a bracket: an aria-label or label may end with the state ("…, On", "… (Off)").
    const names = [element.getAttribute('aria-label'), ...texts].map((text) => text?.split(/[,(]/)[0]);
    return normalizeText(names.filter(words).join(' '));
  } catch {
    return '';
  }
}
