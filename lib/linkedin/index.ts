/** Everything the extension knows about LinkedIn, as dated data: a redesign should change files here, not the engine. */

export * from './evidence';
export { ladder, ladderEvidence } from './ladder';
export * from './pages';
export * from './settings';
export { type SettingEvidence, settingEvidence } from './settings-evidence';
export { categoryNameEvidence, categoryNames, stepPlaces, stepPlacesEvidence } from './step-labels';
