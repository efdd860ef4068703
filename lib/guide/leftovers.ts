/** What an older copy of this script may have left on the page (it was cut off by an update or reload). */
import { queryComposed } from '../finder/dom';
import { stepAttribute, targetAttribute } from './marks';
import { hostTag } from './overlay';

/** Removes every overlay host and contract attribute in `doc`: called before a guide starts, so none is ours yet. */
export function removeLeftovers(doc: Document): void {
  for (const host of doc.querySelectorAll(hostTag)) host.remove();
  // Open shadow roots too: the contract holds on the whole page (docs/contracts.md, "Page attributes").
  for (const element of queryComposed(doc, `[${targetAttribute}],[${stepAttribute}]`)) {
    element.removeAttribute(targetAttribute);
    element.removeAttribute(stepAttribute);
  }
}
