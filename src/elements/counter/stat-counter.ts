import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { FeedContextValue } from '../../controllers/feed-context.js';
import type { FeedView } from '../../controllers/feed-controller.js';
import { InViewController } from '../../controllers/in-view-controller.js';
import { TweenController } from '../../controllers/tween-controller.js';
import { textIn } from '../../feed/select.js';
import { formatDelta, formatPeriod, formatValue, fractionDigits } from '../../format/number.js';
import { fill, type UiStrings } from '../../format/strings.js';
import { memoizeLast } from '../../math/memo.js';
import { tableOf } from '../../export/table.js';
import { DataMenu } from '../shared/data-menu.js';
import { dataMenuStringsFor } from '../shared/data-menu-strings.js';
import type { StatDataTable, WidgetImageParts } from '../../export/types.js';
import { StatWidget } from '../shared/stat-widget.js';
import { counterStyles } from './stat-counter.styles.js';

/** What a counter shows, read from its feed: derived again only when the feed, its attributes or its language change. */
interface Reading {
  readonly label: string;
  /** The value, or null for "no data", or undefined while loading or failed. */
  readonly value: number | null | undefined;
  /** The value as written, '' without one; its decimals. */
  readonly text: string;
  readonly digits: number;
  /** The metric's unit in the language ('' for none), written with the number. */
  readonly unit: string;
  /** The change's words and direction (`up`, `down`, '' for none), with `show-delta`. */
  readonly delta: readonly [text: string, direction: string] | null;
  /** Which period the value belongs to, when older than the feed's latest. */
  readonly note: string;
  /** What the data table's one row says: region, period, value, change (null without one); null without a value to show. */
  readonly row: readonly [string, string, number | null, number | null] | null;
}

