// Replica for tests — not LinkedIn: the content of the replica pages, from docs/facts.md (English UI).
// Kept apart from lib/settings.ts on purpose: a wrong slug or label id in lib/ must fail a real-browser test,
// not be copied into the page it is tested against. Text marked "replica wording" is ours, not LinkedIn's.

/** The six setting pages the guide knows: slug, label id (HIGH, mid-2026 code) and the text shown. */
export const settingPages = [
  {
    id: 'ai-training',
    slug: 'data-for-ai-improvement',
    labelId: 'allowDataForGenerativeAI',
    category: 'privacy',
    title: 'Data for Generative AI Improvement',
    question:
      'Can LinkedIn use your personal data and content you create on LinkedIn to train generative AI models that create content?',
    label: 'Use my data for training content creation AI models',
    description:
      'When this setting is on, LinkedIn can use your data and content to train content-generating AI models that are used in product features. The data we use for this purpose does not include your private messages.',
  },
  {
    id: 'partner-sharing',
    slug: 'share-data-with-select-partners',
    labelId: 'shareDataWithTrustedPartners',
    category: 'ads',
    title: 'Share data with affiliates and partners',
    question:
      'Can LinkedIn share your data with its affiliates and select partners for ads? (replica wording)',
    label: 'Share data with affiliates and partners',
    description:
      'Replica wording: when this is on, affiliates such as Microsoft may personalise ads with it.',
  },
  {
    id: 'ads-beyond-linkedin',
    slug: 'ads-beyond-linkedin',
    labelId: 'allowLinkedInAudienceNetwork',
    category: 'ads',
    title: 'Ads beyond LinkedIn',
    question: 'Can LinkedIn show you ads on other apps and websites? (replica wording)',
    label: 'Ads beyond LinkedIn',
    description: 'Replica wording: turning this off also turns off data sharing with affiliates.',
  },
  {
    id: 'ads-third-party-data',
    slug: 'ads-interactions-with-business',
    labelId: 'allowUseOfThirdPartyData',
    category: 'ads',
    title: 'Data from others for ads',
    question: 'Can LinkedIn use data that advertisers share with us to show you ads? (replica wording)',
    label: 'Data from others for ads',
    description: 'Replica wording: interactions with businesses outside LinkedIn.',
  },
  {
    id: 'ads-measurement',
    slug: 'ads-related-actions',
    labelId: 'allowConversionTrackings',
    category: 'ads',
    title: 'Measure ad success',
    question: 'Can LinkedIn measure the actions you take after seeing an ad? (replica wording)',
    label: 'Measure ad success',
    description: 'Replica wording: ad-related actions such as visiting an advertiser’s website.',
  },
  {
    id: 'research',
    slug: 'policy-and-academic-research',
    labelId: 'allowAnonymizedDataResearch',
    category: 'privacy',
    title: 'Research with third parties',
    question: 'Can LinkedIn share your data with trusted researchers? (replica wording)',
    label: 'Research with third parties',
    description:
      'Replica wording: social, economic and workplace research, with data that identifies no one.',
  },
];

/** A row on a category page: a link to one of our setting pages, or to a placeholder page (`slug`). */
const other = (name, slug) => ({ name, slug });
const setting = (id) => ({ setting: id });

/** The category pages in left-menu order; the AI row is the last of its section (docs/facts.md). */
export const categories = [
  {
    id: 'account',
    name: 'Account preferences',
    sections: [
      { heading: 'Profile information', rows: [other('Name, location, and industry', 'name-location')] },
      { heading: 'Display', rows: [other('Dark mode', 'dark-mode')] },
      {
        heading: 'General preferences',
        rows: [other('Language', 'language'), other('Autoplay videos', 'autoplay')],
      },
    ],
  },
  {
    id: 'sign-in-and-security',
    name: 'Sign in & security',
    sections: [
      { heading: 'Account access', rows: [other('Email addresses', 'email'), other('Passkeys', 'passkeys')] },
    ],
  },
  {
    id: 'profile-visibility',
    name: 'Visibility',
    sections: [
      { heading: 'Visibility of your profile & network', rows: [other('Profile viewing options', 'pvo')] },
    ],
  },
  {
    id: 'privacy',
    name: 'Data privacy',
    sections: [
      {
        heading: 'How LinkedIn uses your data',
        rows: [
          other('Manage your data and activity', 'manage-data'),
          other('Get a copy of your data', 'get-a-copy'),
          other('Search history', 'search-history'),
          setting('research'),
          setting('ai-training'),
        ],
      },
      { heading: 'Who can reach you', rows: [other('Invitations to connect', 'invitations')] },
    ],
  },
  {
    id: 'ads',
    name: 'Advertising data',
    sections: [
      { heading: 'Profile data', rows: [other('Connections', 'ads-connections')] },
      {
        heading: 'Third-party data',
        rows: [
          setting('ads-beyond-linkedin'),
          setting('ads-third-party-data'),
          setting('ads-measurement'),
          setting('partner-sharing'),
        ],
      },
    ],
  },
  {
    id: 'notifications',
    name: 'Notifications',
    sections: [{ heading: 'You’ll be notified about', rows: [other('Searching for a job', 'job-alerts')] }],
  },
];

/** The feed post that quotes the setting's name: the content script must leave it alone. */
export const feedPost = {
  author: 'Replica Person',
  text: 'Heads-up: LinkedIn trains AI on your posts. Settings & Privacy > Data privacy > “Data for Generative AI Improvement” — switch it off.',
  link: '/mypreferences/d/settings/data-for-ai-improvement',
};

/**
 * The German UI, served for `?hl=de`: the AI setting's row name and switch label and the section heading are
 * LinkedIn's German words (docs: linkedin facts, MED); Ein/Aus too. The rest is replica wording.
 */
export const german = {
  settings: {
    'ai-training': {
      title: 'Daten zur Verbesserung generativer KI',
      label: 'Ihre Daten zum Schulen von KI-Modellen verwenden, um Inhalte zu erstellen',
      question:
        'Darf LinkedIn Ihre personenbezogenen Daten und Inhalte zum Trainieren generativer KI-Modelle verwenden? (Replika-Wortlaut)',
      description: 'Replika-Wortlaut: Ihre privaten Nachrichten werden dafür nicht verwendet.',
    },
  },
  categories: { privacy: 'Datenschutz' }, // replica wording: no source names LinkedIn's German menu entry
  headings: { 'How LinkedIn uses your data': 'So verwendet LinkedIn Ihre Daten' },
  on: 'Ein',
  off: 'Aus',
};
