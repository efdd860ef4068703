/** The finder: walks the ladder, most stable rung first, and returns the one switch it is sure of, or null. */
import type { Setting } from '../settings';
import { byLabelId } from './by-label-id';
import { byLabelText } from './by-label-text';
import { isInside, queryAll } from './dom';
import { ladder as defaultLadder, type Ladder, type Rung } from './locators';
import { mainAreaIn } from './main-area';
import { switchState } from './switch-state';
import { normalizedLabels } from './text';

/** A switch and the rung that found it (for logs and for trusting it less when it came from a low rung). */
export interface FoundSwitch {
  element: HTMLElement;
  rung: Rung;
}

/** Rung 3, own page only: the single switch of the main area; null when there are none or several. */
function onlySwitch(root: ParentNode, switches: readonly Element[], ladder: Ladder): Element | null {
  const main = mainAreaIn(root, ladder);
  const inMain = main ? switches.filter((element) => main.contains(element)) : [];
  return inMain.length === 1 ? inMain[0] : null;
}

/** The element one rung finds, or null. */
function tryRung(
  rung: Rung,
  root: ParentNode,
  setting: Setting,
  switches: Element[],
  ladder: Ladder,
): Element | null {
  switch (rung) {
    case 'label-id':
      return byLabelId(root, setting, switches);
    case 'label-text':
      return byLabelText(switches, normalizedLabels(setting.labels), ladder);
    case 'only-switch':
      return onlySwitch(root, switches, ladder);
    default:
      return null; // an unknown rung in a hand-made ladder finds nothing
  }
}

/**
 * Locates the switch of `setting` under `root` (usually document). `ownPage`: true when the URL is that setting's
 * own page (only then may the last rung, "the single switch of the main area", be used). Never throws.
 */
export function findSwitch(
  root: ParentNode,
  setting: Setting,
  options: { ownPage: boolean },
  ladder: Ladder = defaultLadder,
): FoundSwitch | null {
  try {
    // One query for the whole page; every rung picks from the visible switches whose state can be read.
    const switches = queryAll(root, ladder.switches).filter(
      (element) => switchState(element) !== null && !isInside(element, ladder.hidden),
    );
    for (const rung of ladder.rungs) {
      if (rung === 'only-switch' && !options.ownPage) continue;
      const element = tryRung(rung, root, setting, switches, ladder);
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
