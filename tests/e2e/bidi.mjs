// A minimal WebDriver BiDi client over `ws` (Node 20 has no global WebSocket): commands by id, events by name.
import WebSocket from 'ws';

/** Opens a BiDi session endpoint; `send` rejects on a BiDi error, `on` subscribes a local listener. */
export async function connectBidi(url) {
  const socket = new WebSocket(url);
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  let nextId = 1;
  const pending = new Map();
  const listeners = new Map();
  socket.on('message', (data) => {
    const message = JSON.parse(data.toString());
    if (message.id && pending.has(message.id)) {
      const { resolve, reject, method } = pending.get(message.id);
      pending.delete(message.id);
      if (message.type === 'error') reject(new Error(`${method}: ${message.error}: ${message.message}`));
      else resolve(message.result);
    } else if (message.method) {
      for (const listener of listeners.get(message.method) ?? []) listener(message.params);
    }
  });
  socket.on('close', () => {
    for (const { reject, method } of pending.values()) reject(new Error(`${method}: connection closed`));
    pending.clear();
  });
  return {
    send(method, params = {}) {
      const id = nextId++;
      socket.send(JSON.stringify({ id, method, params }));
      return new Promise((resolve, reject) => pending.set(id, { resolve, reject, method }));
    },
    on(event, listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
    },
    close: () => socket.close(),
  };
}
