import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { GeoController } from '../../controllers/geo-controller.js';
import { InViewController } from '../../controllers/in-view-controller.js';
import { PrintController } from '../../controllers/print-controller.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { StatFeedErrorEvent, StatFeedWarningEvent, StatRegionSelectEvent } from '../../events/feed-events.js';
import type { StatDataTable, WidgetImageParts } from '../../export/types.js';
import { GEO_OBJECTS, geoLayer, missingObject, objectNames, packageGeoUrl, type GeoLayer, type MapLevel } from '../../feed/geo.js';
import { textIn } from '../../feed/select.js';
import type { Problem } from '../../feed/types.js';
import { memoizeLast } from '../../math/memo.js';
import { planarOf, projectedAt } from '../../math/projection-cache.js';
import { coordinateBox, projectionOf, type Point } from '../../math/projection.js';
import { tableOf } from '../../export/table.js';
import { DataMenu } from '../shared/data-menu.js';
import { StatWidget } from '../shared/stat-widget.js';
import { mapStringsFor, registerMapStrings, type MapStrings } from './strings.js';
import { RegionSearch } from './region-search.js';
import { mapStyles } from './stat-map.styles.js';
import { choropleth, MANY, mismatches, regionByKey, shapesWithData, smallAreaAt, tableCells, TARGET, type Choropleth } from './choropleth.js';
import { shapeAt } from './hit-test.js';
import { intlWarmUps } from '../../format/collate.js';
import { PeriodPlayer } from './period-player.js';
import { afterTask } from '../shared/next-task.js';
import { BAND, BANDS, DrawingSlices, SLICE_MS } from './slices.js';
import { legendTemplate, mapTemplate, periodTemplate, smallAreasTemplate, tableTemplate, tipAround, tipAt, tipTemplate, type Tip } from './map-templates.js';

/**
 * @tagname stat-map
 * @summary A choropleth of the feed's districts or economic regions, with a legend, a tooltip,
 * keyboard access, a table, and a period control.
 *
 * @slot - Fallback content: the numbers as plain HTML, as the snippet builder writes them. Shown until the widget has live numbers, and kept, with a status line, when the feed cannot be loaded.
 *
 * @csspart base - The figure around everything.
 * @csspart title - The caption: metric, level and period.
 * @csspart status - Why the map is missing or not up to date (error, stale).
 * @csspart map - The SVG drawing.
 * @csspart region - One region's shape, with `data-region` (its id); the selected one also has part `selected`. With more than 400 regions, only the keyboard's one (the fills are one path per colour class).
 * @csspart tooltip - Name, value, share of the national total and rank of the region under the pointer or focus.
 * @csspart legend - The colour classes with their bounds, and the "no data" key.
 * @csspart period - The period control: play/pause, slider and the period's name.
 * @csspart play - The play/pause button.
 * @csspart slider - The period slider.
 * @csspart small-areas - Buttons for the areas too small to tap on the map.
 * @csspart search - "Find a region": its label, input (a combobox), list of matching regions and count line.
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
 * @event stat-feed-error - With `src`: the feed could not be loaded or used. Also when the geometry cannot be loaded or lacks the level's object (`url`: the geometry's; the message lists the objects it has), or the projections cannot be loaded (`url`: theirs).
 * @event stat-feed-warning - With `src`: rows of the feed were dropped. Also for feed regions without a shape and shapes without a region (`url`: the geometry's).
 */
export class StatMap extends StatWidget {
  /** The reactive properties (Lit: accessors, attributes), declared as data: no decorator code in the bundle. */
  static override properties: PropertyDeclarations = {
    metric: {},
    level: {},
    period: {},
    geo: {},
    geoObject: { attribute: 'geo-object' },
    geoKey: { attribute: 'geo-key' },
    projection: {},
    fit: {},
    scheme: {},
    classes: { type: Number },
    credit: {},
    active: { state: true },
    tip: { state: true },
    ring: { state: true },
    table: { state: true },
  };

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
  private readonly search = new RegionSearch(this, (id) => this.found(id));
  private readonly player = new PeriodPlayer(
    this,
    () => this.model,
    (period) => this.show(period),
  );

