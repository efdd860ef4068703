// Types for changelog.mjs, which stays plain JavaScript so `node scripts/release.mjs` runs without a build step.
export declare const isReleaseVersion: (version: string) => boolean;
export declare function isNewer(next: string, current: string): boolean;
export declare const isoDate: (date?: Date) => string;
export declare function addRelease(changelog: string, version: string, date: string): string;
