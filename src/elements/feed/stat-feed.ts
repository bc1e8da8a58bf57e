import { ContextProvider } from '@lit/context';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { announce } from '../../events/feed-events.js';
import { feedContext, type FeedContextValue } from '../../controllers/feed-context.js';
import { subscribeFeed, type FeedSnapshot } from '../../feed/load.js';

const EMPTY: FeedSnapshot = {
  url: '',
  status: 'loading',
  feed: null,
  error: null,
  warnings: [],
  loadedAt: null,
  staleSince: null,
};

/**
 * @summary Loads one feed and shares it, with a selection (region, period), with the widgets inside it.
 *
 * @slot - The widgets that show this feed.
 *
 * @event stat-feed-load - The feed arrived or changed (`StatFeedLoadEvent`: `url`, `feed`).
 * @event stat-feed-error - The feed could not be loaded or used (`StatFeedErrorEvent`: `url`, `message`, `problems`, `hasData`).
 * @event stat-feed-warning - Rows or fields were dropped (`StatFeedWarningEvent`: `url`, `problems`, each with a JSON path).
 */
export class StatFeed extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  private readonly provider = new ContextProvider(this, { context: feedContext });
  private snapshot: FeedSnapshot = EMPTY;
  private unsubscribe: (() => void) | null = null;
  /** What the current subscription is for, so a change of src/refresh/timeout re-subscribes once. */
  private subscribedTo = '';
  private explicitRegion: string | undefined;
  private explicitPeriod: string | undefined;

  /** URL of the feed (JSON, FEED.md version 1). */
  @property() src = '';

  /** Seconds between checks for a changed feed; 0 loads once. */
  @property({ type: Number }) refresh = 0;

  /** Milliseconds before a request is given up. */
  @property({ type: Number }) timeout = 15000;

  /** The selected region's id (default: the feed's country). Widgets without their own `region` follow it. */
  @property()
  get region(): string | undefined {
    return this.explicitRegion ?? this.snapshot.feed?.country?.id;
  }
  set region(value: string | null | undefined) {
    const old = this.region;
    this.explicitRegion = value || undefined;
    this.requestUpdate('region', old);
  }

  /** The selected period (default: the feed's latest). Widgets without their own `period` follow it. */
  @property()
  get period(): string | undefined {
    return this.explicitPeriod ?? this.snapshot.feed?.latestPeriod ?? undefined;
  }
  set period(value: string | null | undefined) {
    const old = this.period;
    this.explicitPeriod = value || undefined;
    this.requestUpdate('period', old);
  }

  /** The feed's current state and data (read-only). */
  get state(): FeedSnapshot {
    return this.snapshot;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.subscribe();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.subscribedTo = '';
  }

  private get subscriptionKey(): string {
    return `${this.src}|${this.refresh}|${this.timeout}`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.isConnected && this.subscribedTo !== this.subscriptionKey) this.subscribe();
    else if (changed.has('region') || changed.has('period')) this.provide();
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  private subscribe(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.subscribedTo = this.subscriptionKey;
    if (!this.src) {
      this.snapshot = { ...EMPTY, status: 'error', error: { message: '<stat-feed> has no src', problems: [] } };
      this.provide();
      return;
    }
    let previous: FeedSnapshot | null = null;
    this.unsubscribe = subscribeFeed(
      this.src,
      (snapshot) => {
        this.snapshot = snapshot;
        this.provide();
        announce(this, snapshot, previous);
        previous = snapshot;
      },
      { refresh: this.refresh, timeout: this.timeout },
    );
  }

  /** Hands the widgets a new context value: a new object, so every consumer is told. */
  private provide(): void {
    const value: FeedContextValue = {
      snapshot: this.snapshot,
      selection: { region: this.explicitRegion, period: this.explicitPeriod },
      select: (selection) => {
        if (selection.region !== undefined) this.region = selection.region;
        if (selection.period !== undefined) this.period = selection.period;
      },
    };
    this.provider.setValue(value);
  }
}
