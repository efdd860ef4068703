/** How sure we are of one piece of LinkedIn knowledge, and when evidence last confirmed it (docs/facts.md). */

/** high: LinkedIn's own text or working code plus another source; medium: one good source; low: inference. */
export type Confidence = 'high' | 'medium' | 'low';

/** The date (ISO yyyy-mm-dd) of the newest evidence for an item, and how much we trust it. */
export interface Evidence {
  confirmed: string;
  confidence: Confidence;
}

/** Working code against LinkedIn's settings pages, mid-2026: slugs, label ids, the switch markup. */
export const midYearCode = { confirmed: '2026-07-01', confidence: 'high' } as const satisfies Evidence;
/** Names quoted by the press around the November 2025 change. */
export const pressQuoted = { confirmed: '2025-11-03', confidence: 'medium' } as const satisfies Evidence;
/** A single secondary source. */
export const oneSecondary = { confirmed: '2025-11-03', confidence: 'low' } as const satisfies Evidence;
