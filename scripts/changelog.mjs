// The pure part of `npm run release`: which versions are valid and how "Unreleased" becomes a release heading.

/** X.Y.Z with plain numbers: what both stores accept as a manifest version (no pre-release suffix). */
export const isReleaseVersion = (version) => /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.test(version);

/** True when `next` is a higher X.Y.Z than `current`. */
export function isNewer(next, current) {
  const [a, b] = [next, current].map((v) => v.split('.').map(Number));
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return false;
}

/** Today's date as Keep a Changelog writes it (YYYY-MM-DD, UTC). */
export const isoDate = (date = new Date()) => date.toISOString().slice(0, 10);

/**
 * The changelog with "## [Unreleased]" kept (now empty) and its entries under "## [version] - date".
 * Throws when there is no Unreleased section, nothing in it, or the version is already there.
 */
export function addRelease(changelog, version, date) {
  const heading = /^## \[Unreleased\][^\n]*\n/m;
  const match = changelog.match(heading);
  if (!match || match.index === undefined) throw new Error('CHANGELOG.md has no "## [Unreleased]" heading');
  if (changelog.includes(`## [${version}]`)) throw new Error(`CHANGELOG.md already has ${version}`);
  const start = match.index + match[0].length;
  const next = changelog.slice(start).search(/^## /m);
  const entries = next === -1 ? changelog.slice(start) : changelog.slice(start, start + next);
  if (!/^- /m.test(entries)) throw new Error('nothing under "## [Unreleased]" to release');
  return `${changelog.slice(0, start)}\n## [${version}] - ${date}\n${changelog.slice(start)}`;
}
