import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { GeoController } from '../../controllers/geo-controller.js';
import { InViewController } from '../../controllers/in-view-controller.js';
import { PrintController } from '../../controllers/print-controller.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { StatFeedErrorEvent, StatFeedWarningEvent, StatRegionSelectEvent } from '../../events/feed-events.js';
import { featureName, GEO_OBJECTS, geoLayer, packageGeoUrl, type GeoLayer, type MapLevel } from '../../feed/geo.js';
import { textIn } from '../../feed/select.js';
import type { Problem, Region } from '../../feed/types.js';
import { problem } from '../../feed/problems.js';
import { formatNumber, formatPeriod } from '../../format/number.js';
import { fill } from '../../format/strings.js';
import { classBreaks, classOf, classRanges, schemeColors, type ClassRange } from '../../math/classes.js';
import { nearestInDirection, nearestPoint, type Direction } from '../../math/neighbours.js';
import { mercator, projectMap, type Point, type ProjectedMap } from '../../math/projection.js';
import { DataMenu, tableOf } from '../shared/data-menu.js';
import type { StatDataTable } from '../../export/types.js';
import { StatWidget } from '../shared/stat-widget.js';
import { styleProps } from '../../directives/style-props.js';
import { mapStringsFor, registerMapStrings, type MapStrings } from './strings.js';
import { mapStyles } from './stat-map.styles.js';

/** A drawn region: where it is and what it shows. Kept in the list's order (by name). */
interface RegionView {
  /** The feed region's id (the shape's id when the feed lacks the region). */
  readonly id: string;
  readonly name: string;
  readonly d: string;
  readonly centroid: Point;
  readonly box: readonly [number, number, number, number];
  /** The larger side of its bounding box, in pixels. */
  readonly size: number;
  readonly value: number | null;
  /** Its colour class; −1 for "no data". */
  readonly cls: number;
  readonly share: number | null;
  /** 1 for the largest value (ties share a rank); 0 without a value. */
  readonly rank: number;
  /** Whether the feed has the region (a shape without one is drawn as "no data" and left out of the table). */
  readonly known: boolean;
  /** Whether the geometry calls it a city (`properties.type`). */
  readonly city: boolean;
}

/** The tooltip: whose, where (pixels in the drawing: above `top`, or below `bottom` near the top edge), and whether the pointer put it there. */
interface Tip {
  readonly id: string;
  readonly x: number;
  readonly top: number;
  readonly bottom: number;
  readonly pointer: boolean;
}

const ARROWS: Readonly<Record<string, Direction>> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/** Regions drawn smaller than this (pixels) get a round tap target this wide, and a button below the map. */
const TARGET = 24;

type Planar = { shapes: GeoLayer['features']; lines: GeoLayer['lines'][number][] };
const planars = new WeakMap<GeoLayer, Planar>();
const projections = new WeakMap<Planar, Map<number, ProjectedMap>>();

/** A layer in planar coordinates: once per geometry and level, shared by every map on the page. */
function planarOf(layer: GeoLayer): Planar {
  let planar = planars.get(layer);
  if (!planar) planars.set(layer, (planar = { shapes: layer.features.map((f) => mercator(f)), lines: layer.lines.map((l) => mercator(l)) }));
  return planar;
}

/**
 * The projection at a width, shared by every map of that geometry and width (read only): 50 maps
 * on a page cost one projection, not 50 (d3-geo was most of the scripting of 50 maps in the bench's
 * CPU profile). The last 4 widths are kept.
 */
function projectedAt(planar: Planar, width: number): ProjectedMap {
  const byWidth = projections.get(planar) ?? new Map<number, ProjectedMap>();
  projections.set(planar, byWidth);
  let projected = byWidth.get(width);
  if (!projected) {
    byWidth.set(width, (projected = projectMap(planar.shapes, planar.lines, width)));
    if (byWidth.size > 4) byWidth.delete(byWidth.keys().next().value!);
  }
  return projected;
}

