/** The documents the policy cites; docs/facts.md lists each with what it backs. */
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
    title: 'LinkedIn Help: Data sharing',
    url: help('a1397243'),
  },
  'li-privacy-policy': {
    id: 'li-privacy-policy',
    title: 'LinkedIn Privacy Policy (as served in Canada and the US)',
    url: 'https://www.linkedin.com/legal/privacy-policy',
  },
  'li-eu-notice': {
    id: 'li-eu-notice',
    title: 'LinkedIn: European Regional Privacy Notice (EU, EEA, Switzerland and UK; Nov 2025)',
    url: 'https://www.linkedin.com/legal/privacy/eu',
  },
  'ota-linkedin': {
    id: 'ota-linkedin',
    title: "Open Terms Archive: dated copies of LinkedIn's privacy texts per region",
    url: 'https://opentermsarchive.org/',
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
  'ca-opc': {
    id: 'ca-opc',
    title:
      'OPC (Canada): Privacy Commissioner welcomes commitment from LinkedIn to pause training of AI models using the personal information from Canadian member accounts (10 Dec 2024)',
    url: 'https://www.priv.gc.ca/en/opc-news/news-and-announcements/2024/nr-c_241210b/',
  },
  'ie-dpc': {
    // The press-release index: the statement's own address is to be pinned at the next review (docs/facts.md).
    id: 'ie-dpc',
    title:
      "DPC (Ireland): statement on LinkedIn's training of generative AI models (7 Nov 2025), press releases",
    url: 'https://www.dataprotection.ie/en/news-media/press-releases',
  },
  'it-garante': {
    // The Garante's home page: its notice of 28 Oct 2025 is to be pinned at the next review (docs/facts.md).
    id: 'it-garante',
    title: 'Garante privacy (Italy): notice on LinkedIn and the right to object to AI training (28 Oct 2025)',
    url: 'https://www.garanteprivacy.it/',
  },
  'edpb-members': {
    id: 'edpb-members',
    title: 'EDPB: Members (the data protection authorities of the EU and EEA)',
    url: 'https://www.edpb.europa.eu/about-edpb/about-edpb/members_en',
  },
  'ch-fdpic': {
    id: 'ch-fdpic',
    title: 'FDPIC (Switzerland): Federal Data Protection and Information Commissioner',
    url: 'https://www.edoeb.admin.ch/',
  },
} as const satisfies Record<SourceId, Source>;
