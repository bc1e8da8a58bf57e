import type { ContextCallback } from '@lit/context';
import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { feedContext, type FeedContextValue } from '../../controllers/feed-context.js';
import { textIn } from '../../feed/select.js';
import type { StatDataTable } from '../../export/types.js';
import { DataMenu } from '../shared/data-menu.js';
import { StatWidget } from '../shared/stat-widget.js';
import { summaryStyles } from './stat-summary.styles.js';
import { summaryStringsFor } from './strings.js';

/** Placeholders while the feed's metrics are not known yet: the usual programme page shows three. */
const PLACEHOLDERS = ['…', '…', '…'];

/**
 * @tagname stat-summary
 * @summary A row of counters, one per metric of the feed ("Teachers 4,308 · Schools 1,141 · Projects 5,103"): a row on wide screens, a grid or a column on narrow ones.
 *
 * @csspart base - The list of counters (a CSS grid).
 * @csspart item - One cell of the list, holding one counter.
 * @csspart label - A counter's label (exported from each `<stat-counter>`).
 * @csspart value - A counter's number (exported from each `<stat-counter>`).
 * @csspart delta - A counter's change against the previous period (with `show-delta`).
 * @csspart note - Which period a counter's value belongs to, when older than the feed's latest.
 * @csspart status - Why the numbers are missing or not up to date (error, stale), said once for the whole summary.
 * @csspart menu - The "Get the data" menu: its button and list (none with `no-menu`).
 * @csspart menu-button - The menu's button (its accessible name: "Get the data").
 * @csspart menu-list - The list of actions: download CSV, SVG, PNG; copy the embed code.
 *
 * @cssproperty --stat-summary-gap - Space between the counters (default: 1rem 2rem; row gap, then column gap).
 * @cssproperty --stat-summary-min-item-width - Narrowest a counter's cell may be before the row wraps (default: 10rem).
 * @cssproperty --stat-font-family - Font (default: the page's).
 * @cssproperty --stat-color-text - Text colour (default: the page's, made at least 60 % opaque).
 * @cssproperty --stat-color-accent - Colour of the numbers (default: the text colour).
 * @cssproperty --stat-color-muted - Colour of notes and "No data" (default: #595959).
 * @cssproperty --stat-color-positive - Colour of a rise (default: #1a6e32).
 * @cssproperty --stat-color-negative - Colour of a fall and of errors (default: #b3261e).
 * @cssproperty --stat-color-skeleton - Colour of the loading placeholders.
 * @cssproperty --stat-radius - Corner radius of the loading placeholders (default: 4px).
 * @cssproperty --stat-duration - Length of the count animation (default: 800ms; 0s turns it off).
 * @cssproperty --stat-counter-value-size - Size of the numbers (default: 2.25em).
 * @cssproperty --stat-counter-value-weight - Weight of the numbers (default: 700).
 * @cssproperty --stat-counter-value-color - Colour of the numbers (default: --stat-color-accent).
 * @cssproperty --stat-counter-label-size - Size of the labels (default: 1em).
 * @cssproperty --stat-counter-align - Text alignment in each cell (default: start).
 *
 * @event stat-feed-load - With `src`: the feed arrived or changed.
 * @event stat-feed-error - With `src`: the feed could not be loaded or used.
 * @event stat-feed-warning - With `src`: rows or fields of the feed were dropped.
 */
export class StatSummary extends StatWidget {
  static override styles = summaryStyles;

  /**
   * The counters inside are given this summary's feed and the selection it follows (its own
   * `src`, else the surrounding `<stat-feed>`'s) through context: one subscription, feed events
   * fired once by the summary, not once per counter. Answered here rather than by @lit/context's
   * ContextProvider, which cost the summary page 0.8 KB gzipped (a chunk of its own) for what a
   * shadow root of our own never needs (providers that upgrade after their consumers).
   */
  private readonly subscribers = new Map<ContextCallback<FeedContextValue | undefined>, () => void>();
  private readonly menu = new DataMenu(this);
  private provided: FeedContextValue | undefined;

  /** Ids of the metrics to show, in order, separated by spaces or commas (default: every metric of the feed, in its order). */
  @property() metrics = '';

  /** Id of the region (default: the `<stat-feed>` selection, else the country). */
  @property() region = '';

  /** Period to show (default: the `<stat-feed>` selection, else each metric's latest with a value). */
  @property() period = '';

