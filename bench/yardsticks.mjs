// Throw-away extensions the benchmark measures ours against, written into a temp folder for each run:
// an empty content script (the floor: what any extension on LinkedIn costs) and a PSST-style poller
// (looks for the switch once a second, as Brave's PSST scripts wait for elements).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The poller's mark: the page sees it land on the switch, as it sees ours. */
export const pollerAttribute = 'data-bench-poller-mark';

const manifest = (name, file) => ({
  manifest_version: 3,
  name,
  version: '1.0',
  host_permissions: ['https://*.linkedin.com/*'],
  content_scripts: [{ matches: ['https://*.linkedin.com/*'], js: [file], run_at: 'document_idle' }],
  browser_specific_settings: { gecko: { id: `${file.replace('.js', '')}@bench.invalid` } },
});

const poller = `setInterval(() => {
  const found = document.querySelector('[role="switch"][aria-labelledby="allowDataForGenerativeAI"]');
  if (found && !found.hasAttribute('${pollerAttribute}')) found.setAttribute('${pollerAttribute}', '');
}, 1000);
`;

/** Writes both extensions; `dispose()` removes them. */
export function writeYardsticks() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-yardsticks-'));
  const write = (name, file, code) => {
    const path = join(dir, name);
    mkdirSync(path);
    writeFileSync(join(path, 'manifest.json'), JSON.stringify(manifest(name, file), null, 2));
    writeFileSync(join(path, file), code);
    return path;
  };
  return {
    empty: write('empty', 'floor-empty.js', '// An empty content script: the floor.\n'),
    poller: write('poller', 'psst-poller.js', poller),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
