import { LoadError } from './load-error.js';
import { retryDelay } from './retry.js';
import { FeedIndex } from './select.js';
import type { Problem } from './types.js';
import { parseFeedInSteps } from './validate.js';

/** Where a feed is: loading, ready, stale (last good data, refresh failing) or error. */
export type FeedStatus = 'loading' | 'ready' | 'stale' | 'error';

/** Why a feed could not be used: a sentence, and the fatal problem(s) with their paths (a LoadError is one). */
export interface FeedError {
  readonly message: string;
  readonly problems: readonly Problem[];
}

/** What every subscriber of one URL sees. `feed` is the last good data, kept through errors. */
export interface FeedSnapshot<T = FeedIndex> {
  readonly url: string;
  readonly status: FeedStatus;
  /** The last good value: the feed's FeedIndex (or, for the map's geometry, its topology). */
  readonly feed: T | null;
  readonly error: LoadError | null;
  readonly warnings: readonly Problem[];
  /** When the current data arrived (ms since epoch). */
  readonly loadedAt: number | null;
  /** Since when refreshing has been failing (ms since epoch), while `status` is `stale`. */
  readonly staleSince: number | null;
}

/** Options of one subscription. */
export interface FeedOptions {
  /** Seconds between refreshes; 0 or absent: load once. The shortest of all subscribers wins. */
  readonly refresh?: number;
  /** Milliseconds before a request is given up (default 15 000). */
  readonly timeout?: number;
  /** Ends the subscription. */
  readonly signal?: AbortSignal;
}

/** Timing knobs, shared by every feed on the page. Tests shorten them. */
export const feedTiming = {
  defaultTimeout: 15_000,
  /** First retry after a failure; doubles on each further failure (src/feed/retry.ts). */
  retryBase: 2_000,
  retryMax: 300_000,
  /** The largest feed read, in bytes (default 20 MB): a larger body is an error, not a hang. */
  maxBytes: 20 * 2 ** 20,
};

type Listener<T> = (snapshot: FeedSnapshot<T>) => void;

/** What a source makes of a document's text: its value, or why it cannot be used; and its warnings. */
export type Reader<T> = (text: string, url: string) => Promise<{ readonly value?: T; readonly error?: LoadError; readonly warnings: readonly Problem[] }>;

/** A feed document: validated in steps (100,000 rows must not block the page), then indexed. */
const readFeed: Reader<FeedIndex> = async (text, url) => {
  const result = await parseFeedInSteps(text);
  const { warnings } = result;
  if (result.ok) return { value: new FeedIndex(result.feed), warnings };
  const { path, message } = result.fatal;
  return { error: new LoadError('not-feed', url, { path, problem: message }, [result.fatal]), warnings };
};

interface Subscriber<T> {
  readonly listener: Listener<T>;
  readonly refresh: number;
  readonly timeout: number;
}

function isPageHidden(): boolean {
  return typeof document !== 'undefined' && document.visibilityState === 'hidden';
}

/** The body as text, refused past `feedTiming.maxBytes`: from Content-Length when sent, else while reading. */
async function readBody(url: string, response: Response): Promise<string> {
  const limit = feedTiming.maxBytes;
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = +response.headers.get('Content-Length')! > limit ? Infinity : 0;
  for (let chunk; size <= limit && !(chunk = await reader.read()).done; size += chunk.value.byteLength) chunks.push(chunk.value);
  if (size <= limit) return new Blob(chunks as BlobPart[]).text();
  void reader.cancel().catch(() => {});
  throw new LoadError('too-large', url, { limit });
}

/**
 * One feed URL shared by every widget that shows it: one request at a time, conditional
 * refreshes, backoff after failures, and no work once nobody listens. The map's geometry is
 * loaded the same way, with its own reader.
 */
class FeedSource<T> {
  private readonly subscribers = new Set<Subscriber<T>>();
  private snapshot: FeedSnapshot<T>;
  private etag: string | null = null;
  private lastModified: string | null = null;
  /** The warnings of the document `etag` names, for a 304 that follows an unusable document. */
  private goodWarnings: readonly Problem[] = [];
  /** Whether a request was made: only the first may be answered from the HTTP cache. */
  private requested = false;
  /** The text of the last usable document: an unchanged one is not read again. */
  private goodText = '';
  private controller: AbortController | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  private dueAt = 0;
  private readonly onVisibility = () => {
    if (!isPageHidden() && this.dueAt && Date.now() >= this.dueAt && !this.controller) void this.fetch();
  };

  constructor(
    readonly url: string,
    private readonly read: Reader<T>,
  ) {
    this.snapshot = {
      url,
      status: 'loading',
      feed: null,
      error: null,
      warnings: [],
      loadedAt: null,
      staleSince: null,
    };
  }

