// Test setup for the DOM project (happy-dom): Testing Library's waits, and an empty document before each test.
import { configure } from '@testing-library/preact';

// findBy*/waitFor wait up to 5 s, not 1 s: on a loaded 2-core CI machine a lazily imported chunk can take longer.
configure({ asyncUtilTimeout: 5000 });

// Files share one DOM per worker (vitest.config.ts, isolate: false): each test starts from an empty document, so
// a fixture or a component left behind by another file can never answer this file's queries.
beforeEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
  for (const { name } of [...document.documentElement.attributes])
    document.documentElement.removeAttribute(name);
  for (const { name } of [...document.body.attributes]) document.body.removeAttribute(name);
});
