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

  it('the manifest runs the gate everywhere on LinkedIn but the guided paths', () => {
    expect(gate.matches).toEqual(['https://*.linkedin.com/*']);
    expect(gate.excludeMatches).toEqual([
      'https://*.linkedin.com/mypreferences/*',
      'https://*.linkedin.com/psettings*',
    ]);
  });
});