  /** Id of the metric to show (required). */
  metric = '';

  /** The regions to draw: a level id of the feed's `levels`; without them `district` or `economic-region`. */
  level: MapLevel = 'district';

  /** Period to show (default: the `<stat-feed>` selection, else the latest with regional values). */
  period = '';

  /** URL of a TopoJSON topology (objects `districts` and `economic_regions`, one named by each of the feed's own level ids, or see `geo-object`) or a GeoJSON FeatureCollection (default: `StatMap.defaultGeo`). */
  geo = '';

  /** The TopoJSON object to draw for the level (default: the level's id, then `districts` or `economic_regions`). */
  geoObject = '';

  /** The feature property that holds a region's `geo` id (default: the feature's `id`, else `properties.id`). */
  geoKey = '';

  /** `mercator`, `equal-earth`, `albers-usa`, `conic-conformal` or `identity` (default: `mercator` for longitude and latitude, `identity` for planar coordinates). */
  projection = '';

  /** What the view fits: `all` the shapes, or `data`, the regions with a value (each by its largest part). */
  fit: 'all' | 'data' = 'all';

  /** Colour scheme: `blues`, `greens`, `oranges`, `purples` or `viridis`. */
  scheme = 'blues';

  /** Number of colour classes, 1 to 9 (fewer when the values are too few or too alike). */
  classes = 5;

  /** Credit line under the map (default: the built-in geometry's; none with another `geo`). */
  credit = '';

  /** The region that holds the one Tab stop. */
  private active: string | null = null;
  private tip: Tip | null = null;
  private ring = false;
  private table = false;

  // Derived in willUpdate, drawn by render.
  private text: MapStrings = mapStringsFor('en');
  private label = '';
  private selected: string | null = null;
  /** What is drawn (choropleth.ts); null until the feed, the geometry and a width are there. */
  private model: Choropleth | null = null;
  private problems: readonly Problem[] = [];
  private warned: readonly Problem[] = [];
  private reported = '';

  // The one guard: each is computed again only when one of its arguments changed (math/memo.ts),
  // so that pointer moves, focus and the tooltip redraw without recomputing values or paths.
  /** Projected again only for another geometry, level or width; never for new values. */
  private readonly project = memoizeLast(projectedAt);
  private readonly choropleth = memoizeLast(choropleth);
  /** Warned about once per feed and geometry. */
  private readonly mismatches = memoizeLast(mismatches);
  /** How a layer is projected: its coordinates read once per layer (math/projection.ts). */
  private readonly projectionOf = memoizeLast((layer: GeoLayer, projection: string) => projectionOf(coordinateBox(layer.features), projection));
  private readonly shapesWithData = memoizeLast(shapesWithData);
  /** The geometry's own mistake (its level's object missing, its projections not loaded): a stat-feed-error. */
  private geoMistake = '';
  private readonly slices = new DrawingSlices(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.text = mapStringsFor(this.language);
    this.geometry.use(this.geo || StatMap.defaultGeo);
    this.derive();
  }

