import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { InViewController } from '../../controllers/in-view-controller.js';
import { PrintController } from '../../controllers/print-controller.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { styleProps } from '../../directives/style-props.js';
import { StatPeriodSelectEvent } from '../../events/period-events.js';
import type { ExportableWidget, StatDataTable, WidgetImageParts } from '../../export/types.js';
import { parsePeriod } from '../../feed/period.js';
import type { FeedIndex } from '../../feed/select.js';
import { formatPeriod } from '../../format/number.js';
import { fill } from '../../format/strings.js';
import { memoizeLast } from '../../math/memo.js';
import { nearest } from '../../math/timeline-scales.js';
import { tableOf } from '../../export/table.js';
import { DataMenu } from '../shared/data-menu.js';
import { StatWidget } from '../shared/stat-widget.js';
// Import order is bundle order: with the templates after the styles, the drop-in bundle measured
// 0.3–0.8 KB smaller gzipped than with them before (2026-12-06).
import { buildChart, describeEvent, describePeriod, type Chart } from './timeline-chart.js';
import { registerTimelineStrings, timelineStringsFor, type TimelineStrings } from './strings.js';
import { timelineStyles } from './stat-timeline.styles.js';
import {
  axesTemplate,
  cardTemplate,
  crosshairTemplate,
  legendTemplate,
  readoutTemplate,
  selectionTemplate,
  seriesTemplate,
  tableTemplate,
} from './timeline-templates.js';

/**
 * @tagname stat-timeline
 * @summary Metrics over time as lines, with the programme's events on the time axis; a crosshair reads every series, a click selects the period.
 *
 * @slot - Fallback content: the numbers as plain HTML, as the snippet builder writes them. Shown until the widget has live numbers, and kept, with a status line, when the feed cannot be loaded.
 *
 * @csspart base - The wrapper of the whole widget.
 * @csspart legend - The list of series (buttons that hide and show them) and of event kinds.
 * @csspart legend-item - One series' button in the legend (`aria-pressed`: shown).
 * @csspart plot - The chart's box: the one Tab stop, keyboard and pointer target.
 * @csspart plot-area - The rectangle the lines are drawn in.
 * @csspart axis - Both axes' labels (also `time-axis`, `value-axis`).
 * @csspart grid - The value axis's grid lines.
 * @csspart line - One series' line (`data-metric`).
 * @csspart point - A known value with no known neighbour, drawn as a dot (`data-metric`, `data-period`).
 * @csspart label - A series' label at the end of its line.
 * @csspart event - An event's marker (`data-date`, `data-kind`); a bar for a date range.
 * @csspart selection - The band of the selected period.
 * @csspart crosshair - The crosshair's line and dots.
 * @csspart readout - The values at the crosshair.
 * @csspart event-card - The details of the event under the pointer or the keyboard.
 * @csspart empty - "No data", when no selected metric has a value.
 * @csspart status - Why the chart is missing or not up to date.
 * @csspart table-toggle - The "Show as table" button.
 * @csspart table - The tables of values and events.
 * @csspart menu - The "Get the data" menu: its button and list (none with `no-menu`).
 * @csspart menu-button - The menu's button (its accessible name: "Get the data").
 * @csspart menu-list - The list of actions: download CSV, SVG, PNG; copy the embed code.
 *
 * @cssproperty --stat-font-family - Font (default: the page's).
 * @cssproperty --stat-color-text - Text colour (default: the page's, made at least 60 % opaque; with `theme`: #1d1d1f, dark #ececec); also of buttons and cards (#1d1d1f, dark #ececec).
 * @cssproperty --stat-color-background - Background (default: none; with `theme`: #fff, dark #1c1c1e); also of buttons and cards.
 * @cssproperty --stat-color-border - Borders of buttons and cards, the axis line (default: #767676, dark #8e8e93).
 * @cssproperty --stat-color-muted - Axis labels, notes (default: #595959, dark #a1a1a6).
 * @cssproperty --stat-color-accent - The selected period and the focus ring (default: #1f5fa8, dark #7ab0f0).
 * @cssproperty --stat-color-negative - Errors (default: #b3261e, dark #ff8a80).
 * @cssproperty --stat-color-series-1 - First series' colour (default: #1f5fa8, dark #7ab0f0); `-2` to `-6` the next ones (#b04a00, #1b7a4a, #8e3b86, #7a6300, #4d4d4d; dark #f5a25d, #5cc98a, #e39ad9, #dcc251, #c4c4c4).
 * @cssproperty --stat-color-skeleton - Colour of the loading placeholder.
 * @cssproperty --stat-radius - Corner radius of the placeholder, buttons, cards and a themed widget (default: 4px).
 * @cssproperty --stat-duration - Length of the lines' entry animation (default: 800ms; 0s turns it off).
 * @cssproperty --stat-timeline-color-1 - First series' colour, for timelines only (default: --stat-color-series-1); `-2` to `-6` the next ones.
 * @cssproperty --stat-timeline-line-width - Width of the lines (default: 2px).
 * @cssproperty --stat-timeline-grid-color - Grid lines (default: #e4e4e4, dark #3a3a3c).
 * @cssproperty --stat-timeline-event-color - Event markers (default: #5c5c5c, dark #a1a1a6).
 * @cssproperty --stat-timeline-card-background - Background of the readout and the event card (default: --stat-color-background, else #fff, dark #1c1c1e).
 *
 * @event stat-period-select - A period was clicked or chosen with Enter (`StatPeriodSelectEvent`: `period`).
 * @event stat-feed-load - With `src`: the feed arrived or changed.
 * @event stat-feed-error - With `src`: the feed could not be loaded or used.
 * @event stat-feed-warning - With `src`: rows or fields of the feed were dropped.
 */
