// Layouts a LinkedIn redesign could bring, in real browsers: the switch inside a component's open shadow root, and a
// responsive layout that keeps a stylesheet-hidden copy of the setting; plus partner sharing's second address.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeInBrowsers } from './browsers.mjs';
import { aiPath, origin, waitFor, waitForBadge, waitForShadowText } from './helpers.mjs';

/**
 * Where the mark is: 'shadow' inside the component, 'wide'/'narrow' for the responsive copies, else how many marks
 * there are. With `expected`, false until the mark is there (for waitFor).
 */
const markedCopy = (expected) => {
  const inShadow = document.querySelector('settings-switch')?.shadowRoot;
  const marks = [
    ...document.querySelectorAll('[data-optout-guide-target]'),
    ...(inShadow?.querySelectorAll('[data-optout-guide-target]') ?? []),
  ];
  const [mark] = marks;
  const where =
    marks.length !== 1
      ? `${marks.length} marks`
      : inShadow?.contains(mark)
        ? 'shadow'
        : mark.closest('._wide_r1')
          ? 'wide'
          : mark.closest('._narrow_r2')
            ? 'narrow'
            : 'elsewhere';
  return expected === undefined || where === expected ? where : false;
};

describeInBrowsers('redesigned settings pages', (env) => {
  test('a switch inside an open shadow root is marked, ringed and reported', async () => {
    const page = await env.browser.newPage(`${origin}${aiPath}?variant=shadow`);
    assert.equal(
      await waitFor(page, markedCopy, 'shadow', { what: 'the mark in the shadow root' }),
      'shadow',
    );
    await waitForShadowText(page, /On — LinkedIn may use your data/);
    assert.equal(await waitForBadge(env.browser, page, '!'), '!');
    assert.deepEqual(page.errors, []);
  });

  for (const variant of ['responsive', 'responsive-reversed']) {
    test(`${variant}: the visible copy is marked, and the mark follows a resize that swaps the copies`, async () => {
      const page = await env.browser.newPage(`${origin}${aiPath}?variant=${variant}`);
      await page.setViewport(1200, 800);
      const wide = await waitFor(page, markedCopy, 'wide', {
        what: 'the mark on the wide copy',
      });
      assert.equal(wide, 'wide');
      await waitForShadowText(page, /On — LinkedIn may use your data/);
      await page.setViewport(600, 800);
      const narrow = await waitFor(page, markedCopy, 'narrow', {
        what: 'the mark on the narrow copy after the resize',
      });
      assert.equal(narrow, 'narrow');
      await page.setViewport(1200, 800);
      assert.equal(
        await waitFor(page, markedCopy, 'wide', { what: 'the mark back on the wide copy' }),
        'wide',
      );
      assert.deepEqual(page.errors, []);
    });
  }

  test("partner sharing at LinkedIn's second address is guided as the same setting", async () => {
    const page = await env.browser.newPage(
      `${origin}/mypreferences/s/settings/share-data-with-trusted-partners`,
    );
    const target = await waitFor(
      page,
      () => document.querySelector('[data-optout-guide-target]')?.getAttribute('data-optout-guide-target'),
      undefined,
      { what: 'the partner-sharing mark' },
    );
    assert.equal(target, 'partner-sharing');
    assert.equal(await waitForBadge(env.browser, page, '!'), '!');
  });
});
