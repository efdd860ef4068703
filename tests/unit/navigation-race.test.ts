// DOM tests: quick in-app navigations between setting pages (docs/ARCHITECTURE.md, flow 1, step 4). LinkedIn's app
// announces each navigation before it renders the next page; markup imitates its settings pages (docs/facts.md).
import { type BackgroundLink, createRunner } from '@/lib/guide/run';
import { nothingSettled } from '@/lib/keep-on';
import { labelBook } from '@/lib/linkedin';
import type { SettingId } from '@/lib/linkedin/settings';
import type { SwitchState } from '@/lib/messages';

declare global {
  interface Window {
    happyDOM: { setURL(url: string): void };
  }
}

const base = 'https://www.linkedin.com';
const aiUrl = `${base}/mypreferences/d/settings/data-for-ai-improvement`;
const researchUrl = `${base}/mypreferences/d/settings/policy-and-academic-research`;
const privacyUrl = `${base}/mypreferences/d/categories/privacy`;
// Labels in a language we have no strings for: only position can name the switch.
const unknownAi = `<main><h1>Data för generativ AI</h1><div><span id="genAi">Använd mina data för AI</span>
  <input id="ai" type="checkbox" role="switch" aria-labelledby="genAi" checked></div></main>`;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

let controller: AbortController;
let reports: [SettingId | null, SwitchState | null][];
const background: BackgroundLink = {
  report: (setting, state) => reports.push([setting, state]),
  start: async () => ({ settled: nothingSettled, position: null, labels: labelBook }),
  checkupDone: async () => {},
};
beforeEach(() => {
  controller = new AbortController();
  reports = [];
});
afterEach(() => controller.abort());

describe('runner: A → B → A before B renders', () => {
  for (const [how, link, between] of [
    ['with the background asked first', background, researchUrl],
    ['without a background', undefined, researchUrl],
    // B a category page: A's record of its own switches must survive a page that is not a setting's.
    ['through a category page', background, privacyUrl],
  ] as const) {
    it(`guides A's switch again and says its state (${how})`, async () => {
      window.happyDOM.setURL(aiUrl);
      document.body.innerHTML = unknownAi;
      const runner = createRunner({ signal: controller.signal, background: link });
      runner.followUrl(aiUrl);
      await settle();
      expect(document.getElementById('ai')?.getAttribute('data-optout-guide-target')).toBe('ai-training');
      runner.followUrl(between, true); // announced before the URL and the page change
      history.pushState(null, '', between);
      await settle();
      runner.followUrl(aiUrl, true); // Back, before page B rendered anything
      history.pushState(null, '', aiUrl);
      await settle();
      (document.querySelector('main') as Element).append(document.createElement('span'));
      await settle();
      expect(document.getElementById('ai')?.getAttribute('data-optout-guide-target')).toBe('ai-training');
      if (link) expect(reports.at(-1)).toEqual(['ai-training', 'on']);
    });
  }
});

// Firefox before 147 (the manifest allows 140) has no Navigation API: the runner hears of an in-app navigation from a
// one-second URL check only (lib/guide/page-events.ts). The app renders the next page at once, menu included.
describe('runner: hub → Data privacy in-app, before the URL check runs', () => {
  const hubUrl = `${base}/mypreferences/d/categories/account`;
  const layout = (main: string) => `<nav aria-label="Settings"><ul>
      <li><a href="/mypreferences/d/categories/account">Account preferences</a></li>
      <li><a href="/mypreferences/d/categories/privacy">Data privacy</a></li></ul></nav><main>${main}</main>`;
  const steps = () =>
    [...document.querySelectorAll('[data-optout-guide-step]')].map((e) => e.getAttribute('href'));

  it('the step mark never points at the page the URL shows; it moves to the AI row', async () => {
    window.happyDOM.setURL(hubUrl);
    document.body.innerHTML = layout('<h1>Account preferences</h1>');
    const runner = createRunner({ signal: controller.signal, background });
    runner.followUrl(hubUrl);
    await settle();
    expect(steps()).toEqual(['/mypreferences/d/categories/privacy']);
    history.pushState(null, '', privacyUrl); // no followUrl: nothing announced the navigation
    document.body.innerHTML = layout(`<h1>Data privacy</h1><section><h2>How LinkedIn uses your data</h2>
      <a href="/mypreferences/d/settings/data-for-ai-improvement">Data for Generative AI Improvement <span>On</span></a></section>`);
    await settle();
    await settle();
    expect(steps()).toEqual(['/mypreferences/d/settings/data-for-ai-improvement']);
  });
});

describe('runner: hub → Data privacy while the background has not answered yet', () => {
  const hubUrl = `${base}/mypreferences/d/categories/account`;
  const page = (main: string) => `<nav aria-label="Settings"><ul>
      <li><a href="/mypreferences/d/categories/privacy">Data privacy</a></li></ul></nav><main>${main}</main>`;
  const privacyMain = `<h1>Data privacy</h1><a href="/mypreferences/d/settings/data-for-ai-improvement">Data for
    Generative AI Improvement <span>On</span></a>`;
  const steps = () =>
    [...document.querySelectorAll('[data-optout-guide-step]')].map((e) => e.getAttribute('href'));

  for (const order of ['in order', 'the hub answered last'] as const) {
    it(`only Data privacy's step is marked (${order})`, async () => {
      const answers: (() => void)[] = [];
      const slow: BackgroundLink = {
        ...background,
        start: () =>
          new Promise((resolve) =>
            answers.push(() => resolve({ settled: nothingSettled, position: null, labels: labelBook })),
          ),
      };
      window.happyDOM.setURL(hubUrl);
      document.body.innerHTML = page('<h1>Account preferences</h1>');
      const runner = createRunner({ signal: controller.signal, background: slow });
      runner.followUrl(hubUrl);
      history.pushState(null, '', privacyUrl);
      runner.followUrl(privacyUrl, true);
      document.body.innerHTML = page(privacyMain);
      for (const answer of order === 'in order' ? answers : [...answers].reverse()) answer();
      await settle();
      expect(steps()).toEqual(['/mypreferences/d/settings/data-for-ai-improvement']);
      expect(document.querySelectorAll('optout-guide')).toHaveLength(1);
    });
  }
});
