import { parseCheckup, planCheckup, positionIn } from './checkup';
import { isDue, parseReminder, scheduleReminder } from './reminder';

const at = '2026-11-29T10:00:00.000Z';

describe('parseCheckup()', () => {
  it('reads a well-formed checkup', () => {
    expect(parseCheckup({ steps: ['ai-training', 'research'], startedAt: at, finishedAt: null })).toEqual({
      steps: ['ai-training', 'research'],
      startedAt: at,
      finishedAt: null,
    });
  });
  it.each([
    ['nothing', undefined],
    ['a string', 'checkup'],
    ['no steps', { steps: [], startedAt: at }],
    ['unknown settings', { steps: ['ai-training', 'everything'], startedAt: at }],
    ['a bare number as the date', { steps: ['ai-training'], startedAt: '1' }],
    ['a date without a time', { steps: ['ai-training'], startedAt: '2026-11-29' }],
    ['an impossible date', { steps: ['ai-training'], startedAt: '2026-13-45T10:00:00Z' }],
  ])('parseCheckup() gives null for %s', (_, value) => {
    expect(parseCheckup(value)).toBeNull();
  });
  it('parseCheckup() drops an unreadable finish date rather than inventing one', () => {
    expect(parseCheckup({ steps: ['research'], startedAt: at, finishedAt: '2' })?.finishedAt).toBeNull();
  });
});

describe('planCheckup() and positionIn()', () => {
  const now = new Date(at);
  it('walks the settings not yet seen off, in checkup order', () => {
    const plan = planCheckup(
      { 'ai-training': { state: 'off', seenAt: at } },
      ['research', 'ai-training', 'ads-measurement'],
      now,
    );
    expect(plan.steps).toEqual(['ads-measurement', 'research']);
    expect(positionIn(plan, 'ads-measurement')).toEqual({
      setting: 'ads-measurement',
      position: 1,
      total: 2,
      next: 'research',
    });
    expect(positionIn(plan, 'research')?.next).toBeNull();
    expect(positionIn(plan, 'ai-training')).toBeNull();
  });
  it('walks everything again when everything was seen off', () => {
    const record = {
      'ai-training': { state: 'off', seenAt: at },
      research: { state: 'off', seenAt: at },
    } as const;
    expect(planCheckup(record, ['ai-training', 'research'], now).steps).toEqual(['ai-training', 'research']);
  });
  it('a finished checkup has no positions', () => {
    expect(positionIn({ steps: ['research'], startedAt: at, finishedAt: at }, 'research')).toBeNull();
  });
});

describe('reminder', () => {
  it.each([
    [3, '2026-11-29T10:00:00', 2027, 1, 28], // no 29 Feb in 2027: the last day of February
    [6, '2026-11-29T10:00:00', 2027, 4, 29],
    [3, '2026-01-31T10:00:00', 2026, 3, 30],
  ] as const)('scheduleReminder(%i) from %s falls due on %i-%i-%i', (months, from, year, month, day) => {
    const due = new Date(scheduleReminder(months, new Date(from)).due);
    expect([due.getFullYear(), due.getMonth(), due.getDate()]).toEqual([year, month, day]);
  });
  it.each([
    ['nothing', null],
    ['another interval', { months: 12, due: at }],
    ['a loose date', { months: 3, due: '1' }],
  ])('parseReminder() reads %s as off', (_, value) => {
    expect(parseReminder(value)).toBeNull();
  });
  it('isDue() once the day has come, never when off', () => {
    const reminder = { months: 3, due: at } as const;
    expect(isDue(reminder, new Date('2026-11-29T09:59:59Z'))).toBe(false);
    expect(isDue(reminder, new Date(at))).toBe(true);
    expect(isDue(null, new Date(at))).toBe(false);
  });
});
