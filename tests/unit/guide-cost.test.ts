// What the guide's start costs the page (issue #11, README "Performance"): work it does not do twice.
import { findSwitch } from '@/lib/finder';
import { type GuideEvent, guideSetting } from '@/lib/guide/guide-setting';
import { hostTag } from '@/lib/guide/overlay';
import { getSetting, type Setting } from '@/lib/settings';

const ai = getSetting('ai-training') as Setting;
const aiPage = `
  <main>
    <h1>Data for Generative AI Improvement</h1>
    <div><span id="allowDataForGenerativeAI">Use my data for training content creation AI models</span>
    <input id="switch" type="checkbox" role="switch" aria-labelledby="allowDataForGenerativeAI" checked></div>
  </main>`;
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

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
