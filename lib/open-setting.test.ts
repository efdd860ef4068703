import { isSettingsTab } from './open-setting';

describe('isSettingsTab()', () => {
  describe('returns true: LinkedIn settings pages, left without losing anything', () => {
    it.each([
      'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement',
      'https://www.linkedin.com/mypreferences/d/categories/privacy',
      'https://www.linkedin.com/mypreferences/d/',
      'https://de.linkedin.com/mypreferences/d/categories/ads?li_theme=dark',
    ])('%s', (url) => expect(isSettingsTab(url)).toBe(true));
  });

  describe('returns false: pages where the member may be writing, and other sites', () => {
    it.each([
      'https://www.linkedin.com/feed/',
      'https://www.linkedin.com/messaging/thread/2-abc/',
      'https://www.linkedin.com/in/someone/edit/forms/intro/',
      'https://www.linkedin.com/psettings/email', // the legacy settings hold forms
      'https://www.linkedin.com.evil.example/mypreferences/d/',
      'about:blank',
      undefined,
    ])('%s', (url) => expect(isSettingsTab(url)).toBe(false));
  });
});
