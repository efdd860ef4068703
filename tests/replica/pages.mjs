// Replica for tests — not LinkedIn: one template per page kind, rendered by the server and by the in-page app alike.
// Structure after docs/facts.md (mid-2026 settings UI): hashed-looking class names on purpose, so
// nothing can select by them; the switch is `<input type="checkbox" role="switch" aria-labelledby=...>`.
import { categories, feedPost, german, settingPages } from './data.mjs';

const banner = 'Replica for tests — not LinkedIn';

/** Escapes text for HTML element content and attribute values. */
export const esc = (text) =>
  String(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

/** The desktop path of a setting page and of a category page. */
export const settingPath = (slug) => `/mypreferences/d/settings/${slug}`;
export const categoryPath = (id) => `/mypreferences/d/categories/${id}`;

/** What a path shows: a setting page, another (placeholder) setting page, a category, the hub, the feed, or null. */
export function routeOf(pathname) {
  const path = pathname.replace(/(.)\/$/, '$1');
  // LinkedIn's US privacy text links partner sharing at a second address (docs/facts.md): the same page.
  if (path === '/mypreferences/s/settings/share-data-with-trusted-partners')
    return { kind: 'setting', page: settingPages.find((p) => p.id === 'partner-sharing') };
  const slug = path.match(/^\/mypreferences\/d\/settings\/([^/]+)$/)?.[1];
  if (slug) {
    const page = settingPages.find((p) => p.slug === slug);
    return page ? { kind: 'setting', page } : { kind: 'other-setting', slug };
  }
  const categoryId = path.match(/^\/mypreferences\/d\/categories\/([^/]+)$/)?.[1];
  const category = categories.find((c) => c.id === categoryId);
  if (category) return { kind: 'category', category };
  // LinkedIn sends the hub to the Account category (docs/facts.md); the app rewrites the URL in place.
  if (path === '/mypreferences/d') return { kind: 'hub', category: categories[0] };
  if (path === '/feed') return { kind: 'feed' };
  return null;
}

/** A fresh in-memory state: every switch On, as LinkedIn's default (docs/facts.md). */
export const initialState = () => ({ checked: Object.fromEntries(settingPages.map((p) => [p.id, true])) });

const onOff = (on, lang) => (lang === 'de' ? (on ? german.on : german.off) : on ? 'On' : 'Off');

/** The UI language a URL asks for: `?hl=de` serves the German replica, anything else English. */
const langOf = (url) =>
  new URL(url, 'https://www.linkedin.com').searchParams.get('hl') === 'de' ? 'de' : 'en';
/** A setting page's texts in `lang`. */
const pageIn = (page, lang) => (lang === 'de' ? { ...page, ...german.settings[page.id] } : page);
/** A link that keeps the German replica German. */
const keep = (path, lang) => (lang === 'de' ? `${path}?hl=de` : path);

function switchRow(page, on, lang) {
  return `<div class="_switchRow_r4nb">
        <p id="${page.labelId}" class="_switchLabel_l3dd">${esc(page.label)}</p>
        <div class="_switchWrap_w2pq">
          <span class="_switchState_s9v1" aria-hidden="true">${onOff(on, lang)}</span>
          <input type="checkbox" role="switch" aria-labelledby="${page.labelId}" class="_switchCheckbox_12ycew"${on ? ' checked' : ''}>
        </div>
      </div>`;
}

// `noswitch` imitates LinkedIn changing the page: the text stays, the switch and its label are gone.
function settingMain(page, on, { variant, pending, lang }) {
  const control = pending
    ? '<div class="_skeleton_k0a1" aria-hidden="true"></div>'
    : variant === 'noswitch'
      ? '<p class="_notice_n1v7">This preference is being updated. <button type="button" class="_btn_b7e2">Review</button></p>'
      : (variants[variant]?.(switchRow(page, on, lang)) ?? switchRow(page, on, lang));
  return `<section class="_settingPage_k2m1" aria-labelledby="setting-title">
      <a class="_backLink_p0x3" href="${keep(categoryPath(page.category), lang)}">Back</a>
      <h1 id="setting-title" class="_title_t7qz">${esc(page.title)}</h1>
      <div class="_card_c1w9">
        <h2 class="_question_q8re">${esc(page.question)}</h2>
        ${control}
        <p class="_description_d5hh">${esc(page.description)}</p>
      </div>
    </section>`;
}

// Layouts a redesign could bring (issue 10): the switch inside a component's open shadow root (declarative, so
// only a server-rendered page has it), and a responsive layout keeping a stylesheet-hidden copy per breakpoint.
const variants = {
  shadow: (row) => `<settings-switch><template shadowrootmode="open">${row}</template></settings-switch>`,
  responsive: (row) => `<div class="_wide_r1">${row}</div><div class="_narrow_r2">${row}</div>`,
  'responsive-reversed': (row) => `<div class="_narrow_r2">${row}</div><div class="_wide_r1">${row}</div>`,
  // A language we have no strings for, with generated label ids: only the switch's position can name it.
  unlabelled: (row) =>
    row
      .replace(/(id|aria-labelledby)="[^"]+"/g, '$1="ember42"')
      .replace(/(_switchLabel_l3dd">)[^<]+/, '$1Använd mina data'),
  // Generated label ids beside a second switch: neither the id nor the only-switch rung can name it, only its words.
  'generated-ids': (row) =>
    `${row.replace(/(id|aria-labelledby)="[^"]+"/g, '$1="ember7"')}
      <div class="_switchRow_r4nb"><p id="ember9" class="_switchLabel_l3dd">Replica neighbour</p>
        <div class="_switchWrap_w2pq"><input type="checkbox" role="switch" aria-labelledby="ember9" class="_switchCheckbox_12ycew"></div>
      </div>`,
  // The same, with the label wrapped in bidi isolates (U+2068…U+2069), as a right-to-left interface wraps strings.
  'generated-ids-bidi': (row) =>
    variants['generated-ids'](row).replace(/(_switchLabel_l3dd">)([^<]+)/, '$1\u2068$2\u2069'),
  // The AI page gaining a second switch whose name starts with ours (generated ids): ours is still found by its words.
  'second-switch': (row) => withSecondSwitch(row),
  // The same after ours was reworded: no words name it, and the second switch must never be taken for it.
  'second-switch-reworded': (row) =>
    withSecondSwitch(row.replace(/(_switchLabel_l3dd">)[^<]+/, '$1Let LinkedIn train AI with my data')),
  // A component renders the switch in its open shadow root and takes its label through a <slot>; a neighbour below.
  'shadow-slotted': (row) => {
    const label = row.match(/_switchLabel_l3dd">([^<]+)/)?.[1] ?? '';
    const inside = row
      .replace(/ (id|aria-labelledby)="[^"]+"/g, '')
      .replace(/(_switchLabel_l3dd">)[^<]+/, '$1<slot name="label"></slot>');
    return `<settings-switch><template shadowrootmode="open">${inside}</template><span slot="label">${label}</span></settings-switch>${neighbour}`;
  },
  // A role="switch" element with aria-checked wrapping a native checkbox (generated ids, a neighbour below).
  'wrapped-checkbox': (row) =>
    `${row
      .replace(/(id|aria-labelledby)="[^"]+"/g, '$1="ember7"')
      .replace(
        /<input type="checkbox" role="switch" aria-labelledby="ember7"[^>]*?( checked)?>/,
        (_, on) =>
          `<div role="switch" aria-checked="${Boolean(on)}" tabindex="0" class="_toggle_t0g1"><input type="checkbox" tabindex="-1"${on ?? ''}></div>`,
      )}${neighbour}`,
  // The common CSS toggle: the native input sized 0×0 and see-through, a sibling span drawn as the track.
  'zero-size-input': (row) =>
    row.replace(
      /<input ([^>]*?)class="_switchCheckbox_12ycew"([^>]*)>/,
      '<label class="_track_k7r2" style="position:relative;display:inline-block;width:48px;height:24px"><input $1style="opacity:0;width:0;height:0"$2><span style="position:absolute;inset:0;border-radius:12px;background:#0a66c2"></span></label>',
    ),
};

const neighbour = `<div class="_switchRow_r4nb"><p id="ember9" class="_switchLabel_l3dd">Replica neighbour</p>
        <div class="_switchWrap_w2pq"><input type="checkbox" role="switch" aria-labelledby="ember9" class="_switchCheckbox_12ycew"></div>
      </div>`;

/** `row` with generated ids, and below it an Off switch named "<the setting's label> by Microsoft". */
function withSecondSwitch(row) {
  return `${row.replace(/(id|aria-labelledby)="[^"]+"/g, '$1="ember7"')}
      <div class="_switchRow_r4nb"><p id="ember9" class="_switchLabel_l3dd">Use my data for training content creation AI models by Microsoft</p>
        <div class="_switchWrap_w2pq"><input type="checkbox" role="switch" aria-labelledby="ember9" class="_switchCheckbox_12ycew"></div>
      </div>`;
}

function otherSettingMain(slug) {
  return `<section class="_settingPage_k2m1"><h1 class="_title_t7qz">${esc(slug)}</h1>
      <div class="_card_c1w9"><p class="_description_d5hh">A settings page the guide does not know (replica placeholder).</p></div></section>`;
}

function categoryRow(row, state, lang) {
  const found = row.setting && settingPages.find((p) => p.id === row.setting);
  const page = found && pageIn(found, lang);
  if (!page)
    return `<li><a class="_row_z8d1" href="${settingPath(row.slug)}"><span>${esc(row.name)}</span></a></li>`;
  return `<li><a class="_row_z8d1" href="${keep(settingPath(page.slug), lang)}"><span>${esc(page.title)}</span><span class="_value_v3j9">${onOff(state.checked[page.id], lang)}</span></a></li>`;
}

function categoryMain(category, state, lang) {
  const heading = (text) => (lang === 'de' && german.headings[text]) || text;
  const sections = category.sections
    .map(
      (s) => `<section class="_card_c1w9"><h2 class="_sectionTitle_h4u8">${esc(heading(s.heading))}</h2>
        <ul class="_rows_u2k5">${s.rows.map((r) => categoryRow(r, state, lang)).join('')}</ul></section>`,
    )
    .join('\n      ');
  return `<h1 class="_title_t7qz">${esc(categoryName(category, lang))}</h1>\n      ${sections}`;
}

/** The main area and title for a settings URL (setting, category, hub); null for anything else. */
export function renderMain(url, state = initialState(), { pending = false } = {}) {
  const { pathname, searchParams } = new URL(url, 'https://www.linkedin.com');
  const route = routeOf(pathname);
  const variant = searchParams.get('variant');
  const lang = langOf(url);
  if (route?.kind === 'setting') {
    const page = pageIn(route.page, lang);
    return {
      title: `${page.title} | Settings`,
      category: page.category,
      lang,
      html: settingMain(page, state.checked[page.id], { variant, pending, lang }),
    };
  }
  if (route?.kind === 'feed') return { title: 'Feed | LinkedIn', category: null, html: feedMain() };
  if (route?.kind === 'other-setting')
    return { title: 'Settings', category: null, html: otherSettingMain(route.slug) };
  if (route?.kind === 'category' || route?.kind === 'hub') {
    const { category } = route;
    return {
      title: `${categoryName(category, lang)} | Settings`,
      category: category.id,
      lang,
      html: categoryMain(category, state, lang),
    };
  }
  return null;
}

/** A category's menu name in `lang`. */
const categoryName = (category, lang) => (lang === 'de' && german.categories[category.id]) || category.name;

/** The left menu; the current category carries aria-current="page". */
export function renderMenu(current, lang = 'en') {
  return categories
    .map((c) => {
      const here = c.id === current ? ' aria-current="page"' : '';
      return `<li><a class="_menuItem_m6f2" href="${keep(categoryPath(c.id), lang)}"${here}>${esc(categoryName(c, lang))}</a></li>`;
    })
    .join('');
}

const head = (title) => `<head>
  <meta charset="utf-8">
  <title>${esc(title)}</title>
  <link rel="icon" href="data:,">
  <style>${css}</style>
</head>`;

// The first line names the replica and its evidence, as docs/runbook.md asks of fixtures.
const firstLine = (what) =>
  `<!-- Replica for tests — not LinkedIn: imitates ${what} (English UI), built from docs/facts.md -->`;

const header = `<div class="_replicaBanner_y7t0" role="note">${banner}</div>
  <header class="_globalNav_g5c3"><span class="_logo_o1l9">in</span><span class="_navTitle_a2x4">Settings</span><span class="_me_e8s6">Me</span></header>`;

/** A whole settings document (server side); `delay` > 0 leaves the main area for the app to fill later. */
function settingsDocument(url, state, delay) {
  const main = renderMain(url, state, { pending: delay > 0 });
  return `${firstLine(`${new URL(url).pathname} of the settings app`)}
<!doctype html>
<html lang="${main.lang}">
${head(main.title)}
<body>
  ${messageRecorder}
  ${header}
  <div class="_layout_l8w3">
    <nav class="_leftMenu_f3n7" aria-label="Settings"><ul>${renderMenu(main.category, main.lang)}</ul></nav>
    <main id="main" class="_main_q1b6">
      ${main.html}
    </main>
  </div>
  <script type="module" src="/_replica/app.mjs"></script>
</body>
</html>
`;
}

/** The feed's main area: one post whose link leads to the setting (followed in-app, as LinkedIn does). */
export const feedMain = () => `<article class="_post_p4c8">
      <p class="_author_a9w1">${esc(feedPost.author)}</p>
      <p class="_postText_t6r3">${esc(feedPost.text)}</p>
      <a class="_postLink_k7m5" href="${feedPost.link}">Data for Generative AI Improvement</a>
    </article>`;

const messageRecorder = `<script>/* Like any page script: record every message posted to the window (extensions must not announce themselves). */
  window.__pageMessages = []; addEventListener('message', (event) => __pageMessages.push(JSON.stringify(event.data)));</script>`;

function feedDocument() {
  return `${firstLine('the /feed/ page with one post that quotes the setting')}
<!doctype html>
<html lang="en">
${head('Feed | LinkedIn')}
<body>
  ${messageRecorder}
  ${header}
  <main id="main" class="_feed_x5n2">
    ${feedMain()}
  </main>
  <script type="module" src="/_replica/app.mjs"></script>
</body>
</html>
`;
}

function notFoundDocument(path) {
  return `${firstLine('a page that does not exist')}
<!doctype html>
<html lang="en">
${head('Page not found')}
<body>${header}<main><h1>No replica for ${esc(path)}</h1></main></body>
</html>
`;
}

/** The document the server sends for a URL: status and HTML. `?delay=MS` renders the setting late. */
export function renderDocument(url, state = initialState()) {
  const { pathname, searchParams } = new URL(url);
  const route = routeOf(pathname);
  if (!route) return { status: 404, html: notFoundDocument(pathname) };
  if (route.kind === 'feed') return { status: 200, html: feedDocument() };
  return { status: 200, html: settingsDocument(url, state, Number(searchParams.get('delay')) || 0) };
}

// LinkedIn-like look for the demo screenshots. No orange anywhere: tests find the guide's ring by its colour.
const css = `
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f4f2ee;color:#191919}
a{color:#0a66c2;text-decoration:none}
._replicaBanner_y7t0{background:#fdf6b2;color:#3d3400;text-align:center;font-size:12px;padding:2px}
._globalNav_g5c3{display:flex;gap:12px;align-items:center;background:#fff;padding:8px 24px;border-bottom:1px solid #e0dfdc}
._logo_o1l9{background:#0a66c2;color:#fff;font-weight:700;border-radius:4px;padding:0 6px}
._navTitle_a2x4{font-weight:600;flex:1}
._me_e8s6{border-radius:50%;background:#dde5ee;padding:4px 8px;font-size:12px}
._layout_l8w3{display:flex;gap:24px;max-width:1000px;margin:24px auto;padding:0 16px}
._leftMenu_f3n7{width:220px;flex:none}
._leftMenu_f3n7 ul,._rows_u2k5{list-style:none;margin:0;padding:0}
._menuItem_m6f2{display:block;padding:10px 12px;color:#191919;border-left:3px solid transparent}
._menuItem_m6f2[aria-current=page]{border-left-color:#01754f;font-weight:600;background:#fff}
._main_q1b6{flex:1;min-width:0}
._title_t7qz{font-size:22px;margin:0 0 12px}
._card_c1w9{background:#fff;border-radius:8px;box-shadow:0 0 0 1px #e0dfdc;padding:16px 20px;margin-bottom:12px}
._sectionTitle_h4u8{font-size:16px;margin:0 0 8px}
._row_z8d1{display:flex;justify-content:space-between;padding:10px 0;border-top:1px solid #eee;color:#191919}
._value_v3j9{color:#666}
._question_q8re{font-size:16px;font-weight:600;margin:0 0 16px}
._switchRow_r4nb{display:flex;justify-content:space-between;align-items:center;gap:24px;margin:0 0 12px}
._switchLabel_l3dd{margin:0}
._switchWrap_w2pq{display:flex;align-items:center;gap:8px}
._switchCheckbox_12ycew{appearance:none;-webkit-appearance:none;margin:0;width:40px;height:24px;border-radius:12px;cursor:pointer;
  background:radial-gradient(circle at 12px 50%,#fff 8px,transparent 9px),#666}
._switchCheckbox_12ycew:checked{background:radial-gradient(circle at 28px 50%,#fff 8px,transparent 9px),#01754f}
._skeleton_k0a1{height:24px;border-radius:4px;background:#eee;margin:0 0 12px}
._description_d5hh{color:#555;margin:0}
._backLink_p0x3{display:inline-block;margin-bottom:8px}
._narrow_r2{display:none}
@media (max-width:700px){._wide_r1{display:none}._narrow_r2{display:block}}
._feed_x5n2{max-width:560px;margin:24px auto}
._post_p4c8{background:#fff;border-radius:8px;box-shadow:0 0 0 1px #e0dfdc;padding:16px}
._author_a9w1{font-weight:600;margin:0 0 8px}
`;