  /** Shows each counter's change against the previous period, signed, with that period named. */
  @property({ type: Boolean, attribute: 'show-delta' }) showDelta = false;

  /** The metric ids the counters show; placeholders while loading; empty on an error without data. */
  private shown: readonly string[] = [];
  private placeholders = false;
  private listName = '';

  constructor() {
    super();
    this.addEventListener('context-request', (event) => {
      // The counters' requests only: the summary's own goes on up, to a surrounding <stat-feed>.
      if (event.context !== feedContext || event.composedPath()[0] === this) return;
      event.stopPropagation();
      const callback = event.callback as ContextCallback<FeedContextValue | undefined>;
      // One unsubscribe per counter, the same on every call: a consumer given another one ends its subscription.
      const unsubscribe = this.subscribers.get(callback) ?? (() => void this.subscribers.delete(callback));
      if (event.subscribe) this.subscribers.set(callback, unsubscribe);
      callback(this.provided, unsubscribe);
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const snapshot = this.readFeed();
    const feed = snapshot?.feed;
    const controller = this.feedController;
    // A new object each time, so every counter inside is told of the change.
    const provided: FeedContextValue = { snapshot, selection: controller.selection, select: (selection) => controller.select(selection) };
    this.provided = provided;
    for (const [callback, unsubscribe] of this.subscribers) callback(provided, unsubscribe);
    const asked = this.requested();
    const regionId = this.regionId();
    this.listName = this.tableTitle();
    const missing = feed ? asked.filter((id) => !feed.metric(id)) : [];
    // Mistakes in the page's markup: said in English, naming the attribute to fix.
    const mistake = this.markupMistake(
      !snapshot
        ? 'no feed: set src, or place the summary inside <stat-feed>'
        : missing.length
          ? `metrics="${this.metrics}": ${missing.map((id) => `"${id}"`).join(', ')} ${missing.length > 1 ? 'are' : 'is'} not in the feed`
          : feed && !feed.region(regionId)
            ? `region="${regionId}" is not in the feed`
            : '',
    );
    this.placeholders = !mistake && !feed && this.state === 'loading';
    this.shown = mistake ? [] : feed ? (asked.length ? asked : feed.feed.metrics.map((m) => m.id)) : this.placeholders ? (asked.length ? asked : PLACEHOLDERS) : [];
  }

  protected override render() {
    const { placeholders, language } = this;
    return html`<ul role="list" part="base" aria-label=${this.listName} ?hidden=${!this.shown.length}>
        ${this.shown.map(
          (id) =>
            html`<li part="item" aria-hidden=${placeholders ? 'true' : nothing}>
              <stat-counter
                exportparts="label, value, delta, note"
                lang=${language}
                no-menu
                .metric=${id}
                .region=${this.region}
                .period=${this.period}
                .showDelta=${this.showDelta}
              ></stat-counter>
            </li>`,
        )}
      </ul>
      ${this.status ? html`<p part="status" aria-hidden="true">${this.status}</p>` : nothing}
      <span class="visually-hidden" aria-live="polite"
        >${placeholders ? this.strings.loading : this.shown.length ? '' : this.status}</span
      >
      ${this.menu.render(language)}`;
  }

  /**
   * Exactly the numbers shown: the rows of the counters' own tables (metric, region, period,
   * value, and the change with `show-delta`), under the summary's title. Null while there is
   * nothing to show.
   */
  dataTable(): StatDataTable | null {
    if (this.placeholders || !this.shown.length) return null;
    const tables = [...this.renderRoot.querySelectorAll('stat-counter')].map((counter) => counter.dataTable());
    if (!tables.length || tables.some((table) => !table)) return null;
    return { ...tables[0]!, title: this.listName, rows: tables.flatMap((table) => table!.rows) };
  }

  /** The metric ids of the `metrics` attribute, in order. */
  private requested(): string[] {
    return this.metrics.split(/[\s,]+/).filter(Boolean);
  }

  private regionId(): string {
    return this.region || this.feedController.selection.region || this.feedController.snapshot?.feed?.country?.id || '';
  }

  /** The feed's title (else "Key figures"), with the region's name when it is not the country. */
  private tableTitle(): string {
    const feed = this.feedController.snapshot?.feed;
    const language = this.language;
    const title = textIn(feed?.feed.title, language) || summaryStringsFor(language).keyFigures;
    const region = feed?.region(this.regionId());
    return region && region !== feed!.country ? `${title}: ${textIn(region.name, language)}` : title;
  }
}
