// The callout in real browsers against the replica: it never covers the switch, its label, the question above it or
// its description at three window sizes, and axe (WCAG 2.2 AA) finds nothing serious inside its shadow root.
// The shadow root is closed in the shipped build; `wxt build --mode e2e` opens it so axe and these boxes can reach
// it. That build is made here, into .output/*-e2e, and copied where browsers.mjs looks (E2E_BUILD_DIR).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { aiPath, origin, privacyPath, sleep, waitFor, waitForTarget } from './helpers.mjs';
import { root } from './paths.mjs';

const buildDir = mkdtempSync(join(tmpdir(), 'optout-e2e-build-'));
for (const browser of ['chrome', 'firefox']) {
  const wxt = join(root, 'node_modules', 'wxt', 'bin', 'wxt.mjs');
  const built = spawnSync(process.execPath, [wxt, 'build', '-b', browser, '--mode', 'e2e'], {
    cwd: root,
    encoding: 'utf8',
  });
  const from = join(root, '.output', `${browser}-mv3-e2e`);
  // A broken e2e build must fail here, not pass as a skipped suite.
  if (built.status !== 0 || !existsSync(from))
    throw new Error(`wxt build --mode e2e failed:\n${built.stderr}`);
  cpSync(from, join(buildDir, `${browser}-mv3`), { recursive: true });
}
after(() => rmSync(buildDir, { recursive: true, force: true }));
process.env.E2E_BUILD_DIR = buildDir;
const { describeInBrowsers } = await import('./browsers.mjs');

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const aiLabel = 'allowDataForGenerativeAI';

/** The callout's box and mode, and the boxes of what it must leave readable, once its position is steady. */
async function layout(page) {
  const read = () =>
    page.evaluate(() => {
      const box = (el) => {
        if (!el) return null;
        const { left, top, width, height } = el.getBoundingClientRect();
        return { left, top, width, height };
      };
      const callout = document.querySelector('optout-guide')?.shadowRoot?.querySelector('.callout');
      const input = document.querySelector('[role="switch"]');
      const card = input?.closest('._card_c1w9');
      return {
        // Only once placed: an unplaced callout sits at 0,0, where it covers nothing the test looks at.
        callout: callout && !callout.hidden && callout.style.transform ? box(callout) : null,
        pill: callout?.classList.contains('pill') ?? false,
        keep: {
          switch: box(input),
          label: box(document.getElementById(input?.getAttribute('aria-labelledby') ?? '')),
          onOff: box(input?.parentElement?.querySelector('[aria-hidden]')),
          question: box(card?.querySelector('h2')),
          description: box(card?.querySelector('p:last-child')),
        },
        window: { width: innerWidth, height: innerHeight },
      };
    });
  let last = null;
  for (let tries = 0; tries < 40; tries++) {
    const now = await read();
    if (now.callout && JSON.stringify(now) === JSON.stringify(last)) return now;
    last = now;
    await sleep(150);
  }
  return last;
}

const overlaps = (a, b) =>
  a.left < b.left + b.width &&
  b.left < a.left + a.width &&
  a.top < b.top + b.height &&
  b.top < a.top + a.height;

/** axe-core's WCAG 2.2 A/AA rules run on the callout inside its shadow root; serious and critical findings. */
async function axeOnCallout(page) {
  return page.evaluate(async (source) => {
    if (!window.axe) {
      const script = document.createElement('script');
      script.textContent = source;
      document.head.append(script);
      script.remove();
    }
    const result = await window.axe.run(
      { include: [{ fromShadowDom: ['optout-guide', '.callout'] }] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
    );
    return {
      bad: result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) })),
      checked: result.passes.map((p) => p.id),
      unsure: result.incomplete.map((p) => p.id),
    };
  }, axeSource);
}

/** Every button and link in the callout: width and height in CSS px. */
const targets = (page) =>
  page.evaluate(() =>
    [...(document.querySelector('optout-guide')?.shadowRoot?.querySelectorAll('button, a') ?? [])]
      .filter((el) => el.getClientRects().length)
      .map((el) => ({
        name: el.textContent || el.getAttribute('aria-label'),
        ...el.getBoundingClientRect().toJSON(),
      })),
  );

