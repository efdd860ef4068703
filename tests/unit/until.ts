// waitFor for what no DOM mutation announces (a spy called, storage written, focus moved): Testing Library then looks
// again only every 50 ms, so each such wait idled ~50 ms. Looking every 5 ms gives the same answer sooner.
import { waitFor } from '@testing-library/preact';

export const until = <T>(check: () => T | Promise<T>) => waitFor(check, { interval: 5 });
