// DOM tests of the in-page guide on small replica markup (built from docs/facts.md).
import { type GuideEvent, guideSetting } from '@/lib/guide/guide-setting';
import { guideStep } from '@/lib/guide/guide-step';
import { hostTag, overlayRoots } from '@/lib/guide/overlay';
import { labelBook as labels } from '@/lib/linkedin';
import { getSetting, type Setting } from '@/lib/settings';
import { localNoon } from './local-noon';
import { countQueries } from './page-queries';

const ai = getSetting('ai-training') as Setting;
const partner = getSetting('partner-sharing') as Setting;

const aiPage = (checked = true) => `
  <header><a href="/feed/">Home</a></header>
  <main>
    <h1>Data for Generative AI Improvement</h1>
    <div class="_row_1x2y">
      <span id="allowDataForGenerativeAI">Use my data for training content creation AI models</span>
      <input id="switch" class="_switchCheckbox_12ycew" type="checkbox" role="switch" aria-labelledby="allowDataForGenerativeAI" ${checked ? 'checked' : ''}>
    </div>
  </main>`;

/** What the member sees in the callout (read through the isolated world's handle on the closed root). */
function callout(): string | null {
  const host = document.querySelector(hostTag);
  const root = host && overlayRoots.get(host);
  const box = root?.querySelector<HTMLElement>('.callout');
  return box && !box.hidden ? (box.textContent ?? '') : null;
}
const marked = () => [...document.querySelectorAll('[data-optout-guide-target]')].map((e) => e.id);
/** Passes the guide's state events to `report(setting, state)`. */
const reportTo = (report: (setting: string, state: string | null) => void) => (event: GuideEvent) => {
  if (event.type === 'state') report(event.setting, event.state);
};
const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

let controller: AbortController;
beforeEach(() => {
  controller = new AbortController();
  document.body.innerHTML = '';
});
afterEach(() => controller.abort());