export class StatTimeline extends StatWidget implements ExportableWidget {
  /** The reactive properties (Lit: accessors, attributes), declared as data: no decorator code in the bundle. */
  static override properties: PropertyDeclarations = {
    metrics: {},
    region: {},
    from: {},
    to: {},
    events: {},
    height: { type: Number },
    hiddenSeries: { state: true },
    active: { state: true },
    activeEvent: { state: true },
    tableOpen: { state: true },
    spoken: { state: true },
  };

  static override styles = timelineStyles;

  /** Adds or replaces a language's timeline strings (the shared ones: `registerStrings`). */
  static registerStrings = registerTimelineStrings;

  private readonly resize = new ResizeController(this);
  private readonly menu = new DataMenu(this);
  /** Drawing waits until the widget is within 200 px of the viewport (one observer shared by every map and timeline). */
  private readonly near = new InViewController(this, '200px');
  private readonly print = new PrintController(this);

  /** Ids of the metrics to draw, comma-separated (default: every metric of the feed). */
  metrics = '';

  /** Id of the region (default: the `<stat-feed>` selection, else the country). */
  region = '';

  /** First period to show (`2016`, `2016-03`, `2016-03-01`; default: the feed's first). */
  from = '';

  /** Last period to show (default: the feed's last). */
  to = '';

  /** Which events to mark: every kind (default), `none`, or kinds, comma-separated (`conference,award`). */
  events = '';

  /** Height of the chart in pixels (the legend and the table come on top). */
  height = 300;

  /** Metric ids hidden with the legend. */
  private hiddenSeries: ReadonlySet<string> = new Set();
  /** The crosshair's period (index), or -1. */
  private active = -1;
  /** The event whose card shows (index in date order), or -1. */
  private activeEvent = -1;
  private tableOpen = false;
  /** What the live region says (keyboard moves, selection). */
  private spoken = '';

  private text: TimelineStrings = timelineStringsFor('en');
  private chart: Chart | null = null;
  private hideTimer?: ReturnType<typeof setTimeout>;

