/** Everything the extension knows about LinkedIn, as dated data: a redesign should change files here, not the engine. */

export * from './evidence';
export * from './label-book';
export { categoryNames, labelBook, settingLabels } from './labels';
export { ladder, ladderEvidence } from './ladder';
export * from './pages';
export * from './settings';
export { type SettingEvidence, settingEvidence } from './settings-evidence';
export { categoryNameEvidence, stepPlaces, stepPlacesEvidence } from './step-labels';
