// What the guide's start costs the page (issue #11, README "Performance"): work it does not do twice.
import { findSwitch } from '@/lib/finder';
import { inOneLook, openShadowRoots } from '@/lib/finder/dom';
import { type GuideEvent, guideSetting } from '@/lib/guide/guide-setting';
import { hostTag } from '@/lib/guide/overlay';
import { getSetting, type Setting } from '@/lib/settings';
import { countQueries } from './page-queries';

const ai = getSetting('ai-training') as Setting;
const aiPage = `
  <main>
    <h1>Data for Generative AI Improvement</h1>
    <div><span id="allowDataForGenerativeAI">Use my data for training content creation AI models</span>
    <input id="switch" type="checkbox" role="switch" aria-labelledby="allowDataForGenerativeAI" checked></div>
  </main>`;
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

let controller: AbortController;
beforeEach(() => {
  controller = new AbortController();
  document.body.innerHTML = aiPage;
});
afterEach(() => controller.abort());

describe('guideSetting() start-up', () => {
  it('looks at the page once: its own callout appearing is not a page change to look at again', async () => {
    const looks = vi.fn(findSwitch);
    guideSetting(ai, { signal: controller.signal, findSwitch: looks });
    await tick();
    expect(document.querySelector(hostTag)).not.toBeNull();
    expect(looks).toHaveBeenCalledTimes(1);
  });

  it('still looks again when the page itself adds something beside its main area', async () => {
    const looks = vi.fn(findSwitch);
    guideSetting(ai, { signal: controller.signal, findSwitch: looks });
    await tick();
    document.body.append(document.createElement('aside'));
    await tick();
    expect(looks).toHaveBeenCalledTimes(2);
  });
});

describe('guideSetting() in a mutation storm', () => {
  it('looks at most about once per frame, and the switch that lands last is marked by the next frame', async () => {
    const looks = vi.fn(findSwitch);
    const states: unknown[] = [];
    const onEvent = (event: GuideEvent) => event.type === 'state' && states.push(event.state);
    guideSetting(ai, { signal: controller.signal, findSwitch: looks, onEvent });
    await tick();
    looks.mockClear();
    const main = document.querySelector('main') as Element;
    // 40 separate batches of page changes inside one frame (each await lets the observer report one).
    for (let i = 0; i < 40; i++) {
      main.append(document.createElement('span'));
      await Promise.resolve();
      await Promise.resolve();
    }
    const late = document.getElementById('switch') as HTMLInputElement;
    late.checked = false;
    late.toggleAttribute('checked', false);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await tick();
    expect(looks.mock.calls.length).toBeLessThanOrEqual(3);
    expect(late.getAttribute('data-optout-guide-target')).toBe('ai-training');
    expect(states).toEqual(['on', 'off']);
  });
});

describe('one look, one walk of the main area for open shadow roots', () => {
  it('at the start, the watcher, the finder and the switches-on-screen snapshot share one walk', async () => {
    const main = document.querySelector('main') as Element;
    const queries = countQueries();
    guideSetting(ai, { signal: controller.signal });
    // openShadowRoots queries every element under <main>; mainArea looks for <main> in the document.
    const [walks, mains] = [queries.count(main, '*'), queries.count(document, 'main')];
    queries.restore();
    await tick();
    expect(document.getElementById('switch')?.getAttribute('data-optout-guide-target')).toBe('ai-training');
    expect(walks).toBe(1);
    expect(mains).toBe(1);
  });

  it('a page change is one more look, with one more walk, that sees a shadow root attached since', async () => {
    guideSetting(ai, { signal: controller.signal });
    await tick();
    const main = document.querySelector('main') as Element;
    document.getElementById('switch')?.parentElement?.remove();
    await nextFrame();
    const host = document.createElement('div');
    host.attachShadow({
      mode: 'open',
    }).innerHTML = `<span id="allowDataForGenerativeAI">Use my data for training
      content creation AI models</span><input id="inside" type="checkbox" role="switch"
      aria-labelledby="allowDataForGenerativeAI">`;
    const queries = countQueries();
    main.append(host);
    await nextFrame();
    const [walks, mains] = [queries.count(main, '*'), queries.count(document, 'main')];
    queries.restore();
    const inside = host.shadowRoot?.getElementById('inside');
    expect(inside?.getAttribute('data-optout-guide-target')).toBe('ai-training');
    expect(walks).toBe(1);
    expect(mains).toBe(1);
  });
});

describe('inOneLook()', () => {
  it('answers each scope once inside a look, and walks anew outside it or after it failed', () => {
    const main = document.querySelector('main') as Element;
    const attach = () => main.appendChild(document.createElement('div')).attachShadow({ mode: 'open' });
    const first = attach();
    inOneLook(() => {
      expect(openShadowRoots(main)).toEqual([first]);
      attach();
      // Nested looks join the outer one: still the first answer (nothing of the page runs inside a look).
      expect(inOneLook(() => openShadowRoots(main))).toEqual([first]);
      // A walk with its own limit is never shared.
      expect(openShadowRoots(main, 100)).toHaveLength(2);
    });
    expect(openShadowRoots(main)).toHaveLength(2);
    expect(() =>
      inOneLook(() => {
        openShadowRoots(main);
        throw new Error('a look that failed');
      }),
    ).toThrow();
    attach();
    expect(inOneLook(() => openShadowRoots(main))).toHaveLength(3);
  });
});
