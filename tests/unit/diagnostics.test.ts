// The rung that found a switch travels from the content script to the record and the JSON receipt.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { parseMessage } from '@/lib/messages';
import { receiptJson } from '@/lib/receipt';
import { readRecord } from '@/lib/storage';

describe('which rung found the switch', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    background.main();
  });

  it('parseMessage() keeps a known rung and drops anything else', () => {
    const message = { type: 'guide-state', setting: 'ai-training', state: 'on' };
    expect(parseMessage({ ...message, rung: 'label-text' })).toEqual({ ...message, rung: 'label-text' });
    expect(parseMessage({ ...message, rung: 'css-class' })).toEqual(message);
  });

  it('is kept in the record and named in the JSON receipt', async () => {
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'guide-state', setting: 'ai-training', state: 'off', rung: 'only-switch' },
      { tab: { id: 3 } } as never,
    );
    const record = await readRecord();
    expect(record['ai-training']).toMatchObject({ state: 'off', foundBy: 'only-switch' });
    const receipt = JSON.parse(receiptJson(record, new Date('2026-11-29T12:00:00Z')));
    expect(receipt.settings[0]).toMatchObject({
      setting: 'ai-training',
      state: 'off',
      foundBy: 'only-switch',
    });
    expect(receipt.settings[1]).toMatchObject({ setting: 'partner-sharing', foundBy: null });
  });
});