  protected override render() {
    const { model, tip } = this;
    const view = tip && model?.byId.get(tip.id);
    const drawn = model?.regions.length ? model : null;
    // A first drawing behind the page's numbers builds the figure hidden, a band a slice (slices.ts BANDS), then shows it.
    const { built } = this.slices;
    const page = this.fallback.render(!!drawn && built >= BANDS, this.language, this.status);
    // Focus and key listeners sit on the frame: on an SVG element they would make it a Tab stop of
    // its own (Chromium). Said here: a comment in the template would ship in the bundle.
    return html`${page ?? nothing}${
      page && !drawn
        ? nothing
        : html`<figure part="base" aria-labelledby="title" class=${page ? 'behind' : ''}>
      <figcaption part="title" id="title">${model?.caption || (this.state === 'loading' ? this.strings.loading : this.label)}</figcaption>
      ${this.status ? html`<div part="status" class="status">${this.status}</div>` : nothing}
      <div class="frame" @keydown=${this.onKey} @focusin=${this.onFocus} @focusout=${this.onBlur}>
        ${drawn ? mapTemplate(drawn, this.slices.shown, this.selected, this.active, this.ring, tip?.id, this.onPointer, this.onClick) : html`<div class="skeleton"></div>`}
        ${view ? tipTemplate(model!, view, tip!) : nothing}
      </div>
      ${drawn && built >= BAND.controls ? [legendTemplate(drawn), periodTemplate(drawn, this.player.playing, this.player.toggle, this.onSlider), this.search.render(drawn)] : nothing}
      ${
        drawn && built >= BAND.details
          ? [
              smallAreasTemplate(drawn, this.selected, (id) => this.toggle(id)),
              tableTemplate(drawn, this.table, this.print.printing, () => (this.table = !this.table)),
            ]
          : nothing
      }
      <div part="footer">${this.creditLine()}</div>
      ${built >= BAND.menu ? this.menu.render(this.language) : nothing}
    </figure>`
    }`;
  }

  /**
   * Exactly what the map shows, as its table does: one row per area of the level, by value, with
   * its share of the national total in percent (rounded as shown) when the total is known. Null
   * while nothing is drawn.
   */
  dataTable(): StatDataTable | null {
    const { model } = this;
    if (!model?.known || !model.rows.length) return null;
    const { columns, cells } = tableCells(model);
    return tableOf(model.feed, this.language, model.caption, columns, cells, ['', model.unit]);
  }

  /** What the map draws, for its image: the drawing, the legend's entries with their swatches, the credit line. */
  exportImage(): WidgetImageParts {
    const root = this.renderRoot;
    return {
      chart: root.querySelector<SVGSVGElement>('[part=map]'),
      counters: [],
      legend: [...root.querySelectorAll('.swatch')].map((swatch) => ({ label: swatch.parentNode!.textContent!.trim(), swatch })),
      credit: this.creditLine(),
    };
  }

  private creditLine(): string {
    return this.credit || (this.geo ? '' : this.text.credit);
  }

  // ------------------------------------------------------------------------------------------
  // Deriving

