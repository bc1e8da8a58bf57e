import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { InViewController } from '../../controllers/in-view-controller.js';
import { TweenController } from '../../controllers/tween-controller.js';
import { textIn } from '../../feed/select.js';
import { formatDelta, formatNumber, formatPeriod, fractionDigits } from '../../format/number.js';
import { fill } from '../../format/strings.js';
import { DataMenu, tableOf } from '../shared/data-menu.js';
import { dataMenuStringsFor } from '../shared/data-menu-strings.js';
import type { StatDataTable } from '../../export/types.js';
import { StatWidget } from '../shared/stat-widget.js';
import { counterStyles } from './stat-counter.styles.js';

/**
 * @tagname stat-counter
 * @summary One number from the feed, with its label: counts up when first seen, animates live updates.
 *
 * @csspart base - The wrapper of the counter's lines.
 * @csspart label - The metric's label.
 * @csspart value - The formatted number (or "No data").
 * @csspart delta - The signed change against the previous period (with `show-delta`).
 * @csspart note - Which period the value belongs to, when older than the feed's latest.
 * @csspart status - Why the number is missing or not up to date (error, stale).
 * @csspart menu - The "Get the data" menu: its button and list (none with `no-menu`).
 * @csspart menu-button - The menu's button (its accessible name: "Get the data").
 * @csspart menu-list - The list of actions: download CSV, SVG, PNG; copy the embed code.
 *
 * @cssproperty --stat-font-family - Font (default: the page's).
 * @cssproperty --stat-color-text - Text colour (default: the page's, made at least 60 % opaque; with `theme`: #1d1d1f, dark #ececec).
 * @cssproperty --stat-color-background - Background (default: none; with `theme`: #fff, dark #1c1c1e).
 * @cssproperty --stat-color-border - Borders of the data menu (default: #767676, dark #8e8e93).
 * @cssproperty --stat-color-accent - Colour of the number (default: the text colour).
 * @cssproperty --stat-color-muted - Colour of notes and "No data" (default: #595959, dark #a1a1a6).
 * @cssproperty --stat-color-positive - Colour of a rise (default: #1a6e32, dark #5cc27a).
 * @cssproperty --stat-color-negative - Colour of a fall and of errors (default: #b3261e, dark #ff8a80).
 * @cssproperty --stat-color-skeleton - Colour of the loading placeholder.
 * @cssproperty --stat-radius - Corner radius of the loading placeholder and of a themed widget (default: 4px).
 * @cssproperty --stat-duration - Length of the count animation (default: 800ms; 0s turns it off).
 * @cssproperty --stat-counter-value-size - Size of the number (default: 2.25em).
 * @cssproperty --stat-counter-value-weight - Weight of the number (default: 700).
 * @cssproperty --stat-counter-value-color - Colour of the number (default: --stat-color-accent).
 * @cssproperty --stat-counter-label-size - Size of the label (default: 1em).
 * @cssproperty --stat-counter-align - Text alignment (default: start).
 *
 * @event stat-feed-load - With `src`: the feed arrived or changed.
 * @event stat-feed-error - With `src`: the feed could not be loaded or used.
 * @event stat-feed-warning - With `src`: rows or fields of the feed were dropped.
 */
export class StatCounter extends StatWidget {
  static override styles = counterStyles;

  private readonly inView = new InViewController(this);
  private readonly tween = new TweenController(this);
  private readonly menu = new DataMenu(this);

  /** Id of the metric to show (required). */
  @property() metric = '';

  /** Id of the region (default: the `<stat-feed>` selection, else the country). */
  @property() region = '';

  /** Period to show (default: the `<stat-feed>` selection, else the latest with a value). */
  @property() period = '';

  /** Label to show instead of the feed's. */
  @property() label = '';

  /** Shows the change against the previous period, signed, with that period named. */
  @property({ type: Boolean, attribute: 'show-delta' }) showDelta = false;