const statusText = (page) =>
  page.evaluate(
    () => document.querySelector('optout-guide')?.shadowRoot?.querySelector('[role="status"]')?.textContent,
  );

describeInBrowsers('callout', (env) => {
  /** A new tab of `width`×`height` px on the AI page, once the guide has marked its switch. */
  const openGuided = async (width, height) => {
    const page = await env.browser.newPage();
    await page.setViewport(width, height);
    await page.goto(`${origin}${aiPath}`);
    await waitForTarget(page, aiLabel);
    return page;
  };

  for (const [width, height] of [
    [1280, 800],
    [1024, 700],
    [640, 400],
  ]) {
    test(`at ${width}×${height} the callout covers neither the switch nor its label, question or description`, async () => {
      const page = await openGuided(width, height);
      const seen = await layout(page);
      assert.ok(seen?.callout, 'the callout shows');
      for (const [name, box] of Object.entries(seen.keep)) {
        assert.ok(box, `the replica has a ${name}`);
        assert.equal(
          overlaps(seen.callout, box),
          false,
          `the callout covers the ${name}: ${JSON.stringify(seen)}`,
        );
      }
      const { callout } = seen;
      assert.ok(callout.left >= 0 && callout.top >= 0, 'inside the window');
      assert.ok(
        callout.left + callout.width <= width && callout.top + callout.height <= height,
        'inside the window',
      );
      if (width === 640)
        assert.ok(seen.pill, 'a window too small for the whole callout gets the one-line pill');
      console.log(
        `${env.name} ${width}×${height}: ${seen.pill ? 'pill' : 'callout'} ${JSON.stringify(callout)}`,
      );
      const { bad } = await axeOnCallout(page);
      assert.deepEqual(bad, [], 'axe: no serious or critical violation');
      if (seen.pill) {
        // "More" opens the whole callout; even then it never covers the switch itself.
        await page.evaluate(() =>
          document.querySelector('optout-guide').shadowRoot.querySelector('.more').click(),
        );
        const opened = await layout(page);
        assert.equal(opened.pill, false, 'the whole callout after "More"');
        assert.equal(overlaps(opened.callout, opened.keep.switch), false, 'the switch stays clickable');
      }
      await page.close();
    });
  }

  // Chromium only: Firefox ESR cannot emulate forced colours over WebDriver BiDi.
  if (env.name === 'chromium')
    test('in forced colours the callout takes the system colours and the ring Highlight', async () => {
      const page = await env.browser.newPage();
      await page.forcedColors('active');
      await page.goto(`${origin}${aiPath}`);
      await waitForTarget(page, aiLabel);
      await layout(page);
      const seen = await page.evaluate(() => {
        const system = (name) => {
          const probe = document.createElement('div');
          probe.style.color = name;
          document.body.append(probe);
          const value = getComputedStyle(probe).color;
          probe.remove();
          return value;
        };
        const root = document.querySelector('optout-guide').shadowRoot;
        const style = (selector) => getComputedStyle(root.querySelector(selector));
        const callout = style('.callout');
        return {
          system: { text: system('CanvasText'), canvas: system('Canvas'), highlight: system('Highlight') },
          callout: [callout.color, callout.backgroundColor, callout.borderTopColor, callout.boxShadow],
          title: style('.title').color,
          hint: style('.brand').color,
          ring: [style('.ring').borderTopColor, style('.ring').boxShadow],
        };
      });
      const { text, canvas, highlight } = seen.system;
      assert.notEqual(text, canvas, 'the emulation gives text and background different colours');
      assert.deepEqual(
        seen.callout,
        [text, canvas, text, 'none'],
        'callout: text, background, border, no shadow',
      );
      assert.equal(seen.title, text, 'the state line (red or green otherwise) in the text colour');
      assert.equal(seen.hint, text, 'muted text in the text colour');
      assert.deepEqual(seen.ring, [highlight, 'none'], 'the ring in Highlight, without its halo');
      await page.close();
    });

  test('the ring follows the switch when the page scrolls and when content above it pushes it down', async () => {
    const page = await openGuided(1024, 500);
    await layout(page);
    // Where the switch is, and where the ring is from it: that offset stays whatever moves the switch.
    const read = () =>
      page.evaluate(() => {
        const ring = document.querySelector('optout-guide').shadowRoot.querySelector('.ring');
        const r = ring.getBoundingClientRect();
        const s = document.querySelector('[role="switch"]').getBoundingClientRect();
        return {
          top: s.top,
          dx: Math.round(r.left - s.left),
          dy: Math.round(r.top - s.top),
          shown: !ring.hidden,
        };
      });
    const steady = async () => {
      let last = null;
      for (let tries = 0; tries < 30; tries++) {
        await sleep(100);
        const now = await read();
        if (JSON.stringify(now) === JSON.stringify(last)) return now;
        last = now;
      }
      return last;
    };
    // Room to scroll, below everything: the replica is shorter than the window.
    await page.evaluate(() => {
      const room = document.createElement('div');
      room.style.height = '2000px';
      document.body.append(room);
    });
    const start = await steady();
    assert.ok(start.shown, 'the ring shows');
    await page.evaluate(() => window.scrollBy(0, 40));
    const scrolled = await steady();
    await page.evaluate(() => {
      const block = document.createElement('div');
      block.style.height = '90px';
      document.querySelector('main').prepend(block);
    });
    const pushed = await steady();
    assert.notEqual(scrolled.top, start.top, `the page scrolled: ${JSON.stringify([start, scrolled])}`);
    assert.notEqual(pushed.top, scrolled.top, `the switch moved: ${JSON.stringify([scrolled, pushed])}`);
    for (const [what, seen] of [
      ['after the scroll', scrolled],
      ['after the push', pushed],
    ])
      assert.deepEqual([seen.dx, seen.dy, seen.shown], [start.dx, start.dy, true], `the ring ${what}`);
    await page.close();
  });

  test('axe finds nothing serious in the callout (light, dark, kept on); targets are at least 24×24 px', async () => {
    const page = await openGuided(1280, 800);
    await layout(page);
    const light = await axeOnCallout(page);
    assert.deepEqual(light.bad, [], 'light: no serious or critical violation');
    assert.ok(
      light.checked.includes('color-contrast'),
      `axe checked the callout's text contrast: ${light.checked}`,
    );
    const small = (await targets(page)).filter((t) => t.width < 24 || t.height < 24);
    assert.deepEqual(small, [], 'every button and link is at least 24×24 px');
    // One sentence each, no doubled stops, no glyphs read aloud.
    const spoken = await statusText(page);
    assert.match(spoken, /^On — LinkedIn may use your data to train AI\. Click the switch/);
    assert.doesNotMatch(spoken, /\.\.|×|Opt-Out Guide/);

    await page.evaluate(() => {
      // A click through the callout's own button, as a member would (the shadow root is open in this build only).
      document.querySelector('optout-guide').shadowRoot.querySelector('[data-action="keep-on"]').click();
    });
    await waitFor(
      page,
      () => document.querySelector('optout-guide')?.shadowRoot?.textContent.includes('Kept on'),
      null,
      {
        what: 'the kept-on confirmation',
      },
    );
    const kept = await axeOnCallout(page);
    assert.deepEqual(kept.bad, [], 'kept on: no serious or critical violation');
    await page.close();

    // LinkedIn's dark theme, read from the page's background: the callout takes its dark colours.
    const dark = await env.browser.newPage(`${origin}${privacyPath}`);
    await dark.evaluate(() => {
      document.body.style.background = '#1b1f23';
      document.body.style.color = '#e9e9e9';
    });
    await dark.click('a[href="/mypreferences/d/settings/policy-and-academic-research"]');
    await waitForTarget(dark, 'allowAnonymizedDataResearch');
    await layout(dark);
    assert.equal(
      await dark.evaluate(
        () => document.querySelector('optout-guide').shadowRoot.querySelector('.layer.dark') !== null,
      ),
      true,
      'dark colours',
    );
    const darkAxe = await axeOnCallout(dark);
    assert.deepEqual(darkAxe.bad, [], 'dark: no serious or critical violation');
    await dark.close();
  });
});