describe('guideSetting()', () => {
  it('marks the switch, says it is on, and reports the state', () => {
    document.body.innerHTML = aiPage(true);
    const report = vi.fn();
    guideSetting(ai, { signal: controller.signal, onEvent: reportTo(report) });
    expect(marked()).toEqual(['switch']);
    expect(document.getElementById('switch')?.getAttribute('data-optout-guide-target')).toBe('ai-training');
    expect(callout()).toContain('On — LinkedIn may use your data to train AI.');
    expect(report).toHaveBeenLastCalledWith('ai-training', 'on');
  });

  it('turns into a dated confirmation when the member clicks the switch off', async () => {
    document.body.innerHTML = aiPage(true);
    const report = vi.fn();
    guideSetting(ai, {
      signal: controller.signal,
      onEvent: reportTo(report),
      now: () => new Date(localNoon('2026-11-29')),
    });
    (document.getElementById('switch') as HTMLInputElement).click();
    await tick();
    expect(callout()).toContain('Off — recorded on 29 Nov 2026');
    expect(report).toHaveBeenLastCalledWith('ai-training', 'off');
  });

  it('never clicks anything itself', () => {
    document.body.innerHTML = aiPage(true);
    const clicks = vi.fn();
    document.addEventListener('click', clicks, true);
    guideSetting(ai, { signal: controller.signal, labels });
    expect(clicks).not.toHaveBeenCalled();
    expect((document.getElementById('switch') as HTMLInputElement).checked).toBe(true);
    document.removeEventListener('click', clicks, true);
  });

  it('finds a switch that renders late, by observing', async () => {
    document.body.innerHTML = '<main><p>Loading…</p></main>';
    guideSetting(ai, { signal: controller.signal, labels });
    expect(marked()).toEqual([]);
    document.body.innerHTML = aiPage(false);
    await tick();
    // <main> itself was replaced: the guide re-scoped its observer and found the new switch.
    expect(marked()).toEqual(['switch']);
    expect(callout()).toContain('Off — recorded on');
  });

  it('moves the mark when LinkedIn replaces the switch node', async () => {
    document.body.innerHTML = aiPage(true);
    guideSetting(ai, { signal: controller.signal, labels });
    const old = document.getElementById('switch') as HTMLElement;
    const fresh = old.cloneNode() as HTMLElement;
    fresh.id = 'switch-new';
    fresh.removeAttribute('data-optout-guide-target');
    old.replaceWith(fresh);
    await tick();
    expect(marked()).toEqual(['switch-new']);
  });

  it('says honestly when the switch does not show up within the budget, and marks nothing', async () => {
    document.body.innerHTML = '<main><h1>Settings</h1><p>Something went wrong.</p></main>';
    guideSetting(ai, { signal: controller.signal, budgetMs: 20 });
    expect(callout()).toBeNull();
    await tick(40);
    expect(callout()).toContain("The switch didn't show up on this page");
    expect(callout()).toContain('Data privacy › Data for Generative AI Improvement');
    expect(marked()).toEqual([]);
  });

  it('never takes the switch the previous page left behind by position alone', async () => {
    // An unidentifiable switch (no known label id or text) that was on screen when the URL changed.
    document.body.innerHTML =
      '<main><span id="x">Vorher</span><input id="old" type="checkbox" role="switch" aria-labelledby="x"></main>';
    const leftBehind = new WeakMap([...document.querySelectorAll('input')].map((e) => [e, '']));
    guideSetting(partner, { signal: controller.signal, leftBehind });
    expect(marked()).toEqual([]);
    // The new page starts rendering (a spinner) while the old switch is still there: still not ours.
    document
      .querySelector('main')
      ?.append(Object.assign(document.createElement('p'), { textContent: 'Loading…' }));
    await tick();
    expect(marked()).toEqual([]);
    (document.querySelector('main') as HTMLElement).innerHTML =
      '<span id="y">Neu</span><input id="new" type="checkbox" role="switch" aria-labelledby="y">';
    await tick();
    expect(marked()).toEqual(['new']);
  });

  it('clears the state when the switch goes away, and says so honestly if it stays away', async () => {
    document.body.innerHTML = aiPage(true);
    const report = vi.fn();
    guideSetting(ai, { signal: controller.signal, onEvent: reportTo(report), budgetMs: 30 });
    expect(report).toHaveBeenLastCalledWith('ai-training', 'on');
    (document.querySelector('._row_1x2y') as HTMLElement).innerHTML = '<p>Loading…</p>';
    await tick();
    expect(marked()).toEqual([]);
    expect(report).toHaveBeenLastCalledWith('ai-training', null);
    await tick(60);
    expect(callout()).toContain("The switch didn't show up on this page");
  });

  it('a hidden switch is no longer pointed at', async () => {
    document.body.innerHTML = aiPage(true);
    const report = vi.fn();
    guideSetting(ai, { signal: controller.signal, onEvent: reportTo(report) });
    document.querySelector('._row_1x2y')?.setAttribute('hidden', '');
    await tick();
    expect(marked()).toEqual([]);
    expect(report).toHaveBeenLastCalledWith('ai-training', null);
  });

  it('keeps following when the whole app root re-renders', async () => {
    document.body.innerHTML = `<div id="root"><div class="app">${aiPage(true)}</div></div>`;
    guideSetting(ai, { signal: controller.signal, labels });
    (document.getElementById('root') as HTMLElement).innerHTML =
      `<div class="app">${aiPage(false).replace('id="switch"', 'id="switch-2"')}</div>`;
    await tick();
    expect(marked()).toEqual(['switch-2']);
    expect(callout()).toContain('Off — recorded on');
  });

  it('puts its callout back if the page removes it while guiding', async () => {
    document.body.innerHTML = aiPage(true);
    guideSetting(ai, { signal: controller.signal, labels });
    document.querySelector(hostTag)?.remove();
    document.querySelector('main')?.append(document.createElement('p'));
    await tick(50);
    expect(callout()).toContain('On — LinkedIn may use your data to train AI.');
  });

  it('Escape right after clicking the switch (focus on it) closes the guide', () => {
    document.body.innerHTML = aiPage(true);
    guideSetting(ai, { signal: controller.signal, labels });
    document
      .getElementById('switch')
      ?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(document.querySelector(hostTag)).toBeNull();
  });

  it('Escape meant for LinkedIn (typing in a field) leaves the guide alone', () => {
    document.body.innerHTML = `${aiPage(true)}<input id="search">`;
    guideSetting(ai, { signal: controller.signal, labels });
    document
      .getElementById('search')
      ?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(marked()).toEqual(['switch']);
  });

  it('removes everything it added when the guide ends', () => {
    document.body.innerHTML = aiPage(true);
    const before = document.body.innerHTML;
    const report = vi.fn();
    guideSetting(ai, { signal: controller.signal, onEvent: reportTo(report) });
    controller.abort();
    expect(document.body.innerHTML).toBe(before);
    expect(report).toHaveBeenLastCalledWith('ai-training', null);
  });

  it('a switch the page takes out as the guide ends comes back unmarked when the page puts it back', () => {
    document.body.innerHTML = aiPage(true);
    guideSetting(ai, { signal: controller.signal, labels });
    const row = document.querySelector('main div') as HTMLElement;
    // A cached view (keep-alive) is taken out and the app navigates away in the same task, before any look.
    row.remove();
    controller.abort();
    document.querySelector('main')?.append(row);
    expect(marked()).toEqual([]);
  });

  it('Escape dismisses the guide: callout, ring and mark go', () => {
    document.body.innerHTML = aiPage(true);
    const onEvent = vi.fn();
    guideSetting(ai, { signal: controller.signal, onEvent });
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onEvent).toHaveBeenCalledWith({ type: 'dismissed' });
    expect(document.querySelector(hostTag)).toBeNull();
    expect(marked()).toEqual([]);
  });

  it('the close button dismisses the guide and focus is never taken', () => {
    document.body.innerHTML = `${aiPage(true)}<input id="search">`;
    (document.getElementById('search') as HTMLElement).focus();
    guideSetting(ai, { signal: controller.signal, labels });
    expect(document.activeElement?.id).toBe('search');
    const host = document.querySelector(hostTag) as Element;
    overlayRoots.get(host)?.querySelector<HTMLButtonElement>('.close')?.click();
    expect(document.querySelector(hostTag)).toBeNull();
  });

  it('announces the state politely to screen readers', () => {
    document.body.innerHTML = aiPage(true);
    guideSetting(ai, { signal: controller.signal, labels });
    const root = overlayRoots.get(document.querySelector(hostTag) as Element);
    const status = root?.querySelector('[role="status"]');
    expect(status?.getAttribute('aria-live')).toBe('polite');
    expect(status?.textContent).toContain('On — LinkedIn may use your data to train AI.');
  });
});