/** Milliseconds per period while playing. */
const STEP = 1200;

/**
 * @tagname stat-map
 * @summary A choropleth of the feed's districts or economic regions, with a legend, a tooltip,
 * keyboard access, a table, and a period control.
 *
 * @csspart base - The figure around everything.
 * @csspart title - The caption: metric, level and period.
 * @csspart status - Why the map is missing or not up to date (error, stale).
 * @csspart map - The SVG drawing.
 * @csspart region - One region's shape, with `data-region` (its id); the selected one also has part `selected`.
 * @csspart tooltip - Name, value, share of the national total and rank of the region under the pointer or focus.
 * @csspart legend - The colour classes with their bounds, and the "no data" key.
 * @csspart period - The period control: play/pause, slider and the period's name.
 * @csspart play - The play/pause button.
 * @csspart slider - The period slider.
 * @csspart small-areas - Buttons for the areas too small to tap on the map.
 * @csspart table-toggle - The "Show as table" button.
 * @csspart table - The table of regions, sorted by value.
 * @csspart footer - The geometry's credit line.
 * @csspart menu - The "Get the data" menu: its button and list (none with `no-menu`).
 * @csspart menu-button - The menu's button (its accessible name: "Get the data").
 * @csspart menu-list - The list of actions: download CSV, SVG, PNG; copy the embed code.
 *
 * @cssproperty --stat-font-family - Font (default: the page's).
 * @cssproperty --stat-color-text - Text colour (default: the page's, made at least 60 % opaque; with `theme`: #1d1d1f, dark #ececec); also of buttons and the tooltip (#1d1d1f, dark #ececec).
 * @cssproperty --stat-color-background - Background (default: none; with `theme`: #fff, dark #1c1c1e); also of buttons, the tooltip and between regions.
 * @cssproperty --stat-color-border - Borders of buttons and the tooltip, the hatching of "no data" (default: #767676, dark #8e8e93).
 * @cssproperty --stat-color-muted - Status and footer text (default: #595959, dark #a1a1a6).
 * @cssproperty --stat-color-negative - Errors (default: #b3261e, dark #ff8a80).
 * @cssproperty --stat-color-class-1 - Colour of the first (lowest) class; `-2` to `-9` the next ones (default: the `scheme`'s).
 * @cssproperty --stat-color-skeleton - The loading placeholder.
 * @cssproperty --stat-radius - Corners of the placeholder, tooltip, buttons and a themed widget (default: 4px).
 * @cssproperty --stat-duration - Twice the length of a recolouring (default: 800ms; 0s: instant).
 * @cssproperty --stat-map-border-color - Borders between regions (default: --stat-color-background, else #fff, dark #1c1c1e).
 * @cssproperty --stat-map-outline-color - The outer boundary (default: #666, dark #999).
 * @cssproperty --stat-map-no-data-color - The hatching of "no data" (default: --stat-color-border).
 * @cssproperty --stat-map-no-data-background - The ground of "no data" (default: --stat-color-background, else #fff, dark #1c1c1e).
 * @cssproperty --stat-map-selected-color - The selected region's outline (default: #000, dark #fff).
 * @cssproperty --stat-map-focus-color - The keyboard focus ring (default: #c2410c, dark #ff8f57).
 *
 * @event stat-region-select - A region was selected, or the selection cleared (`StatRegionSelectEvent`: `region`, an id or null).
 * @event stat-feed-load - With `src`: the feed arrived or changed.
 * @event stat-feed-error - With `src`: the feed could not be loaded or used. Also when the geometry cannot be loaded (`url`: the geometry's).
 * @event stat-feed-warning - With `src`: rows of the feed were dropped. Also for feed regions without a shape and shapes without a region (`url`: the geometry's).
 */
export class StatMap extends StatWidget {
  static override styles = mapStyles;

