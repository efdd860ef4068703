/** Every stored item, declared once. Values are validated on read: storage may hold anything. */
import { storage } from '#imports';
import { normaliseCountry } from './policy';

/** The member's region as an ISO 3166-1 alpha-2 code, once they have chosen one in the popup. */
export const regionItem = storage.defineItem<string | null>('local:region', {
  fallback: null,
  version: 1,
});

/** The chosen region, or null when none is stored or the stored value is not a country. */
export async function readRegion(): Promise<string | null> {
  try {
    return normaliseCountry(await regionItem.getValue());
  } catch {
    return null;
  }
}
