// Test setup: a real i18n.getMessage over our English messages (fakeBrowser has none) and a clean fake browser per test.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import messages from '../../public/_locales/en/messages.json';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** Chrome's substitution rules: named $placeholders$ map to $1..$9, then $n takes the nth substitution. */
export function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = (messages as Messages)[key];
  if (!entry) return '';
  const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
  let text = entry.message.replace(/\$([a-z0-9_]+)\$/gi, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content;
    return content ?? whole;
  });
  text = text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  return text.replace(/\$\$/g, '$');
}

beforeEach(() => {
  fakeBrowser.reset();
  Object.assign(fakeBrowser, {
    i18n: {
      getMessage,
      getUILanguage: () => 'en',
      getAcceptLanguages: async () => ['en'],
      detectLanguage: async () => ({}),
    },
  });
});
