/** The name the page itself gives an element: the callout repeats the member's own words, whatever the UI language. */

/** Longer than this, the "name" is a sentence or a whole row: our own name for the setting reads better. */
const maxLength = 80;

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The first piece of text a member reads inside `element` (a row's name comes before its On/Off value). */
function firstText(element: Element): string {
  const doc = element.ownerDocument;
  const walker = doc.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent?.closest('[aria-hidden="true"], [hidden], script, style')) continue;
    const text = clean(node.nodeValue);
    if (text) return text;
  }
  return '';
}

/**
 * How the page labels `element` (its aria-labelledby text, its aria-label, else its first visible text), so a
 * German LinkedIn page is named in German even in an English browser (docs/i18n.md); null when it has no short name.
 */
export function pageLabel(element: Element | null): string | null {
  if (!element) return null;
  try {
    const doc = element.ownerDocument;
    const byIds = (element.getAttribute('aria-labelledby') ?? '')
      .split(/\s+/)
      .map((id) => (id ? clean(doc.getElementById(id)?.textContent) : ''))
      .filter(Boolean)
      .join(' ');
    const name = byIds || clean(element.getAttribute('aria-label')) || firstText(element);
    return name && name.length <= maxLength ? name : null;
  } catch {
    return null; // a strange page never breaks the guide: our own name is used instead
  }
}
