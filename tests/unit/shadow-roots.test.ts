// DOM tests: settings rendered inside open shadow roots (docs/ARCHITECTURE.md, flow 1, steps 4 and 5). Markup
// imitates a web-component version of LinkedIn's settings page (docs/facts.md, "The switch"), not copied from it.
import { guideSetting } from '@/lib/guide/guide-setting';
import { removeLeftovers } from '@/lib/guide/leftovers';
import { createRunner } from '@/lib/guide/run';
import { getSetting, type Setting } from '@/lib/linkedin/settings';

declare global {
  interface Window {
    happyDOM: { setURL(url: string): void };
  }
}

const base = 'https://www.linkedin.com';
const aiPath = '/mypreferences/d/settings/data-for-ai-improvement';
const researchPath = '/mypreferences/d/settings/policy-and-academic-research';
const ai = getSetting('ai-training') as Setting;
const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));
// Labels in a language we have no strings for: only position can name these switches.
const unknownSwitch = (id: string, checked: boolean) =>
  `<div><span id="${id}-label">Använd mina data</span><input id="${id}" type="checkbox" role="switch"
   aria-labelledby="${id}-label" ${checked ? 'checked' : ''}></div>`;

/** Every element carrying a contract attribute, in the document and in every open shadow root. */
function contractMarks(root: ParentNode = document): string[] {
  const found: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    for (const name of ['data-optout-guide-target', 'data-optout-guide-step'])
      if (element.hasAttribute(name)) found.push(`${element.id}:${name}`);
    if (element.shadowRoot) found.push(...contractMarks(element.shadowRoot));
  }
  return found;
}

/** A component host in <main> whose open shadow root holds `html`. */
function component(html: string, tag = 'settings-toggle'): ShadowRoot {
  const host = document.createElement(tag);
  (document.querySelector('main') as Element).append(host);
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = html;
  return root;
}

let controller: AbortController;
beforeEach(() => {
  controller = new AbortController();
  document.body.innerHTML = '';
});
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

describe('runner: switches in open shadow roots after an in-app navigation', () => {
  it("never takes the previous page's switch, left in its shadow root, for the next setting's", async () => {
    window.happyDOM.setURL(base + aiPath);
    document.body.innerHTML = '<main></main>';
    component(unknownSwitch('ai', true));
    const runner = createRunner({ signal: controller.signal });
    runner.followUrl(base + aiPath);
    expect(contractMarks()).toEqual(['ai:data-optout-guide-target']);
    // LinkedIn's app moves to the research page; its content has not rendered yet.
    history.pushState(null, '', researchPath);
    runner.followUrl(base + researchPath, true);
    (document.querySelector('main') as Element).append(document.createElement('p'));
    await tick();
    expect(contractMarks()).toEqual([]);
  });
});

