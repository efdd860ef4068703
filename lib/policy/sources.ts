/** The documents the policy cites (shared/linkedin-facts.md, "Sources to cite"). */
import type { Source, SourceId } from './types';

const help = (id: string) => `https://www.linkedin.com/help/linkedin/answer/${id}`;

/** Every source, by id; claims cite these ids. */
export const sources = {
  'li-a8059228': {
    id: 'li-a8059228',
    title: 'LinkedIn Help: Updates to our Terms and data use',
    url: help('a8059228'),
  },
  'li-a6278444': {
    id: 'li-a6278444',
    title: 'LinkedIn Help: Control whether LinkedIn uses your data to improve GAI models',
    url: help('a6278444'),
  },
  'li-a5538339': {
    id: 'li-a5538339',
    title: 'LinkedIn Help: LinkedIn and generative AI FAQs',
    url: help('a5538339'),
  },
  'li-a1397243': {
    id: 'li-a1397243',
    title: 'LinkedIn Help: Data sharing with affiliates',
    url: help('a1397243'),
  },
  'uk-ico': {
    id: 'uk-ico',
    title: 'ICO (UK): Our statement on changes to LinkedIn AI data policy (updated 23 Sep 2025)',
    url: 'https://ico.org.uk/about-the-ico/media-centre/news-and-blogs/2024/09/our-statement-on-changes-to-linkedin-ai-data-policy/',
  },
  'hk-pcpd': {
    id: 'hk-pcpd',
    title: "PCPD (Hong Kong): Privacy Commissioner's Office welcomes LinkedIn's pause (15 Oct 2024)",
    url: 'https://www.pcpd.org.hk/english/news_events/media_statements/press_20241015.html',
  },
} as const satisfies Record<SourceId, Source>;
