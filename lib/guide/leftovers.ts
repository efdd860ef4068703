/** What an older copy of this script may have left on the page (it was cut off by an update or reload). */
import { queryComposed } from '../finder/dom';
import { stepAttribute, targetAttribute } from './marks';
import { hostTag } from './overlay';

/** Removes every overlay host and contract attribute in `doc`: called before a guide starts, so none is ours yet. */
export function removeLeftovers(doc: Document): void {
  const hosts = doc.querySelectorAll(hostTag);
  const marks = `[${targetAttribute}],[${stepAttribute}]`;
  // Open shadow roots too: the contract holds on the whole page (docs/contracts.md, "Page attributes"). A copy marks
  // nothing without showing its overlay, so only an overlay left behind is worth that walk (README, "Performance").
  for (const element of hosts.length ? queryComposed(doc, marks) : doc.querySelectorAll(marks)) {
    element.removeAttribute(targetAttribute);
    element.removeAttribute(stepAttribute);
  }
  for (const host of hosts) host.remove();
}
