// The popup and the callout rendered with every locale's messages: no word wider than its box, buttons on one line.
// happy-dom has no layout, so widths are estimated from per-letter advances of a wide sans-serif (DejaVu Sans,
// what Debian's browsers fall back to), on the generous side; tests/e2e/german.test.mjs measures the real thing.
import { cleanup, render, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/popup/App';
import type { CalloutView } from '@/lib/guide/overlay';
import { checkupExtras, fallbackView, legacyView, stateView, stepView } from '@/lib/guide/views';
import { getSetting, type Setting, settingIds } from '@/lib/settings';
import { locales } from './locale-messages';
import { useLocale } from './setup';

afterEach(cleanup);

/** Advance widths in em (DejaVu Sans, rounded up); anything unlisted counts as a wide lower-case letter. */
const advances: [RegExp, number][] = [
  [/[il.,:;!|'’`ıĺľ]/, 0.3],
  [/[ftrjI()[\]\-–—/«»"“”„‚‘]/, 0.42],
  [/\s/, 0.32],
  [/[sczxyvk]/, 0.56],
  [/[mM]/, 0.98],
  [/[wW]/, 0.86],
  [/[A-Z]/, 0.74],
  [/[0-9]/, 0.64],
];
const advance = (letter: string) => {
  const base = letter.normalize('NFD')[0] ?? letter; // é → e: accents do not widen a letter
  return advances.find(([pattern]) => pattern.test(base))?.[1] ?? 0.62;
};

/** Estimated width in px of `text` at `size` px, bold text 6% wider. */
const widthOf = (text: string, size = 14, bold = false) =>
  [...text].reduce((sum, letter) => sum + advance(letter), 0) * size * (bold ? 1.06 : 1);

/** The pieces a line can break between: spaces, and after hyphens and slashes (long URLs and compounds). */
const words = (text: string) => text.split(/\s+|(?<=[-/])/).filter(Boolean);
const widest = (text: string, size = 14, bold = false) =>
  Math.max(0, ...words(text).map((word) => widthOf(word, size, bold)));

/** Font size and weight of an element in the popup, from its stylesheet (entrypoints/popup/style.css). */
function fontOf(element: Element): { size: number; bold: boolean } {
  if (element.closest('h1')) return { size: 16, bold: true };
  const small = element.closest('.hint, .foot, .note, .check-state, .check-note, .policy-meta');
  const bold =
    element.closest('h2, h3, button, label, .check-name, .check-state.on, .check-state.off') !== null;
  return { size: small ? 12.5 : 14, bold };
}

// The popup is 360 px with 16 px padding; the checklist and the explanation nest boxes up to ~30 px deeper.
const popupText = 360 - 2 * 16 - 30;
// The callout is 320 px with 14 px padding and a 2 px border; its title shares a row with the 28 px close button.
const calloutBody = 320 - 2 * 14 - 2 * 2;
const calloutTitle = calloutBody - 28 - 8;

const ai = getSetting('ai-training') as Setting;
/** The popup has read storage and shows the checklist (its details, open or not, are all in the DOM). */
const rendered = () =>
  waitFor(() => expect(document.querySelectorAll('.check-row .check-state').length).toBeGreaterThan(0));
const now = () => new Date('2026-11-29T10:00:00Z');

describe.each(locales)('%s', (locale) => {
  beforeEach(() => useLocale(locale));

  it('the popup: every word fits its box, the title fits one line beside the icon', async () => {
    await fakeBrowser.storage.local.set({
      region: 'DE',
      record: { 'ai-training': { state: 'off', seenAt: '2026-11-29T09:00:00.000Z' } },
      reminder: { months: 6, due: '2027-05-29T10:00:00.000Z' },
    });
    render(<App now={now} onOpened={() => {}} />);
    await rendered();
    const tooWide: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement as Element;
      if (parent.closest('.policy-visually-hidden, option, script, style')) continue;
      const { size, bold } = fontOf(parent);
      if (widest(node.nodeValue ?? '', size, bold) > popupText) tooWide.push(node.nodeValue ?? '');
    }
    expect(tooWide).toEqual([]);
    const title = document.querySelector('h1')?.textContent ?? '';
    expect(widthOf(title, 16, true)).toBeLessThanOrEqual(360 - 2 * 16 - 24 - 8);
  });

  it('the checklist: a state ("On · seen 29 Nov 2026") and the setting name fit side by side', async () => {
    await fakeBrowser.storage.local.set({
      region: 'DE',
      record: Object.fromEntries(
        settingIds.map((id, i) => [id, { state: i % 2 ? 'on' : 'off', seenAt: '2026-11-29T09:00:00.000Z' }]),
      ),
    });
    render(<App now={now} onOpened={() => {}} />);
    await rendered();
    for (const row of document.querySelectorAll('.check-row')) {
      const state = row.querySelector('.check-state')?.textContent ?? '';
      const name = row.querySelector('.check-name')?.textContent ?? '';
      // The state sits beside the name when both fit, else below it; tests/e2e/locale-layout.test.mjs checks real layout.
      expect(
        widest(state, 12.5, true) + 8 + widest(name, 14, true),
        `${state} | ${name}`,
      ).toBeLessThanOrEqual(360 - 2 * 16 - 2 - 2 * 10);
    }
  });

  it('the callout: every word fits, every button label on one line, no callout taller than 16 lines', () => {
    const views: CalloutView[] = [
      stateView(
        ai,
        'on',
        now(),
        checkupExtras({ setting: 'ai-training', position: 2, total: 5, next: 'research' }, 'on', false),
      ),
      stateView(
        ai,
        'off',
        now(),
        checkupExtras({ setting: 'ai-training', position: 5, total: 5, next: null }, 'off', false),
      ),
      {
        ...fallbackView(ai),
        ...checkupExtras({ setting: 'ai-training', position: 1, total: 5, next: 'research' }, null, false),
      },
      legacyView(ai),
      stepView(ai, 'setting'),
      stepView(ai, 'category'),
    ];
    for (const view of views) {
      expect(widest(view.title, 14, true), view.title).toBeLessThanOrEqual(calloutTitle);
      for (const text of [view.body, view.hint, view.progress].filter(Boolean) as string[]) {
        expect(widest(text, 13), text).toBeLessThanOrEqual(calloutBody);
      }
      for (const { label } of view.links ?? [])
        expect(widest(label, 14, true), label).toBeLessThanOrEqual(calloutBody);
      for (const { label } of view.buttons ?? []) {
        expect(widthOf(label, 14, true) + 2 * 14 + 2, label).toBeLessThanOrEqual(calloutBody);
      }
      const lines =
        Math.ceil(widthOf(view.title, 14, true) / calloutTitle) +
        [view.body, view.hint].reduce(
          (n, text) => n + (text ? Math.ceil(widthOf(text, 14) / calloutBody) : 0),
          0,
        ) +
        (view.links?.length ?? 0) +
        (view.buttons?.length ?? 0);
      expect(lines, view.title).toBeLessThanOrEqual(16);
    }
  });
});

describe('widthOf()', () => {
  it('measures a long German compound wider than a short English word, bold wider than regular', () => {
    expect(widthOf('Datenschutzeinstellungen')).toBeGreaterThan(widthOf('Settings') * 2);
    expect(widthOf('Settings', 14, true)).toBeGreaterThan(widthOf('Settings'));
  });
});
