// scripts/capture-fixture.mjs: a saved LinkedIn page becomes a fixture without personal data, still findable.
import { findSwitch } from '@/lib/finder';
import { getSetting, type Setting } from '@/lib/linkedin/settings';
import { cleanSavedPage } from '../../scripts/capture-fixture.mjs';

const saved = `<!doctype html><html><head><title>Settings</title><script>window.tracking = 1</script></head><body>
  <header id="global-nav"><img src="https://media.licdn.com/photo.jpg" alt="Jane Example"><span>Jane Example</span></header>
  <nav aria-label="Settings"><a href="/mypreferences/d/categories/privacy?trk=nav" data-tracking="x">Data privacy</a></nav>
  <main id="main" data-member="jane">
    <h1>Data for Generative AI Improvement</h1>
    <p>Signed in as jane@example.org, +44 20 7946 0958</p>
    <a href="https://www.linkedin.com/in/jane-example-123/">Jane's profile</a>
    <article><p>Jane Example: turn this off!</p></article>
    <div class="_row_9x" style="color: red"><span id="allowDataForGenerativeAI">Use my data for training content creation AI models</span>
      <input id="switch" type="checkbox" role="switch" aria-labelledby="allowDataForGenerativeAI" checked onclick="track()"></div>
    <div style="display: none"><span id="switch">copy</span></div>
  </main></body></html>`;

describe('cleanSavedPage()', () => {
  const fixture = cleanSavedPage(saved, {
    what: 'The AI-training setting page, English, switch On (rung label-id)',
    capturedOn: '2026-11-29',
  });

  it('dates the fixture and says what it imitates, in the form the fixture test asks for', () => {
    expect(fixture.split('\n')[0]).toMatch(
      /^<!-- The AI-training setting page, English, switch On \(rung label-id\)\. Replica, not LinkedIn's markup: built from docs\/facts\.md and a page saved on 2026-11-29.* -->$/,
    );
  });

  it('leaves out the member: name, photo, posts, e-mail, phone, profile handle, scripts and tracking', () => {
    const body = fixture.slice(fixture.indexOf('\n'));
    const personal = ['Jane', 'jane', 'licdn', 'photo', '7946', 'track', 'data-member', '<script', '<img'];
    for (const text of personal) expect(body).not.toContain(text);
  });

  it('keeps the labels, the switch, the menu and what hides an element', () => {
    expect(fixture).toContain('Use my data for training content creation AI models');
    expect(fixture).toContain('href="/mypreferences/d/categories/privacy"');
    expect(fixture).toContain('style="display: none"');
    document.body.innerHTML = fixture;
    const found = findSwitch(document, getSetting('ai-training') as Setting, { ownPage: true });
    expect(found?.element.id).toBe('switch');
    expect(found?.rung).toBe('label-id');
  });

  it('gives duplicated ids a suffix, so ids stay unique', () => {
    const ids = [...fixture.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('switch-2');
  });
});
