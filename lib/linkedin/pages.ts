/** Which LinkedIn page a URL is: pure predicates over a URL, each with its examples (pages.test.ts checks them). */
import { type CategoryId, type Setting, type SettingId, settings } from './settings';

export type Page =
  | { kind: 'setting'; setting: SettingId }
  | { kind: 'hub' }
  | { kind: 'category'; category: string }
  | { kind: 'legacy' };

/** Parses a URL of any linkedin.com host; null for anything else, never throws. */
function linkedInPath(url: string | URL): string | null {
  try {
    const { protocol, hostname, pathname } = new URL(url);
    if (protocol !== 'https:' && protocol !== 'http:') return null;
    const host = hostname.toLowerCase().replace(/\.$/, '');
    if (host !== 'linkedin.com' && !host.endsWith('.linkedin.com')) return null;
    return decodeURI(pathname)
      .replace(/\/{2,}/g, '/')
      .replace(/(.)\/$/, '$1')
      .toLowerCase();
  } catch {
    return null;
  }
}

/** True for any page of linkedin.com or its subdomains. */
export const isLinkedInUrl = (url: string | URL | undefined): boolean => linkedInPath(url ?? '') !== null;

/** The setting whose own page this is (desktop /d/ or mobile-web /m/ tree, or one of its aliases), else null. */
export function settingPageOf(url: string | URL, known: readonly Setting[] = settings): SettingId | null {
  const path = linkedInPath(url);
  if (path === null) return null;
  const slug = path.match(/^\/mypreferences\/[dm]\/settings\/([^/]+)$/)?.[1];
  const found = known.find((s) => s.slug === slug || s.aliases.includes(path as string));
  return found?.id ?? null;
}

/** The Settings & Privacy hub, which LinkedIn redirects to the Account category. */
export function isHub(url: string | URL): boolean {
  const path = linkedInPath(url);
  return path !== null && /^\/mypreferences\/[dm]$/.test(path);
}

/** The category shown by a category page (`privacy`, `ads`, `account`...), else null. */
export function categoryPageOf(url: string | URL): string | null {
  const path = linkedInPath(url);
  return path?.match(/^\/mypreferences\/[dm]\/categories\/([a-z0-9-]+)$/)?.[1] ?? null;
}

/** LinkedIn's legacy settings UI (/psettings/), which never had the AI page: the guide offers the direct link. */
export function isLegacySettingsPage(url: string | URL): boolean {
  const path = linkedInPath(url);
  return path !== null && /^\/psettings(?:\/|$)/.test(path);
}

/** What the guide should do on this URL; null for every page that is not ours (feed, profiles, jobs...). */
export function pageOf(url: string | URL): Page | null {
  const setting = settingPageOf(url);
  if (setting) return { kind: 'setting', setting };
  if (isHub(url)) return { kind: 'hub' };
  const category = categoryPageOf(url);
  if (category) return { kind: 'category', category };
  if (isLegacySettingsPage(url)) return { kind: 'legacy' };
  return null;
}

/** Where a setting's own category lives, for links and step guidance. */
export const categoryPath = (category: CategoryId): string => `/mypreferences/d/categories/${category}`;

/** Examples for each predicate: every URL must match its own predicate and none of the others. */
export const examples = {
  settingPageOf: [
    'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement',
    'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement/',
    'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement?li_theme=light',
    'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement#main',
    'https://www.linkedin.com/mypreferences/m/settings/data-for-ai-improvement',
    'https://de.linkedin.com/mypreferences/d/settings/data-for-ai-improvement',
    'https://linkedin.com/mypreferences/d/settings/share-data-with-select-partners?trk=x',
    'https://www.linkedin.com/mypreferences/s/settings/share-data-with-trusted-partners',
    'https://www.linkedin.com/mypreferences/s/settings/share-data-with-trusted-partners/?trk=privacy',
    'https://www.linkedin.com/mypreferences/d/settings/ads-beyond-linkedin',
    'https://www.linkedin.com/mypreferences/d/settings/ads-interactions-with-business',
    'https://www.linkedin.com/mypreferences/d/settings/ads-related-actions',
    'https://www.linkedin.com/mypreferences/d/settings/policy-and-academic-research',
    'https://WWW.LinkedIn.com/MyPreferences/D/Settings/Data-For-AI-Improvement',
  ],
  isHub: [
    'https://www.linkedin.com/mypreferences/d/',
    'https://www.linkedin.com/mypreferences/d',
    'https://www.linkedin.com/mypreferences/m/?li_theme=dark',
  ],
  categoryPageOf: [
    'https://www.linkedin.com/mypreferences/d/categories/account',
    'https://www.linkedin.com/mypreferences/d/categories/privacy',
    'https://www.linkedin.com/mypreferences/d/categories/privacy/?trk=nav',
    'https://www.linkedin.com/mypreferences/d/categories/ads',
    'https://www.linkedin.com/mypreferences/m/categories/sign-in-and-security',
    'https://fr.linkedin.com/mypreferences/d/categories/profile-visibility#top',
    'https://www.linkedin.com/mypreferences/d/categories/notifications',
  ],
  isLegacySettingsPage: [
    'https://www.linkedin.com/psettings/',
    'https://www.linkedin.com/psettings',
    'https://www.linkedin.com/psettings/privacy?trk=x',
    'https://de.linkedin.com/psettings/data-sharing',
  ],
  none: [
    // Settings pages the guide does not know: not ours, so nothing is added to them.
    'https://www.linkedin.com/mypreferences/d/settings/some-new-setting',
    'https://www.linkedin.com/mypreferences/d/settings/manage-your-data',
    'https://www.linkedin.com/mypreferences/s/settings/data-for-ai-improvement',
    'https://www.linkedin.com/mypreferences/s/settings/share-data-with-trusted-partners/edit',
    'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement/edit',
    'https://www.linkedin.com/mypreferences/d/something/else',
    'https://www.linkedin.com/psettingsx/',
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/in/someone/',
    'https://www.linkedin.com/jobs/view/123/',
    'https://www.linkedin.com/help/linkedin/ask/TS-DPRO',
    'https://www.linkedin.com/help/linkedin/answer/a6278444',
    'https://www.linkedin.com/mypreferences',
    'https://www.linkedin.com/mypreferencesx/d/settings/data-for-ai-improvement',
    'https://www.linkedin.com.evil.example/mypreferences/d/settings/data-for-ai-improvement',
    'https://evil-linkedin.com/mypreferences/d/settings/data-for-ai-improvement',
    'https://example.com/?u=https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement',
    'ftp://www.linkedin.com/mypreferences/d/',
    'not a url',
    '',
  ],
} as const;
