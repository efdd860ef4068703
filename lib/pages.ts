/** Moved to the LinkedIn pack (lib/linkedin/pages.ts); this re-export keeps older imports compiling. */
export * from './linkedin/pages';
