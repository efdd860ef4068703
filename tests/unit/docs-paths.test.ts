// The docs are the maintainer's map (docs/runbook.md): every repository file they name must exist.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const docs = readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md'));
const topLevel = /^(lib|components|entrypoints|tests|scripts|docs|public)\//;

/** Every `path` in backticks that names a file or folder of ours (globs and placeholders left out). */
function namedPaths(text: string): string[] {
  const inTicks = [...text.matchAll(/`([^`\s]+)`/g)].map((match) => match[1]);
  return inTicks.filter((path) => topLevel.test(path) && !/[*{}<>…]/.test(path));
}

describe('docs name only files that exist', () => {
  it.each(docs)('docs/%s', (name) => {
    const text = readFileSync(join(root, 'docs', name), 'utf8');
    const missing = namedPaths(text).filter((path) => !existsSync(join(root, path)));
    expect(missing).toEqual([]);
  });
});
