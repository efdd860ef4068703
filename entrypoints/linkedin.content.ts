import { defineContentScript } from '#imports';

export default defineContentScript({
  matches: ['https://*.linkedin.com/*'],
  main() {},
});