  /** The chart, built again only when one of these changed: not on a hover, a crosshair move, a card or the table. */
  private readonly chartOf = memoizeLast(
    (
      feed: FeedIndex,
      metrics: string,
      region: string,
      from: string,
      to: string,
      events: string,
      hidden: ReadonlySet<string>,
      width: number,
      height: number,
      language: string,
      label: string,
    ) => buildChart(feed, { metrics: metrics ? metrics.split(',') : [], region, from, to, events, hidden, width, height, language, label }),
  );

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.hideTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.text = timelineStringsFor(this.language);
    this.derive();
  }

  protected override render() {
    const { chart, text, strings, language } = this;
    const loading = this.state === 'loading' && !chart;
    // The crosshair has an SVG (a compositing layer) of its own: moving it repaints neither the
    // lines nor the axes. In one SVG, 3 × 10,000-point lines made the p95 frame 50 ms (bench).
    return (
      this.fallback.render(!!chart, language, this.status) ??
      html`<div part="base">
      ${chart ? guard([chart, text], () => legendTemplate(chart, text, this.onLegend)) : nothing}
      ${this.status ? html`<div part="status" class="status">${this.status}</div>` : nothing}
      ${
        chart
          ? html`<div
            part="plot"
            tabindex="0"
            role="application"
            aria-label=${chart.label}
            aria-describedby="keys"
            style=${styleProps({ height: `${chart.height}px` })}
            @pointermove=${this.onPointerMove}
            @pointerleave=${this.onPointerLeave}
            @click=${this.onClick}
            @keydown=${this.onKey}
            @focus=${this.onFocus}
            @focusout=${this.onFocusOut}
          >
            <svg width=${chart.width} height=${chart.height} viewBox="0 0 ${chart.width} ${chart.height}" aria-hidden="true">
              ${guard([chart], () => axesTemplate(chart))} ${selectionTemplate(chart, chart.index.get(this.selectedPeriod() ?? '') ?? -1)}
              ${guard([chart], () => seriesTemplate(chart, this.onEventEnter, this.onEventLeave, this.onEventClick))}
            </svg>
            <svg class="overlay" width=${chart.width} height=${chart.height} viewBox="0 0 ${chart.width} ${chart.height}" aria-hidden="true">
              ${crosshairTemplate(chart, this.active, this.activeEvent)}
            </svg>
            ${chart.empty ? html`<div part="empty">${strings.noData}</div>` : nothing}
            ${readoutTemplate(chart, this.active, this.activeEvent, language, strings.noData)}
            ${cardTemplate(chart, this.activeEvent, text, this.keepCard, this.onEventLeave)}
          </div>`
          : loading || (!this.status && this.state !== 'error')
            ? html`<div class="skeleton" style=${styleProps({ height: `${Math.max(120, this.height || 300)}px` })}>
              ${loading ? html`<span class="visually-hidden">${strings.loading}</span>` : nothing}
            </div>`
            : nothing
      }
      <span id="keys" hidden>${text.timelineKeys}</span>
      <div class="visually-hidden" aria-live="polite">${this.spoken}</div>
      ${
        chart
          ? guard([chart, text, this.tableOpen, this.print.printing], () =>
              tableTemplate(chart, text, this.tableOpen, this.print.printing, language, strings.noData, this.onTableToggle),
            )
          : nothing
      }
      ${this.menu.render(language)}
    </div>`
    );
  }

  /** Exactly what the chart shows: one row per period (its id: `2024`, `2024-03`), one column per series drawn. Null while nothing is drawn. */
  dataTable(): StatDataTable | null {
    const { chart } = this;
    const shown = chart?.series.filter((s) => s.visible) ?? [];
    return chart && !chart.empty
      ? tableOf(
          this.feedController.snapshot?.feed,
          this.language,
          chart.label,
          [this.text.period, ...shown.map((s) => s.label)],
          chart.periods.map((p, i) => [p, ...shown.map((s) => s.values[i]!)]),
          ['', ...shown.map((s) => s.unit)],
        )
      : null;
  }

  /** What the timeline draws, for its image: the plot's SVG (not the crosshair's layer), the legend's shown series and event kinds. */
  exportImage(): WidgetImageParts {
    const { chart, text, renderRoot: root } = this;
    // The legend's entries, in the order drawn: a series' swatch, an event kind's shape.
    const items = root.querySelectorAll('[part="legend"] li');
    const labels = chart ? [...chart.series.map((s) => s.visible && s.label), ...chart.kinds.map((kind) => text[kind])] : [];
    return {
      chart: root.querySelector<SVGSVGElement>('[part="plot"] > svg:not(.overlay)'),
      counters: [],
      legend: labels.flatMap((label, i) => (label ? [{ label, swatch: items[i]!.querySelector('.swatch'), shape: items[i]!.querySelector('path') }] : [])),
      credit: '',
    };
  }

  // ------------------------------------------------------------------------------------------
  // Deriving

  /** Reads the feed and the attributes, says what is wrong with them, and takes the chart they and the width give. */
  private derive(): void {
    const snapshot = this.readFeed();
    const view = this.feedController.view({ metrics: this.metrics, region: this.region });
    const { feed, region: regionId, metrics: ids } = view;
    // Mistakes in the page's markup: said in English, naming the attribute to fix (the feed's own in the view).
    const badPeriod = this.from && !parsePeriod(this.from) ? `from="${this.from}"` : this.to && !parsePeriod(this.to) ? `to="${this.to}"` : '';
    const mistake = (snapshot && badPeriod && `${badPeriod} is not a period (YYYY, YYYY-MM or YYYY-MM-DD)`) || view.mistake;
    this.markupMistake(mistake);
    // No scales, paths or axes until the timeline nears the viewport (the placeholder keeps its height).
    const width = this.near.seen || this.print.printing ? this.resize.width : 0;
    const chart =
      feed && !mistake && width > 0
        ? this.chartOf(feed, ids.join(), regionId, this.from, this.to, this.events, this.hiddenSeries, width, this.height, this.language, this.text.label)
        : null;
    if (chart === this.chart) return;
    this.chart = chart;
    const count = chart?.periods.length ?? 0;
    if (this.active >= count) this.active = count - 1;
    if (this.activeEvent >= (chart?.events.length ?? 0)) this.activeEvent = -1;
  }

  // ------------------------------------------------------------------------------------------
  // Selection

  /** The selected period: the `<stat-feed>`'s, or with a feed of its own, its own (FeedController keeps it). */
  private selectedPeriod(): string | undefined {
    return this.feedController.selection.period;
  }

  private select(index: number): void {
    const period = this.chart?.periods[index];
    if (period === undefined) return;
    this.feedController.select({ period });
    this.spoken = fill(this.text.selected, { period: formatPeriod(period, this.language) });
    // Built apart: the manifest's analyzer reads `dispatchEvent(new X(name))` as an event named `name`.
    const selected = new StatPeriodSelectEvent(period);
    this.dispatchEvent(selected);
  }

  // ------------------------------------------------------------------------------------------
  // Handlers

  /** The period under the pointer (its index), or -1 off the chart and over the event card. */
  private periodAt(event: MouseEvent): number {
    if (!this.chart || this.inCard(event)) return -1;
    return nearest(this.chart.xs, event.clientX - (event.currentTarget as HTMLElement).getBoundingClientRect().left);
  }

  private readonly onPointerMove = (event: PointerEvent) => {
    const i = this.periodAt(event);
    if (i >= 0) this.active = i;
  };

  private readonly onPointerLeave = () => {
    if (this.shadowRoot?.activeElement?.matches('[part="plot"]')) return; // The keyboard's crosshair stays.
    this.active = -1;
  };

  private readonly onClick = (event: MouseEvent) => {
    const i = this.periodAt(event);
    if (i < 0) return;
    this.active = i;
    this.select(i);
  };

  /** The marker an event happened in (its index), or -1. */
  private markerOf(node: EventTarget | null): number {
    const marker = node instanceof Element ? node.closest('[part="event"]') : null;
    return marker ? Number(marker.getAttribute('data-index')) : -1;
  }

  private readonly onEventEnter = (event: PointerEvent) => {
    const i = this.markerOf(event.target);
    if (i < 0) return;
    clearTimeout(this.hideTimer);
    this.activeEvent = i;
  };

  private readonly onEventLeave = (event?: PointerEvent) => {
    // From one shape of a marker to another (its bar to its symbol) is not leaving it.
    if (event?.type === 'pointerout' && this.markerOf(event.relatedTarget) === this.markerOf(event.target)) return;
    clearTimeout(this.hideTimer);
    // A moment to reach the card (its link) before it goes.
    this.hideTimer = setTimeout(() => {
      if (!this.shadowRoot?.activeElement) this.activeEvent = -1;
    }, 300);
  };

  private readonly keepCard = () => clearTimeout(this.hideTimer);

  /** A tap or click on a marker shows its card, and does not select the period. */
  private readonly onEventClick = (event: MouseEvent) => {
    const i = this.markerOf(event.target);
    if (i < 0) return;
    event.stopPropagation();
    const e = this.chart?.events[i];
    if (!e) return;
    this.activeEvent = i;
    this.active = e.period;
    this.spoken = describeEvent(e, this.text[e.kind]);
  };

  private readonly onFocus = () => {
    const chart = this.chart;
    if (!chart || this.active >= 0 || !chart.periods.length) return;
    const selected = chart.index.get(this.selectedPeriod() ?? '');
    this.active = selected ?? chart.periods.length - 1;
    this.spoken = describePeriod(chart, this.active, this.language, this.strings.noData);
  };

  private readonly onFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (next && (event.currentTarget as Node).contains(next)) return; // Into the event card's link.
    this.active = -1;
    this.activeEvent = -1;
  };

  private readonly onKey = (event: KeyboardEvent) => {
    const chart = this.chart;
    if (event.key === 'Escape' && this.inCard(event)) {
      // Escape on the card's link closes the card and gives the focus back to the chart.
      this.activeEvent = -1;
      (event.currentTarget as HTMLElement).focus();
      return;
    }
    if (!chart || !chart.periods.length || this.inCard(event)) return;
    const last = chart.periods.length - 1;
    const events = chart.events;
    let i = this.active < 0 ? (chart.index.get(this.selectedPeriod() ?? '') ?? last) : this.active;
    let e = -1;
    switch (event.key) {
      case 'ArrowLeft':
        i = Math.max(0, i - 1);
        break;
      case 'ArrowRight':
        i = Math.min(last, i + 1);
        break;
      case 'Home':
        i = 0;
        break;
      case 'End':
        i = last;
        break;
      case 'ArrowDown':
      case 'ArrowUp': {
        if (!events.length) return event.preventDefault();
        // Down starts at the first event, Up at the last; then each steps along, in date order.
        const down = event.key === 'ArrowDown';
        e = this.activeEvent < 0 ? (down ? 0 : events.length - 1) : Math.max(0, Math.min(events.length - 1, this.activeEvent + (down ? 1 : -1)));
        i = events[e]!.period;
        break;
      }
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.active = i;
        this.select(i);
        return;
      case 'Escape':
        this.active = -1;
        this.activeEvent = -1;
        return;
      default:
        return;
    }
    event.preventDefault();
    this.active = i;
    this.activeEvent = e;
    this.spoken = e >= 0 ? describeEvent(events[e]!, this.text[events[e]!.kind]) : describePeriod(chart, i, this.language, this.strings.noData);
  };

  private readonly onLegend = (event: MouseEvent) => {
    const id = (event.currentTarget as HTMLElement).dataset['metric']!;
    const hidden = new Set(this.hiddenSeries);
    if (!hidden.delete(id)) hidden.add(id);
    this.hiddenSeries = hidden;
  };

  private readonly onTableToggle = () => {
    this.tableOpen = !this.tableOpen;
  };

  private inCard(event: Event): boolean {
    return event.composedPath().some((node) => node instanceof Element && node.getAttribute('part') === 'event-card');
  }
}
