/** The part of the page that holds a settings page's content. */

import { ladder as defaultLadder } from '../linkedin/ladder';
import { type Found, foundFor, queryAll } from './dom';
import type { Ladder } from './locators';
import { isHidden } from './visibility';

/** The first visible main area under `root`, by the ladder's order of alternatives; else the body of a document, or `root` itself when it is an element. */
export function mainAreaIn(root: ParentNode, ladder: Ladder = defaultLadder): Element | null {
  // Once per look at the page (dom.ts, inOneLook): it reads styles and layout.
  const known: Found = ladder === defaultLadder ? foundFor(root as Node) : {};
  known.main ??= findMainArea(root, ladder);
  return known.main;
}

function findMainArea(root: ParentNode, ladder: Ladder): Element | null {
  // Alternatives in ladder order (<main> before [role=main]), not document order.
  for (const selector of ladder.mainArea) {
    const main = queryAll(root, [selector]).find((element) => !isHidden(element, ladder.hidden));
    if (main) return main;
  }
  const doc = root as Partial<Document>;
  if (doc.documentElement) return doc.body ?? doc.documentElement;
  return (root as Node).nodeType === 1 ? (root as Element) : null;
}

/** The page's main area, the element to observe with a MutationObserver: <main>, [role=main], else body. */
export function mainArea(doc: Document, ladder: Ladder = defaultLadder): Element {
  return mainAreaIn(doc, ladder) ?? doc.documentElement;
}
