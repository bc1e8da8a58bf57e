import { bisector } from 'd3-array';
import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { InViewController } from '../../controllers/in-view-controller.js';
import { PrintController } from '../../controllers/print-controller.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { StatPeriodSelectEvent } from '../../events/period-events.js';
import { parsePeriod, type PeriodSpan } from '../../feed/period.js';
import { textIn, type FeedIndex } from '../../feed/select.js';
import type { EventKind, FeedEvent, Metric } from '../../feed/types.js';
import { formatPeriodRange, formatTick, periodName } from '../../format/date.js';
import { formatNumber } from '../../format/number.js';
import { fill } from '../../format/strings.js';
import { isolatedPoints, linePath, simplifyToPixels, type PlotPoint } from '../../math/timeline-path.js';
import {
  dodge,
  linearScale,
  nearest,
  stackRows,
  timeTicks,
  valueDomain,
  valueTicks,
  type LinearScale,
  type TimeTick,
  type TimeUnit,
} from '../../math/timeline-scales.js';
import { DataMenu, tableOf } from '../shared/data-menu.js';
import type { StatDataTable } from '../../export/types.js';
import { StatWidget } from '../shared/stat-widget.js';
import { styleProps } from '../../directives/style-props.js';
import { timelineStyles } from './stat-timeline.styles.js';
import { registerTimelineStrings, timelineStringsFor, type TimelineStrings } from './strings.js';

/** Width of one character of the 12 px axis labels, for laying labels out before they exist (an estimate: measuring would need a render between derive and draw). */
const CHAR = 7;
/** Height of one row of event markers. */
const LANE = 16;
const KINDS: readonly EventKind[] = ['conference', 'training', 'award', 'competition', 'milestone', 'other'];
const byStart = bisector((span: PeriodSpan) => span.start);

/** A five-pointed star, outer radius 6.5, inner 2.8. */
const STAR = `M${Array.from({ length: 10 }, (_, i) => {
  const r = i % 2 ? 2.8 : 6.5;
  const a = (Math.PI * i) / 5 - Math.PI / 2;
  return `${(r * Math.cos(a)).toFixed(2)},${(r * Math.sin(a)).toFixed(2)}`;
}).join('L')}Z`;

/** One shape per event kind, centred on 0,0, about 11 px across. */
const SHAPES: Readonly<Record<EventKind, string>> = {
  conference: 'M5.5,0A5.5,5.5 0 1 1-5.5,0A5.5,5.5 0 1 1 5.5,0Z',
  training: 'M-4.5-4.5h9v9h-9Z',
  award: STAR,
  competition: 'M0-5.5L5.5,4.5H-5.5Z',
  milestone: 'M0-6L6,0L0,6L-6,0Z',
  other: 'M-1.75-5.5h3.5v3.75h3.75v3.5h-3.75v3.75h-3.5v-3.75h-3.75v-3.5h3.75Z',
};

export interface SeriesView {
  readonly id: string;
  readonly label: string;
  /** Colour slot, 1 to 6 (by the metric's place in the feed, so a colour never moves). */
  readonly slot: number;
  readonly visible: boolean;
  /** The exact values, one per period (the crosshair and the table read these). */
  readonly values: readonly (number | null)[];
  /** The drawn path (thinned to the pixel width for long series). */
  readonly d: string;
  /** Known points without a known neighbour, drawn as dots (`period`: index). */
  readonly dots: readonly { readonly x: number; readonly y: number; readonly period: number }[];
  /** The last known point, and where its direct label goes. */
  readonly end: { readonly x: number; readonly y: number; readonly labelY: number } | null;
}

export interface EventView {
  readonly date: string;
  readonly kind: EventKind;
  readonly x: number;
  readonly x2: number;
  readonly y: number;
  /** The period the event falls in (the crosshair goes there). */
  readonly period: number;
  readonly title: string;
  readonly summary: string;
  readonly dates: string;
  readonly place: string;
  readonly figures: readonly (readonly [label: string, value: string])[];
  readonly url: string;
}

