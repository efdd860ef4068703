import { isSettled, parseKeepOn, parseSettled, settledFrom, withKeptOn } from './keep-on';

describe('parseKeepOn()', () => {
  it('keeps known setting ids once each, in checkup order', () => {
    expect(parseKeepOn(['research', 'ai-training', 'research'])).toEqual(['ai-training', 'research']);
  });
  it.each([null, undefined, 'ai-training', { 0: 'ai-training' }, [42, 'nope', null]])(
    'reads %j as an empty list',
    (value) => expect(parseKeepOn(value)).toEqual([]),
  );
});

describe('withKeptOn()', () => {
  it('adds a setting once', () => {
    expect(withKeptOn(withKeptOn([], 'research'), 'research')).toEqual(['research']);
  });
});

describe('settledFrom() and isSettled()', () => {
  const record = {
    'ai-training': { state: 'off', seenAt: '2026-11-20T09:00:00.000Z' },
    research: { state: 'on', seenAt: '2026-11-20T09:00:00.000Z' },
  } as const;

  it('settles what was seen Off and what the member keeps on, not what was seen On', () => {
    const settled = settledFrom(record, ['ads-measurement']);
    expect(isSettled(settled, 'ai-training')).toBe(true);
    expect(isSettled(settled, 'ads-measurement')).toBe(true);
    expect(isSettled(settled, 'research')).toBe(false);
  });

  it('a reply that crossed a message boundary is validated', () => {
    expect(parseSettled({ seenOff: ['ai-training', 'x'], keptOn: 'research' })).toEqual({
      seenOff: ['ai-training'],
      keptOn: [],
    });
    expect(parseSettled(null)).toEqual({ seenOff: [], keptOn: [] });
  });
});
