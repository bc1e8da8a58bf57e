import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { announce } from '../events/feed-events.js';
import { subscribeFeed, type FeedSnapshot } from '../feed/load.js';
import { feedContext, type FeedContextValue, type FeedSelection } from './feed-context.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Gives an element its feed: its own `src` through the shared feed store, else the nearest
 * `<stat-feed>` through context. Fires the feed events for a feed of its own.
 */
export class FeedController implements ReactiveController {
  /** The feed's state, or null when there is no feed (no `src`, no `<stat-feed>` around). */
  snapshot: FeedSnapshot | null = null;
  private src = '';
  private refresh = 0;
  private timeout = 0;
  private unsubscribe: (() => void) | null = null;
  private connected = false;
  /** Disconnected, with the subscription's end planned for the end of the task. */
  private leaving = false;
  private provided: FeedContextValue | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
    // The consumer registers itself with the host; it needs no other handle.
    new ContextConsumer(host, {
      context: feedContext,
      subscribe: true,
      callback: (value) => {
        this.provided = value;
        if (!this.src) {
          this.snapshot = value?.snapshot ?? null;
          host.requestUpdate();
        }
      },
    });
  }

  /** The shared selection of the surrounding `<stat-feed>` (empty for a feed of one's own). */
  get selection(): FeedSelection {
    return this.src ? {} : (this.provided?.selection ?? {});
  }

  /** Sets the shared selection of the surrounding `<stat-feed>`, if any. */
  select(selection: { region?: string | null; period?: string | null }): void {
    if (!this.src) this.provided?.select(selection);
  }

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