  /**
   * The geometry of maps without `geo`: the package's Azerbaijan file, found from the loaded
   * script (`…/dist/geo/azerbaijan-regions.topo.json`). Set it before maps connect to serve the
   * file from elsewhere.
   */
  static defaultGeo = packageGeoUrl();

  /** Adds or replaces a language's map strings (the other strings: `registerStrings`). */
  static registerStrings = registerMapStrings;

  private readonly resize = new ResizeController(this);
  /** Drawing waits until the widget is within 200 px of the viewport (one observer shared by every map and timeline). */
  private readonly near = new InViewController(this, '200px');
  private readonly print = new PrintController(this);
  private readonly geometry = new GeoController(this);
  private readonly menu = new DataMenu(this);

  /** Id of the metric to show (required). */
  @property() metric = '';

  /** The regions to draw: `district` or `economic-region`. */
  @property() level: MapLevel = 'district';

  /** Period to show (default: the `<stat-feed>` selection, else the latest with regional values). */
  @property() period = '';

  /** URL of a TopoJSON topology with objects `districts` and `economic_regions` (default: `StatMap.defaultGeo`). */
  @property() geo = '';

  /** Colour scheme: `blues`, `greens`, `oranges`, `purples` or `viridis`. */
  @property() scheme = 'blues';

  /** Number of colour classes, 1 to 9 (fewer when the values are too few or too alike). */
  @property({ type: Number }) classes = 5;

  /** Credit line under the map (default: the built-in geometry's; none with another `geo`). */
  @property() credit = '';

  /** The selection of a map with a feed of its own (inside `<stat-feed>`, its selection is used). */
  @state() private own: string | null = null;
  /** The region that holds the one Tab stop. */
  @state() private active: string | null = null;
  @state() private tip: Tip | null = null;
  @state() private ring = false;
  @state() private table = false;
  @state() private playing = false;

