// `npm run release -- X.Y.Z`: which versions it accepts and what it writes into CHANGELOG.md (scripts/changelog.mjs).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { addRelease, isNewer, isoDate, isReleaseVersion } from '../../scripts/changelog.mjs';

const changelog = `# Changelog

Intro.

## [Unreleased]

### Added

- The options page.

## [0.1.0] - 2026-11-29

### Added

- The guide.
`;

describe('isReleaseVersion()', () => {
  test.each(['0.2.0', '1.0.0', '10.20.30'])('accepts %s', (version) => {
    expect(isReleaseVersion(version)).toBe(true);
  });
  // The stores take up to four dot-separated numbers and no suffix; a typo must not reach a manifest.
  test.each(['v0.2.0', '0.2', '0.2.0-beta.1', '01.2.3', '0.2.0.1', ''])('refuses %s', (version) => {
    expect(isReleaseVersion(version)).toBe(false);
  });
});

describe('isNewer()', () => {
  test.each([
    ['0.2.0', '0.1.0', true],
    ['0.10.0', '0.9.9', true],
    ['1.0.0', '0.99.99', true],
    ['0.1.0', '0.1.0', false],
    ['0.1.9', '0.2.0', false],
  ])('isNewer(%s, %s) is %s', (next, current, expected) => {
    expect(isNewer(next, current)).toBe(expected);
  });
});

describe('addRelease()', () => {
  test('moves the Unreleased entries under the new heading and keeps an empty Unreleased', () => {
    const released = addRelease(changelog, '0.2.0', '2026-12-01');
    expect(released).toContain(
      '## [Unreleased]\n\n## [0.2.0] - 2026-12-01\n\n### Added\n\n- The options page.',
    );
    expect(released.indexOf('## [0.2.0]')).toBeLessThan(released.indexOf('## [0.1.0]'));
    expect(released.replace('\n## [0.2.0] - 2026-12-01\n', '')).toBe(changelog);
  });

  test('refuses a release with nothing under Unreleased', () => {
    const empty = addRelease(changelog, '0.2.0', '2026-12-01');
    expect(() => addRelease(empty, '0.3.0', '2026-12-02')).toThrow(/nothing under/);
  });

  test('refuses a version that is already in the changelog', () => {
    expect(() => addRelease(changelog, '0.1.0', '2026-12-01')).toThrow(/already has 0.1.0/);
  });

  test('refuses a changelog without an Unreleased section', () => {
    expect(() =>
      addRelease('# Changelog\n\n## [0.1.0] - 2026-11-29\n\n- x\n', '0.2.0', '2026-12-01'),
    ).toThrow(/no "## \[Unreleased\]"/);
  });

  test('isoDate() writes the UTC day', () => {
    expect(isoDate(new Date('2026-11-30T23:30:00Z'))).toBe('2026-11-30');
  });
});

describe('the repository', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const ours = readFileSync('CHANGELOG.md', 'utf8');

  test('CHANGELOG.md has the version package.json carries, and can take the next one', () => {
    expect(ours).toMatch(
      new RegExp(`^## \\[${pkg.version.replaceAll('.', '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm'),
    );
    expect(ours).toMatch(/^## \[Unreleased\]$/m);
  });
});
