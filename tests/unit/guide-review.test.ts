// Review of the shadow-root and navigation fixes (30 Nov 2026): each case failed before its fix.
// Replica markup after docs/facts.md (label id allowDataForGenerativeAI); the components are hypothetical redesigns.

import { guideSetting } from '@/lib/guide/guide-setting';
import { createRunner } from '@/lib/guide/run';
import { getSetting, type Setting } from '@/lib/linkedin/settings';

declare global {
  interface Window {
    happyDOM: { setURL(url: string): void };
  }
}

const ai = getSetting('ai-training') as Setting;
const base = 'https://www.linkedin.com';
const aiPath = '/mypreferences/d/settings/data-for-ai-improvement';
const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));
let controller: AbortController;
beforeEach(() => {
  controller = new AbortController();
});
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

describe('guideSetting(): a switch found in a late shadow root by some other look', () => {
  it('a late root found by a look the timer did not make is still watched', async () => {
    vi.useFakeTimers();
    window.happyDOM.setURL(base + aiPath);
    document.body.innerHTML =
      '<main><h1>Data for Generative AI Improvement</h1><settings-toggle></settings-toggle></main>';
    const onEvent = vi.fn();
    guideSetting(ai, { signal: controller.signal, budgetMs: 60_000, onEvent });
    await vi.advanceTimersByTimeAsync(20);
    const root = (document.querySelector('settings-toggle') as Element).attachShadow({ mode: 'open' });
    root.innerHTML = `<span id="allowDataForGenerativeAI">Use my data for training content creation AI models</span>
    <input id="late" type="checkbox" role="switch" aria-labelledby="allowDataForGenerativeAI" checked>`;
    // Something else in <main> changes before the half-second look: that look finds the switch.
    document.querySelector('main')?.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(20);
    expect(root.getElementById('late')?.hasAttribute('data-optout-guide-target')).toBe(true);
    await vi.advanceTimersByTimeAsync(2000);
    // LinkedIn re-renders the component's switch (e.g. after its save round-trip): new element, now off.
    root.innerHTML = `<span id="allowDataForGenerativeAI">Use my data for training content creation AI models</span>
    <input id="late2" type="checkbox" role="switch" aria-labelledby="allowDataForGenerativeAI">`;
    await vi.advanceTimersByTimeAsync(2000);
    expect(root.getElementById('late2')?.hasAttribute('data-optout-guide-target')).toBe(true);
    const states = onEvent.mock.calls
      .map(([e]) => e)
      .filter((e) => e.type === 'state')
      .map((e) => e.state);
    expect(states.at(-1)).toBe('off');
  });
});

describe('guideSetting(): opening a <details> around a switch component', () => {
  it("marks the switch inside the component's shadow root once the details open", async () => {
    vi.useFakeTimers();
    window.happyDOM.setURL(base + aiPath);
    document.body.innerHTML =
      '<main><h1>Data for Generative AI Improvement</h1><details><summary>More</summary><x-toggle></x-toggle></details></main>';
    const root = (document.querySelector('x-toggle') as Element).attachShadow({ mode: 'open' });
    root.innerHTML = `<span id="allowDataForGenerativeAI">Use my data for training content creation AI models</span>
      <input id="inside" type="checkbox" role="switch" aria-labelledby="allowDataForGenerativeAI" checked>`;
    guideSetting(ai, { signal: controller.signal, budgetMs: 60_000 });
    await vi.advanceTimersByTimeAsync(50);
    expect(root.getElementById('inside')?.hasAttribute('data-optout-guide-target')).toBe(false);
    document.querySelector('details')?.setAttribute('open', '');
    await vi.advanceTimersByTimeAsync(100);
    expect(root.getElementById('inside')?.hasAttribute('data-optout-guide-target')).toBe(true);
  });
});

describe('createRunner(): A → another page → A before that page rendered', () => {
  const unknownSwitch = (id: string) =>
    `<div><span id="${id}-label">Använd mina data</span><input id="${id}" type="checkbox" role="switch" aria-labelledby="${id}-label" checked></div>`;
  for (const between of [
    '/mypreferences/d/settings/policy-and-academic-research',
    '/mypreferences/d/categories/privacy',
  ]) {
    it(`A -> ${between} -> A before the page between rendered: A's own switch is marked again`, async () => {
      window.happyDOM.setURL(base + aiPath);
      document.body.innerHTML = `<main>${unknownSwitch('ai')}</main>`;
      const runner = createRunner({ signal: controller.signal });
      runner.followUrl(base + aiPath);
      expect(document.getElementById('ai')?.hasAttribute('data-optout-guide-target')).toBe(true);
      history.pushState(null, '', between);
      runner.followUrl(base + between, true);
      history.pushState(null, '', aiPath);
      runner.followUrl(base + aiPath, true);
      document.querySelector('main')?.append(document.createElement('p'));
      await tick();
      expect(document.getElementById('ai')?.hasAttribute('data-optout-guide-target')).toBe(true);
    });
  }
});