/** Everything render draws, derived in willUpdate from the feed, the attributes and the width. */
export interface Chart {
  readonly width: number;
  readonly height: number;
  /** The plot area's edges. */
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly wide: boolean;
  readonly periods: readonly string[];
  readonly spans: readonly PeriodSpan[];
  readonly index: ReadonlyMap<string, number>;
  /** Each period's x (the middle of its span). */
  readonly xs: readonly number[];
  readonly x: LinearScale;
  readonly y: LinearScale;
  readonly xTicks: readonly { readonly x: number; readonly label: string }[];
  readonly yTicks: readonly { readonly y: number; readonly value: number; readonly label: string }[];
  readonly labelY: number;
  readonly series: readonly SeriesView[];
  readonly events: readonly EventView[];
  readonly kinds: readonly EventKind[];
  readonly label: string;
  readonly empty: boolean;
}

/**
 * @tagname stat-timeline
 * @summary Metrics over time as lines, with the programme's events on the time axis; a crosshair reads every series, a click selects the period.
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
export class StatTimeline extends StatWidget {
  static override styles = timelineStyles;

  /** Adds or replaces a language's timeline strings (the shared ones: `registerStrings`). */
  static registerStrings = registerTimelineStrings;

  private readonly resize = new ResizeController(this);
  private readonly menu = new DataMenu(this);
  /** Drawing waits until the widget is within 200 px of the viewport (one observer shared by every map and timeline). */
  private readonly near = new InViewController(this, '200px');
  private readonly print = new PrintController(this);

  /** Ids of the metrics to draw, comma-separated (default: every metric of the feed). */
  @property() metrics = '';

  /** Id of the region (default: the `<stat-feed>` selection, else the country). */
  @property() region = '';

  /** First period to show (`2016`, `2016-03`, `2016-03-01`; default: the feed's first). */
  @property() from = '';

  /** Last period to show (default: the feed's last). */
  @property() to = '';

  /** Which events to mark: every kind (default), `none`, or kinds, comma-separated (`conference,award`). */
  @property() events = '';

  /** Height of the chart in pixels (the legend and the table come on top). */
  @property({ type: Number }) height = 300;

  /** Metric ids hidden with the legend. */
  @state() private hiddenSeries: ReadonlySet<string> = new Set();
  /** The crosshair's period (index), or -1. */
  @state() private active = -1;
  /** The event whose card shows (index in date order), or -1. */
  @state() private activeEvent = -1;
  @state() private tableOpen = false;
  /** The selected period of a timeline with a feed of its own (inside `<stat-feed>`, its selection is used). */
  @state() private own = '';
  /** What the live region says (keyboard moves, selection). */
  @state() private spoken = '';

  private text: TimelineStrings = timelineStringsFor('en');
  private chart: Chart | null = null;
  private inputs: readonly unknown[] = [];
  private hideTimer?: ReturnType<typeof setTimeout>;

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
    const { chart, text, strings } = this;
    const loading = this.state === 'loading' && !chart;
    return html`<div part="base">
      ${chart ? guard([chart, text], () => this.renderLegend(chart)) : nothing}
      ${this.status ? html`<div part="status">${this.status}</div>` : nothing}
      ${chart
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
            ${this.renderSvg(chart)} ${chart.empty ? html`<div part="empty">${strings.noData}</div>` : nothing}
            ${this.renderReadout(chart)} ${this.renderCard(chart)}
          </div>`
        : loading || (!this.status && this.state !== 'error')
          ? html`<div class="skeleton" style=${styleProps({ height: `${Math.max(120, this.height || 300)}px` })}>
              ${loading ? html`<span class="visually-hidden">${strings.loading}</span>` : nothing}
            </div>`
          : nothing}
      <span id="keys" hidden>${text.timelineKeys}</span>
      <div class="visually-hidden" aria-live="polite">${this.spoken}</div>
      ${chart ? guard([chart, text, this.tableOpen, this.print.printing], () => this.renderTable(chart)) : nothing}
      ${this.menu.render(this.language)}
    </div>`;
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
        )
      : null;
  }

  // ------------------------------------------------------------------------------------------
  // Drawing

  private renderSvg(chart: Chart) {
    const { width, height } = chart;
    // The crosshair has an SVG (a compositing layer) of its own: moving it repaints neither the
    // lines nor the axes. In one SVG, 3 × 10,000-point lines made the p95 frame 50 ms (bench).
    return html`<svg width=${width} height=${height} viewBox="0 0 ${width} ${height}" aria-hidden="true">
        ${guard([chart], () => this.renderAxes(chart))} ${this.renderSelection(chart)} ${guard([chart], () => this.renderSeries(chart))}
      </svg>
      <svg class="overlay" width=${width} height=${height} viewBox="0 0 ${width} ${height}" aria-hidden="true">${this.renderCrosshair(chart)}</svg>`;
  }

  private renderAxes(chart: Chart) {
    const { left, right, top, bottom } = chart;
    return svg`<rect part="plot-area" x=${left} y=${top} width=${right - left} height=${bottom - top}></rect>
      <g part="axis value-axis">
        ${chart.yTicks.map(
          (t) => svg`<line part="grid" data-value=${t.value} x1=${left} x2=${right} y1=${t.y} y2=${t.y}></line>
            <text x=${left - 6} y=${t.y} dy="0.32em" text-anchor="end">${t.label}</text>`,
        )}
      </g>
      <g part="axis time-axis">
        <line x1=${left} x2=${right} y1=${bottom} y2=${bottom}></line>
        ${chart.xTicks.map(
          (t) => svg`<line x1=${t.x} x2=${t.x} y1=${bottom} y2=${bottom + 4}></line>
            <text x=${t.x} y=${chart.labelY} text-anchor="middle">${t.label}</text>`,
        )}
      </g>`;
  }

  private renderSeries(chart: Chart) {
    const shown = chart.series.filter((s) => s.visible);
    // Each line draws itself in when it first appears (CSS, over --stat-duration; none under reduced motion).
    return svg`<g class="enter">
        ${shown.map(
          (s) => svg`<path part="line" class="s${s.slot}" data-metric=${s.id} d=${s.d} pathLength="1"></path>
            ${s.dots.map((p) => svg`<circle part="point" class="s${s.slot}" data-metric=${s.id} data-period=${chart.periods[p.period]} cx=${p.x} cy=${p.y} r="3.5"></circle>`)}`,
        )}
        ${shown.map((s) =>
          s.end
            ? svg`<text part="label" class="s${s.slot}" x=${chart.wide ? chart.right + 6 : s.end.x} y=${s.end.labelY} dy="0.32em"
                text-anchor=${chart.wide ? 'start' : 'end'}>${s.label}</text>`
            : nothing,
        )}
      </g>
      <g class="events" @pointerover=${this.onEventEnter} @pointerout=${this.onEventLeave} @click=${this.onEventClick}>
        ${chart.events.map(
          // Listeners on the group, not 3 on every marker: 50 timelines' markers held 0.2 MB of listeners (bench).
          (e, i) => svg`<g part="event" class=${e.kind} data-date=${e.date} data-kind=${e.kind} data-index=${i}
              transform="translate(${e.x},${e.y})">
              ${e.x2 - e.x > 1 ? svg`<rect class="span" x="0" y="-2.5" width=${e.x2 - e.x} height="5" rx="2.5"></rect>` : nothing}
              <path d=${SHAPES[e.kind]}></path>
            </g>`,
        )}
      </g>`;
  }

  private renderSelection(chart: Chart) {
    const i = chart.index.get(this.selectedPeriod() ?? '') ?? -1;
    if (i < 0) return nothing;
    const span = chart.spans[i]!;
    const x0 = chart.x(span.start);
    const full = chart.x(span.end) - x0;
    // A period narrower than 2 px (a day of ten years) still shows, as a 2 px line on its middle.
    const w = Math.max(2, full);
    return svg`<rect part="selection" data-period=${chart.periods[i]} x=${x0 + (full - w) / 2} y=${chart.top}
      width=${w} height=${chart.bottom - chart.top}></rect>`;
  }

  private renderCrosshair(chart: Chart) {
    const i = this.active;
    const event = chart.events[this.activeEvent];
    return svg`${event ? svg`<line class="event-guide" x1=${event.x} x2=${event.x} y1=${chart.top} y2=${event.y}></line>
        <circle class="event-ring" cx=${event.x} cy=${event.y} r="9"></circle>` : nothing}
      ${i >= 0 && i < chart.xs.length
        ? svg`<g part="crosshair" data-period=${chart.periods[i]}>
            <line x1=${chart.xs[i]} x2=${chart.xs[i]} y1=${chart.top} y2=${chart.bottom}></line>
            ${chart.series.map((s) =>
              s.visible && s.values[i] != null ? svg`<circle class="s${s.slot}" cx=${chart.xs[i]} cy=${chart.y(s.values[i]!)} r="4"></circle>` : nothing,
            )}
          </g>`
        : nothing}`;
  }

  private renderReadout(chart: Chart) {
    const i = this.active;
    if (i < 0 || i >= chart.xs.length || this.activeEvent >= 0) return nothing;
    const x = chart.xs[i]!;
    const flip = x > chart.width / 2;
    return html`<div part="readout" class=${flip ? 'flip' : ''} aria-hidden="true" style=${styleProps({ left: `${flip ? x - 10 : x + 10}px`, top: `${chart.top}px` })}>
      <strong>${periodName(chart.periods[i]!, this.language)}</strong>
      ${chart.series.map((s) =>
        s.visible ? html`<div><span class="swatch s${s.slot}"></span>${s.label} <b>${this.valueText(s.values[i]!)}</b></div>` : nothing,
      )}
    </div>`;
  }

  private renderCard(chart: Chart) {
    const e = chart.events[this.activeEvent];
    if (!e) return nothing;
    const width = Math.min(260, chart.width - 8);
    const left = Math.max(4, Math.min(chart.width - width - 4, e.x - width / 2));
    return html`<div part="event-card" style=${styleProps({ left: `${left}px`, top: `${e.y - 14}px`, width: `${width}px` })}
      @pointerenter=${this.keepCard} @pointerleave=${this.onEventLeave}>
      <div class="kind">
        <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true"><path d=${SHAPES[e.kind]}></path></svg>
        ${this.text[e.kind]} · ${e.dates}
      </div>
      <strong>${e.title}</strong>
      ${e.place ? html`<div>${e.place}</div>` : nothing}
      ${e.summary ? html`<p>${e.summary}</p>` : nothing}
      ${e.figures.length ? html`<ul>${e.figures.map(([label, value]) => html`<li>${label}: <b>${value}</b></li>`)}</ul>` : nothing}
      ${e.url ? html`<a href=${e.url} target="_blank" rel="noopener">${this.text.more}</a>` : nothing}
    </div>`;
  }

  private renderLegend(chart: Chart) {
    const { text } = this;
    return html`<ul part="legend" aria-label=${text.legend}>
      ${chart.series.map(
        (s) => html`<li>
          <button part="legend-item" type="button" data-metric=${s.id} aria-pressed=${s.visible ? 'true' : 'false'}
            title=${fill(s.visible ? text.hideSeries : text.showSeries, { series: s.label })} @click=${this.onLegend}>
            <span class="swatch s${s.slot}"></span>${s.label}
          </button>
        </li>`,
      )}
      ${chart.kinds.map(
        (kind) => html`<li class="kind">
          <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true"><path d=${SHAPES[kind]}></path></svg>${text[kind]}
        </li>`,
      )}
    </ul>`;
  }

  private renderTable(chart: Chart) {
    const { text, tableOpen } = this;
    // The tables are rendered when shown or printed (print rules in the styles), not kept hidden in the DOM: 10,000 periods are 10,000 rows.
    return html`<button part="table-toggle" type="button" aria-expanded=${tableOpen ? 'true' : 'false'} aria-controls="table" @click=${this.onTableToggle}>
        ${tableOpen ? text.hideTable : text.showTable}
      </button>
      <div id="table" class="table" ?hidden=${!tableOpen} tabindex=${tableOpen ? '0' : '-1'} role="region" aria-label=${chart.label}>
        ${tableOpen || this.print.printing ? this.renderTables(chart) : nothing}
      </div>`;
  }

  private renderTables(chart: Chart) {
    const { text, language: lang } = this;
    const valueText = (value: number | null) => this.valueText(value);
    const { series, events } = chart;
    return html`<table part="table">
      <caption>${chart.label}</caption>
      <thead>
        <tr><th scope="col">${text.period}</th>${series.map((s) => html`<th scope="col">${s.label}</th>`)}</tr>
      </thead>
      <tbody>
        ${chart.periods.map(
          (p, i) => html`<tr data-period=${p}><th scope="row">${periodName(p, lang)}</th>${series.map((s) => html`<td>${valueText(s.values[i]!)}</td>`)}</tr>`,
        )}
      </tbody>
    </table>
    ${events.length
      ? html`<table part="table">
          <caption>${text.events}</caption>
          <thead>
            <tr><th scope="col">${text.date}</th><th scope="col">${text.event}</th><th scope="col">${text.kind}</th><th scope="col">${text.place}</th></tr>
          </thead>
          <tbody>
            ${events.map(
              (e) => html`<tr data-date=${e.date}>
                <td>${e.dates}</td>
                <th scope="row">${e.url ? html`<a href=${e.url} target="_blank" rel="noopener">${e.title}</a>` : e.title}</th>
                <td>${text[e.kind]}</td>
                <td>${e.place}</td>
              </tr>`,
            )}
          </tbody>
        </table>`
      : nothing}`;
  }

  // ------------------------------------------------------------------------------------------
  // Deriving

  /** Reads the feed, the attributes and the width into the chart, and the state to reflect. */
  private derive(): void {
    const { language } = this;
    const snapshot = this.readFeed();
    const feed = snapshot?.feed ?? null;
    const regionId = this.region || this.feedController.selection.region || feed?.country?.id || '';
    const ids = this.metrics
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean);
    const unknown = feed && ids.find((id) => !feed.metric(id));
    // Mistakes in the page's markup: said in English, naming the attribute to fix.
    const mistake = !snapshot
      ? 'no feed: set src, or place the timeline inside <stat-feed>'
      : this.from && !parsePeriod(this.from)
        ? `from="${this.from}" is not a period (YYYY, YYYY-MM or YYYY-MM-DD)`
        : this.to && !parsePeriod(this.to)
          ? `to="${this.to}" is not a period (YYYY, YYYY-MM or YYYY-MM-DD)`
          : unknown
            ? `metrics="${this.metrics}": "${unknown}" is not in the feed`
            : feed && !feed.region(regionId)
              ? `region="${regionId}" is not in the feed`
              : '';
    this.markupMistake(mistake);
    // No scales, paths or axes until the timeline nears the viewport (the placeholder keeps its height).
    const width = this.near.seen || this.print.printing ? this.resize.width : 0;
    const inputs = [feed, mistake, ids.join(), regionId, this.from, this.to, this.events, this.text, language, width, this.height, this.hiddenSeries];
    if (inputs.every((value, i) => value === this.inputs[i])) return;
    this.inputs = inputs;
    this.chart = feed && !mistake && width > 0 ? this.build(feed, ids, regionId, width) : null;
    const count = this.chart?.periods.length ?? 0;
    if (this.active >= count) this.active = count - 1;
    if (this.activeEvent >= (this.chart?.events.length ?? 0)) this.activeEvent = -1;
  }

  private build(feed: FeedIndex, ids: readonly string[], regionId: string, width: number): Chart {
    const { language, text } = this;
    const height = Math.max(120, this.height || 300);
    const wide = width >= 480;
    const from = parsePeriod(this.from);
    const to = parsePeriod(this.to);
    const within = (start: number, end: number) => (!from || start >= from.start) && (!to || end <= to.end);

    const periods: string[] = [];
    const spans: PeriodSpan[] = [];
    for (const period of feed.periods) {
      const span = parsePeriod(period)!;
      if (!within(span.start, span.end)) continue;
      periods.push(period);
      spans.push(span);
    }
    const finest: TimeUnit = spans.some((s) => s.granularity === 'day') ? 'day' : spans.some((s) => s.granularity === 'month') ? 'month' : 'year';

    const metrics: Metric[] = ids.length ? ids.map((id) => feed.metric(id)!) : [...feed.feed.metrics];
    const slots = new Map(feed.feed.metrics.map((m, i) => [m.id, (i % 6) + 1]));
    const valuesOf = metrics.map((m) => periods.map((p) => feed.value(m.id, regionId, p)));

    // Events: the kinds asked for, inside from–to.
    const wanted = this.events.trim().toLowerCase();
    const kinds = wanted === 'none' ? [] : !wanted || wanted === 'all' ? KINDS : wanted.split(',').map((k) => k.trim());
    const events = feed.feed.events
      .map((event) => ({ event, span: parsePeriod(event.date), end: parsePeriod(event.end ?? event.date) }))
      .filter((e): e is { event: FeedEvent; span: PeriodSpan; end: PeriodSpan } => !!e.span && !!e.end && kinds.includes(e.event.kind) && within(e.span.start, e.span.start))
      .sort((a, b) => a.span.start - b.span.start);

    // The time domain: every period's span and every event's.
    let d0 = spans[0]?.start ?? Infinity;
    let d1 = spans[spans.length - 1]?.end ?? -Infinity;
    for (const e of events) {
      d0 = Math.min(d0, e.span.start);
      d1 = Math.max(d1, Math.max(e.end.end, e.span.end));
    }
    if (!(d0 < d1)) [d0, d1] = [0, 1];

    // The value axis: the shown series' extent from zero, nice ticks for the height.
    let lo = Infinity;
    let hi = -Infinity;
    metrics.forEach((m, k) => {
      if (this.hiddenSeries.has(m.id)) return;
      for (const v of valuesOf[k]!) {
        if (v === null) continue;
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
    });
    const top = 12;
    const tickCount = Math.max(2, Math.round((height - top - 40) / 45));
    const domain = valueDomain(lo, hi, tickCount);
    const yValues = valueTicks(domain, tickCount);
    const yLabels = yValues.map((v) => formatNumber(v, language));
    const labels = metrics.map((m) => textIn(m.label, language));
    const left = Math.max(...yLabels.map((l) => l.length)) * CHAR + 12;
    const right = width - (wide ? Math.min(Math.max(...labels.map((l) => l.length)) * CHAR + 16, width * 0.3) : 12);
    const x = linearScale([d0, d1], [left, right]);

    // Event rows under the axis line, then the time labels.
    const ex = events.map((e) => [x(e.span.start), x(e.event.end ? e.end.end : e.span.start)] as const);
    const rows = stackRows(
      ex.map(([a, b]) => [a - 7, Math.max(b, a + 7)] as const),
      2,
      3,
    );
    const lanes = events.length ? Math.max(...rows) + 1 : 0;
    const bottom = height - 24 - (lanes ? lanes * LANE + 4 : 0);
    const y = linearScale(domain, [bottom, top]);
    const xs = spans.map((s) => x((s.start + s.end) / 2));

    const xTicks = spans.length || events.length ? this.timeAxis(x, finest) : [];

    const series: SeriesView[] = metrics.map((m, k) => {
      const values = valuesOf[k]!;
      const points: PlotPoint[] = values.map((v, i) => ({ x: xs[i]!, y: v === null ? null : y(v) }));
      // More points than pixels: draw the pixel columns' extremes (same picture, a fraction of the path).
      const drawn = points.length > 2 * (right - left) ? simplifyToPixels(points) : points;
      let last = values.length - 1;
      while (last >= 0 && values[last] === null) last--;
      return {
        id: m.id,
        label: labels[k]!,
        slot: slots.get(m.id)!,
        visible: !this.hiddenSeries.has(m.id),
        values,
        d: linePath(drawn),
        dots: isolatedPoints(points).map((i) => ({ x: points[i]!.x, y: points[i]!.y!, period: i })),
        end: last >= 0 ? { x: xs[last]!, y: points[last]!.y!, labelY: 0 } : null,
      };
    });
    // Direct labels: beside the line ends (wide) or just above them (narrow), never on top of each other.
    const ends = series.filter((s) => s.visible && s.end);
    const placed = dodge(
      ends.map((s) => s.end!.y - (wide ? 0 : 10)),
      14,
      top,
      bottom - 4,
    );
    ends.forEach((s, i) => ((s.end as { labelY: number }).labelY = placed[i]!));

    const region = feed.region(regionId);
    const shown = series.filter((s) => s.visible).map((s) => s.label);
    return {
      width,
      height,
      left,
      right,
      top,
      bottom,
      wide,
      periods,
      spans,
      index: new Map(periods.map((p, i) => [p, i])),
      xs,
      x,
      y,
      xTicks,
      yTicks: yValues.map((value, i) => ({ value, y: y(value), label: yLabels[i]! })),
      labelY: height - 8,
      series,
      events: events.map((e, i) => this.eventView(feed, e.event, ex[i]!, bottom + 4 + LANE / 2 + rows[i]! * LANE, e.span, spans, xs)),
      kinds: KINDS.filter((kind) => events.some((e) => e.event.kind === kind)),
      label: fill(text.label, {
        metrics: (shown.length ? shown : labels).join(', '),
        region: textIn(region?.name, language) || regionId,
        from: periods.length ? periodName(periods[0]!, language) : '',
        to: periods.length ? periodName(periods[periods.length - 1]!, language) : '',
      }),
      empty: valuesOf.every((values) => values.every((v) => v === null)),
    };
  }

  /** Time-axis ticks that fit the width: labels in the reader's language, a year on the first and on each January. */
  private timeAxis(x: LinearScale, finest: TimeUnit) {
    const { language } = this;
    const label = (t: TimeTick, i: number) => {
      const date = new Date(t.start);
      const withYear = t.unit !== 'year' && (i === 0 || (date.getUTCMonth() === 0 && (t.unit === 'month' || date.getUTCDate() === 1)));
      return formatTick(t.start, t.unit, language, withYear);
    };
    const ticks = timeTicks(x.domain, finest, (candidates) => {
      let previous: [number, number] | null = null;
      for (let i = 0; i < candidates.length; i++) {
        const at = x(candidates[i]!.center);
        const half = (label(candidates[i]!, i).length * CHAR) / 2;
        if (previous && at - half < previous[0] + previous[1] + 10) return false;
        previous = [at, half];
      }
      return true;
    });
    return ticks.map((t, i) => ({ x: x(t.center), label: label(t, i) }));
  }

  private eventView(
    feed: FeedIndex,
    event: FeedEvent,
    [x, x2]: readonly [number, number],
    y: number,
    span: PeriodSpan,
    spans: readonly PeriodSpan[],
    xs: readonly number[],
  ): EventView {
    const { language } = this;
    // The period that holds the event's date, else the nearest one.
    let period = byStart.right(spans, span.start) - 1;
    if (period < 0 || span.start >= spans[period]!.end) period = nearest(xs, x);
    const region = event.region ? feed.region(event.region) : undefined;
    return {
      date: event.date,
      kind: event.kind,
      x,
      x2,
      y,
      period,
      title: textIn(event.title, language),
      summary: textIn(event.summary, language),
      place: region ? textIn(region.name, language) : (event.region ?? ''),
      // Formatted when read (the card, the table, the screen reader), not for every marker drawn:
      // Intl's date ranges and numbers were a fifth of the scripting of 50 timelines (bench).
      get dates() {
        return formatPeriodRange(event.date, event.end ?? event.date, language);
      },
      get figures() {
        return Object.entries(event.figures ?? {}).map(([key, value]) => {
          const metric = feed.metric(key);
          return [metric ? textIn(metric.label, language) : key, formatNumber(value, language)] as const;
        });
      },
      url: event.url && /^https?:\/\//i.test(event.url) ? event.url : '',
    };
  }

  // ------------------------------------------------------------------------------------------
  // Selection and words

  /** The selected period: the `<stat-feed>`'s, or this timeline's own with a feed of its own. */
  private selectedPeriod(): string | undefined {
    return this.src ? this.own || undefined : this.feedController.selection.period;
  }

  private select(index: number): void {
    const period = this.chart?.periods[index];
    if (period === undefined) return;
    if (this.src) this.own = period;
    else this.feedController.select({ period });
    this.spoken = fill(this.text.selected, { period: periodName(period, this.language) });
    // Built apart: the manifest's analyzer reads `dispatchEvent(new X(name))` as an event named `name`.
    const selected = new StatPeriodSelectEvent(period);
    this.dispatchEvent(selected);
  }

  private valueText(value: number | null): string {
    return value === null ? this.strings.noData : formatNumber(value, this.language);
  }

  /** What a screen reader hears at a period: its name and every shown series' value. */
  private describePeriod(i: number): string {
    const chart = this.chart!;
    const values = chart.series.filter((s) => s.visible).map((s) => `${s.label} ${this.valueText(s.values[i]!)}`);
    return `${periodName(chart.periods[i]!, this.language)}: ${values.join(', ')}`;
  }

  private describeEvent(e: EventView): string {
    return [`${this.text[e.kind]}: ${e.title}`, e.dates, e.place, ...e.figures.map(([label, value]) => `${label} ${value}`)].filter(Boolean).join(', ');
  }

  // ------------------------------------------------------------------------------------------
  // Handlers

  private readonly onPointerMove = (event: PointerEvent) => {
    const chart = this.chart;
    if (!chart || this.inCard(event)) return;
    const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
    this.active = nearest(chart.xs, event.clientX - box.left);
  };

  private readonly onPointerLeave = () => {
    if (this.shadowRoot?.activeElement?.matches('[part="plot"]')) return; // The keyboard's crosshair stays.
    this.active = -1;
  };

  private readonly onClick = (event: MouseEvent) => {
    const chart = this.chart;
    if (!chart || this.inCard(event)) return;
    const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
    const i = nearest(chart.xs, event.clientX - box.left);
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
    this.spoken = this.describeEvent(e);
  };

  private readonly onFocus = () => {
    const chart = this.chart;
    if (!chart || this.active >= 0 || !chart.periods.length) return;
    const selected = chart.index.get(this.selectedPeriod() ?? '');
    this.active = selected ?? chart.periods.length - 1;
    this.spoken = this.describePeriod(this.active);
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
    this.spoken = e >= 0 ? this.describeEvent(events[e]!) : this.describePeriod(i);
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
