// Switch inserted → marked, timed by the page itself: it removes the switch, waits, puts a fresh one in and notes
// when our mark and the poller's land on it (a MutationObserver in the page; the same code in both browsers).

/** Runs in the page: `count` insertions; returns [{ ours, poller }] in ms after each insertion. */
export function insertInPage({ count, ours, poller }) {
  const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const row = () => document.querySelector('[role="switch"]')?.closest('div[class*="switchRow"]');
  return (async () => {
    const results = [];
    const template = row().cloneNode(true);
    for (let i = 0; i < count; i++) {
      row()?.remove();
      await wait(120 + Math.random() * 200);
      const fresh = template.cloneNode(true);
      const input = fresh.querySelector('[role="switch"]');
      input.removeAttribute(ours);
      input.removeAttribute(poller);
      const seen = {};
      const observer = new MutationObserver(() => {
        const now = performance.now();
        if (input.hasAttribute(ours)) seen.ours ??= now;
        if (input.hasAttribute(poller)) seen.poller ??= now;
      });
      observer.observe(input, { attributes: true, attributeFilter: [ours, poller] });
      const card = document.querySelector('h2[class*="question"]');
      const at = performance.now();
      card.after(fresh);
      const deadline = at + 2500;
      while ((seen.ours === undefined || seen.poller === undefined) && performance.now() < deadline)
        await wait(20);
      observer.disconnect();
      results.push({
        ours: seen.ours === undefined ? null : seen.ours - at,
        poller: seen.poller === undefined ? null : seen.poller - at,
      });
    }
    return results;
  })();
}
