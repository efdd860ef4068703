// `npm run release -- X.Y.Z`: sets the version in package.json (WXT copies it into both manifests) and the lockfile,
// turns CHANGELOG.md's "Unreleased" into the version's heading, and builds the store zips, which carry the version.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addRelease, isNewer, isoDate, isReleaseVersion } from './changelog.mjs';

const root = new URL('../', import.meta.url).pathname;
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });

function main(version) {
  const current = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  if (!isReleaseVersion(version ?? '')) throw new Error('usage: npm run release -- X.Y.Z (numbers only)');
  if (!isNewer(version, current)) throw new Error(`${version} is not newer than ${current}`);

  const changelogPath = join(root, 'CHANGELOG.md');
  // Checked before anything is written: an empty Unreleased section stops the release here.
  const changelog = addRelease(readFileSync(changelogPath, 'utf8'), version, isoDate());
  run('npm', ['version', version, '--no-git-tag-version']);
  writeFileSync(changelogPath, changelog);
  run('npm', ['run', 'zip']);

  // AMO's reviewers rebuild with the versions its notes name: say so when this machine differs.
  const notes = readFileSync(join(root, 'docs/store/amo-reviewer-notes.md'), 'utf8');
  const used = {
    'Node.js': process.versions.node,
    npm: execFileSync('npm', ['--version']).toString().trim(),
  };
  for (const [tool, version] of Object.entries(used)) {
    const stated = notes.match(new RegExp(`${tool.replace('.', '\\.')} \\*\\*([\\d.]+)\\*\\*`))?.[1];
    if (stated !== version)
      console.warn(
        `docs/store/amo-reviewer-notes.md names ${tool} ${stated}; this build used ${version}: update it.`,
      );
  }

  const zips = readdirSync(join(root, '.output')).filter((name) => name.includes(`-${version}-`));
  console.log(`\n${current} → ${version}. Store packages:\n${zips.map((z) => `  .output/${z}`).join('\n')}`);
  console.log(`Next: git commit -am "Release ${version}" && git tag v${version}`);
}

try {
  main(process.argv[2]);
} catch (error) {
  console.error(error.message);
  process.exitCode = 1;
}