  // Derived in willUpdate, drawn by render.
  private text: MapStrings = mapStringsFor('en');
  private layer: GeoLayer | null = null;
  private planar: Planar | null = null;
  private projected: ProjectedMap | null = null;
  private views: RegionView[] = [];
  private byId = new Map<string, RegionView>();
  private colors: string[] = [];
  private ranges: ClassRange[] = [];
  private periods: string[] = [];
  private shown = '';
  private caption = '';
  private label = '';
  private selected: string | null = null;
  private known = false;
  private warned: unknown[] = [];
  private derivedFor: unknown[] = [];
  private problems: Problem[] = [];
  private reported = '';
  private timer?: ReturnType<typeof setInterval>;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stop();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.text = mapStringsFor(this.language);
    this.geometry.use(this.geo || StatMap.defaultGeo);
    this.derive();
  }

  protected override render() {
    const { text, projected, tip } = this;
    const view = tip && this.byId.get(tip.id);
    return html`<figure part="base" aria-labelledby="title">
      <figcaption part="title" id="title">${this.caption || (this.state === 'loading' ? this.strings.loading : this.label)}</figcaption>
      ${this.status ? html`<div part="status">${this.status}</div>` : nothing}
      <!-- Focus and key listeners sit here: on an SVG element they would make it a Tab stop of its own (Chromium). -->
      <div class="frame" @keydown=${this.onKey} @focusin=${this.onFocus} @focusout=${this.onBlur}>
        ${projected && this.views.length ? this.renderMap(projected) : html`<div class="skeleton"></div>`}
        ${view ? this.renderTip(view, tip!) : nothing}
      </div>
      ${this.views.length ? [this.renderLegend(), this.renderPeriod(), this.renderSmall(), this.renderTable()] : nothing}
      <div part="footer">${this.credit || (this.geo ? '' : text.credit)}</div>
      ${this.menu.render(this.language)}
    </figure>`;
  }

  private renderMap(map: ProjectedMap) {
    const { views, selected, active, tip, byId } = this;
    const stop = byId.has(active!) ? active : byId.has(selected!) ? selected : views[0]?.id;
    // Outlines of the selected, focused and hovered regions; a ring around one too small to see.
    const d = (id: string | null | undefined) => {
      const v = id && byId.get(id);
      if (!v) return '';
      const [x, y] = v.centroid;
      return v.size < TARGET / 2 ? `M${x - 9},${y}a9,9 0 1,0 18,0a9,9 0 1,0-18,0` : v.d;
    };
    const [borders, outline, coarser] = this.projected!.lines;
    return html`<svg
        part="map"
        role="none"
        width=${map.width}
        height=${map.height}
        viewBox="0 0 ${map.width} ${map.height}"
        @pointermove=${this.onPointer}
        @pointerleave=${this.onPointer}
        @click=${this.onClick}
      >
        <pattern id="no-data" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">
          <rect class="ground" width="5" height="5"></rect>
          <path class="hatch" d="M0 0v5"></path>
        </pattern>
        <g role="listbox" aria-labelledby="title" aria-describedby="keys">
          ${views.map(
            (v) =>
              svg`<path part=${v.id === selected ? 'region selected' : 'region'} data-region=${v.id} role="option"
                aria-selected=${v.id === selected} aria-label="${v.name}: ${this.valueText(v.value)}"
                aria-describedby=${tip?.id === v.id ? 'tip' : nothing} tabindex=${v.id === stop ? 0 : -1}
                style=${styleProps({ fill: !this.known ? undefined : v.cls < 0 ? 'url(#no-data)' : this.colors[v.cls] })} d=${v.d}></path>`,
          )}
        </g>
        <g aria-hidden="true">
          <path class="borders" d=${borders}></path>
          <path class="coarser" d=${coarser}></path>
          <path class="outline" d=${outline}></path>
          ${views.map((v) => (v.size < TARGET ? svg`<circle data-region=${v.id} cx=${v.centroid[0]} cy=${v.centroid[1]} r=${TARGET / 2}></circle>` : nothing))}
          <path class="hover" d=${tip?.id !== selected ? d(tip?.id) : ''}></path>
          <path class="halo" d=${d(selected)}></path>
          <path class="selected" d=${d(selected)}></path>
          <path class="halo" d=${this.ring ? d(active) : ''}></path>
          <path class="focus" d=${this.ring ? d(active) : ''}></path>
        </g>
      </svg>
      <span id="keys" hidden>${this.text.mapKeys}</span>`;
  }

  private renderTip(view: RegionView, { x, top, bottom }: Tip) {
    // Above the region (or pointer), below it near the top edge; shifted left as much as it is
    // right of the frame's left edge, so that it never leaves the frame.
    const shift = (-100 * x) / (this.projected?.width || 1);
    const above = top > 90;
    return html`<div part="tooltip" id="tip" role="tooltip" style=${styleProps({
      left: `${x}px`,
      top: `${above ? top : bottom}px`,
      transform: `translate(${shift}%,${above ? 'calc(-100% - 10px)' : '14px'})`,
    })}>
      <strong>${view.name}</strong>
      <div>${this.label}: ${this.valueText(view.value)}</div>
      ${this.details(view).map((line) => html`<div class="muted">${line}</div>`)}
    </div>`;
  }

  private renderLegend() {
    const n = (value: number) => formatNumber(value, this.language);
    return this.known
      ? html`<ul part="legend" aria-label=${this.text.legend}>
          ${this.ranges.map(
            (r, i) => html`<li><span class="swatch" style=${styleProps({ background: this.colors[i] })}></span>${r.from === r.to ? n(r.from) : `${n(r.from)}–${n(r.to)}`}</li>`,
          )}
          <li><span class="swatch no-data"></span>${this.strings.noData}</li>
        </ul>`
      : nothing;
  }

  private renderPeriod() {
    const { periods, text, playing } = this;
    const name = formatPeriod(this.shown, this.language);
    return periods.length > 1
      ? html`<div part="period">
          <button part="play" type="button" aria-pressed=${playing} @click=${this.play}>
            <span aria-hidden="true">${playing ? '❚❚' : '▶'}</span> ${playing ? text.pause : text.play}
          </button>
          <input
            part="slider"
            type="range"
            max=${periods.length - 1}
            .value=${String(Math.max(0, periods.indexOf(this.shown)))}
            aria-label=${text.period}
            aria-valuetext=${name}
            @input=${this.onSlider}
          />
          <output aria-hidden="true">${name}</output>
        </div>`
      : nothing;
  }

  private renderSmall() {
    const small = this.views.filter((v) => v.size < TARGET && v.known);
    return small.length
      ? html`<div part="small-areas" role="group" aria-labelledby="small">
          <span id="small">${this.text.smallAreas}:</span>
          ${small.map(
            (v) => html`<button type="button" aria-pressed=${v.id === this.selected} @click=${() => this.toggle(v.id)}>${v.name}</button>`,
          )}
        </div>`
      : nothing;
  }

  /**
   * Exactly what the map shows, as its table does: one row per area of the level, by value, with
   * its share of the national total in percent (rounded as shown) when the total is known. Null
   * while nothing is drawn.
   */
  dataTable(): StatDataTable | null {
    const { text } = this;
    const rows = this.rows();
    const share = rows.some((v) => v.share !== null);
    return this.known && rows.length
      ? tableOf(
          this.feedController.snapshot?.feed,
          this.language,
          this.caption,
          [text.area, this.label, ...(share ? [`${text.share} (%)`] : [])],
          rows.map((v) => [v.name, v.value, ...(share ? [v.share === null ? null : Math.round(v.share * 1000) / 10] : [])]),
        )
      : null;
  }

  /** The areas of the table, largest value first. */
  private rows(): RegionView[] {
    return this.views.filter((v) => v.known).sort((a, b) => (b.value ?? -1e308) - (a.value ?? -1e308) || a.name.localeCompare(b.name, this.language));
  }

  private renderTable() {
    const { text, table } = this;
    // The table is rendered when shown or printed (print rules in the styles), not kept hidden in the DOM.
    return html`<div><button part="table-toggle" type="button" aria-expanded=${table} aria-controls="table" @click=${() => (this.table = !table)}>
        ${table ? text.hideTable : text.showTable}
      </button></div>
      <div id="table" class="table" ?hidden=${!table} tabindex="0" role="region" aria-labelledby="title">
        ${table || this.print.printing ? this.renderRows(this.rows()) : nothing}
      </div>`;
  }

  private renderRows(rows: RegionView[]) {
    const { text } = this;
    return html`<table part="table">
          <thead>
            <tr><th>${text.area}</th><th>${this.label}</th><th>${text.share}</th></tr>
          </thead>
          <tbody>
            ${rows.map(
              (v) =>
                html`<tr data-region=${v.id}><th scope="row">${v.name}</th><td>${this.valueText(v.value)}</td><td>${v.share === null ? '' : this.percent(v.share)}</td></tr>`,
            )}
          </tbody>
        </table>`;
  }

  // ------------------------------------------------------------------------------------------
  // Deriving

  /** Reads the feed and the geometry into what render draws, and the state to reflect. */
  private derive(): void {
    const { language, text } = this;
    const snapshot = this.readFeed();
    const feed = snapshot?.feed;
    const metric = feed?.metric(this.metric);
    const { topology, error } = this.geometry;
    const layer = topology && geoLayer(topology, this.level);
    this.label = metric ? textIn(metric.label, language) : this.metric;
    if (error) {
      this.state = 'error';
      this.status = text.mapError;
    }
    if (!topology && this.state !== 'error') this.state = 'loading';
    // Mistakes in the page's markup: said in English, naming the attribute to fix.
    const mistake = !this.metric
      ? 'the metric attribute is required'
      : !GEO_OBJECTS[this.level]
        ? `level="${this.level}" is not district or economic-region`
        : !snapshot
          ? 'no feed: set src, or place the map inside <stat-feed>'
          : feed && !metric
            ? `metric="${this.metric}" is not in the feed`
            : topology && !layer
              ? `the geometry has no "${GEO_OBJECTS[this.level]}" object`
              : '';
    this.markupMistake(mistake);
    this.known = !!metric && !mistake;
    this.selected = this.src ? this.own : (this.feedController.selection.region ?? null);

    // Geometry: projected again only for another geometry, level or width; never for new values.
    if (layer !== this.layer) {
      this.layer = layer;
      this.planar = layer && planarOf(layer);
      this.projected = null;
    }
    // Nothing is projected or drawn until the map nears the viewport (the placeholder keeps its place).
    const width = this.near.seen || this.print.printing ? this.resize.width : 0;
    if (!this.planar || !width) this.projected = null;
    else if (this.projected?.width !== width) this.projected = projectedAt(this.planar, width);
    // Shapes without numbers would read as "no data": until the feed is in, the placeholder stays.
    if (!layer || !this.projected || !feed) {
      this.views = [];
      this.byId = new Map();
      this.caption = '';
      this.derivedFor = [];
      return;
    }

    // Values change with these only: pointer moves and focus changes redraw without recomputing them.
    const key = [feed, metric, this.level, this.period, this.feedController.selection.period, this.classes, this.scheme, text, language, this.projected, this.known];
    if (key.every((k, i) => k === this.derivedFor[i])) return;
    this.derivedFor = key;

    // Feed regions of this level, by the shape they are drawn with.
    const regionOf = new Map<string, Region>();
    for (const region of feed.feed.regions) if (region.level === this.level) regionOf.set(region.geo ?? region.id, region);
    const regions = layer.ids.map((id) => regionOf.get(id));
    const valueAt = (i: number, period: string) => (this.known && regions[i] ? feed.value(metric!.id, regions[i]!.id, period) : null);
    if (this.warned[0] !== feed || this.warned[1] !== layer) this.warn(feed.feed.regions, layer.ids, regionOf, [feed, layer]);

    // The periods with a regional value: the slider's stops; the last is the default.
    const periods = feed.periods.filter((p) => regions.some((_, i) => valueAt(i, p) !== null));
    const shown = this.period || this.feedController.selection.period || periods[periods.length - 1] || feed.latestPeriod || '';
    if (shown && !periods.includes(shown)) periods.push(shown);
    this.periods = periods.sort((a, b) => feed.periods.indexOf(a) - feed.periods.indexOf(b));
    this.shown = shown;

    // Classes over every period, so that a colour means the same numbers all along the slider.
    const all = this.periods.flatMap((p) => regions.map((_, i) => valueAt(i, p))).filter((v): v is number => v !== null);
    const thresholds = classBreaks(all, this.classes);
    this.ranges = classRanges(all, thresholds);
    // Through the page's --stat-color-class-N when it sets them (a partner's palette), else the scheme's.
    this.colors = schemeColors(this.scheme, this.ranges.length).map((c, i) => `var(--stat-color-class-${i + 1},${c})`);

    const values = regions.map((_, i) => valueAt(i, shown));
    const ranked = values.filter((v): v is number => v !== null).sort((a, b) => b - a);
    const country = feed.country;
    const total = this.known && country ? feed.value(metric!.id, country.id, shown) : null;
    this.views = layer.ids
      .map((id, i): RegionView => {
        const region = regions[i];
        const value = values[i]!;
        const shape = this.projected!.regions[i]!;
        return {
          id: region?.id ?? id,
          name: (region && textIn(region.name, language)) || featureName(layer.features[i]!.properties, language) || id,
          ...shape,
          value,
          cls: value === null ? -1 : classOf(value, thresholds),
          share: value !== null && total ? value / total : null,
          rank: value === null ? 0 : ranked.indexOf(value) + 1,
          known: !!region,
          city: layer.features[i]!.properties?.['type'] === 'city',
        };
      });
    this.disambiguate();
    this.views.sort((a, b) => a.name.localeCompare(b.name, language));
    this.byId = new Map(this.views.map((v) => [v.id, v]));
    this.caption = fill(this.level === 'district' ? text.byDistrict : text.byEconomicRegion, {
      metric: this.label,
      period: formatPeriod(shown, language),
    });
    if (this.playing && this.periods.length < 2) this.stop();
  }

  /**
   * Names said twice (Shaki the city and Shaki the district) are told apart: a city by the word
   * "city" (the geometry's `type` property), anything left by its id.
   */
  private disambiguate(): void {
    const twice = () => this.views.filter((v) => this.views.some((w) => w !== v && w.name === v.name)) as { name: string; city: boolean; id: string }[];
    for (const v of twice()) if (v.city) v.name += ` (${this.text.city})`;
    for (const v of twice()) v.name += ` (${v.id})`;
  }

  /** Feed regions of the level without a shape, and shapes without a region (once per feed and geometry). */
  private warn(all: readonly Region[], ids: readonly string[], regionOf: Map<string, Region>, key: unknown[]): void {
    this.warned = key;
    const object = GEO_OBJECTS[this.level];
    const drawn = new Set(ids);
    this.problems = [
      ...all.flatMap((r, i) =>
        r.level === this.level && !drawn.has(r.geo ?? r.id) ? [problem(`regions[${i}]`, 'no-shape', { id: r.geo ?? r.id, object, then: 'not drawn' })] : [],
      ),
      ...ids.flatMap((id, i) => (regionOf.has(id) ? [] : [problem(`objects.${object}.geometries[${i}]`, 'no-feature-region', { id, then: 'drawn as "no data"' })])),
    ];
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Events only: nothing here changes what is drawn.
    const url = this.geo || StatMap.defaultGeo;
    if (this.problems.length) {
      this.dispatchEvent(new StatFeedWarningEvent(url, this.problems));
      this.problems = [];
    }
    const { error } = this.geometry;
    if (error !== this.reported && (this.reported = error)) this.dispatchEvent(new StatFeedErrorEvent(url, error, [], false));
  }

  // ------------------------------------------------------------------------------------------
  // Words

  private valueText(value: number | null): string {
    return value === null ? this.strings.noData : formatNumber(value, this.language);
  }

  private percent(share: number): string {
    return fill(this.text.percent, { value: formatNumber(Math.round(share * 1000) / 10, this.language, 1) });
  }

  /** A region's share and rank, for the tooltip. */
  private details(view: RegionView): string[] {
    const n = (value: number) => formatNumber(value, this.language);
    return view.value === null
      ? []
      : [
          ...(view.share === null ? [] : [fill(this.text.shareOfTotal, { share: this.percent(view.share) })]),
          fill(this.text.rank, { rank: n(view.rank), count: n(this.views.filter((v) => v.value !== null).length) }),
        ];
  }

  // ------------------------------------------------------------------------------------------
  // Handlers

  /** The region under a pointer: its shape, or the nearest small area's centre within a tap target. */
  private regionAt(event: MouseEvent): string | undefined {
    const target = (event.target as Element).closest('[data-region]');
    const small = this.views.flatMap((v, i) => (v.size < TARGET ? [i] : []));
    const i = target?.localName === 'circle' ? nearestPoint(this.views.map((v) => v.centroid), small, this.pointIn(event), TARGET) : -1;
    return i >= 0 ? this.views[i]!.id : (target?.getAttribute('data-region') ?? undefined);
  }

  private pointIn(event: MouseEvent): Point {
    const box = this.renderRoot.querySelector('svg')!.getBoundingClientRect();
    return [event.clientX - box.left, event.clientY - box.top];
  }

  private onPointer(event: PointerEvent): void {
    const id = event.type === 'pointermove' && this.regionAt(event);
    if (id) this.tip = this.pointerTip(id, event);
    else if (this.tip?.pointer) this.tip = this.focusTip();
  }

  private pointerTip(id: string, event: MouseEvent): Tip {
    const [x, y] = this.pointIn(event);
    return { id, x, top: y, bottom: y, pointer: true };
  }

  /** A region's tooltip for the keyboard: above or below the whole region, not over it. */
  private regionTip(view: RegionView): Tip {
    return { id: view.id, x: view.centroid[0], top: view.box[1], bottom: view.box[3], pointer: false };
  }

  /** The keyboard's tooltip, while a region has keyboard focus. */
  private focusTip(): Tip | null {
    const view = this.ring && this.byId.get(this.renderRoot.querySelector('[part~=region]:focus')?.getAttribute('data-region') ?? '');
    return view ? this.regionTip(view) : null;
  }

  private onClick(event: MouseEvent): void {
    const id = this.regionAt(event);
    if (!id) return;
    this.active = id;
    this.tip = this.pointerTip(id, event);
    this.toggle(id);
  }

  private onFocus(event: FocusEvent): void {
    const target = event.target as Element;
    const view = this.byId.get(target.getAttribute('data-region')!);
    if (!view) return;
    this.active = view.id;
    this.ring = target.matches(':focus-visible');
    if (!this.tip?.pointer || this.ring) this.tip = this.regionTip(view);
  }

  private onBlur(event: FocusEvent): void {
    if ((event.relatedTarget as Element | null)?.closest('[role=listbox]')) return;
    this.ring = false;
    if (!this.tip?.pointer) this.tip = null;
  }

  private onKey(event: KeyboardEvent): void {
    const { views, byId } = this;
    const current = byId.get(this.active!) ?? views[0]!;
    const key = event.key;
    const direction = ARROWS[key];
    let next = -1;
    if (direction) next = nearestInDirection(views.map((v) => v.centroid), views.indexOf(current), direction);
    else if (key === 'Home') next = 0;
    else if (key === 'End') next = views.length - 1;
    else if (key === 'Enter' || key === ' ') this.toggle(current.id);
    // Escape clears the selection; with none, it dismisses the tooltip.
    else if (key === 'Escape') this.selected ? this.select(null) : (this.tip = null);
    else return;
    event.preventDefault();
    const id = views[next]?.id;
    if (!id) return;
    this.active = id;
    this.renderRoot.querySelector<SVGElement>(`[data-region="${CSS.escape(id)}"]`)!.focus();
  }

  /** Selects a region; clears the selection when it is the selected one. */
  private toggle(id: string): void {
    this.select(this.selected === id ? null : id);
  }

  private select(id: string | null): void {
    if (this.src) this.own = id;
    else this.feedController.select({ region: id });
    this.dispatchEvent(new StatRegionSelectEvent(id));
  }

  private onSlider(event: Event): void {
    this.stop();
    this.show(this.periods[+(event.target as HTMLInputElement).value]);
  }

  /** Shows a period: through the `<stat-feed>` selection (counters follow), else as this map's `period`. */
  private show(period: string | undefined): void {
    if (!period) return;
    if (this.src || this.period) this.period = period;
    else this.feedController.select({ period });
  }

  /** Play steps through the periods from the shown one (from the first, at the end) and stops at the last. Never on its own. */
  private play(): void {
    if (this.playing) return this.stop();
    const step = () => {
      const at = this.periods.indexOf(this.shown) + 1;
      this.show(this.periods[at]);
      if (at >= this.periods.length - 1) this.stop();
    };
    if (this.periods.indexOf(this.shown) >= this.periods.length - 1) this.show(this.periods[0]);
    this.playing = true;
    this.timer = setInterval(step, STEP);
  }

  private stop(): void {
    clearInterval(this.timer);
    this.playing = false;
  }
}
