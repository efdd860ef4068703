/** The name the page itself gives an element: the callout repeats the member's own words, whatever the UI language. */
import { idList } from '../finder/by-label-id';
import { byId } from '../finder/dom';
import { textBlocks } from '../finder/text';

/**
 * How the page labels `element` (its aria-labelledby text, its aria-label, else the first text a member reads in it),
 * so a German LinkedIn page is named in German even in an English browser (docs/i18n.md); null past 80 characters
 * (a sentence, not a name) or when it has none: the guide then uses its own name for the setting.
 */
export function pageLabel(element: Element | null): string | null {
  try {
    const ids = idList(element?.getAttribute('aria-labelledby'));
    const name = (
      ids.map((id) => (element && id && byId(element, id)?.textContent) || '').join(' ') ||
      element?.getAttribute('aria-label') ||
      (element && textBlocks(element, '[aria-hidden="true"], [hidden]')[0]?.own) ||
      ''
    )
      .replace(/\s+/g, ' ')
      .trim();
    return name && name.length <= 80 ? name : null;
  } catch {
    return null; // a strange page never breaks the guide
  }
}
