/** Pages the statements point to: LinkedIn's (URLs from lib/settings.ts), Microsoft's, and the regulators'. */
import { objectionFormUrl, settingUrl } from '../settings';
import type { Link, LinkId } from './types';

/** Every link a claim may carry; docs/facts.md names the authority of each region (C1). */
export const links = {
  'objection-form': { url: objectionFormUrl, labelKey: 'policy_link_objection_form' },
  'partner-sharing': { url: settingUrl('partner-sharing'), labelKey: 'policy_link_partner_sharing' },
  'microsoft-privacy': {
    url: 'https://account.microsoft.com/privacy',
    labelKey: 'policy_link_microsoft_privacy',
  },
  'authority-eu': {
    url: 'https://www.edpb.europa.eu/about-edpb/about-edpb/members_en',
    labelKey: 'policy_link_authority_eu',
  },
  'authority-ch': { url: 'https://www.edoeb.admin.ch/', labelKey: 'policy_link_authority_ch' },
  'authority-gb': { url: 'https://ico.org.uk/make-a-complaint/', labelKey: 'policy_link_authority_gb' },
  'authority-ca': {
    url: 'https://www.priv.gc.ca/en/report-a-concern/',
    labelKey: 'policy_link_authority_ca',
  },
  'authority-hk': { url: 'https://www.pcpd.org.hk/english/index.html', labelKey: 'policy_link_authority_hk' },
} as const satisfies Record<LinkId, Link>;
