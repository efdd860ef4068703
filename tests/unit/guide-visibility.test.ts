// DOM tests: the guide points at what the member can see — open shadow roots, and responsive layouts that keep a
// second, hidden copy of the setting. Markup imitates LinkedIn's (docs/facts.md, "The switch"), not copied from it.
import { type GuideEvent, guideSetting } from '@/lib/guide/guide-setting';
import { getSetting, type Setting } from '@/lib/linkedin/settings';

/** happy-dom's own handle on the window (its viewport drives media queries). */
const setViewport = (width: number) =>
  (window as unknown as { happyDOM: { setViewport(size: object): void } }).happyDOM.setViewport({
    width,
    height: 768,
  });

const ai = getSetting('ai-training') as Setting;
const row = (id: string, checked: boolean, attributes = '') =>
  `<div id="${id}-row" ${attributes}><span id="allowDataForGenerativeAI">Use my data for training content creation AI models</span>
   <input id="${id}" type="checkbox" role="switch" aria-labelledby="allowDataForGenerativeAI" ${checked ? 'checked' : ''}></div>`;
const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));
const markedIn = (root: ParentNode) =>
  [...root.querySelectorAll('[data-optout-guide-target]')].map((element) => element.id);

let controller: AbortController;
let events: GuideEvent[];
const guide = () => guideSetting(ai, { signal: controller.signal, onEvent: (event) => events.push(event) });
const lastState = () => events.filter((event) => event.type === 'state').at(-1);

beforeEach(() => {
  controller = new AbortController();
  events = [];
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  setViewport(1024);
});
afterEach(() => controller.abort());

describe('guideSetting() in an open shadow root', () => {
  const component = (checked: boolean) => {
    document.body.innerHTML =
      '<main><h1>Data for Generative AI Improvement</h1><settings-toggle></settings-toggle></main>';
    const host = document.querySelector('settings-toggle') as Element;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = row('switch', checked);
    return root;
  };

  it('finds, marks and reports the switch inside the component', () => {
    const root = component(true);
    guide();
    expect(markedIn(root)).toEqual(['switch']);
    expect(lastState()).toEqual({ type: 'state', setting: 'ai-training', state: 'on', rung: 'label-id' });
  });

  it('follows the switch when the component re-renders its shadow content', async () => {
    const root = component(true);
    guide();
    root.innerHTML = row('switch-2', false);
    await tick();
    expect(markedIn(root)).toEqual(['switch-2']);
    expect(lastState()).toMatchObject({ state: 'off' });
  });

  it('finds a component that renders late, by observing its shadow root', async () => {
    document.body.innerHTML = '<main><settings-toggle></settings-toggle></main>';
    const root = (document.querySelector('settings-toggle') as Element).attachShadow({ mode: 'open' });
    guide();
    expect(markedIn(root)).toEqual([]);
    root.innerHTML = row('late', true);
    await tick();
    expect(markedIn(root)).toEqual(['late']);
  });
});

describe('guideSetting() beside a hidden copy', () => {
  // A responsive layout: one copy per breakpoint, the other hidden by the stylesheet.
  const css = `.wide { display: block } .narrow { display: none }
    @media (max-width: 600px) { .wide { display: none } .narrow { display: block } }`;
  const layouts = {
    'visible copy first': `<main>${row('wide', true, 'class="wide"')}${row('narrow', true, 'class="narrow"')}</main>`,
    'hidden copy first': `<main>${row('narrow', true, 'class="narrow"')}${row('wide', true, 'class="wide"')}</main>`,
  };

  for (const [order, html] of Object.entries(layouts)) {
    it(`marks the visible copy (${order}) and says its state`, () => {
      document.head.innerHTML = `<style>${css}</style>`;
      document.body.innerHTML = html;
      guide();
      expect(markedIn(document)).toEqual(['wide']);
      expect(lastState()).toMatchObject({ state: 'on' });
    });
  }

  it('moves the mark to the other copy when a resize swaps them', async () => {
    document.head.innerHTML = `<style>${css}</style>`;
    document.body.innerHTML = layouts['visible copy first'];
    guide();
    expect(markedIn(document)).toEqual(['wide']);
    setViewport(500);
    // happy-dom caches computed styles until a stylesheet changes; a browser recomputes them on resize.
    document.head.innerHTML = `<style>${css}</style>`;
    window.dispatchEvent(new Event('resize'));
    await tick();
    expect(markedIn(document)).toEqual(['narrow']);
  });

  it('moves the mark when the layout swaps the visible copy by a class, without a resize', async () => {
    document.head.innerHTML = `<style>.compact .wide, .roomy .narrow { display: none }</style>`;
    document.body.innerHTML = `<main class="roomy">${row('wide', true, 'class="wide"')}${row('narrow', true, 'class="narrow"')}</main>`;
    guide();
    await tick();
    expect(markedIn(document)).toEqual(['wide']);
    (document.querySelector('main') as HTMLElement).className = 'compact';
    await tick();
    expect(markedIn(document)).toEqual(['narrow']);
  });

  it('takes the switch inside a <details> once the page opens it, with no other change', async () => {
    document.body.innerHTML = `<main><details><summary>More</summary>${row('inside', false)}</details></main>`;
    guide();
    await tick();
    expect(markedIn(document)).toEqual([]);
    document.querySelector('details')?.setAttribute('open', '');
    await tick();
    expect(markedIn(document)).toEqual(['inside']);
  });

  const hiddenCopies: [string, string][] = [
    ['the hidden attribute', 'hidden'],
    ['an inert ancestor', 'inert'],
    ['an aria-hidden ancestor', 'aria-hidden="true"'],
    ['visibility: hidden from the stylesheet', 'class="invisible"'],
  ];
  for (const [what, attributes] of hiddenCopies) {
    for (const hiddenFirst of [true, false]) {
      it(`ignores a copy hidden by ${what} (${hiddenFirst ? 'before' : 'after'} the visible one)`, () => {
        document.head.innerHTML = '<style>.invisible { visibility: hidden }</style>';
        const hidden = row('hidden-copy', false, attributes);
        const visible = row('visible', true);
        document.body.innerHTML = `<main>${hiddenFirst ? hidden + visible : visible + hidden}</main>`;
        guide();
        expect(markedIn(document)).toEqual(['visible']);
        expect(lastState()).toMatchObject({ state: 'on' });
      });
    }
  }

  it('ignores a copy inside a closed <details>, and takes it once the member opens it', async () => {
    document.body.innerHTML = `<main><details><summary>More</summary>${row('inside', false)}</details></main>`;
    guide();
    expect(markedIn(document)).toEqual([]);
    document.querySelector('details')?.setAttribute('open', '');
    (document.querySelector('main') as HTMLElement).append(document.createElement('span'));
    await tick();
    expect(markedIn(document)).toEqual(['inside']);
  });
});
