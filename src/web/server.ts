/** Starts the web app on a database: `vanban serve` and the tests call this. */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Store } from '../store/index.js';
import { allowedHostsFor, createApp } from './app.js';
import { openReadOnlyStore } from './open.js';

export interface ServeOptions {
  db: string;
  /** 0 picks a free port */
  port: number;
  host: string;
  logError?: (err: unknown) => void;
}

export interface RunningServer {
  url: string;
  store: Store;
  close(): Promise<void>;
}

/** Opens the database read-only and listens; resolves once the server accepts connections. */
export async function startServer(opts: ServeOptions): Promise<RunningServer> {
  const store = openReadOnlyStore(opts.db);
  const app = createApp(store, { allowedHosts: allowedHostsFor(opts.host), logError: opts.logError });
  try {
    const { server, info } = await new Promise<{ server: ReturnType<typeof serve>; info: AddressInfo }>((resolve, reject) => {
      const server = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host }, (info) => resolve({ server, info }));
      server.once('error', reject);
    });
    const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
    // a loopback server is named "localhost" only when it was asked for by that name
    const shown = opts.host === 'localhost' ? 'localhost' : host;
    return {
      url: `http://${shown}:${info.port}/`,
      store,
      close: () =>
        new Promise<void>((resolve, reject) => {
          server.close((err) => (err ? reject(err) : resolve()));
          // idle keep-alive connections would hold close() open
          if ('closeAllConnections' in server) server.closeAllConnections();
        }).finally(() => store.close()),
    };
  } catch (err) {
    await store.close();
    throw err;
  }
}