/**
 * @tagname stat-counter
 * @summary One number from the feed, with its label: counts up when first seen, animates live updates.
 *
 * @slot - Fallback content: the numbers as plain HTML, as the snippet builder writes them. Shown until the widget has live numbers, and kept, with a status line, when the feed cannot be loaded.
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
  /** The reactive properties (Lit: accessors, attributes), declared as data: no decorator code in the bundle. */
  static override properties: PropertyDeclarations = {
    metric: {},
    region: {},
    period: {},
    label: {},
    showDelta: { type: Boolean, attribute: 'show-delta' },
  };

  static override styles = counterStyles;

  private readonly inView = new InViewController(this);
  private readonly tween = new TweenController(this);
  private readonly menu = new DataMenu(this);

  /** Id of the metric to show (required). */
  metric = '';

  /** Id of the region (default: the `<stat-feed>` selection, else the country). */
  region = '';

  /** Period to show (default: the `<stat-feed>` selection, else the latest with a value). */
  period = '';

  /** Label to show instead of the feed's. */
  label = '';

  /** Shows the change against the previous period, signed, with that period named. */
  showDelta = false;

  /** @internal The feed of the summary around it, in place of a `<stat-feed>`'s. */
  set parentFeed(value: FeedContextValue | undefined) {
    this.feedController.hand(value);
  }

  private reading: Reading | undefined;
  private countUpPending = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const view = this.feedController.view({ metric: this.metric, region: this.region, period: this.period });
    const reading = this.derive(view, this.metric, this.label, this.showDelta, this.language, this.strings);
    const { value } = reading;
    // Only when the feed, an attribute or the language changed: an animation frame re-renders the number's text, nothing more.
    if (reading !== this.reading) {
      const previous = this.reading?.value;
      this.reading = reading;
      this.readFeed();
      this.markupMistake(view.mistake);
      if (typeof value === 'number' && typeof previous === 'number') this.tween.animate(this.tween.value ?? previous, value);
      else {
        this.tween.jump(value ?? null);
        // The first number shows at once. One that arrived out of view counts up from zero when scrolled to.
        this.countUpPending = typeof value === 'number' && !this.inView.seen;
      }
    }
    if (this.countUpPending && this.inView.seen) {
      this.countUpPending = false;
      if (this.inView.startedAway) this.tween.animate(0, value as number);
    }
  }

  protected override render() {
    const { strings, status } = this;
    const { label, value, text, digits, unit, delta, note } = this.reading!;
    const loading = this.state === 'loading';
    const skeleton = html`<span class="skeleton"></span>`;
    const line = (part: string, words: unknown, cls = '') => (words ? html`<span part=${part} class=${cls} aria-hidden="true">${words}</span>` : nothing);
    const number = loading
      ? skeleton
      : text
        ? formatValue(this.tween.value ?? value!, this.language, unit, digits)
        : html`<span class="empty">${value === null ? strings.noData : '—'}</span>`;
    const spoken = [label, loading ? strings.loading : text || (value === null ? strings.noData : ''), delta?.[0], note, status];
    // Few lines: the template's white space is not minified, and the counter is on many pages. The
    // value's data-final keeps its final width while it counts up (stat-counter.styles.ts).
    // prettier-ignore
    return this.fallback.render(value !== undefined, this.language, status) ?? html`<div part="base">${line('label', label || skeleton)}<span part="value" aria-hidden="true" data-final=${text}>${number}</span>${line('delta', loading && this.showDelta ? skeleton : delta?.[0], delta?.[1])}${line('note', note)}${line('status', status, 'status')}<span class="visually-hidden" aria-live="polite" aria-atomic="true">${spoken.filter(Boolean).join(', ')}</span>${this.menu.render(this.language)}</div>`;
  }

  /** Exactly what the counter shows, as a table of one row: metric, region, period, value (and change, with `show-delta`). Null while there is nothing to show. */
  dataTable(): StatDataTable | null {
    const { language } = this;
    const { row, label, unit = '' } = this.reading ?? {};
    const text = dataMenuStringsFor(language);
    const delta = this.showDelta ? 4 : 3;
    const columns = [text.metric, text.region, text.period, text.value, text.change].slice(0, delta + 1);
    return row
      ? tableOf(
          this.feedController.snapshot?.feed,
          language,
          label!,
          columns,
          [[label!, ...row].slice(0, delta + 1)],
          unit && ['', '', '', unit, unit].slice(0, delta + 1),
        )
      : null;
  }

  /** What the counter shows, for its image: label, number (as it ends, not mid-count), change and note, each with the element it is styled as. */
  exportImage(): WidgetImageParts {
    const lines = [...this.renderRoot.querySelectorAll('[part=label],[part=value],[part=delta],[part=note]')].map((styleOf) => ({
      text: (styleOf.part.contains('value') && this.reading!.text) || styleOf.textContent!,
      styleOf,
    }));
    return { chart: null, counters: [lines], legend: [], credit: '' };
  }

  /** Reads the feed into what the counter shows. */
  private readonly derive = memoizeLast(
    (view: FeedView, metricId: string, label: string, showDelta: boolean, language: string, strings: UiStrings): Reading => {
      const { snapshot, feed, region, period, mistake } = view;
      const metric = feed?.metric(metricId);
      const got = !mistake && metric ? feed!.counter(metric.id, region, period) : null;
      const value = got?.value;
      const previous = got?.previous;
      // A flow's total without a period is the sum since its first known period: the table says so.
      const first = !period && metric?.kind === 'flow' ? feed!.periods.find((p) => feed!.value(metric.id, region, p) !== null) : got?.period;
      const change = value != null && previous ? value - previous.value : NaN;
      const since = showDelta && previous && formatPeriod(previous.period, language);
      const unit = textIn(metric?.unit, language);
      return {
        label: label || (metric ? textIn(metric.label, language) : '') || (snapshot?.status === 'loading' ? '' : metricId),
        value,
        text: value != null ? formatValue(value, language, unit) : '',
        digits: value != null ? fractionDigits(value) : 0,
        unit,
        note: got?.period && got.period !== feed!.latestPeriod ? fill(strings.inPeriod, { period: formatPeriod(got.period, language) }) : '',
        // A change too large for a number (1e308 after -1e308) is not shown.
        delta:
          since && Number.isFinite(change)
            ? change
              ? [`${formatDelta(change, language)} ${fill(strings.since, { period: since })}`, change > 0 ? 'up' : 'down']
              : [fill(strings.noChange, { period: since }), '']
            : null,
        row: got && [
          textIn(feed!.region(region)!.name, language) || region,
          first && first !== got.period ? `${first}–${got.period}` : (got.period ?? ''),
          got.value,
          Number.isFinite(change) ? change : null,
        ],
      };
    },
  );
}
