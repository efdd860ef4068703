import { describe, expect, it } from 'vitest';
import { examples, pageOf } from '../pages';
import { isGuidedPath } from './guided-path';

const pathOf = (url: string) => {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
};

describe('isGuidedPath()', () => {
  // The gate may claim more than the guide guides (the guide decides), never less: a page it misses is never guided.
  const guided = Object.entries(examples)
    .filter(([name]) => name !== 'none')
    .flatMap(([, urls]) => urls);
  it.each(guided)('isGuidedPath() claims %s, which the guide guides', (url) => {
    expect(pageOf(url)).not.toBeNull();
    expect(isGuidedPath(pathOf(url))).toBe(true);
  });

  it.each([
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/in/someone/',
    'https://www.linkedin.com/jobs/view/123/',
    'https://www.linkedin.com/help/linkedin/ask/TS-DPRO',
    'https://www.linkedin.com/mypreferencesx/d/settings/data-for-ai-improvement',
    'https://www.linkedin.com/psettingsx/',
    'https://www.linkedin.com/',
  ])('isGuidedPath() leaves %s to the gate alone', (url) => {
    expect(isGuidedPath(pathOf(url))).toBe(false);
  });
});
