/** On the hub and category pages: the link or menu entry that is the next step towards a setting's own page. */

import type { LabelBook } from '../linkedin/label-book';
import { ladder as defaultLadder } from '../linkedin/ladder';
import type { Page } from '../linkedin/pages';
import { categoryPageOf, isLinkedInUrl, settingPageOf } from '../linkedin/pages';
import { origin, type Setting } from '../linkedin/settings';
import { stepPlaces as defaultPlaces } from '../linkedin/step-labels';
import { composedClosest, matchesAny, openShadowRoots, queryAll, selectorList } from './dom';
import type { Ladder } from './locators';
import { mainAreaIn } from './main-area';
import type { StepPlaces } from './step-places';
import { directText, isLabel, normalizedLabels, textBlocks, textOf } from './text';
import { isHidden } from './visibility';

/** The path of a link, put on LinkedIn's origin so pages.ts can read it; null for other sites or broken hrefs. */
function linkTarget(link: Element): string | null {
  const href = link.getAttribute('href');
  if (!href) return null;
  try {
    const base = link.baseURI && /^https?:/.test(link.baseURI) ? link.baseURI : `${origin}/`;
    const url = new URL(href, base);
    const local = url.origin === new URL(base).origin;
    if (!local && !isLinkedInUrl(url)) return null;
    return `${origin}${url.pathname}`; // query and fragment dropped: tracking parameters do not change the target
  } catch {
    return null;
  }
}

/** The texts a member reads on a clickable: its name, the part it holds itself, and its first line. */
function namesOf(element: Element, hidden: string): string[] {
  const first = textBlocks(element, hidden)[0];
  return [
    element.getAttribute('aria-label') ?? '',
    textOf(element, hidden),
    directText(element),
    first?.full ?? '',
    first?.own ?? '',
  ];
}

/** The best of `candidates`: those in `preferred` places first, page chrome last, then document order. */
function best(
  candidates: Element[],
  preferred: readonly (readonly string[])[],
  places: StepPlaces,
): HTMLElement | null {
  const rank = (element: Element) => {
    if (composedClosest(element, places.chrome)) return preferred.length + 1;
    const index = preferred.findIndex((selectors) => composedClosest(element, selectors));
    return index === -1 ? preferred.length : index;
  };
  // Array sort is stable (ES2019): equal ranks keep document order.
  return (candidates.sort((a, b) => rank(a) - rank(b))[0] as HTMLElement | undefined) ?? null;
}

/** The visible clickable whose href satisfies `byHref`, else whose text is one of `names`, in the best place. */
function pick(
  root: ParentNode,
  byHref: (target: string) => boolean,
  names: string[],
  preferred: readonly (readonly string[])[],
  ladder: Ladder,
  places: StepPlaces,
  prefix?: boolean,
): HTMLElement | null {
  // The menu sits beside the main area, maybe in a component's own shadow root: a page's roots are read from its body
  // (the scope the step guide watches and marks in, so one look walks it once), else from the main area.
  const scope = (root as Partial<Document>).body ?? mainAreaIn(root, ladder);
  const trees = [root, ...(scope ? openShadowRoots(scope) : [])];
  const clickables = trees
    .flatMap((tree) => queryAll(tree, places.clickables))
    .filter(
      (element) => !composedClosest(element, ladder.notLabels) && !matchesAny(element, ladder.switches),
    );
  // Visibility is read last, on the few candidates: it asks the browser for styles.
  const visible = (element: Element) => !isHidden(element, ladder.hidden);
  const linked = clickables.filter((element) => {
    const target = linkTarget(element);
    return target !== null && byHref(target) && visible(element);
  });
  if (linked.length) return best(linked, preferred, places);
  const hidden = selectorList(root as Node, ladder.hidden);
  const named = clickables.filter(
    (element) => namesOf(element, hidden).some((name) => isLabel(name, names, prefix)) && visible(element),
  );
  // A menu item wrapping a link with the same text: the link inside is what the member clicks.
  return best(
    named.filter((element) => !named.some((other) => other !== element && element.contains(other))),
    preferred,
    places,
  );
}

/**
 * On the hub or a category page, the link/menu entry that is the next step towards `target`'s page, else null.
 * Several qualifying links (a menu entry and a footer duplicate): category entries prefer the menu, then the
 * main area; setting rows prefer the main area, then the menu; page chrome (footer, header) comes last. `labels`:
 * LinkedIn's words for categories and settings, for links whose href does not say where they lead.
 */
export function findStep(
  root: ParentNode,
  page: Page,
  target: Setting,
  labels: LabelBook,
  ladder: Ladder = defaultLadder,
  places: StepPlaces = defaultPlaces,
): HTMLElement | null {
  try {
    const category = target.category;
    if (page.kind === 'hub' || (page.kind === 'category' && page.category !== category)) {
      const toCategory = (url: string) => categoryPageOf(url) === category;
      return pick(
        root,
        toCategory,
        normalizedLabels(labels.categories[category]),
        [places.menu, ladder.mainArea],
        ladder,
        places,
      );
    }
    if (page.kind === 'category') {
      const toSetting = (url: string) => settingPageOf(url) === target.id;
      return pick(
        root,
        toSetting,
        normalizedLabels(labels.settings[target.id]),
        [ladder.mainArea, places.menu],
        ladder,
        places,
        true, // a row shows its state beside its name ("… On"); a menu entry's name stands alone
      );
    }
  } catch {
    // An unreadable page has no next step to show.
  }
  return null;
}
