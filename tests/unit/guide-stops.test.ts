// The guide stops where the member settled: a setting seen Off or kept on is no longer pointed at, and "Keep it
// on — don't show this again" ends the guide for that setting (replica markup after shared LinkedIn facts).
import type { CheckupPosition } from '@/lib/checkup';
import { hostTag } from '@/lib/guide/overlay';
import { nothingSettled, type Settled } from '@/lib/keep-on';
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

let controller: AbortController;
beforeEach(() => {
  controller = new AbortController();
});
afterEach(() => controller.abort());

const run = (path: string, html: string, settled: Settled, position: CheckupPosition | null = null) =>
  runGuide(controller.signal, path, html, settled, position);

describe('step guidance on the way to a setting', () => {
  it('points at the setting while it is not settled', async () => {
    run(privacyPath, privacyPage, nothingSettled);
    await settle();
    expect(marks()).toEqual(['row-ai']);
  });

  it('stops once the setting was seen Off: no mark, nothing added to the page', async () => {
    run(privacyPath, privacyPage, { seenOff: ['ai-training'], keptOn: [] });
    await settle();
    expect(marks()).toEqual([]);
    expect(document.querySelector(hostTag)).toBeNull();
  });

  it('stops for a setting the member keeps on, on the hub too', async () => {
    run('/mypreferences/d/', privacyPage, { seenOff: [], keptOn: ['ai-training'] });
    await settle();
    expect(marks()).toEqual([]);
    expect(document.querySelector(hostTag)).toBeNull();
  });
});

describe('"Keep it on — don\'t show this again"', () => {
  it('is offered while the switch is on', async () => {
    run(aiPath, aiPage, nothingSettled);
    await settle();
    expect(callout()).toContain("Keep it on — don't show this again");
  });

  it('ends the guide for that setting: remembered, mark and ring gone, a confirmation with the focus', async () => {
    const memory = run(aiPath, aiPage, nothingSettled);
    await settle();
    press('keep-on');
    await settle();
    expect(memory.keepOn).toHaveBeenCalledWith('ai-training');
    expect(marks()).toEqual([]);
    expect(callout()).toContain('Kept on');
    expect(callout()).not.toContain('Keep it on');
    expect(shadow()?.activeElement?.classList.contains('callout')).toBe(true);
    expect(shadow()?.querySelector<HTMLElement>('.ring:not([hidden]):not(.clear)')).toBeNull();
  });

  it('says so when the browser refused to store the choice, and keeps guiding, so it can be made again', async () => {
    const memory = run(aiPath, aiPage, nothingSettled);
    memory.keepOn.mockResolvedValueOnce(false);
    await settle();
    press('keep-on');
    await settle();
    expect(callout()).toContain('The browser did not save the change. Try again.');
    expect(callout()).not.toContain('Kept on');
    expect(marks()).toEqual(['switch']);
    press('keep-on');
    await settle();
    expect(callout()).toContain('Kept on');
    expect(marks()).toEqual([]);
  });

  it('a setting kept on shows no callout and no mark on later visits', async () => {
    run(aiPath, aiPage, { seenOff: [], keptOn: ['ai-training'] });
    await settle();
    expect(marks()).toEqual([]);
    expect(document.querySelector(hostTag)).toBeNull();
  });

  it('a setting kept on and then turned off by hand is recorded Off, still without callout or mark', async () => {
    const memory = run(aiPath, aiPage, { seenOff: [], keptOn: ['ai-training'] });
    await settle();
    (document.getElementById('switch') as HTMLInputElement).click();
    await settle();
    expect(memory.report).toHaveBeenLastCalledWith('ai-training', 'off', 'label-id');
    expect(marks()).toEqual([]);
    expect(document.querySelector(hostTag)).toBeNull();
  });

  it('a kept-on setting turned off by hand says Off again after a restore from the back-forward cache', async () => {
    const memory = run(aiPath, aiPage, { seenOff: [], keptOn: ['ai-training'] });
    await settle();
    (document.getElementById('switch') as HTMLInputElement).click();
    await settle();
    memory.report.mockClear();
    memory.runner.reportAgain();
    expect(memory.report).toHaveBeenCalledWith('ai-training', 'off', 'label-id');
  });

  it('in a checkup the member started, a kept-on setting is still shown, so "Next setting" is there', async () => {
    const position = { setting: 'ai-training', position: 1, total: 2, next: 'research' } as const;
    run(aiPath, aiPage, { seenOff: [], keptOn: ['ai-training'] }, position);
    await settle();
    await settle();
    expect(marks()).toEqual(['switch']);
    expect(callout()).toContain('Next setting');
  });

  it('on the last setting of a checkup, "Done" on the kept-on confirmation finishes it and says so', async () => {
    const position = { setting: 'ai-training', position: 2, total: 2, next: null } as const;
    const memory = run(aiPath, aiPage, nothingSettled, position);
    await settle();
    await settle();
    press('keep-on');
    await settle();
    expect(callout()).toContain('Kept on');
    press('checkup-done');
    await settle();
    expect(memory.checkupDone).toHaveBeenCalled();
    expect(callout()).toContain('Checkup finished');
    expect(shadow()?.querySelector('button[data-action="checkup-done"]')).toBeNull();
  });
});

describe('a kept-on setting turned by hand, then left', () => {
  it('leaving a kept-on page after a hand toggle clears the badge', async () => {
    const memory = run(aiPath, aiPage, { seenOff: [], keptOn: ['ai-training'] });
    await settle();
    (document.getElementById('switch') as HTMLInputElement).click();
    await settle();
    expect(memory.report).toHaveBeenLastCalledWith('ai-training', 'off', 'label-id');
    window.happyDOM.setURL(`${base}/feed/`);
    memory.runner.followUrl(`${base}/feed/`);
    await settle();
    expect(memory.report.mock.lastCall?.[1]).toBeNull();
  });
  it('a toggle whose click also leaves the page reports nothing after the page ended', async () => {
    const memory = run(aiPath, aiPage, { seenOff: [], keptOn: ['ai-training'] });
    await settle();
    (document.getElementById('switch') as HTMLInputElement).click();
    window.happyDOM.setURL(`${base}/feed/`);
    memory.runner.followUrl(`${base}/feed/`);
    const before = memory.report.mock.calls.length;
    await settle();
    expect(memory.report.mock.calls.length).toBe(before);
  });
});
it('a guided (not kept-on) page clears its state when left, as a kept-on one now does', async () => {
  const memory = run(aiPath, aiPage, nothingSettled);
  await settle();
  await settle();
  (document.getElementById('switch') as HTMLInputElement).click();
  await settle();
  window.happyDOM.setURL(`${base}/feed/`);
  memory.runner.followUrl(`${base}/feed/`);
  await settle();
  expect(memory.report.mock.lastCall?.[1]).toBeNull();
});
