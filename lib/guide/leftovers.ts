/** What an older copy of this script may have left on the page (it was cut off by an update or reload). */
import { stepAttribute, targetAttribute } from './marks';
import { hostTag } from './overlay';

/** Removes every overlay host and contract attribute in `doc`: called before a guide starts, so none is ours yet. */
export function removeLeftovers(doc: Document): void {
  for (const host of doc.querySelectorAll(hostTag)) host.remove();
  for (const attribute of [targetAttribute, stepAttribute]) {
    for (const element of doc.querySelectorAll(`[${attribute}]`)) element.removeAttribute(attribute);
  }
}
