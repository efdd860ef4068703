// The UI language reaches every screen: counted messages, writing direction, and the page's own names in the callout.
import { guideStep } from '@/lib/guide/guide-step';
import { createOverlay, hostTag, overlayRoots } from '@/lib/guide/overlay';
import { pageLabel } from '@/lib/guide/page-label';
import { applyLanguage, tCount, uiDirection } from '@/lib/i18n';
import { labelBook as labels } from '@/lib/linkedin';
import { getSetting, type Setting } from '@/lib/settings';
import { useLocale } from './setup';

const ai = getSetting('ai-training') as Setting;
const shadow = () => {
  const host = document.querySelector(hostTag);
  return (host && overlayRoots.get(host)) ?? null;
};
const calloutText = () => shadow()?.querySelector('.callout')?.textContent ?? '';

let controller: AbortController;
beforeEach(() => {
  controller = new AbortController();
  document.body.innerHTML = '';
});
afterEach(() => controller.abort());

describe('tCount()', () => {
  it('chooses the English singular and plural through Intl.PluralRules', () => {
    expect(tCount('reminder_months', 1)).toBe('in 1 month');
    expect(tCount('reminder_months', 3)).toBe('in 3 months');
  });
});

describe('writing direction (@@bidi_dir)', () => {
  it('is ltr in English and rtl in a right-to-left UI language', () => {
    expect(uiDirection()).toBe('ltr');
    useLocale('ar');
    expect(uiDirection()).toBe('rtl');
  });

  it('an extension page takes the UI language and direction on its root', () => {
    useLocale('ar');
    const root = document.createElement('html');
    applyLanguage(root);
    expect({ lang: root.lang, dir: root.dir }).toEqual({ lang: 'ar', dir: 'rtl' });
  });

  it('the callout mirrors for a right-to-left UI language, whatever the page says', () => {
    document.documentElement.dir = 'ltr';
    useLocale('ar');
    createOverlay(document, { signal: controller.signal }).show({ tone: 'info', title: 'x' });
    const layer = shadow()?.querySelector('.layer') as HTMLElement;
    expect({ lang: layer.lang, dir: layer.dir }).toEqual({ lang: 'ar', dir: 'rtl' });
  });
});

describe('the callout names a step as the page does', () => {
  const germanPrivacyPage = `
    <nav><a id="menu-privacy" href="/mypreferences/d/categories/privacy">Datenschutz</a></nav>
    <main><section><h2>So verwendet LinkedIn Ihre Daten</h2>
      <a id="row-ai" href="/mypreferences/d/settings/data-for-ai-improvement"><span>Daten zur Verbesserung generativer KI</span><span>Ein</span></a>
    </section></main>`;

  it('an English browser on a German LinkedIn page quotes the German row name', () => {
    document.body.innerHTML = germanPrivacyPage;
    guideStep({ kind: 'category', category: 'privacy' }, ai, { controller, labels });
    expect(calloutText()).toContain('Next step: open “Daten zur Verbesserung generativer KI”');
  });

  it('on the hub, the menu entry is named in the page’s language, not guessed', () => {
    document.body.innerHTML = germanPrivacyPage.replace(/<main>[\s\S]*<\/main>/, '<main></main>');
    guideStep({ kind: 'hub' }, ai, { controller, labels });
    expect(calloutText()).toContain('Next step: open “Datenschutz”');
  });
});

describe('pageLabel()', () => {
  it.each([
    [
      'aria-labelledby',
      '<p id="l">Ihre  Daten\n verwenden</p><input id="x" aria-labelledby="l">',
      'Ihre Daten verwenden',
    ],
    ['aria-label', '<a id="x" aria-label="Gegevensprivacy" href="#"><svg></svg></a>', 'Gegevensprivacy'],
    [
      'the first visible text',
      '<a id="x" href="#"><span aria-hidden="true">›</span><span>Tietosuoja</span> <b>On</b></a>',
      'Tietosuoja',
    ],
  ])('reads %s', (_, html, expected) => {
    document.body.innerHTML = html;
    expect(pageLabel(document.getElementById('x'))).toBe(expected);
  });

  it.each([
    ['nothing', null],
    ['an empty link', '<a id="x" href="#"></a>'],
    ['a whole paragraph', `<a id="x" href="#">${'word '.repeat(30)}</a>`],
  ])('gives null for %s, so the guide uses its own name', (_, html) => {
    if (html) document.body.innerHTML = html;
    expect(pageLabel(html ? document.getElementById('x') : null)).toBeNull();
  });
});
