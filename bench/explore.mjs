import { writeFileSync } from 'node:fs';
import { launchChromium } from '../tests/e2e/chromium.mjs';
import { startBenchServer } from './server.mjs';
import { startTrace } from './trace.mjs';
import { writeYardsticks } from './yardsticks.mjs';

const server = await startBenchServer();
const y = writeYardsticks();
const b = await launchChromium({ port: server.port, extra: [y.empty, y.poller] });
const page = await b.context.newPage();
const cdp = await b.context.newCDPSession(page);
await page.goto('https://www.linkedin.com/feed/');
const stop = await startTrace(cdp);
await page.goto(process.argv[2] ?? 'https://www.linkedin.com/feed/');
await new Promise((r) => setTimeout(r, 2000));
const ev = await stop();
writeFileSync('/tmp/trace11.json', JSON.stringify(ev));
await b.close();
await server.close();
y.dispose();
const ext = ev.filter((e) => JSON.stringify(e.args ?? {}).includes('chrome-extension://'));
const names = {};
for (const e of ext) {
  const k = e.name + ' ' + e.ph;
  names[k] = (names[k] ?? 0) + 1;
}
console.log(names);
for (const e of ext.slice(0, 15)) console.log(JSON.stringify(e).slice(0, 300));
