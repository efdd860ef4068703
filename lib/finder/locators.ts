/** The shape of a locator ladder: which elements count as switches, which rungs to try, what hides or disqualifies text. */

/** How a switch was found, most stable signal first. */
export type Rung = 'label-id' | 'label-text' | 'only-switch';

/** Everything the finder reads from the page, as CSS selector alternatives (never class names). */
export interface Ladder {
  /** Rungs to try, in order; the first that yields exactly one switch wins. */
  rungs: readonly Rung[];
  /** Anything that can be a switch: counted for "one switch per container", returned by label-id and only-switch. */
  switches: readonly string[];
  /** The subset the label-text rung may return: text is a weaker signal, so only declared switches. */
  textSwitches: readonly string[];
  /** An element inside one of these is hidden from everyone and never returned or read as a label. */
  hidden: readonly string[];
  /** Text inside these quotes or discusses a setting (posts, comments): never the label of a switch. */
  notLabels: readonly string[];
  /** The page's main area, first match wins; the only-switch rung looks nowhere else. */
  mainArea: readonly string[];
  /** State phrases of several words shown beside a switch ("Turned on"); not a label, so climbing continues past them. */
  stateWords: readonly string[];
}