  /** Reads the feed and the geometry into the model render draws, and the state to reflect. */
  private derive(): void {
    const started = performance.now();
    const { language, text, strings } = this;
    this.readFeed();
    const view = this.feedController.view({ metric: this.metric, period: this.period });
    const { feed } = view;
    const metric = feed?.metric(this.metric);
    const { topology, error } = this.geometry;
    const { level, classes, scheme, geoObject } = this;
    // A level the map can draw: one of the feed's own levels, else a built-in one.
    const levels = feed?.feed.levels?.map((own) => own.id);
    const drawable = levels ? levels.includes(level) : !!GEO_OBJECTS[level];
    const layer = topology && drawable ? geoLayer(topology, level, { object: geoObject, key: this.geoKey }) : null;
    // Decoding the geometry's shapes, then meshing its lines: slices of their own when slow (once: geo.ts keeps them).
    if (layer && this.slices.yielding(started)) return;
    if (layer?.lines && this.slices.yielding(started)) return;
    const how = layer && this.projectionOf(layer, this.projection);
    // Another geometry than the built-in one most often needs the real projections (a country of
    // its own fits the planar Mercator; the world, the United States, Europe do not): fetched
    // beside the geometry, not after it.
    if ((how && !how.planar) || (this.geo && this.projection !== 'identity' && this.near.seen)) this.geometry.needSphere();
    const { sphere, sphereError } = this.geometry;
    // A geometry without the level's object: said in the status line and in a stat-feed-error.
    const missing = topology && drawable && !layer ? missingObject(topology, level, geoObject) : '';
    this.geoMistake = missing || (how && !how.planar && sphereError?.message) || '';
    const label = (this.label = metric ? textIn(metric.label, language) : this.metric);
    if (error || (how && !how.planar && sphereError)) {
      this.state = 'error';
      this.status = text.mapError;
    }
    if (!topology && this.state !== 'error') this.state = 'loading';
    // Mistakes in the page's markup: said in English, naming the attribute to fix (the feed's own in the view).
    const mistake = this.levelMistake(levels, drawable) || view.mistake || missing;
    this.markupMistake(mistake);
    this.selected = this.feedController.selection.region ?? null;

    // Nothing is projected or drawn until the map nears the viewport (the placeholder keeps its place).
    const width = this.near.seen || this.print.printing ? this.resize.width : 0;
    // Once drawn, a map keeps its picture while a new one is made in slices: no blank frame.
    const kept = this.slices.drawn ? this.model : null;
    this.model = null;
    // Shapes without numbers would read as "no data": until the feed is in, the placeholder stays;
    // so it does until the projections are in, when the layer needs them.
    if (layer && how && width && feed && (how.planar || sphere)) {
      if (this.slices.yielding(started)) return void (this.model = kept);
      const known = !!metric && !mistake;
      const fit = this.fit === 'data' ? this.shapesWithData(feed, layer, level, this.metric) : null;
      const planarity = how.planar ? (how.name === 'identity' ? 'identity' : 'planar') : how.name;
      this.slices.slice = layer.features.length > MANY ? 50 : SLICE_MS;
      // The real projections go on in tasks of their own until every shape is projected.
      if (this.slices.yielding(planarOf(layer, planarity, sphere, started + this.slices.slice) ? started : -Infinity)) return void (this.model = kept);
      const projected = this.project(layer, width, planarity, sphere, fit);
      // The model's Intl objects (none in az, en and ru), a slice each: the page's first costs 20–40 ms.
      if (this.slices.steps(started, intlWarmUps(language))) return void (this.model = kept);
      const period = view.period ?? '';
      this.model = this.choropleth(feed, layer, projected, this.metric, label, level, period, classes, scheme, language, text, strings.noData, known);
      // The first drawing (10–15 ms) in a task of its own.
      if (this.slices.yielding(started, this.slices.slice)) return void (this.model = kept);
      // Regions as paths of their own come in slices; with a path per fill (over 400 shapes) all at once.
      this.slices.draw(this.model.fills.length ? 0 : this.model.regions.length, started, this.fallback.showing);
      this.problems = this.mismatches(
        feed.feed.regions,
        layer,
        level,
        objectNames(level, geoObject).find((name) => topology?.type === 'Topology' && topology.objects[name]),
      );
    }
    if ((this.model?.periods.length ?? 0) < 2) this.player.stop();
  }

  /** A `level` the map cannot draw: not one of the feed's own levels, or without them not district or economic-region (said once the feed is in). */
  private levelMistake(levels: readonly string[] | undefined, drawable: boolean): string {
    const { level } = this;
    if (!this.metric || drawable || (!levels && this.state === 'loading')) return '';
    return `level="${level}" is not ${levels ? `one of the feed's levels (${levels.join(', ')})` : 'district or economic-region'}`;
  }

  /** Resolves once the drawing is complete: after its last slice when it is drawn in slices. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.slices.waiting) complete = await afterTask().then(() => super.getUpdateComplete());
    return complete;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.slices.painted(); // Then events only: nothing here changes what is drawn.
    const url = this.geo || StatMap.defaultGeo;
    if (this.problems !== this.warned && (this.warned = this.problems).length) this.dispatchEvent(new StatFeedWarningEvent(url, this.problems));
    const error = this.geometry.error || this.geoMistake;
    const from = this.geometry.error || !this.geometry.sphereError ? url : this.geometry.sphereError.url;
    if (error !== this.reported && (this.reported = error)) this.dispatchEvent(new StatFeedErrorEvent(from, error, [], false));
  }

  // ------------------------------------------------------------------------------------------
  // Handlers

  /**
   * The region under a pointer: its shape; on a tap target, the small area whose shape is under
   * it, else the nearest small area's centre (over a larger shape around it).
   */
  private regionAt(event: MouseEvent): string | undefined {
    const target = (event.target as Element).closest('[data-region]');
    if (target?.localName === 'path') return target.getAttribute('data-region')!;
    const model = this.model!;
    const point = this.pointIn(event);
    const shape = shapeAt(model, point);
    return (target && !(shape && shape.size < TARGET) && smallAreaAt(model, point)?.id) || shape?.id;
  }

