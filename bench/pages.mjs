// Pages the benchmark loads, built from the replica (tests/replica): not LinkedIn, but its structure.
import { renderDocument } from '../tests/replica/pages.mjs';

export const settingPath = '/mypreferences/d/settings/data-for-ai-improvement';
/** The same document at a path no guide claims: what the page costs without our guide. */
export const twinPath = '/bench/unguided-twin';
export const targetAttribute = 'data-optout-guide-target';

// Page-side probe: when did a mark first land (ours or the poller's), on the page's own clock.
const probe = `<script>window.__marks = {};
new MutationObserver((records) => { for (const r of records) if (r.target.hasAttribute(r.attributeName))
  window.__marks[r.attributeName] ??= performance.now(); })
  .observe(document.documentElement, { subtree: true, attributes: true,
    attributeFilter: ['${targetAttribute}', 'data-bench-poller-mark'] });</script>`;

const withProbe = (html) => html.replace('<head>', `<head>${probe}`);

/** About 5,000 elements of other settings rows above the switch (3 per row). */
const filler = (rows) =>
  `<div class="_card_c1w9">${Array.from(
    { length: rows },
    (_, i) => `<div class="_row_z8d1"><span>Setting ${i}</span><span class="_value_v3j9">On</span></div>`,
  ).join('')}</div>`;

// The feed: the replica's feed page, and LinkedIn-like activity: a post every 100 ms for 3 s.
const stream = `<script>let n = 0; const timer = setInterval(() => {
  const post = document.createElement('article'); post.className = '_post_p4c8';
  post.innerHTML = '<p class="_author_a9w1">Member ' + n + '</p><p class="_postText_t6r3">' + 'Post text. '.repeat(20) + '</p>';
  document.querySelector('main').append(post); if (++n >= 30) clearInterval(timer); }, 100);</script>`;

/** Mutations for the heap run: a row appended and an old one removed every 50 ms, in the main area. */
const churn = `<script>addEventListener('load', () => { let n = 0; setInterval(() => {
  const main = document.querySelector('main'); const row = document.createElement('p');
  row.textContent = 'Update ' + n++; main.append(row); if (n > 20) main.querySelector('p._bench')?.remove();
  row.className = '_bench'; }, 50); });</script>`;

/** The document for a bench URL: status and HTML. */
export function benchDocument(url) {
  const { pathname, searchParams } = new URL(url);
  const bench = searchParams.get('bench');
  const setting = `https://www.linkedin.com${settingPath}`;
  const base = renderDocument(pathname === twinPath ? setting : url);
  let html = base.html;
  if (pathname.replace(/\/$/, '') === '/feed') html = html.replace('</body>', `${stream}</body>`);
  if (bench === 'big')
    html = html.replace('<main id="main" class="_main_q1b6">', (m) => `${m}${filler(1667)}`);
  if (bench === 'churn') html = html.replace('</body>', `${churn}</body>`);
  return { status: pathname === twinPath ? 200 : base.status, html: withProbe(html) };
}
