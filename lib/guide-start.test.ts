import { noAnswer, parseGuideStart } from './guide-start';
import { parseLabelBook } from './linkedin/label-book';
import { labelBook } from './linkedin/labels';

const position = { setting: 'ai-training', position: 1, total: 3, next: 'partner-sharing' } as const;
const answer = { settled: { seenOff: ['research'], keptOn: [] }, position, labels: labelBook };

describe('parseGuideStart()', () => {
  it("keeps the background's whole answer for the page's own setting", () => {
    expect(parseGuideStart(answer, 'ai-training')).toEqual(answer);
  });

  it.each([null, undefined, 'ok', 42, []])('starts with nothing settled and no labels from %j', (value) => {
    expect(parseGuideStart(value, 'ai-training')).toEqual(noAnswer);
  });

  it.each([
    ['another setting', { ...position, setting: 'research' }],
    ['a hub page', position],
    ['a position past the end', { ...position, position: 4 }],
    ['a position of 0', { ...position, position: 0 }],
    ['a fractional total', { ...position, total: 2.5 }],
    ['an unknown next setting', { ...position, next: 'ads-everywhere' }],
  ])('drops a checkup position for %s', (what, value) => {
    const page = what === 'a hub page' ? null : 'ai-training';
    expect(parseGuideStart({ ...answer, position: value }, page).position).toBeNull();
  });

  it('keeps the last position of a checkup, whose next setting is null', () => {
    const last = { setting: 'research', position: 3, total: 3, next: null };
    expect(parseGuideStart({ ...answer, position: last }, 'research').position).toEqual(last);
  });
});

describe('parseLabelBook()', () => {
  it('keeps lists of strings and drops everything else', () => {
    const odd = { settings: { 'ai-training': ['Data', 7, null], research: 'Research' }, categories: [] };
    expect(parseLabelBook(odd)).toEqual({ settings: { 'ai-training': ['Data'] }, categories: {} });
    expect(parseLabelBook(null)).toEqual({ settings: {}, categories: {} });
  });
});
