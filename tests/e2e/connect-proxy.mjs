// A tiny HTTP CONNECT proxy for Firefox, which has no host-resolver flag (docs/toolchain.md): *.linkedin.com:443
// is tunnelled to the replica server, everything else is refused, and every target is logged for the tests.
import { connect, createServer } from 'node:net';

/** True for the hosts the replica answers for. */
const isLinkedIn = (host) => host === 'linkedin.com' || host.endsWith('.linkedin.com');

/**
 * Starts the proxy on 127.0.0.1 (free port) in front of the replica on `targetPort`.
 * @returns {Promise<{port: number, log: string[], close(): Promise<void>}>} `log` holds "CONNECT host:port" / "GET url".
 */
export async function startConnectProxy(targetPort) {
  const log = [];
  const sockets = new Set();
  const server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => {});
    client.once('data', (head) => {
      const [method = '', target = ''] = head.toString('latin1').split('\r\n')[0].split(' ');
      log.push(`${method} ${target}`);
      const [host, port] = target.split(':');
      if (method !== 'CONNECT' || !isLinkedIn(host.toLowerCase()) || port !== '443') {
        client.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n');
        return;
      }
      const upstream = connect(targetPort, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.pipe(client).pipe(upstream);
      });
      sockets.add(upstream);
      upstream.on('close', () => sockets.delete(upstream));
      upstream.on('error', () => client.destroy());
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: server.address().port,
    log,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
