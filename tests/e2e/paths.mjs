// Where the build under test lives: `npm run build` writes both browsers' extensions under .output/.
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const root = fileURLToPath(new URL('../../', import.meta.url));

/** The absolute path of the built extension for `browser` ('chrome' | 'firefox'); E2E_BUILD_DIR replaces .output. */
export const extensionDir = (browser) => `${process.env.E2E_BUILD_DIR ?? `${root}.output`}/${browser}-mv3`;
