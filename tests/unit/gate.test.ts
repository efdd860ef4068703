// The gate's main() in a DOM without the Navigation API (happy-dom): it polls the URL, and asks for the guide once.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import gate from '@/entrypoints/linkedin-gate.content';

let sent: unknown[] = [];
let ctx: ContentScriptContext;

beforeEach(() => {
  vi.useFakeTimers();
  sent = [];
  // The gate reaches the extension API through the global, as in the browser.
  fakeBrowser.runtime.sendMessage = (async (message: unknown) => void sent.push(message)) as never;
  vi.stubGlobal('browser', fakeBrowser);
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
    'https://www.linkedin.com/feed/',
  );
  ctx = new ContentScriptContext('linkedin-gate');
});
afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('optout-gate')];
  ctx?.notifyInvalidated();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('the gate', () => {
  it('main() on the feed asks for nothing, and adds nothing to the page', () => {
    const before = document.documentElement.outerHTML;
    gate.main(ctx);
    vi.advanceTimersByTime(5000);
    expect(sent).toEqual([]);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('main() asks the background for the guide once in-app navigation reaches the settings, and only once', () => {
    gate.main(ctx);
    history.pushState(null, '', '/mypreferences/d/settings/data-for-ai-improvement');
    vi.advanceTimersByTime(1000);
    expect(sent).toEqual([{ type: 'load-guide' }]);
    history.pushState(null, '', '/feed/');
    history.pushState(null, '', '/mypreferences/d/categories/privacy');
    vi.advanceTimersByTime(5000);
    expect(sent).toHaveLength(1);
  });

  it('injected twice (the declared script and a reinjection after an update), it asks only once', () => {
    gate.main(ctx);
    gate.main(ctx);
    history.pushState(null, '', '/mypreferences/d/settings/data-for-ai-improvement');
    vi.advanceTimersByTime(1000);
    expect(sent).toEqual([{ type: 'load-guide' }]);
  });

  it('a gate cut off by an update does not keep the new one from asking', () => {
    gate.main(ctx);
    // What the old gate sees once cut off: a runtime without an id (the new one reaches the same global here).
    vi.stubGlobal('browser', { runtime: { ...fakeBrowser.runtime, id: undefined } });
    gate.main(ctx);
    vi.stubGlobal('browser', fakeBrowser);
    history.pushState(null, '', '/mypreferences/d/settings/data-for-ai-improvement');
    vi.advanceTimersByTime(1000);
    // Both ran (in a browser the old one's message fails; here both reach the same stub).
    expect(sent).toHaveLength(2);
  });

  it('the manifest runs the gate everywhere on LinkedIn but the guided paths', () => {
    expect(gate.matches).toEqual(['https://*.linkedin.com/*']);
    expect(gate.excludeMatches).toEqual([
      'https://*.linkedin.com/mypreferences/*',
      'https://*.linkedin.com/psettings*',
    ]);
  });
});
