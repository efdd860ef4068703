// The benchmark's HTTPS server for www.linkedin.com: the replica's pages with the bench's additions (pages.mjs).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import { assetPaths, makeCertificate } from '../tests/replica/server.mjs';
import { benchDocument } from './pages.mjs';

const replica = new URL('../tests/replica/', import.meta.url);

/** Starts the server on a free port of 127.0.0.1. */
export async function startBenchServer() {
  const server = createServer(makeCertificate(), (req, res) => {
    const url = new URL(req.url ?? '/', 'https://www.linkedin.com');
    if (assetPaths.includes(url.pathname)) {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
      res.end(readFileSync(new URL(url.pathname.slice('/_replica/'.length), replica)));
      return;
    }
    const { status, html } = benchDocument(url.href);
    res
      .writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
      .end(html);
  });
  await new Promise((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  return {
    port: server.address().port,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
