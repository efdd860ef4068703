/** The shape of the data that says where next steps live on a settings page (data: lib/linkedin/step-labels.ts). */

/** Where a next step may be, and which places win when several links qualify (first group first). */
export interface StepPlaces {
  /** Anything a member can click to move on: links first, SPA menu entries without href too. */
  clickables: readonly string[];
  /** Menus: where a category entry belongs. */
  menu: readonly string[];
  /** Page chrome that repeats links (footer, header): chosen only when nothing else qualifies. */
  chrome: readonly string[];
}
