// Edge cases of "Keep it on" (its answer late, refused, pressed twice), of the restart after a restore from the
// back-forward cache, and of zero-size switch copies: replica markup after docs/facts.md, "The switch".
import { findSwitch } from '@/lib/finder';
import { hostTag } from '@/lib/guide/overlay';
import { labelBook } from '@/lib/linkedin';
import { getSetting, type Setting } from '@/lib/linkedin/settings';
import {
  aiPage,
  aiPath,
  base,
  callout,
  marks,
  press,
  privacyPage,
  privacyPath,
  runGuide,
  settle,
  shadow,
} from './guide-harness';

/** The callout's close button (the only one with a tooltip). */
const dismiss = () =>
  [...(shadow()?.querySelectorAll('button') ?? [])].find((button) => button.title)?.click();

let controller: AbortController;
beforeEach(() => {
  controller = new AbortController();
});
afterEach(() => controller.abort());

const run = (path: string, html: string) => runGuide(controller.signal, path, html);

describe('the runner around keep-on and restores', () => {
  it('a refused "Keep it on" hint goes once the member turns the switch off', async () => {
    const memory = run(aiPath, aiPage);
    memory.keepOn.mockResolvedValueOnce(false);
    await settle();
    press('keep-on');
    await settle();
    expect(callout()).toContain('The browser did not save the change');
    (document.getElementById('switch') as HTMLInputElement).click();
    await settle();
    await new Promise((r) => setTimeout(r, 50));
    expect(memory.report).toHaveBeenLastCalledWith('ai-training', 'off', 'label-id');
    expect(callout()).not.toContain('The browser did not save the change');
  });

  it('a double press shows one confirmation', async () => {
    run(aiPath, aiPage);
    await settle();
    press('keep-on');
    press('keep-on');
    await settle();
    expect(document.querySelectorAll(hostTag).length).toBe(1);
    expect(callout()).toContain('Kept on');
    expect(marks()).toEqual([]);
  });

  it('restore after a dismissal on a setting page: one overlay, one mark, the state reported again', async () => {
    const memory = run(aiPath, aiPage);
    await settle();
    dismiss();
    await settle();
    expect(callout()).toBeNull();
    expect(marks()).toEqual([]);
    memory.report.mockClear();
    memory.runner.followUrl(base + aiPath);
    memory.runner.reportAgain();
    await settle();
    expect(document.querySelectorAll(hostTag).length).toBe(1);
    expect(marks()).toEqual(['switch']);
    expect(memory.report).toHaveBeenCalledWith('ai-training', 'on', 'label-id');
  });

  it('restore of a kept-on confirmation keeps it: no new guide, no mark', async () => {
    const memory = run(aiPath, aiPage);
    await settle();
    press('keep-on');
    await settle();
    memory.runner.followUrl(base + aiPath);
    memory.runner.reportAgain();
    await settle();
    expect(document.querySelectorAll(hostTag).length).toBe(1);
    expect(callout()).toContain('Kept on');
    expect(callout()).not.toContain('Keep it on');
    expect(marks()).toEqual([]);
  });

  it('restore after dismissing the kept-on confirmation guides nothing again', async () => {
    const memory = run(aiPath, aiPage);
    await settle();
    press('keep-on');
    await settle();
    dismiss();
    await settle();
    expect(callout()).toBeNull();
    memory.runner.reportAgain();
    await settle();
    expect(marks()).toEqual([]);
    expect(callout() ?? '').not.toContain('Keep it on');
  });

  it('restore of a hub page twice: one overlay host, one mark', async () => {
    const memory = run(privacyPath, privacyPage);
    await settle();
    memory.runner.reportAgain();
    memory.runner.reportAgain();
    await settle();
    expect(document.querySelectorAll(hostTag).length).toBeLessThanOrEqual(1);
    expect(marks()).toEqual(['row-ai']);
  });

  it('restore while the start answer is pending: one guide', async () => {
    const memory = run(aiPath, aiPage);
    memory.runner.reportAgain();
    await settle();
    expect(document.querySelectorAll(hostTag).length).toBe(1);
    expect(marks()).toEqual(['switch']);
    expect(memory.start).toHaveBeenCalledTimes(2);
  });

  it('keep-on answer after navigating away in-app is ignored', async () => {
    const memory = run(aiPath, aiPage);
    let resolve = (_: boolean) => {};
    memory.keepOn.mockReturnValueOnce(
      new Promise<boolean>((r) => {
        resolve = r;
      }),
    );
    await settle();
    press('keep-on');
    window.happyDOM.setURL(base + privacyPath);
    document.body.innerHTML = privacyPage;
    memory.runner.followUrl(base + privacyPath, true);
    await settle();
    resolve(true);
    await settle();
    expect(callout() ?? '').not.toContain('Kept on');
    expect(marks()).toEqual(['row-ai']);
  });
});

describe('zero-size duplicates', () => {
  const ai = getSetting('ai-training') as Setting;
  // Pinned (74e3d33): a 0×0 input counts as seen when its parent has a size (the CSS toggle's hidden input beside its
  // track), so a second copy drawn that way beside the visible one makes the label-id rung ambiguous: no switch found.
  // Before that change the 0×0 copy was hidden and the visible one was marked. No fix fits the content script budget.
  it.fails('a 0×0 copy inside a sized parent does not hide the visible switch', () => {
    document.body.innerHTML = `<main><div id="mobile-row"><span id="allowDataForGenerativeAI">Use my data for training content creation AI models</span>
      <input id="mobile" type="checkbox" role="switch" aria-labelledby="allowDataForGenerativeAI" checked></div>
      <div id="desk-row"><span id="allowDataForGenerativeAI">Use my data for training content creation AI models</span>
      <input id="desk" type="checkbox" role="switch" aria-labelledby="allowDataForGenerativeAI" checked></div></main>`;
    const size = (w: number) => ({
      width: w,
      height: w,
      x: 0,
      y: 0,
      top: 0,
      left: 0,
      right: w,
      bottom: w,
      toJSON() {},
    });
    const spy = vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (
      this: Element,
    ) {
      return size(this.id === 'mobile' ? 0 : 10) as DOMRect;
    });
    const rects = vi
      .spyOn(Element.prototype, 'getClientRects')
      .mockImplementation(() => [size(1)] as unknown as DOMRectList);
    try {
      expect(findSwitch(document, ai, { ownPage: true, labels: labelBook })?.element.id).toBe('desk');
    } finally {
      spy.mockRestore();
      rects.mockRestore();
    }
  });
});

describe('a second switch whose name starts with ours, ours reworded', () => {
  const ai = getSetting('ai-training') as Setting;
  const page = (other: string) => `<main><h1>Data for Generative AI Improvement</h1>
    <div><span id="renamedA">Use my data to train AI models that create content</span>
    <input id="a" type="checkbox" role="switch" aria-labelledby="renamedA" checked></div>
    <div><span id="renamedB">${other}</span><input id="b" type="checkbox" role="switch" aria-labelledby="renamedB"></div></main>`;

  // Pinned (lib/finder/text.ts, isLabel): after our name, a mark or one word counts as ours ("(Beta)", "On"), so a
  // longer name that goes on that way ("(Microsoft)", "elsewhere") is taken for ours; only several plain words are not.
  it.fails.each([
    'Use my data for training content creation AI models (Microsoft)',
    'Use my data for training content creation AI models elsewhere',
  ])('is not marked: %s', (other) => {
    document.body.innerHTML = page(other);
    expect(findSwitch(document, ai, { ownPage: true, labels: labelBook })).toBeNull();
  });
});
