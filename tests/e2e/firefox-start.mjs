// How the real-browser tests start Debian's firefox-esr: puppeteer-core launches it and speaks WebDriver BiDi to it
// (no geckodriver, docs/toolchain.md "Firefox"); the profile's prefs send all traffic through connect-proxy.mjs, pin the add-on's UUID and
// silence Firefox's own background requests.
import puppeteer from 'puppeteer-core';

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

/** Launches firefox-esr with `prefs` in a fresh profile (puppeteer makes and removes it); resolves with the Browser. */
export const startFirefox = (prefs, headless) =>
  puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless,
    // Firefox lets WebDriver open moz-extension:// pages (the popup) only with system access allowed.
    args: ['--remote-allow-system-access'],
    acceptInsecureCerts: true, // the replica's certificate is self-signed
    defaultViewport: null, // keep Firefox's own window size, as members have it
    extraPrefsFirefox: prefs,
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
  });
