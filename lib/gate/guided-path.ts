/**
 * The gate's whole knowledge of LinkedIn: the paths under which the guide may have work. A superset of what
 * lib/pages.ts guides (gate.test.ts checks it against every example there); the guide decides the rest.
 */

/** Match patterns of the guided paths: the guide's content script runs on them, the gate everywhere else. */
export const guidedMatches = ['https://*.linkedin.com/mypreferences/*', 'https://*.linkedin.com/psettings*'];

/** True when `pathname` may be a guided page (settings, new or legacy), in any letter case. */
export const isGuidedPath = (pathname: string): boolean =>
  /^\/+(?:mypreferences|psettings)(?:\/|$)/i.test(pathname);

/** What the gate sends the background when in-app navigation reaches a guided page. */
export const loadGuide = { type: 'load-guide' } as const;
