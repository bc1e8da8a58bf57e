import type { FeedSnapshot } from '../feed/load.js';
import type { FeedIndex } from '../feed/select.js';
import type { Problem } from '../feed/types.js';

const bubbling: EventInit = { bubbles: true, composed: true };

/** A feed arrived (or changed) and was read: `feed` holds its values. */
export class StatFeedLoadEvent extends Event {
  static readonly type = 'stat-feed-load';
  constructor(
    readonly url: string,
    readonly feed: FeedIndex,
  ) {
    super(StatFeedLoadEvent.type, bubbling);
  }
}

/** A feed could not be loaded or used. The last good data, if any, stays on screen. */
export class StatFeedErrorEvent extends Event {
  static readonly type = 'stat-feed-error';
  constructor(
    readonly url: string,
    readonly message: string,
    readonly problems: readonly Problem[],
    /** True while the widgets still show older numbers (the state is `stale` or `error`). */
    readonly hasData: boolean,
  ) {
    super(StatFeedErrorEvent.type, bubbling);
  }
}

/** A feed was read, but some rows or fields were dropped: each problem names its JSON path. */
export class StatFeedWarningEvent extends Event {
  static readonly type = 'stat-feed-warning';
  constructor(
    readonly url: string,
    readonly problems: readonly Problem[],
  ) {
    super(StatFeedWarningEvent.type, bubbling);
  }
}

/** A map's region was selected (`region`: its id) or the selection cleared (`region`: null). */
export class StatRegionSelectEvent extends Event {
  static readonly type = 'stat-region-select';
  constructor(readonly region: string | null) {
    super(StatRegionSelectEvent.type, bubbling);
  }
}

/** Fires the feed events for a change of snapshot: a new feed, a new error, new warnings. */
export function announce(target: EventTarget, snapshot: FeedSnapshot, previous: FeedSnapshot | null): void {
  if (snapshot.feed && snapshot.feed !== previous?.feed) {
    target.dispatchEvent(new StatFeedLoadEvent(snapshot.url, snapshot.feed));
    if (snapshot.warnings.length) target.dispatchEvent(new StatFeedWarningEvent(snapshot.url, snapshot.warnings));
  }
  if (snapshot.error && snapshot.error !== previous?.error) {
    target.dispatchEvent(new StatFeedErrorEvent(snapshot.url, snapshot.error.message, snapshot.error.problems, snapshot.feed !== null));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'stat-feed-load': StatFeedLoadEvent;
    'stat-feed-error': StatFeedErrorEvent;
    'stat-feed-warning': StatFeedWarningEvent;
    'stat-region-select': StatRegionSelectEvent;
  }
}
