/** Types for scripts/capture-fixture.mjs (a plain Node script), for its unit test. */
export function cleanSavedPage(html: string, options: { what: string; capturedOn: string }): string;
