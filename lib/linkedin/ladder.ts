/** The locator ladder for LinkedIn's settings pages, as data (docs/facts.md, "The switch"); the finder interprets it. */
import type { Ladder } from '../finder/locators';
import { midYearCode } from './evidence';

/** The ladder used on LinkedIn's settings pages (working code, mid-2026). */
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
    'details:not([open]) > :not(summary)', // the body of a closed <details>: not shown until the member opens it
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
  // State phrases of several words only: On/Off in every language we know (en, de Ein/Aus: docs/facts.md) are single
  // words, which are never read as a label anyway (finder/by-label-text.ts, isLabelLike). None is known yet.
  stateWords: [],
} as const satisfies Ladder;

/** When the ladder's selectors last matched LinkedIn's settings pages. */
export const ladderEvidence = midYearCode;
