// Turns a LinkedIn settings page saved from the browser ("Save page as…, HTML only") into a cleaned, dated finder
// fixture: the settings menu and the main area are kept (labels, switches, structure), everything personal goes
// (the member's name and photo in the header, posts, images, scripts, tracking). Usage, and the steps around it:
// docs/runbook.md, "Capture a fixture from LinkedIn".
//   node scripts/capture-fixture.mjs saved.html ai-de-2027 --what "The AI-training setting page, German, switch On (rung label-id)"
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Window } from 'happy-dom';

/** Subtrees that never hold a setting's label or switch but may hold personal data or code. */
const dropped =
  'script, style, link, meta, noscript, template, iframe, object, embed, img, picture, video, audio, source, svg, canvas, article, [role="article"], [role="comment"], [data-urn], [data-id*="urn:li"], textarea, [contenteditable]';
/** Attributes the finder and the guide read; every other attribute (tracking, data-*, events) goes. */
const kept = new Set([
  'id',
  'class',
  'role',
  'type',
  'checked',
  'hidden',
  'inert',
  'href',
  'for',
  'open',
  'lang',
  'dir',
]);

/** A path without query or fragment, and profile addresses without the member's handle. */
function cleanHref(href) {
  try {
    const url = new URL(href, 'https://www.linkedin.com/');
    if (!/(^|\.)linkedin\.com$/.test(url.hostname)) return '#';
    return url.pathname.replace(/^\/(in|company|school)\/[^/]+/, '/$1/someone');
  } catch {
    return '#';
  }
}

/**
 * The cleaned fixture for a saved page: the first line says what it imitates and when it was captured, then the
 * settings menu (nav) and main area, with only the attributes the finder reads and unique ids.
 */
export function cleanSavedPage(html, { what, capturedOn }) {
  const window = new Window({ url: 'https://www.linkedin.com/' });
  const doc = window.document;
  doc.write(html);
  const parts = [...doc.querySelectorAll('main, [role="main"], nav, [role="navigation"]')].filter(
    (element, _, all) => !all.some((other) => other !== element && other.contains(element)),
  );
  const seen = new Map();
  for (const part of parts) {
    for (const element of [...part.querySelectorAll(dropped)]) element.remove();
    for (const element of [part, ...part.querySelectorAll('*')]) {
      for (const { name, value } of [...element.attributes]) {
        const keep =
          kept.has(name) ||
          name.startsWith('aria-') ||
          (name === 'style' && /display|visibility/.test(value));
        if (!keep) element.removeAttribute(name);
        else if (name === 'href') element.setAttribute('href', cleanHref(value));
      }
      if (element.id) {
        const count = (seen.get(element.id) ?? 0) + 1;
        seen.set(element.id, count);
        if (count > 1) element.id = `${element.id}-${count}`; // duplicates (responsive copies) keep their first id
      }
    }
    // A link to a member's or company's page names them: its text goes with the handle.
    for (const link of part.querySelectorAll('a[href^="/in/"], a[href^="/company/"], a[href^="/school/"]'))
      link.textContent = 'Someone';
    // E-mail addresses and phone numbers in any text left over.
    const walker = doc.createTreeWalker(part, 4);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      node.nodeValue = node.nodeValue
        .replace(/[\w.+-]+@[\w-]+\.[\w.]+/g, 'someone@example.com')
        .replace(/\+?\d[\d\s().-]{7,}\d/g, '+00 000 000');
    }
  }
  const body = parts.map((part) => part.outerHTML.replace(/\n\s*\n/g, '\n')).join('\n');
  window.close();
  return `<!-- ${what}. Replica, not LinkedIn's markup: built from docs/facts.md and a page saved on ${capturedOn}, cleaned by scripts/capture-fixture.mjs (names, photos and posts removed; labels and structure kept) -->\n${body}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { what: { type: 'string' }, date: { type: 'string' } },
  });
  const [saved, name] = positionals;
  if (!saved || !name || !values.what) {
    console.error(
      'usage: node scripts/capture-fixture.mjs <saved.html> <fixture-name> --what "<what it imitates>"',
    );
    process.exit(2);
  }
  const capturedOn = values.date ?? new Date().toISOString().slice(0, 10);
  const out = join('tests/fixtures', `${name.replace(/\.html$/, '')}.html`);
  writeFileSync(out, cleanSavedPage(readFileSync(saved, 'utf8'), { what: values.what, capturedOn }));
  console.log(
    `${out} written: read it through once for anything personal, then use it in lib/finder/*.test.ts`,
  );
}
