import { ContextProvider } from '@lit/context';
import { LitElement, css, html, type PropertyDeclarations } from 'lit';
import { feedContext } from '../../controllers/feed-context.js';
import { FeedController } from '../../controllers/feed-controller.js';
import type { FeedSnapshot } from '../../feed/load.js';

/**
 * @tagname stat-feed
 * @summary Loads one feed and shares it, with a selection (region, period), with the widgets inside it.
 *
 * @slot - The widgets that show this feed.
 *
 * @event stat-feed-load - The feed arrived or changed (`StatFeedLoadEvent`: `url`, `feed`).
 * @event stat-feed-error - The feed could not be loaded or used (`StatFeedErrorEvent`: `url`, `message`, `problems`, `hasData`).
 * @event stat-feed-warning - Rows or fields were dropped (`StatFeedWarningEvent`: `url`, `problems`, each with a JSON path).
 */
export class StatFeed extends LitElement {
  /** The reactive properties (Lit: accessors, attributes), declared as data: no decorator code in the bundle. */
  static override properties: PropertyDeclarations = {
    src: {},
    refresh: { type: Number },
    timeout: { type: Number },
    region: {},
    period: {},
  };

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  // Without src, a stat-feed nested in another shares the outer one's feed, with a selection of its own.
  private readonly feedController = new FeedController(this);
  private readonly provider = new ContextProvider(this, { context: feedContext });
  private explicitRegion: string | undefined;
  private explicitPeriod: string | undefined;

  /** URL of the feed (JSON, FEED.md version 1). */
  src = '';

  /** Seconds between checks for a changed feed; 0 loads once. */
  refresh = 0;

  /** Milliseconds before a request is given up. */
  timeout = 15000;

  /** The selected region's id (default: the feed's country). Widgets without their own `region` follow it. */
  get region(): string | undefined {
    return this.explicitRegion ?? this.state?.feed?.country?.id;
  }
  set region(value: string | null | undefined) {
    const old = this.region;
    this.explicitRegion = value || undefined;
    this.requestUpdate('region', old);
  }

  /** The selected period (default: the feed's latest). Widgets without their own `period` follow it. */
  get period(): string | undefined {
    return this.explicitPeriod ?? this.state?.feed?.latestPeriod ?? undefined;
  }
  set period(value: string | null | undefined) {
    const old = this.period;
    this.explicitPeriod = value || undefined;
    this.requestUpdate('period', old);
  }

  /** The feed's current state and data (read-only); null before it has a src. */
  get state(): FeedSnapshot | null {
    return this.feedController.snapshot;
  }

  protected override willUpdate(): void {
    this.feedController.use(this.src, this.refresh, this.timeout);
    // A new object each time, so every widget inside is told of the change.
    this.provider.setValue({
      snapshot: this.feedController.snapshot,
      selection: { region: this.explicitRegion, period: this.explicitPeriod },
      select: (selection) => {
        if (selection.region !== undefined) this.region = selection.region;
        if (selection.period !== undefined) this.period = selection.period;
      },
    });
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