  get listening(): boolean {
    return this.subscribers.size > 0;
  }

  add(subscriber: Subscriber<T>): void {
    const first = !this.listening;
    if (first && !this.snapshot.feed && this.snapshot.status === 'error') {
      // A source that failed and was left alone gets a fresh attempt: report that, not the old error.
      this.snapshot = { ...this.snapshot, status: 'loading', error: null, warnings: [] };
    }
    this.subscribers.add(subscriber);
    subscriber.listener(this.snapshot);
    if (!first) {
      // A newcomer's shorter refresh brings a planned refresh forward (never a backoff retry).
      const sooner = subscriber.refresh > 0 && this.failures === 0 && Date.now() + subscriber.refresh * 1000 < this.dueAt;
      if (!this.controller && (this.timer === null || sooner) && this.snapshot.feed) this.schedule();
      return;
    }
    if (typeof document !== 'undefined') document.addEventListener('visibilitychange', this.onVisibility);
    if (!this.snapshot.feed || this.snapshot.status !== 'ready') void this.fetch();
    else this.schedule();
  }

  remove(subscriber: Subscriber<T>): void {
    this.subscribers.delete(subscriber);
    if (this.listening) return;
    // Nobody listens: stop the request, the timers and the visibility listener.
    this.controller?.abort();
    this.controller = null;
    this.clearTimer();
    this.dueAt = 0;
    if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', this.onVisibility);
  }

  private get refreshSeconds(): number {
    let shortest = 0;
    for (const { refresh } of this.subscribers) if (refresh > 0 && (!shortest || refresh < shortest)) shortest = refresh;
    return shortest;
  }

