// The runner driven in happy-dom against a small replica of the AI page and Data privacy (docs/facts.md, "The
// switch"), with a fake background: shared by tests/unit/guide-stops.test.ts and guide-edge-cases.test.ts.
import { vi } from 'vitest';
import type { CheckupPosition } from '@/lib/checkup';
import { hostTag, overlayRoots } from '@/lib/guide/overlay';
import { type BackgroundLink, createRunner } from '@/lib/guide/run';
import { nothingSettled, type Settled } from '@/lib/keep-on';
import { labelBook } from '@/lib/linkedin';

declare global {
  interface Window {
    happyDOM: { setURL(url: string): void };
  }
}

export const base = 'https://www.linkedin.com';
export const aiPath = '/mypreferences/d/settings/data-for-ai-improvement';
export const privacyPath = '/mypreferences/d/categories/privacy';
export const aiPage = `<main><section><h2>Can LinkedIn use your personal data to train generative AI models?</h2>
  <div><span id="allowDataForGenerativeAI">Use my data for training content creation AI models</span>
  <input id="switch" type="checkbox" role="switch" aria-labelledby="allowDataForGenerativeAI" checked></div>
  <p>When this setting is on, LinkedIn can use your data.</p></section></main>`;
export const privacyPage = `<nav><a id="menu-privacy" href="/mypreferences/d/categories/privacy">Data privacy</a></nav>
  <main><section><h2>How LinkedIn uses your data</h2>
  <a id="row-ai" href="${aiPath}">Data for Generative AI Improvement <span>On</span></a></section></main>`;

export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
/** The ids of the elements carrying either contract attribute (docs/contracts.md, "Page attributes"). */
export const marks = () =>
  [...document.querySelectorAll('[data-optout-guide-target], [data-optout-guide-step]')].map((e) => e.id);
export const shadow = () => {
  const host = document.querySelector(hostTag);
  return host ? overlayRoots.get(host) : undefined;
};
/** The callout's text, or null while none shows. */
export const callout = () => {
  const box = shadow()?.querySelector<HTMLElement>('.callout');
  return box && !box.hidden ? (box.textContent ?? '') : null;
};

/** Presses the callout's button for `action` (its data-action). */
export const press = (action: string) =>
  shadow()?.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`)?.click();

/** Shows `html` at `path` and starts a runner there; returns the fake background's spies and the runner. */
export function runGuide(
  signal: AbortSignal,
  path: string,
  html: string,
  settled: Settled = nothingSettled,
  position: CheckupPosition | null = null,
) {
  window.happyDOM.setURL(base + path);
  document.body.innerHTML = html;
  const background = {
    report: vi.fn(),
    start: vi.fn(async () => ({ settled, position, labels: labelBook })),
    checkupDone: vi.fn(async () => {}),
    keepOn: vi.fn(async () => true),
  } satisfies BackgroundLink;
  const runner = createRunner({ signal, background });
  runner.followUrl(base + path);
  return Object.assign(background, { runner });
}
