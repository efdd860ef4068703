// Replica for tests — not LinkedIn: an HTTPS server on 127.0.0.1 that serves the replica pages as www.linkedin.com
// and records every request it receives, so tests can assert that the extension made none of its own.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderDocument } from './pages.mjs';

const here = new URL('.', import.meta.url);
/** The replica's own scripts, served to the page under /_replica/ (the page's only sub-resources). */
export const assetPaths = ['/_replica/app.mjs', '/_replica/pages.mjs', '/_replica/data.mjs'];

/** A throw-away self-signed certificate for *.linkedin.com; the key lives in memory only, never in the repo. */
export function makeCertificate() {
  const dir = mkdtempSync(join(tmpdir(), 'replica-cert-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=www.linkedin.com',
        '-addext',
        'subjectAltName=DNS:www.linkedin.com,DNS:*.linkedin.com',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function respond(req, res) {
  const host = req.headers.host ?? '';
  const url = new URL(req.url ?? '/', `https://${host || 'www.linkedin.com'}`);
  if (host.replace(/:\d+$/, '') !== 'www.linkedin.com') {
    res.writeHead(421, { 'content-type': 'text/plain' }).end('The replica only serves www.linkedin.com\n');
    return;
  }
  if (assetPaths.includes(url.pathname)) {
    const file = new URL(url.pathname.slice('/_replica/'.length), here);
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
    return;
  }
  const { status, html } = renderDocument(url.href);
  // `?bfcache` pages may enter the back-forward cache (browsers keep no-store pages out of it).
  const cache = url.searchParams.has('bfcache') ? 'no-cache' : 'no-store';
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': cache }).end(html);
}

/**
 * Starts the replica on 127.0.0.1:`port` (0 = a free port).
 * @returns {Promise<{port: number, requests: {method: string, host: string, path: string}[], clear(): void, close(): Promise<void>}>}
 */
export async function startReplicaServer({ port = 0 } = {}) {
  const requests = [];
  const server = createServer(makeCertificate(), (req, res) => {
    requests.push({ method: req.method ?? '', host: req.headers.host ?? '', path: req.url ?? '' });
    respond(req, res);
  });
  // A request that never completes TLS (another host's certificate check, plain HTTP) still counts as a request.
  server.on('tlsClientError', (_error, socket) =>
    requests.push({ method: 'TLS', host: socket.servername || '(no SNI)', path: '' }),
  );
  await new Promise((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
  return {
    port: server.address().port,
    requests,
    clear: () => requests.splice(0),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
