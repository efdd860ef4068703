/** Moved to the LinkedIn pack (lib/linkedin/settings.ts); this re-export keeps older imports compiling. */
export * from './linkedin/settings';