  private pointIn(event: MouseEvent): Point {
    const box = this.renderRoot.querySelector('svg')!.getBoundingClientRect();
    return [event.clientX - box.left, event.clientY - box.top];
  }

  private onPointer(event: PointerEvent): void {
    const id = event.type === 'pointermove' && this.regionAt(event);
    if (id) this.tip = tipAt(id, this.pointIn(event));
    else if (this.tip?.pointer) this.tip = this.focusTip();
  }

  /** The keyboard's tooltip, while a region has keyboard focus. */
  private focusTip(): Tip | null {
    const view = this.ring && this.model?.byId.get(this.renderRoot.querySelector('[part~=region]:focus')?.getAttribute('data-region') ?? '');
    return view ? tipAround(view) : null;
  }

  private onClick(event: MouseEvent): void {
    const id = this.regionAt(event);
    if (!id) return;
    this.active = id;
    this.tip = tipAt(id, this.pointIn(event));
    this.toggle(id);
  }

  private onFocus(event: FocusEvent): void {
    const target = event.target as Element;
    const view = this.model?.byId.get(target.getAttribute('data-region')!);
    if (!view) return;
    this.active = view.id;
    this.ring = target.matches(':focus-visible');
    if (!this.tip?.pointer || this.ring) this.tip = tipAround(view);
  }

  private onBlur(event: FocusEvent): void {
    if ((event.relatedTarget as Element | null)?.closest('[role=listbox]')) return;
    this.ring = false;
    if (!this.tip?.pointer) this.tip = null;
  }

  private onKey(event: KeyboardEvent): void {
    const { key } = event;
    const { regions, byId } = this.model!;
    const current = byId.get(this.active!) ?? regions[0]!;
    const next = regionByKey(this.model!, current, key);
    if (key === 'Enter' || key === ' ') this.toggle(current.id);
    // Escape clears the selection; with none, it dismisses the tooltip.
    else if (key === 'Escape') {
      if (this.selected) this.select(null);
      else this.tip = null;
    } else if (next === undefined) return;
    event.preventDefault();
    if (!next) return;
    this.active = next.id;
    // With a path per fill, the one option is redrawn as the next region, keeping focus.
    const option = this.renderRoot.querySelector<SVGElement>(`[data-region="${CSS.escape(next.id)}"]`);
    if (option) option.focus();
    else if (this.ring) this.tip = tipAround(next);
  }

  /** A region found with the search: selected as a click selects it (never cleared), and focused on the map, with its tooltip. */
  private found(id: string): void {
    this.active = id;
    if (this.selected !== id) this.select(id);
    this.renderRoot.querySelector<SVGElement>(`[data-region="${CSS.escape(id)}"]`)!.focus();
  }

  /** Selects a region; clears the selection when it is the selected one. */
  private toggle(id: string): void {
    this.select(this.selected === id ? null : id);
  }

  private select(id: string | null): void {
    this.feedController.select({ region: id });
    this.dispatchEvent(new StatRegionSelectEvent(id));
  }

  private onSlider(event: Event): void {
    this.player.stop();
    this.show(this.model?.periods[+(event.target as HTMLInputElement).value]);
  }

  /** Shows a period: through the `<stat-feed>` selection (counters follow), else as this map's `period`. */
  private show(period: string | undefined): void {
    if (!period) return;
    if (this.src || this.period) this.period = period;
    else this.feedController.select({ period });
  }
}
