/** Drives the tests' feed server (test/support/feed-server.mjs). */
export interface FeedStats {
  requests: number;
  conditional: number;
  notModified: number;
  /** When each request arrived (ms since epoch, the server's clock). */
  times: number[];
  /** CORS preflights (OPTIONS) received: the server refuses them, as static hosts often do. */
  preflights: number;
}

export type FeedMode = 'ok' | 'down' | 'hang' | 'close' | 'truncate';

let counter = 0;

/** A fresh feed name, so tests never share a cached URL. */
export function uniqueFeedName(prefix = 'feed'): string {
  counter++;
  return `${prefix}-${Date.now().toString(36)}-${counter}`;
}

export function feedUrl(name: string): string {
  return `/__feed/${name}`;
}

export async function setFeed(
  name: string,
  options: {
    body?: unknown;
    mode?: FeedMode;
    status?: number;
    reset?: boolean;
    contentType?: string;
    cacheControl?: string;
    cors?: 'allow' | 'refuse';
    staticHost?: boolean;
  },
): Promise<void> {
  await fetch('/__feed-control', { method: 'POST', body: JSON.stringify({ name, ...options }) });
}

export async function feedStats(name: string): Promise<FeedStats> {
  const response = await fetch(`/__feed-control?name=${encodeURIComponent(name)}`);
  return (await response.json()) as FeedStats;
}

/** A fresh feed on the test server, serving `body`; returns its name (for stats) and URL. */
export async function serveFeed(body: unknown, prefix = 'feed'): Promise<{ name: string; url: string }> {
  const name = uniqueFeedName(prefix);
  await setFeed(name, { body, mode: 'ok' });
  return { name, url: feedUrl(name) };
}
