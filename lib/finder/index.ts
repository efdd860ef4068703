/** The finder: pure, synchronous DOM lookups of a setting's switch and of the next step towards it. */

export { findStep } from './find-step';
export { describeFound, type FoundSwitch, findSwitch, switchSignature } from './find-switch';
export type { Ladder, Rung } from './locators';
export { mainArea } from './main-area';
export type { StepPlaces } from './step-places';
export { type SwitchState, switchState } from './switch-state';
export { isLabel, normalizeText } from './text';
