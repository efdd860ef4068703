// The browsers every journey test runs in, and the per-file set-up: one replica server and one browser per suite.
import { existsSync } from 'node:fs';
import { after, afterEach, before, describe } from 'node:test';
import { startReplicaServer } from '../replica/server.mjs';
import { chromiumPath, launchChromium } from './chromium.mjs';
import { launchFirefox } from './firefox.mjs';
import { firefoxPath } from './firefox-start.mjs';
import { extensionDir } from './paths.mjs';

/** Both browsers: binary, build under test, driver. */
export const browsers = [
  {
    name: 'chromium',
    binary: chromiumPath,
    package: 'chromium',
    build: extensionDir('chrome'),
    launch: launchChromium,
  },
  {
    name: 'firefox',
    binary: firefoxPath,
    package: 'firefox-esr',
    build: extensionDir('firefox'),
    launch: launchFirefox,
  },
];

/** Why a browser's tests cannot run on this machine, or false when they can. */
export function skipReason(browser) {
  if (!existsSync(browser.binary))
    return `skipped: install ${browser.package} (apt-get install -y ${browser.package})`;
  if (!existsSync(`${browser.build}/manifest.json`))
    return `skipped: no build at ${browser.build} (npm run build)`;
  return false;
}

/** The browsers whose tests can run here. */
export const available = () => browsers.filter((browser) => !skipReason(browser));

/**
 * Declares `body` once per browser as a suite with a fresh replica server and browser; `env.server`,
 * `env.browser` and `env.name` are set before the first test. After each test every tab is closed but `env.keep`.
 * `launchOptions` go to the driver's launch (e.g. `{ bfcache: true }`).
 */
export function describeInBrowsers(title, body, launchOptions = {}) {
  for (const browser of browsers) {
    const reason = skipReason(browser);
    if (reason) console.log(`${browser.name}: ${reason}`);
    describe(`${title} (${browser.name})`, { skip: reason, timeout: 120000 }, () => {
      const env = { name: browser.name, server: null, browser: null, keep: [] };
      before(
        async () => {
          env.server = await startReplicaServer();
          env.browser = await browser.launch({ port: env.server.port, ...launchOptions });
        },
        { timeout: 60000 },
      );
      afterEach(() => env.browser?.resetTabs(env.keep));
      after(async () => {
        await env.browser?.close();
        await env.server?.close();
      });
      body(env);
    });
  }
}