  /** The value, or null for "no data", or undefined while loading or failed. */
  private value: number | null | undefined;
  private shownLabel = '';
  private delta: [text: string, direction: string] | null = null;
  private note = '';
  private countUpPending = false;
  /** What the data table's one row says: region, period, value, change (null without `show-delta`'s change). */
  private row: [string, string, number | null, number | null] | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const previous = this.value;
    this.derive();
    const value = this.value;
    if (value !== previous) {
      if (typeof value === 'number' && typeof previous === 'number') this.tween.animate(this.tween.value ?? previous, value);
      else {
        this.tween.jump(value ?? null);
        // The first number shows at once; it counts up from zero when it comes into view.
        this.countUpPending = typeof value === 'number';
      }
    }
    if (this.countUpPending && this.inView.seen) {
      this.countUpPending = false;
      this.tween.animate(0, value as number);
    }
  }

  protected override render() {
    const { value, strings } = this;
    const final = typeof value === 'number' ? formatNumber(value, this.language) : '';
    const line = (part: string, text: string, cls = '') =>
      text ? html`<span part=${part} class=${cls} aria-hidden="true">${text}</span>` : nothing;
    return html`<div part="base">
      <span part="label" aria-hidden="true">${this.shownLabel || html`<span class="skeleton"></span>`}</span>
      <span part="value" aria-hidden="true"
        >${this.state === 'loading'
          ? html`<span class="skeleton"></span>`
          : final
            ? formatNumber(this.tween.value ?? value!, this.language, fractionDigits(value!))
            : html`<span class="empty">${value === null ? strings.noData : '—'}</span>`}</span
      >
      ${this.state === 'loading' && this.showDelta
        ? html`<span part="delta" aria-hidden="true"><span class="skeleton"></span></span>`
        : line('delta', this.delta?.[0] ?? '', this.delta?.[1])}
      ${line('note', this.note)} ${line('status', this.status)}
      <span class="visually-hidden" aria-live="polite" aria-atomic="true"
        >${[
          this.shownLabel,
          this.state === 'loading' ? strings.loading : final || (value === null ? strings.noData : ''),
          this.delta?.[0],
          this.note,
          this.status,
        ]
          .filter(Boolean)
          .join(', ')}</span
      >
      ${this.menu.render(this.language)}
    </div>`;
  }

  /** Exactly what the counter shows, as a table of one row: metric, region, period, value (and change, with `show-delta`). Null while there is nothing to show. */
  dataTable(): StatDataTable | null {
    const { row, language } = this;
    const text = dataMenuStringsFor(language);
    const delta = this.showDelta ? 4 : 3;
    return row && tableOf(this.feedController.snapshot?.feed, language, this.shownLabel, [text.metric, text.region, text.period, text.value, text.change].slice(0, delta + 1), [[this.shownLabel, ...row].slice(0, delta + 1)]);
  }

  /** Reads the feed into what this render shows, and the state to reflect. */
  private derive(): void {
    const { strings, language } = this;
    const snapshot = this.readFeed();
    const feed = snapshot?.feed;
    const metric = feed?.metric(this.metric);
    this.value = undefined;
    this.delta = null;
    this.note = '';
    this.row = null;
    this.shownLabel = this.label || (metric ? textIn(metric.label, language) : '') || (snapshot?.status === 'loading' ? '' : this.metric);
    const regionId = this.region || this.feedController.selection.region || feed?.country?.id || '';
    // Mistakes in the page's markup: said in English, naming the attribute to fix.
    const mistake = this.markupMistake(
      !this.metric
      ? 'the metric attribute is required'
      : !snapshot
        ? 'no feed: set src, or place the counter inside <stat-feed>'
        : feed && !metric
          ? `metric="${this.metric}" is not in the feed`
          : feed && !feed.region(regionId)
            ? `region="${regionId}" is not in the feed`
            : '',
    );
    if (mistake || !feed || !metric) return;
    const period = this.period || this.feedController.selection.period || undefined;
    const reading = feed.counter(metric.id, regionId, period);
    this.value = reading.value;
    // A flow's total without a period is the sum since its first known period: the table says so.
    const first = !period && metric.kind === 'flow' ? feed.periods.find((p) => feed.value(metric.id, regionId, p) !== null) : reading.period;
    if (reading.period && reading.period !== feed.latestPeriod) {
      this.note = fill(strings.inPeriod, { period: formatPeriod(reading.period, language) });
    }
    const change = reading.value !== null && reading.previous ? reading.value - reading.previous.value : NaN;
    this.row = [
      textIn(feed.region(regionId)!.name, language) || regionId,
      first && first !== reading.period ? `${first}–${reading.period}` : (reading.period ?? ''),
      reading.value,
      Number.isFinite(change) ? change : null,
    ];
    // A change too large for a number (1e308 after -1e308) is not shown.
    if (this.showDelta && reading.previous && Number.isFinite(change)) {
      const period = formatPeriod(reading.previous.period, language);
      this.delta = change
        ? [`${formatDelta(change, language)} ${fill(strings.since, { period })}`, change > 0 ? 'up' : 'down']
        : [fill(strings.noChange, { period }), ''];
    }
  }
}