describe('guideSetting(): a shadow root attached after its host was inserted', () => {
  it('finds the switch rendered into it later', async () => {
    // The look for late roots runs on a timer: fake time, so the test does not wait half a second.
    vi.useFakeTimers();
    window.happyDOM.setURL(base + aiPath);
    document.body.innerHTML =
      '<main><h1>Data for Generative AI Improvement</h1><settings-toggle></settings-toggle></main>';
    guideSetting(ai, { signal: controller.signal, budgetMs: 60_000 });
    await vi.advanceTimersByTimeAsync(20);
    // The component upgrades late (its definition loads after the markup): no DOM mutation the guide can see.
    const root = (document.querySelector('settings-toggle') as Element).attachShadow({ mode: 'open' });
    root.innerHTML = `<span id="allowDataForGenerativeAI">Use my data for training content creation AI models</span>
      <input id="late" type="checkbox" role="switch" aria-labelledby="allowDataForGenerativeAI" checked>`;
    try {
      await vi.advanceTimersByTimeAsync(1000);
      expect(contractMarks()).toEqual(['late:data-optout-guide-target']);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('contract attributes inside open shadow roots', () => {
  it('removeLeftovers() removes those an older copy left inside shadow roots', () => {
    // The older copy's overlay is still there: what tells the new copy to look inside shadow roots.
    document.body.innerHTML = '<main></main><optout-guide></optout-guide>';
    const root = component(unknownSwitch('old', true));
    root.getElementById('old')?.setAttribute('data-optout-guide-target', 'ai-training');
    const nested = component('<a id="step" href="#">Data privacy</a>', 'settings-menu');
    nested.getElementById('step')?.setAttribute('data-optout-guide-step', 'ai-training');
    removeLeftovers(document);
    expect(contractMarks()).toEqual([]);
  });

  it('the guide leaves no copy of its mark inside a shadow root, and none once it ends', async () => {
    window.happyDOM.setURL(base + aiPath);
    document.body.innerHTML = '<main></main>';
    const root = component(
      `<div id="row"><span id="allowDataForGenerativeAI">Use my data for training content creation AI models</span>
       <input id="switch" type="checkbox" role="switch" aria-labelledby="allowDataForGenerativeAI" checked></div>`,
    );
    guideSetting(ai, { signal: controller.signal });
    expect(contractMarks()).toEqual(['switch:data-optout-guide-target']);
    // A responsive component clones its row, attributes included, as the copy it hides at this width.
    const row = root.getElementById('row') as Element;
    const clone = row.cloneNode(true) as Element;
    clone.querySelector('input')?.setAttribute('id', 'hidden-copy');
    clone.setAttribute('hidden', '');
    row.after(clone);
    await tick();
    expect(contractMarks()).toEqual(['switch:data-optout-guide-target']);
    controller.abort();
    expect(contractMarks()).toEqual([]);
  });
});

describe('contract attributes copied across trees', () => {
  const row = `<div id="row"><span id="allowDataForGenerativeAI">Use my data for training content creation AI models</span>
    <input id="switch" type="checkbox" role="switch" aria-labelledby="allowDataForGenerativeAI" checked></div>`;
  /** The page copies the marked row, attributes included, as a hidden copy into `into`. */
  const copyMarkedRow = (from: ParentNode, into: ParentNode) => {
    const clone = (from.querySelector('#row') as Element).cloneNode(true) as Element;
    clone.querySelector('input')?.setAttribute('id', 'hidden-copy');
    clone.setAttribute('hidden', '');
    into.append(clone);
  };

  it('a copy the page puts outside the shadow root that holds the marked switch loses the mark', async () => {
    window.happyDOM.setURL(base + aiPath);
    document.body.innerHTML = '<main></main>';
    const root = component(row);
    guideSetting(ai, { signal: controller.signal });
    copyMarkedRow(root, document.querySelector('main') as Element);
    await tick();
    expect(contractMarks()).toEqual(['switch:data-optout-guide-target']);
  });

  it('a copy the page puts into a shadow root beside the marked switch loses the mark', async () => {
    window.happyDOM.setURL(base + aiPath);
    document.body.innerHTML = `<main>${row}</main>`;
    guideSetting(ai, { signal: controller.signal });
    copyMarkedRow(document, component(''));
    await tick();
    expect(contractMarks()).toEqual(['switch:data-optout-guide-target']);
  });
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

describe('guideSetting(): the main area itself hosts the open shadow root', () => {
  const row = (id: string, checked: boolean) =>
    `<span id="allowDataForGenerativeAI">Use my data for training content creation AI models</span>
     <input id="${id}" type="checkbox" role="switch" aria-labelledby="allowDataForGenerativeAI" ${checked ? 'checked' : ''}>`;

  it('finds the switch inside it, and follows it when the app renders it again', async () => {
    window.happyDOM.setURL(base + aiPath);
    document.body.innerHTML = '<main></main>';
    const root = (document.querySelector('main') as Element).attachShadow({ mode: 'open' });
    root.innerHTML = row('first', true);
    const states: unknown[] = [];
    const onEvent = (event: { type: string; state?: unknown }) =>
      event.type === 'state' && states.push(event.state);
    guideSetting(ai, { signal: controller.signal, onEvent });
    expect(contractMarks()).toEqual(['first:data-optout-guide-target']);
    // A change inside that root only: the guide must be watching the root itself.
    root.innerHTML = row('second', false);
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    expect(contractMarks()).toEqual(['second:data-optout-guide-target']);
    expect(states).toEqual(['on', 'off']);
  });
});
