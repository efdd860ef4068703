// The content script's main() with WXT's real ContentScriptContext, on replica markup.

import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import content from '@/entrypoints/linkedin.content';

declare global {
  interface Window {
    happyDOM: { setURL(url: string): void };
  }
}

const base = 'https://www.linkedin.com';
const aiPage = `<main><span id="allowDataForGenerativeAI">Use my data for training content creation AI models</span>
  <input id="switch" type="checkbox" role="switch" aria-labelledby="allowDataForGenerativeAI" checked></main>`;
const feed = `<main><article><p>PSA: turn off “Data for Generative AI Improvement”!</p>
  <input id="like" type="checkbox" role="switch" aria-label="Data for Generative AI Improvement"></article></main>`;

let ctx: ContentScriptContext;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  ctx = new ContentScriptContext('linkedin');
});
afterEach(() => {
  ctx.notifyInvalidated();
  vi.useRealTimers();
});

function open(path: string, html: string) {
  window.happyDOM.setURL(base + path);
  document.body.innerHTML = html;
}
/** Lets the runner hear back from the (mocked) background, which it asks before guiding each page. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const marks = () =>
  [...document.querySelectorAll('[data-optout-guide-target], [data-optout-guide-step]')].map((e) => e.id);

describe('content script', () => {
  it("loaded by the gate after an in-app navigation, it never takes the previous page's lone switch", async () => {
    // The document was loaded at /jobs/search/ (its navigation entry); LinkedIn's app then moved to the setting.
    open(
      '/jobs/search/',
      '<main><label>Job alert <input id="alert" type="checkbox" role="switch" checked></label></main>',
    );
    vi.spyOn(performance, 'getEntriesByType').mockReturnValue([
      { name: `${base}/jobs/search/` } as PerformanceEntry,
    ]);
    history.pushState(null, '', '/mypreferences/d/settings/data-for-ai-improvement');
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await content.main(ctx);
    await settle();
    expect(marks()).toEqual([]);
    const states = send.mock.calls.map(([m]) => m as { type: string; state?: string });
    expect(states.filter((m) => m.type === 'guide-state' && m.state)).toEqual([]);
  });

  it('on the feed it reads the URL and stops: no observer, no DOM write, no message', async () => {
    open('/feed/', feed);
    const before = document.documentElement.outerHTML;
    const observe = vi.spyOn(window.MutationObserver.prototype, 'observe');
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    await content.main(ctx);
    await Promise.resolve();
    expect(observe).not.toHaveBeenCalled();
    expect(send).not.toHaveBeenCalled();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('on the AI-training page it marks the switch and tells the background it is on', async () => {
    open('/mypreferences/d/settings/data-for-ai-improvement?li_theme=light', aiPage);
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await content.main(ctx);
    await settle();
    expect(marks()).toEqual(['switch']);
    expect(send).toHaveBeenCalledWith({
      type: 'guide-state',
      setting: 'ai-training',
      state: 'on',
      rung: 'label-id',
    });
  });

  it("guides partner sharing at LinkedIn's other address for it too", async () => {
    const partnerPage = `<main><span id="shareDataWithTrustedPartners">Share data with affiliates and partners</span>
      <input id="partner" type="checkbox" role="switch" aria-labelledby="shareDataWithTrustedPartners" checked></main>`;
    for (const path of [
      '/mypreferences/d/settings/share-data-with-select-partners',
      '/mypreferences/s/settings/share-data-with-trusted-partners',
    ]) {
      open(path, partnerPage);
      const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
      const context = new ContentScriptContext('linkedin');
      await content.main(context);
      await settle();
      expect(document.getElementById('partner')?.getAttribute('data-optout-guide-target')).toBe(
        'partner-sharing',
      );
      expect(send).toHaveBeenCalledWith(expect.objectContaining({ setting: 'partner-sharing', state: 'on' }));
      context.notifyInvalidated();
    }
  });

  it('follows in-app navigation: leaving the setting removes the mark and clears the badge', async () => {
    open('/mypreferences/d/settings/data-for-ai-improvement', aiPage);
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await content.main(ctx);
    await settle();
    expect(marks()).toEqual(['switch']);
    window.happyDOM.setURL(`${base}/feed/`);
    vi.advanceTimersByTime(1000); // WXT watches the URL (Navigation API where the browser has it)
    expect(marks()).toEqual([]);
    expect(send).toHaveBeenLastCalledWith({ type: 'guide-state', setting: null, state: null });
  });

  // LinkedIn may render the next page before the URL watcher reports the change (WXT polls where the browser has
  // no Navigation API). Labels in a language we have no strings for, so only position could name the switches.
  const unknownAi = `<h1>Data för generativ AI</h1><div><span id="genAi">Använd mina data för AI</span>
    <input id="ai" type="checkbox" role="switch" aria-labelledby="genAi"></div>`;
  const unknownResearch = `<h1>Forskning</h1><div><span id="res">Använd mina data för forskning</span>
    <input id="rs" type="checkbox" role="switch" aria-labelledby="res" checked></div>`;

  it("never marks the next page's switch as the old setting when the URL changes first", async () => {
    open('/mypreferences/d/settings/data-for-ai-improvement', `<main>${unknownAi}</main>`);
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await content.main(ctx);
    await settle();
    expect(marks()).toEqual(['ai']);
    history.pushState(null, '', '/mypreferences/d/settings/policy-and-academic-research');
    (document.querySelector('main') as HTMLElement).innerHTML = unknownResearch;
    await new Promise((resolve) => setTimeout(resolve, 0));
    // Before WXT's poll: the research switch is marked as research (the guide noticed the URL itself), not as AI.
    expect(document.getElementById('rs')?.getAttribute('data-optout-guide-target')).toBe('research');
    vi.advanceTimersByTime(1000);
    await settle();
    expect(document.getElementById('rs')?.getAttribute('data-optout-guide-target')).toBe('research');
    const states = send.mock.calls
      .map(([m]) => m)
      .filter((m) => (m as { type: string }).type === 'guide-state');
    expect(states).not.toContainEqual(expect.objectContaining({ setting: 'ai-training', state: 'on' }));
    expect(states.at(-1)).toMatchObject({ type: 'guide-state', setting: 'research', state: 'on' });
  });

  it("never takes the old page's switch for the new setting while the new page is still loading", async () => {
    open('/mypreferences/d/settings/policy-and-academic-research', `<main>${unknownResearch}</main>`);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await content.main(ctx);
    history.pushState(null, '', '/mypreferences/d/settings/data-for-ai-improvement');
    vi.advanceTimersByTime(1000);
    expect(marks()).toEqual([]);
    (document.querySelector('main') as HTMLElement).innerHTML = unknownAi;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.getElementById('ai')?.getAttribute('data-optout-guide-target')).toBe('ai-training');
  });

  it("never marks the next page's switch as the old setting when the new page renders before the URL changes", async () => {
    open('/mypreferences/d/settings/data-for-ai-improvement', `<main>${unknownAi}</main>`);
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await content.main(ctx);
    await settle();
    expect(marks()).toEqual(['ai']);
    (document.querySelector('main') as HTMLElement).innerHTML = unknownResearch;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.getElementById('rs')?.getAttribute('data-optout-guide-target')).toBeNull();
    history.pushState(null, '', '/mypreferences/d/settings/policy-and-academic-research');
    vi.advanceTimersByTime(1000);
    await settle();
    expect(document.getElementById('rs')?.getAttribute('data-optout-guide-target')).toBe('research');
    const states = send.mock.calls
      .map(([m]) => m)
      .filter((m) => (m as { type: string }).type === 'guide-state');
    expect(states).not.toContainEqual(expect.objectContaining({ setting: 'ai-training', state: 'on' }));
  });

  // Found by position only (a language we have no words for): an app that renders the next page into the same nodes
  // before the URL changes keeps the node, not the switch's name.
  it("never takes the next page's switch for the old setting when the app reuses the old switch's node, then takes it for the next setting once the URL follows", async () => {
    open('/mypreferences/d/settings/data-for-ai-improvement', `<main>${unknownAi}</main>`);
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await content.main(ctx);
    await settle();
    expect(marks()).toEqual(['ai']);
    // The research page rendered into the same nodes: new heading, label and state, the URL not changed yet.
    (document.querySelector('h1') as HTMLElement).textContent = 'Forskning';
    const label = document.getElementById('genAi') as HTMLElement;
    label.id = 'res';
    label.textContent = 'Använd mina data för forskning';
    const input = document.getElementById('ai') as HTMLInputElement;
    input.setAttribute('aria-labelledby', 'res');
    input.checked = true;
    await settle();
    expect(input.getAttribute('data-optout-guide-target')).toBeNull();
    const states = send.mock.calls
      .map(([m]) => m)
      .filter((m) => (m as { type: string }).type === 'guide-state');
    expect(states).not.toContainEqual(expect.objectContaining({ setting: 'ai-training', state: 'on' }));
    // Then the URL follows: the switch, renamed since the AI page last showed it, is research's.
    history.pushState(null, '', '/mypreferences/d/settings/policy-and-academic-research');
    vi.advanceTimersByTime(1000);
    await settle();
    expect(input.getAttribute('data-optout-guide-target')).toBe('research');
    expect(send).toHaveBeenLastCalledWith(expect.objectContaining({ setting: 'research', state: 'on' }));
  });

  // Found by position only (a language we have no words for): the member turns the switch, the app rewrites the
  // texts around it, and the guide keeps the switch (its name is its texts of several words, lib/guide/page-session.ts).
  const byPosition = (body: string) => `<main><h1>Data för generativ AI</h1>${body}</main>`;
  const input = () => document.getElementById('tg') as HTMLInputElement;
  const text = (selector: string, value: string) => {
    (document.querySelector(selector) as HTMLElement).textContent = value;
  };
  interface Turn {
    name: string;
    body: string;
    /** What the member and the app do; the mark is checked after it, and the state last reported. */
    turn: () => void | Promise<void>;
    state: 'on' | 'off';
  }
  const keeps: Turn[] = [
    {
      name: 'when the member turns it and its visible On/Off text changes, then the app renders it anew',
      // An artdeco-toggle-like button: its own text says the state.
      body: `<span id="genAi">Använd mina data för AI</span>
        <button id="tg" role="switch" aria-checked="true" aria-labelledby="genAi"><span>På</span></button>`,
      turn: async () => {
        const button = document.getElementById('tg') as HTMLElement;
        button.setAttribute('aria-checked', 'false');
        button.innerHTML = '<span>Av</span>';
        await settle();
        expect(marks()).toEqual(['tg']);
        button.replaceWith(button.cloneNode(true));
      },
      state: 'off',
    },
    {
      name: 'when the member turns it and the label saying On/Off changes',
      // A checkbox whose second label shows the state.
      body: `<div><span id="genAi">Använd mina data för AI</span>
        <input id="tg" type="checkbox" role="switch" aria-labelledby="genAi" checked><label for="tg">På</label></div>`,
      turn: () => {
        input().checked = false;
        text('label', 'Av');
      },
      state: 'off',
    },
    {
      name: 'when the member turns it and its wrapping label says On/Off',
      body: `<label>Använd mina data för AI <input id="tg" type="checkbox" role="switch" checked> <span>På</span></label>`,
      turn: () => {
        input().checked = false;
        text('label span', 'Av');
      },
      state: 'off',
    },
    {
      name: 'whose label the app fills in after the switch appeared',
      body: `<div><span id="genAi"></span>
        <input id="tg" type="checkbox" role="switch" aria-labelledby="genAi" checked></div>`,
      turn: () => text('#genAi', 'Använd mina data för AI'),
      state: 'on',
    },
    {
      name: 'when the member turns it and the description in its label changes',
      // A wrapping label holding the name and a sentence that says what the current state does.
      body: `<label><strong>Använd mina data för AI</strong>
        <input id="tg" type="checkbox" role="switch" checked><p>Dina data används för att träna AI</p></label>`,
      turn: () => {
        input().checked = false;
        text('label p', 'Dina data används inte för AI');
      },
      state: 'off',
    },
    {
      // The state said in the name itself: the name counts up to a comma or a bracket.
      name: 'when the member turns it and its aria-label names the state',
      body: '<input id="tg" type="checkbox" role="switch" aria-label="Använd mina data för AI, på" checked>',
      turn: () => {
        input().checked = false;
        input().setAttribute('aria-label', 'Använd mina data för AI, av');
      },
      state: 'off',
    },
    {
      name: 'when the member turns it and its label ends with the state',
      body: `<span id="genAi">Använd mina data för AI (på)</span>
        <input id="tg" type="checkbox" role="switch" aria-labelledby="genAi" checked>`,
      turn: () => {
        input().checked = false;
        text('#genAi', 'Använd mina data för AI (av)');
      },
      state: 'off',
    },
  ];
  const keepsTheSwitch = async ({ body, turn, state }: Turn) => {
    open('/mypreferences/d/settings/data-for-ai-improvement', byPosition(body));
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await content.main(ctx);
    await settle();
    expect(marks()).toEqual(['tg']);
    await turn();
    await settle();
    expect(marks()).toEqual(['tg']);
    expect(document.getElementById('tg')?.getAttribute('data-optout-guide-target')).toBe('ai-training');
    expect(send).toHaveBeenLastCalledWith(expect.objectContaining({ setting: 'ai-training', state }));
  };
  it.each(keeps)('keeps a switch found by position $name', keepsTheSwitch);

  it('comes back to the setting after a quick trip away and back within one URL check', async () => {
    open('/mypreferences/d/settings/data-for-ai-improvement', aiPage);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await content.main(ctx);
    history.pushState(null, '', '/feed/');
    document.body.innerHTML = feed;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(marks()).toEqual([]);
    history.pushState(null, '', '/mypreferences/d/settings/data-for-ai-improvement');
    document.body.innerHTML = aiPage;
    vi.advanceTimersByTime(1000);
    await settle();
    expect(marks()).toEqual(['switch']);
  });

  it('a failing message channel never surfaces an error', async () => {
    open('/mypreferences/d/settings/data-for-ai-improvement', aiPage);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(
      new Error('Extension context invalidated.'),
    );
    const errors = vi.fn();
    window.addEventListener('unhandledrejection', errors);
    await content.main(ctx);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(errors).not.toHaveBeenCalled();
    expect(marks()).toEqual(['switch']);
  });

  it('ends the guide when the extension context is invalidated', async () => {
    open('/mypreferences/d/settings/data-for-ai-improvement', aiPage);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await content.main(ctx);
    ctx.notifyInvalidated();
    expect(marks()).toEqual([]);
    expect(document.querySelector('optout-guide')).toBeNull();
  });

  describe('with the Navigation API', () => {
    /** The browser's order: `navigate` (the page may cancel it), then, if not cancelled, the URL and the entry change. */
    function fakeNavigation() {
      const navigation = new EventTarget();
      Object.assign(globalThis, { navigation });
      return (path: string, cancel = false) => {
        const event = Object.assign(new Event('navigate', { cancelable: true }), {
          navigationType: 'traverse',
          destination: { url: base + path, sameDocument: true },
        });
        if (cancel) event.preventDefault(); // the app's "leave this page?" guard
        navigation.dispatchEvent(event);
        if (event.defaultPrevented) return;
        history.pushState(null, '', path);
        navigation.dispatchEvent(new Event('currententrychange'));
      };
    }
    afterEach(() => void delete (globalThis as { navigation?: unknown }).navigation);

    it('follows an in-app navigation to another setting', async () => {
      const go = fakeNavigation();
      open('/mypreferences/d/settings/data-for-ai-improvement', `<main>${unknownAi}</main>`);
      vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
      await content.main(ctx);
      await settle();
      go('/mypreferences/d/settings/policy-and-academic-research');
      (document.querySelector('main') as HTMLElement).innerHTML = unknownResearch;
      await settle();
      expect(document.getElementById('rs')?.getAttribute('data-optout-guide-target')).toBe('research');
    });

    it("guides the next setting when the app renders it into the old switch's nodes after the URL changed", async () => {
      const go = fakeNavigation();
      open('/mypreferences/d/settings/data-for-ai-improvement', `<main>${unknownAi}</main>`);
      const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
      await content.main(ctx);
      await settle();
      expect(marks()).toEqual(['ai']);
      go('/mypreferences/d/settings/policy-and-academic-research');
      await settle();
      // The research page rendered into the same nodes: new heading, label and state.
      (document.querySelector('h1') as HTMLElement).textContent = 'Forskning';
      const label = document.getElementById('genAi') as HTMLElement;
      label.id = 'res';
      label.textContent = 'Använd mina data för forskning';
      const input = document.getElementById('ai') as HTMLInputElement;
      input.setAttribute('aria-labelledby', 'res');
      input.checked = true;
      await settle();
      expect(input.getAttribute('data-optout-guide-target')).toBe('research');
      expect(send).toHaveBeenLastCalledWith(expect.objectContaining({ setting: 'research', state: 'on' }));
    });

    // Pinned, not fixed (review of 30 Nov): a name is texts of several words counted by spaces, so a Japanese label
    // (no spaces) gives every switch the same empty name, and the rename that shows the next page goes unseen. Counting
    // CJK characters as words would also count "オン"/"オフ" style state words: no room for that within the budget.
    it.fails("guides the next setting rendered into the old switch's nodes after the URL changed, in Japanese", async () => {
      const go = fakeNavigation();
      const ai = `<h1>生成AIの改善</h1><div><span id="genAi">生成AI改善のためにデータを使用する</span>
        <input id="ai" type="checkbox" role="switch" aria-labelledby="genAi"></div>`;
      open('/mypreferences/d/settings/data-for-ai-improvement', `<main>${ai}</main>`);
      const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
      await content.main(ctx);
      await settle();
      expect(marks()).toEqual(['ai']);
      go('/mypreferences/d/settings/policy-and-academic-research');
      await settle();
      (document.querySelector('h1') as HTMLElement).textContent = '学術研究';
      (document.getElementById('genAi') as HTMLElement).textContent = '学術研究のためにデータを使用する';
      const input = document.getElementById('ai') as HTMLInputElement;
      input.checked = true;
      await settle();
      expect(input.getAttribute('data-optout-guide-target')).toBe('research');
      expect(send).toHaveBeenLastCalledWith(expect.objectContaining({ setting: 'research', state: 'on' }));
    });

    it('keeps guiding the setting when the app cancels a Back within it (the URL never changes)', async () => {
      const go = fakeNavigation();
      open('/mypreferences/d/settings/data-for-ai-improvement', aiPage);
      const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
      await content.main(ctx);
      await settle();
      go('/mypreferences/d/settings/policy-and-academic-research', true);
      await settle();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(location.pathname).toBe('/mypreferences/d/settings/data-for-ai-improvement');
      expect(marks()).toEqual(['switch']);
      expect(send).not.toHaveBeenLastCalledWith(
        expect.objectContaining({ type: 'guide-state', state: null }),
      );
    });
  });

  it('stops checking the URL once the context ends, where the browser has no Navigation API', async () => {
    open('/mypreferences/d/settings/data-for-ai-improvement', aiPage);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    expect('navigation' in globalThis).toBe(false);
    const before = vi.getTimerCount();
    await content.main(ctx);
    expect(vi.getTimerCount()).toBe(before + 1);
    ctx.notifyInvalidated();
    expect(vi.getTimerCount()).toBe(before);
  });
});