describe('guideStep()', () => {
  const privacyPage = `
    <nav><a id="menu-privacy" href="/mypreferences/d/categories/privacy">Data privacy</a></nav>
    <main><section><h2>How LinkedIn uses your data</h2>
      <a id="row-ai" href="/mypreferences/d/settings/data-for-ai-improvement">Data for Generative AI Improvement <span>On</span></a>
    </section></main>`;
  const steps = () => [...document.querySelectorAll('[data-optout-guide-step]')].map((e) => e.id);

  it('on Data privacy, marks the row of the setting', () => {
    document.body.innerHTML = privacyPage;
    // One look: the watcher, the finder and the mark share one walk of the body for open shadow roots (the menu sits
    // beside <main>), and none of <main> on its own (README, "Performance").
    const main = document.querySelector('main') as Element;
    const queries = countQueries();
    guideStep({ kind: 'category', category: 'privacy' }, ai, { controller, labels });
    const walks = [queries.count(document.body, '*'), queries.count(main, '*')];
    queries.restore();
    expect(walks).toEqual([1, 0]);
    expect(steps()).toEqual(['row-ai']);
    expect(document.getElementById('row-ai')?.getAttribute('data-optout-guide-step')).toBe('ai-training');
    expect(callout()).toContain('Next step: open “Data for Generative AI Improvement”');
  });

  it('marks a settings menu that renders late, anywhere on the page', async () => {
    document.body.innerHTML =
      '<header id="hdr"></header><div id="app"><div><main><h1>Account</h1></main></div></div>';
    guideStep({ kind: 'hub' }, ai, { controller, labels });
    (document.getElementById('hdr') as HTMLElement).innerHTML =
      '<nav><a id="menu-privacy" href="/mypreferences/d/categories/privacy">Data privacy</a></nav>';
    await tick();
    expect(steps()).toEqual(['menu-privacy']);
  });

  it('on the hub, marks the Data privacy entry of a menu in an open shadow root beside the main area', () => {
    document.body.innerHTML = '<settings-menu></settings-menu><main><h2>Account preferences</h2></main>';
    const menu = document.querySelector('settings-menu')?.attachShadow({ mode: 'open' }) as ShadowRoot;
    menu.innerHTML =
      '<nav><a id="menu-privacy" href="/mypreferences/d/categories/privacy">Data privacy</a></nav>';
    guideStep({ kind: 'hub' }, ai, { controller, labels });
    expect(menu.getElementById('menu-privacy')?.getAttribute('data-optout-guide-step')).toBe('ai-training');
    expect(callout()).toContain('Next step: open “Data privacy”');
    // The app copies the marked entry beside it, in its shadow root: the copy loses the mark (docs/contracts.md).
    const copy = menu.getElementById('menu-privacy')?.cloneNode(true) as Element;
    copy.id = 'copy';
    menu.querySelector('nav')?.append(copy);
    return tick().then(() => {
      expect(copy.hasAttribute('data-optout-guide-step')).toBe(false);
      controller.abort();
      expect(menu.querySelectorAll('[data-optout-guide-step]')).toHaveLength(0);
    });
  });

  it('on the hub, marks the Data privacy menu entry; the mark goes when the guide ends', () => {
    document.body.innerHTML = privacyPage.replace(
      /<main>[\s\S]*<\/main>/,
      '<main><h2>Account preferences</h2></main>',
    );
    guideStep({ kind: 'hub' }, ai, { controller, labels });
    expect(steps()).toEqual(['menu-privacy']);
    expect(callout()).toContain('Next step: open “Data privacy”');
    controller.abort();
    expect(steps()).toEqual([]);
    expect(document.querySelector(hostTag)).toBeNull();
  });
});
