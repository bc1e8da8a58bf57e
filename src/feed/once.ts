// loadFeed apart from load.ts: pages of widgets never call it, and the widgets' shared chunk of
// the CDN build (vite.config.ts, 'core') takes load.ts whole; here it costs them nothing (130
// bytes gzipped on every widget's path when it sat in load.ts).

import { subscribeFeed, type FeedOptions } from './load.js';
import type { FeedIndex } from './select.js';

/** Loads a feed once (sharing any request under way for the same URL). */
export function loadFeed(src: string, options: Omit<FeedOptions, 'refresh'> = {}): Promise<FeedIndex> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) return reject(options.signal.reason);
    let end: () => void = () => {};
    let settled = false;
    const onAbort = () => {
      end();
      reject(options.signal!.reason);
    };
    end = subscribeFeed(
      src,
      (snapshot) => {
        if (settled || snapshot.status === 'loading') return;
        settled = true;
        queueMicrotask(() => end());
        options.signal?.removeEventListener('abort', onAbort);
        // The last good data counts, as widgets show it, even while refreshing fails.
        if (snapshot.feed) resolve(snapshot.feed);
        else reject(snapshot.error ?? new Error('feed unavailable'));
      },
      { ...(options.timeout ? { timeout: options.timeout } : {}) },
    );
    options.signal?.addEventListener('abort', onAbort, { once: true });
  });
}
