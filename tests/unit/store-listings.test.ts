// docs/store/: every shipped language has a listing that fits the stores' limits, every permission the manifest asks
// for is justified, and the images have the sizes the stores require.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const shipped = ['en', 'de', 'fr', 'nl', 'es', 'it', 'pl', 'pt_BR', 'cs', 'fi'];
const locales = readdirSync('public/_locales');
const read = (path: string) => readFileSync(path, 'utf8');

/** A listing's sections by their "## " heading, HTML comments removed. */
function sections(markdown: string): Record<string, string> {
  const parts = markdown.split(/^## /m).slice(1);
  return Object.fromEntries(
    parts.map((part) => {
      const [title, ...body] = part.split('\n');
      return [
        title.trim(),
        body
          .join('\n')
          .replace(/<!--[\s\S]*?-->/g, '')
          .trim(),
      ];
    }),
  );
}

describe('store listings', () => {
  test('every shipped language and every locale in public/_locales has one', () => {
    const listed = readdirSync('docs/store/listings').map((name) => name.replace(/\.md$/, ''));
    expect(listed.sort()).toEqual([...new Set([...shipped, ...locales])].sort());
  });

  describe.each(shipped)('%s', (lang) => {
    const listing = sections(read(`docs/store/listings/${lang}.md`));

    test('the short description fits the Chrome Web Store (132 characters) and the AMO summary 250', () => {
      expect(listing['Short description'].length).toBeGreaterThan(40);
      expect(listing['Short description'].length).toBeLessThanOrEqual(132);
      expect(listing['Summary (AMO)'].length).toBeGreaterThan(40);
      expect(listing['Summary (AMO)'].length).toBeLessThanOrEqual(250);
    });

    test('the description names what it never does and links the privacy policy', () => {
      expect(listing.Description.length).toBeGreaterThan(1000);
      expect(listing.Description.length).toBeLessThanOrEqual(16000);
      expect(listing.Description).toContain('PRIVACY_POLICY_URL');
      expect(listing.Description).toContain('Mozilla Public License 2.0');
    });

    // The Chrome Web Store shows the manifest's description as the summary: the listing must say the same.
    if (locales.includes(lang))
      test("the short description is the manifest's extDescription", () => {
        const messages = JSON.parse(read(`public/_locales/${lang}/messages.json`));
        expect(listing['Short description']).toBe(messages.extDescription.message);
      });
  });
});

describe('privacy practices', () => {
  const practices = read('docs/store/privacy-practices.md');
  const config = read('wxt.config.ts');
  const permissions = [
    ...(config.match(/\bpermissions: \[([^\]]*)\]/)?.[1] ?? '').matchAll(/'([^']+)'/g),
  ].map(([, name]) => name);

  test('justifies every permission the manifest asks for', () => {
    expect(permissions).toContain('storage');
    for (const permission of permissions) expect(practices).toContain(`**${permission}**`);
  });

  test('justifies every host permission', () => {
    const hosts = [...(config.match(/host_permissions: \[([^\]]*)\]/)?.[1] ?? '').matchAll(/'([^']+)'/g)];
    expect(hosts.length).toBeGreaterThan(0);
    for (const [, host] of hosts) expect(practices).toContain(`\`${host}\``);
  });

  test('the privacy policy exists and says nothing is sent', () => {
    expect(read('docs/privacy.md')).toMatch(/collects nothing and sends nothing/);
  });
});

describe('store images', () => {
  /** Width, height and PNG colour type from the IHDR chunk (2: RGB, 6: RGBA). */
  const header = (path: string) => {
    const png = readFileSync(path);
    return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), colour: png[25] };
  };
  const screenshots = ['1-setting-on', '2-setting-off', '3-privacy-step', '4-popup', '5-fallback'];

  test.each(screenshots)('%s.png is 1280×800 without transparency', (name) => {
    const path = `docs/store/images/${name}.png`;
    expect(existsSync(path)).toBe(true);
    expect(header(path)).toEqual({ width: 1280, height: 800, colour: 2 });
  });

  test('the promo tile is 440×280 without transparency', () => {
    expect(header('docs/store/images/promo-tile-440x280.png')).toEqual({
      width: 440,
      height: 280,
      colour: 2,
    });
  });
});
