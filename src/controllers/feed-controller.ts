import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { announce } from '../events/feed-events.js';
import { subscribeFeed, type FeedSnapshot } from '../feed/load.js';
import type { FeedIndex } from '../feed/select.js';
import { memoizeLast } from '../math/memo.js';
import { feedContext, type FeedContextValue, type FeedSelection } from './feed-context.js';

type Host = ReactiveControllerHost & HTMLElement;

/** What a widget asks of its feed: its own attributes. Only the fields given are checked for mistakes. */
export interface ViewRequest {
  /** `metric`: required, and must be in the feed. */
  readonly metric?: string;
  /** `metrics`: ids separated by spaces or commas, each in the feed ('' for every metric). */
  readonly metrics?: string;
  /** Own `region` ('' follows the `<stat-feed>`); the region it resolves to must be in the feed. */
  readonly region?: string;
  /** Own `period` ('' follows the `<stat-feed>`). */
  readonly period?: string;
}

/** A widget's view of its feed: its attributes resolved against the `<stat-feed>`'s selection and the feed. */
export interface FeedView {
  /** The feed's state, or null when there is no feed. */
  readonly snapshot: FeedSnapshot | null;
  readonly feed: FeedIndex | null;
  /** The ids of `metrics`, in order ([] for every metric). */
  readonly metrics: readonly string[];
  /** Own region, else the `<stat-feed>`'s selection, else the country ('' before the feed). */
  readonly region: string;
  /** Own period, else the `<stat-feed>`'s selection; undefined: the widget's default (the latest). */
  readonly period: string | undefined;
  /** The first mistake in the page's markup ('' for none): in English, naming the attribute to fix. */
  readonly mistake: string;
}

const NONE: FeedSelection = {};

/**
 * Gives an element its feed: its own `src` through the shared feed store, else the nearest
 * `<stat-feed>` through context. Fires the feed events for a feed of its own. Resolves what the
 * element shows (`view`) and keeps the selection it makes: the `<stat-feed>`'s, or with a feed
 * of its own, its own.
 */
export class FeedController implements ReactiveController {
  /** The feed's state, or null when there is no feed (no `src`, no `<stat-feed>` around). */
  snapshot: FeedSnapshot | null = null;
  /** The selection of an element with a feed of its own. */
  private own = NONE;
  private src = '';
  private refresh = 0;
  private timeout = 0;
  private unsubscribe: (() => void) | null = null;
  private connected = false;
  /** Disconnected, with the subscription's end planned for the end of the task. */
  private leaving = false;
  private provided: FeedContextValue | undefined;
  /** Given its feed by a parent widget (a summary's counters): a `<stat-feed>`'s answers are not taken. */
  private handed = false;

  constructor(private readonly host: Host) {
    host.addController(this);
    // The consumer registers itself with the host; it needs no other handle.
    new ContextConsumer(host, {
      context: feedContext,
      subscribe: true,
      callback: (value) => this.handed || this.take(value),
    });
  }

  /** Takes the feed and selection that the element's parent widget hands over, in place of a `<stat-feed>`'s. */
  hand(value: FeedContextValue | undefined): void {
    this.handed = true;
    this.take(value);
  }

  private take(value: FeedContextValue | undefined): void {
    this.provided = value;
    if (!this.src) this.subscribe();
  }

  /** The selection: the surrounding `<stat-feed>`'s, or with a feed of one's own, one's own. */
  get selection(): FeedSelection {
    return this.src ? this.own : (this.provided?.selection ?? NONE);
  }

  /** Changes the selection (`null` returns a field to its default; a field left out stays). */
  select(selection: { region?: string | null; period?: string | null }): void {
    if (!this.src) return this.provided?.select(selection);
    const { region = this.own.region, period = this.own.period } = selection;
    this.own = { region: region ?? undefined, period: period ?? undefined };
    this.host.requestUpdate();
  }

  /** What the element shows, resolved: computed again only when the feed, the selection or the request changed. */
  view(request: ViewRequest): FeedView {
    return this.resolve(this.snapshot, this.selection, request.metric, request.metrics, request.region, request.period);
  }

  private readonly resolve = memoizeLast(
    (snapshot: FeedSnapshot | null, selection: FeedSelection, metric?: string, metrics?: string, region?: string, period?: string): FeedView => {
      const feed = snapshot?.feed ?? null;
      const ids = metrics?.match(/[^\s,]+/g) ?? [];
      const missing = ids.filter((id) => !feed?.metric(id));
      const regionId = region || selection.region || feed?.country?.id || '';
      return {
        snapshot,
        feed,
        metrics: ids,
        region: regionId,
        period: period || selection.period,
        // Mistakes in the page's markup: said in English, naming the attribute to fix.
        mistake:
          metric === ''
            ? 'the metric attribute is required'
            : !snapshot
              ? `no feed: set src, or place the ${this.host.localName.slice(5)} inside <stat-feed>`
              : !feed
                ? ''
                : metric && !feed.metric(metric)
                  ? `metric="${metric}" is not in the feed`
                  : missing[0]
                    ? `metrics="${metrics}": "${missing.join('", "')}" ${missing[1] ? 'are' : 'is'} not in the feed`
                    : region !== undefined && !feed.region(regionId)
                      ? `region="${regionId}" is not in the feed`
                      : '',
      };
    },
  );

  /** Points the element at a feed URL ('' = use the nearest `<stat-feed>`). */
  use(src: string, refresh = 0, timeout = 0): void {
    if (src === this.src && refresh === this.refresh && timeout === this.timeout) return;
    this.src = src;
    this.refresh = refresh;
    this.timeout = timeout;
    if (this.connected) this.subscribe();
    else this.end();
  }

  hostConnected(): void {
    this.connected = true;
    // Moved (out and back in within one task): the subscription and its request carry on.
    if (this.leaving && this.unsubscribe) {
      this.leaving = false;
      return;
    }
    this.subscribe();
  }

  hostDisconnected(): void {
    this.connected = false;
    // Removed: the subscription ends at the end of the task, unless the element is back by then.
    this.leaving = true;
    queueMicrotask(() => {
      if (this.leaving && !this.connected) this.end();
    });
  }

  private end(): void {
    this.leaving = false;
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  private subscribe(): void {
    this.end();
    if (!this.src) {
      this.snapshot = this.provided?.snapshot ?? null;
      this.host.requestUpdate();
      return;
    }
    let previous: FeedSnapshot | null = null;
    this.unsubscribe = subscribeFeed(
      this.src,
      (snapshot) => {
        this.snapshot = snapshot;
        this.host.requestUpdate();
        announce(this.host, snapshot, previous);
        previous = snapshot;
      },
      { refresh: this.refresh, timeout: this.timeout },
    );
  }
}
