/** The finder's ladder as data: which elements count as switches, which rungs to try, what hides or disqualifies text. */

/** How a switch was found, most stable signal first. */
export type Rung = 'label-id' | 'label-text' | 'only-switch';

/** Everything the finder reads from the page, as CSS selector alternatives (never class names). */
export interface Ladder {
  /** Rungs to try, in order; the first that yields exactly one switch wins. */
  rungs: readonly Rung[];
  /** Anything that can be a switch: counted for "one switch per container", returned by label-id and only-switch. */
  switches: readonly string[];
  /** The subset the label-text rung may return: text is a weaker signal, so only declared switches. */
  textSwitches: readonly string[];
  /** An element inside one of these is hidden from everyone and never returned or read as a label. */
  hidden: readonly string[];
  /** Text inside these quotes or discusses a setting (posts, comments): never the label of a switch. */
  notLabels: readonly string[];
  /** The page's main area, first match wins; the only-switch rung looks nowhere else. */
  mainArea: readonly string[];
  /** State words shown beside a switch (On/Off); they are not a label, so climbing continues past them. */
  stateWords: readonly string[];
}

/** The ladder used on LinkedIn's settings pages (evidence: docs/facts.md, "The switch"). */
export const ladder = {
  rungs: ['label-id', 'label-text', 'only-switch'],
  switches: [
    'input[type="checkbox"]', // LinkedIn settings pages, mid-2026: input role="switch" (HIGH); plain checkbox if the role goes
    '[role="switch"]', // artdeco-toggle-like button/div with aria-checked (job filters; not known on settings pages)
  ],
  textSwitches: [
    'input[type="checkbox"][role="switch"]', // LinkedIn settings pages, mid-2026 (HIGH)
    '[role="switch"][aria-checked]', // artdeco-toggle-like markup
  ],
  hidden: [
    '[hidden]',
    '[aria-hidden="true"]',
    '[inert]',
    '[style*="display: none"]', // inline only: happy-dom and content scripts alike, no layout needed
    '[style*="display:none"]',
  ],
  notLabels: [
    'article', // feed posts and articles quoting the setting's name
    '[role="article"]',
    '[role="comment"]',
    'blockquote',
    'q',
    'textarea',
    '[contenteditable=""]',
    '[contenteditable="true"]',
    'script',
    'style',
    'noscript',
  ],
  mainArea: ['main', '[role="main"]'],
  // en and de On/Off (docs/facts.md, MED); the others are LOW (no source): any single word is skipped anyway.
  stateWords: ['on', 'off', 'ein', 'aus', 'activé', 'désactivé', 'aan', 'uit', 'ativado', 'desativado'],
} as const satisfies Ladder;
