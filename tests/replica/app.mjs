// Replica for tests — not LinkedIn: the settings app's in-page navigation (LinkedIn's settings are a single-page
// app: links change the URL with history.pushState and re-render the main area; docs/facts.md).
import { german, settingPages } from './data.mjs';
import { initialState, renderMain, renderMenu } from './pages.mjs';

const state = initialState();
let pendingTimer = 0;

function render(url) {
  clearTimeout(pendingTimer);
  const delay = Number(new URL(url).searchParams.get('delay')) || 0;
  const paint = (pending) => {
    const view = renderMain(url, state, { pending });
    if (!view) return;
    document.title = view.title;
    document.querySelector('main').innerHTML = view.html;
    const menu = document.querySelector('nav ul'); // the feed has no settings menu
    if (menu) menu.innerHTML = renderMenu(view.category, view.lang);
  };
  if (delay > 0) {
    paint(true);
    pendingTimer = setTimeout(() => paint(false), delay);
  } else paint(false);
}

function isInApp(anchor, event) {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
    return false;
  const url = new URL(anchor.href);
  return (
    url.origin === location.origin &&
    (url.pathname.startsWith('/mypreferences/') || /^\/feed\/?$/.test(url.pathname)) &&
    renderMain(url.href) !== null
  );
}

document.addEventListener('click', (event) => {
  const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!anchor || !isInApp(anchor, event)) return;
  event.preventDefault();
  history.pushState(null, '', anchor.href);
  render(location.href);
  scrollTo(0, 0);
});

// Clicking the switch saves at once, like LinkedIn (no confirmation dialog is known).
document.addEventListener('change', (event) => {
  const input = event.target;
  if (!(input instanceof HTMLInputElement) || input.getAttribute('role') !== 'switch') return;
  const page = settingPages.find((p) => p.labelId === input.getAttribute('aria-labelledby'));
  if (page) state.checked[page.id] = input.checked;
  const text = input.parentElement?.querySelector('[aria-hidden]');
  const de = new URL(location.href).searchParams.get('hl') === 'de';
  if (text) text.textContent = de ? (input.checked ? german.on : german.off) : input.checked ? 'On' : 'Off';
});

addEventListener('popstate', () => render(location.href));

// The hub shows the Account category and its URL becomes that category's (docs/facts.md: it redirects there).
if (/^\/mypreferences\/d\/?$/.test(location.pathname)) {
  history.replaceState(null, '', `/mypreferences/d/categories/account${location.search}`);
}
if (new URL(location.href).searchParams.get('delay')) render(location.href);

// `?stream=N` on the feed: N more posts arrive one after the other, as LinkedIn's feed loads them while you read.
const stream = /^\/feed\/?$/.test(location.pathname)
  ? Number(new URL(location.href).searchParams.get('stream'))
  : 0;
for (let n = 1; n <= stream; n++) {
  setTimeout(() => {
    const post = document.createElement('article');
    post.className = '_post_p4c8';
    post.setAttribute('data-urn', `urn:li:activity:${n}`);
    post.innerHTML = `<p class="_author_a9w1">Member ${n}</p><p class="_postText_t6r3">Post number ${n}.</p>`;
    document.querySelector('main')?.append(post);
    if (n === stream) document.documentElement.dataset.streamed = String(n);
  }, n * 40);
}
