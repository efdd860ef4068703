// Starts Debian's firefox-esr for WebDriver BiDi without geckodriver (docs/toolchain.md, "Firefox"): the profile's
// prefs send all traffic through our proxy, pin the add-on's UUID and silence Firefox's own background requests.
import { spawn } from 'node:child_process';

export const firefoxPath = '/usr/bin/firefox-esr';
const addonId = 'optout-guide@optout-guide.org'; // browser_specific_settings.gecko.id in wxt.config.ts

/** The profile's prefs: everything through the proxy, the add-on's UUID pinned, no first-run pages. */
export const firefoxPrefs = (proxyPort, uuid) => ({
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': proxyPort,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': proxyPort,
  'network.proxy.no_proxies_on': '',
  'network.proxy.allow_hijacking_localhost': true,
  'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
  // Firefox's own traffic (remote settings, captive portal, updates) would muddle the "no other host" assertion.
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'app.update.disabledForTesting': true,
  'extensions.update.enabled': false,
  'browser.safebrowsing.update.enabled': false,
  'media.gmp-manager.updateEnabled': false,
  'media.gmp-manager.url': 'data:,',
  'media.gmp-widevinecdm.enabled': false,
  'media.gmp-gmpopenh264.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'app.normandy.enabled': false,
  'browser.region.network.url': '',
  'extensions.getAddons.cache.enabled': false,
  'browser.startup.page': 0,
  'browser.startup.homepage': 'about:blank',
  'startup.homepage_welcome_url': '',
  'browser.aboutwelcome.enabled': false,
  'browser.newtabpage.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
});

/** The prefs as a user.js file. */
export const userJs = (prefs) =>
  Object.entries(prefs)
    .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
    .join('\n');

/** Starts firefox-esr and resolves with the process and its BiDi WebSocket URL (printed on stderr). */
export function startFirefox(profile, headless) {
  const args = [
    '--no-remote',
    '--profile',
    profile,
    '--remote-debugging-port=0',
    '--remote-allow-system-access',
  ];
  const child = spawn(firefoxPath, headless ? ['--headless', ...args] : args, {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
  });
  return new Promise((resolve, reject) => {
    let stderr = '';
    const watchdog = setTimeout(
      () => reject(new Error(`firefox did not start: ${stderr.slice(-500)}`)),
      20000,
    );
    watchdog.unref();
    child.once('exit', (code) => reject(new Error(`firefox exited (${code}): ${stderr.slice(-500)}`)));
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      const url = stderr.match(/WebDriver BiDi listening on (ws:\/\/\S+)/)?.[1];
      if (url) {
        clearTimeout(watchdog);
        resolve({ child, url });
      }
    });
  });
}