  private get timeoutMs(): number {
    let shortest = Infinity;
    for (const { timeout } of this.subscribers) shortest = Math.min(shortest, timeout);
    return Number.isFinite(shortest) ? shortest : feedTiming.defaultTimeout;
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private publish(next: Partial<FeedSnapshot<T>>): void {
    // Once per URL, not once per widget: what a page's author needs to fix the feed.
    if (next.error && next.error !== this.snapshot.error) console.warn(`stat-widgets: ${next.error.message}`);
    if (next.feed && next.warnings?.length) {
      const shown = next.warnings.slice(0, 20).map((p) => `\n  ${p.path}: ${p.message}`);
      const more = next.warnings.length > 20 ? `\n  … and ${next.warnings.length - 20} more` : '';
      console.warn(`stat-widgets: ${this.url}: ${next.warnings.length} problem(s) in the feed${shown.join('')}${more}`);
    }
    this.snapshot = { ...this.snapshot, ...next };
    for (const { listener } of [...this.subscribers]) {
      // One failing listener must not keep the news from the others; its error still surfaces.
      try {
        listener(this.snapshot);
      } catch (error) {
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }

  /** Plans the next request: a retry with backoff after a failure, else the shortest refresh. */
  private schedule(): void {
    this.clearTimer();
    if (!this.listening) return;
    let delay: number;
    if (this.failures > 0) {
      delay = retryDelay(this.snapshot.error, this.failures, feedTiming);
    } else if (this.refreshSeconds > 0) {
      delay = this.refreshSeconds * 1000;
    } else {
      this.dueAt = 0;
      return;
    }
    this.dueAt = Date.now() + delay;
    this.timer = setTimeout(() => {
      this.timer = null;
      // A hidden page waits: the visibility listener fetches when it shows again.
      if (!isPageHidden()) void this.fetch();
    }, delay);
  }

  /** Loads the document once; a failed request ends up in the snapshot, so callers do not await it. */
  private async fetch(): Promise<void> {
    this.clearTimer();
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const timeout = this.timeoutMs;
    const timer = setTimeout(() => controller.abort(new DOMException('timeout', 'TimeoutError')), timeout);
    const headers: Record<string, string> = {};
    // On another origin, a request header of our own makes the browser ask the server first
    // (a CORS preflight), which a static host answering only GETs refuses: every refresh would
    // fail. There the browser's cache revalidates (it sends the validators itself, no preflight)
    // and an unchanged body is recognised by its text.
    const sameOrigin = new URL(this.url, location.href).origin === location.origin;
    if (sameOrigin && this.snapshot.feed && this.etag) headers['If-None-Match'] = this.etag;
    if (sameOrigin && this.snapshot.feed && this.lastModified) headers['If-Modified-Since'] = this.lastModified;
    const cache: RequestCache = this.snapshot.feed ? (sameOrigin ? 'no-store' : 'no-cache') : this.requested ? 'no-cache' : 'default';
    this.requested = true;
    try {
      const response = await fetch(this.url, {
        headers,
        signal: controller.signal,
        // Conditional requests go to the server: our own validators decide, not the HTTP cache.
        // Without data, a retry or refresh still asks the server (a cached unusable file would stay).
        cache,
        credentials: 'same-origin',
      });
      const unchanged = response.status === 304;
      if (!unchanged && !response.ok) throw new LoadError('http', this.url, { status: response.status, statusText: response.statusText });
      const text = unchanged ? '' : await readBody(this.url, response);
      if (this.controller !== controller) return;
      // A 304, or the same document again (another origin's revalidated copy): nothing to read or redraw.
      if (unchanged || (text === this.goodText && this.snapshot.feed)) {
        this.succeed();
        if (this.snapshot.status !== 'ready') this.publish({ status: 'ready', error: null, warnings: this.goodWarnings, staleSince: null });
        return;
      }
      const { value, error, warnings } = await this.read(text, this.url);
      if (this.controller !== controller) return;
      // An unusable document: an error (not stale) that keeps the last good data, retried as a failure.
      if (error) return this.fail(error, { warnings });
      this.succeed();
      this.etag = response.headers.get('ETag');
      this.lastModified = response.headers.get('Last-Modified');
      this.goodWarnings = warnings;
      this.goodText = text;
      this.publish({ status: 'ready', feed: value, error: null, warnings, loadedAt: Date.now(), staleSince: null });
    } catch (caught) {
      if (this.controller !== controller) return; // Superseded or unsubscribed: the reply is stale.
      const error = controller.signal.aborted
        ? new LoadError('timeout', this.url, { seconds: timeout / 1000 })
        : caught instanceof LoadError
          ? caught
          : new LoadError('network', this.url, { reason: (caught as Error).message });
      this.fail(error, this.snapshot.feed ? { status: 'stale', staleSince: this.snapshot.staleSince ?? Date.now() } : {});
    } finally {
      clearTimeout(timer);
    }
  }

  /** A failed request: the error published (as `error` unless `next` says otherwise), the next attempt on the backoff. */
  private fail(error: LoadError, next: Partial<FeedSnapshot<T>>): void {
    this.controller = null;
    this.failures++;
    this.publish({ status: 'error', error, ...next });
    this.schedule();
  }

  private succeed(): void {
    this.controller = null;
    this.failures = 0;
    this.schedule();
  }
}

/** The sources of each reader (feeds, geometry), by URL. */
const sources = new Map<Reader<unknown>, Map<string, FeedSource<unknown>>>();

/** Resolves a feed address against the page, so `feed.json` and `./feed.json` share one source. */
export function resolveFeedUrl(src: string): string {
  const base = typeof document !== 'undefined' ? document.baseURI : globalThis.location?.href;
  try {
    return new URL(src, base).href;
  } catch {
    return src;
  }
}

/**
 * Listens to a feed. The listener is called at once with what is known, then on every
 * change. Returns the function that ends the subscription (as does aborting `signal`).
 */
export const subscribeFeed = (src: string, listener: Listener<FeedIndex>, options?: FeedOptions): (() => void) => subscribe(src, readFeed, listener, options);

/** subscribeFeed for any document `read` makes a value of (the map's geometry: src/feed/geo.ts). */
export function subscribe<T>(src: string, read: Reader<T>, listener: Listener<T>, options: FeedOptions = {}): () => void {
  const url = resolveFeedUrl(src);
  let byUrl = sources.get(read as Reader<unknown>) as Map<string, FeedSource<T>> | undefined;
  if (!byUrl) sources.set(read as Reader<unknown>, (byUrl = new Map()) as Map<string, FeedSource<unknown>>);
  let source = byUrl.get(url);
  if (!source) byUrl.set(url, (source = new FeedSource(url, read)));
  const subscriber: Subscriber<T> = {
    listener,
    refresh: options.refresh && options.refresh > 0 ? options.refresh : 0,
    timeout: options.timeout && options.timeout > 0 ? options.timeout : feedTiming.defaultTimeout,
  };
  const { signal } = options;
  if (signal?.aborted) return () => {};
  const owner = source;
  let active = true;
  const end = () => {
    if (!active) return;
    active = false;
    signal?.removeEventListener('abort', end);
    owner.remove(subscriber);
  };
  signal?.addEventListener('abort', end);
  owner.add(subscriber);
  return end;
}

/** Forgets every cached feed (tests and long-lived apps that swap data sets). */
export function clearFeedCache(): void {
  for (const byUrl of sources.values()) for (const [url, source] of byUrl) if (!source.listening) byUrl.delete(url);
}
