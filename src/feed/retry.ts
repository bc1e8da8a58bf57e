import type { LoadError } from './load-error.js';

// The one retry policy of the loaders: feeds and the map's geometry (both src/feed/load.ts) and
// the menu's actions file (src/export/load-actions.iife.ts, where the retry is the reader's
// next pick, not a timer).
//
// Which failures: every LoadError. That includes a 404 and an unusable document (an HTML page
// answered 200, a feed of another version): each is what a publisher is in the middle of fixing
// (a file being uploaded or renamed, a server answering its error page), a page left open should
// mend by itself, and the backoff makes a lasting one cost one request every retryMax (5
// minutes). An abort is not a failure: the caller left, nothing is retried.
// When: retryBase (2 s), doubling after each further failure, capped at retryMax; a success
// starts the count again. A body over the size limit waits retryMax from the first failure: each
// attempt may cost the reader that many bytes. A widget's refresh never brings a retry forward.

/** The backoff's knobs, in ms (feedTiming holds the page's). */
export interface RetryTiming {
  readonly retryBase: number;
  readonly retryMax: number;
}

/** How long to wait before trying again after `failures` (≥ 1) failures in a row, the last one `error`. */
export const retryDelay = (error: LoadError | null, failures: number, { retryBase, retryMax }: RetryTiming): number =>
  error?.kind === 'too-large' ? retryMax : Math.min(retryBase * 2 ** (failures - 1), retryMax);
