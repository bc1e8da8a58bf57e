import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { FeedContextValue, FeedSelection } from '../../controllers/feed-context.js';
import type { FeedView } from '../../controllers/feed-controller.js';
import type { FeedSnapshot } from '../../feed/load.js';
import { textIn } from '../../feed/select.js';
import type { UiStrings } from '../../format/strings.js';
import { memoizeLast } from '../../math/memo.js';
import type { StatDataTable, WidgetImageParts } from '../../export/types.js';
import type { StatCounter } from '../counter/stat-counter.js';
import { DataMenu } from '../shared/data-menu.js';
import { afterTask } from '../shared/next-task.js';
import { StatWidget } from '../shared/stat-widget.js';
import { summaryStyles } from './stat-summary.styles.js';
import { summaryStringsFor } from './strings.js';

/** Placeholders while the feed's metrics are not known yet: the usual programme page shows three. */
const PLACEHOLDERS = ['…', '…', '…'];

/**
 * @tagname stat-summary
 * @summary A row of counters, one per metric of the feed ("Teachers 4,308 · Schools 1,141 · Projects 5,103"): a row on wide screens, a grid or a column on narrow ones.
 *
 * @slot - Fallback content: the numbers as plain HTML, as the snippet builder writes them. Shown until the widget has live numbers, and kept, with a status line, when the feed cannot be loaded.
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
  /** The reactive properties (Lit: accessors, attributes), declared as data: no decorator code in the bundle. */
  static override properties: PropertyDeclarations = {
    metrics: {},
    region: {},
    period: {},
    showDelta: { type: Boolean, attribute: 'show-delta' },
  };

  static override styles = summaryStyles;

  private readonly menu = new DataMenu(this);

  /** Ids of the metrics to show, in order, separated by spaces or commas (default: every metric of the feed, in its order). */
  metrics = '';

  /** Id of the region (default: the `<stat-feed>` selection, else the country). */
  region = '';

  /** Period to show (default: the `<stat-feed>` selection, else each metric's latest with a value). */
  period = '';

  /** Shows each counter's change against the previous period, signed, with that period named. */
  showDelta = false;

  /** What the summary shows: its counters' metric ids (placeholders while loading; none on an error without data) and the list's name. */
  private shown = { ids: [] as readonly string[], placeholders: false, listName: '' };
  /**
   * What the counters inside are given: this summary's feed and the selection it follows (its
   * own `src`, else the surrounding `<stat-feed>`'s). One subscription, feed events fired once
   * by the summary, not once per counter.
   */
  private handed: FeedContextValue | undefined;

  /** Whether the counters are being readied hidden, behind the page's numbers (the first live numbers of a summary with fallback content). */
  private behind = false;
  /** Whether the counters have been readied (each rendered once, in a task of its own): the summary then shows them all at once. */
  private readied = false;
  /** Settles once the counters are readied (null until they are being readied). */
  private readying: Promise<void> | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const view = this.feedController.view({ metrics: this.metrics, region: this.region });
    this.handed = this.provide(view.snapshot, this.feedController.selection);
    const shown = this.derive(view, this.language, this.strings);
    const behind = !shown.placeholders && shown.ids.length > 0 && this.fallback.showing && !this.readied;
    if (shown === this.shown && behind === this.behind) return;
    [this.shown, this.behind] = [shown, behind];
    this.readFeed();
    this.markupMistake(view.mistake);
    // Not ready while its counters are readied behind the page's numbers (updated()).
    if (behind && this.state === 'ready') this.state = 'loading';
  }

  protected override render() {
    const { language } = this;
    const { ids, placeholders, listName } = this.shown;
    const { behind } = this;
    const live = !placeholders && ids.length > 0;
    // Behind the page's numbers the counters are readied hidden, each rendering in a task of its own (updated()).
    const page = this.fallback.render(live && !behind, language, this.status);
    return html`${page ?? nothing}${
      page && !live
        ? nothing
        : // Safari drops a list's semantics when its bullets are styled away: the role says it again.
          // eslint-disable-next-line lit-a11y/no-redundant-role
          html`<ul role="list" part="base" aria-label=${listName} ?hidden=${behind || !ids.length}>
        ${ids.map(
          (id) =>
            html`<li part="item" aria-hidden=${placeholders ? 'true' : nothing}>
              <stat-counter
                exportparts="label, value, delta, note"
                lang=${language}
                no-menu
                .parentFeed=${this.handed}
                .metric=${id}
                .region=${this.region}
                .period=${this.period}
                .showDelta=${this.showDelta}
              ></stat-counter>
            </li>`,
        )}
      </ul>
      ${this.status && !behind ? html`<p part="status" class="status" aria-hidden="true">${this.status}</p>` : nothing}
      ${
        behind
          ? nothing
          : html`<span class="visually-hidden" aria-live="polite">${placeholders ? this.strings.loading : ids.length ? '' : this.status}</span>${this.menu.render(language)}`
      }`
    }`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The summary's first render with the counters and theirs were one task of 25-30 ms at full
    // speed, 100-120 on Lighthouse's phone (issue 12): now the counters render a task each, and the
    // summary shows them in one more.
    if (!this.behind || this.readying) return;
    this.readying = Promise.all(this.counters().map((counter) => counter.updateComplete))
      .then(afterTask)
      .then(() => {
        this.readied = true;
        this.requestUpdate();
      });
  }

  /** Resolves once the summary shows its counters: after they were readied, when they were. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    if (!this.behind || !this.readying) return complete;
    await this.readying;
    return super.getUpdateComplete();
  }

  /**
   * Exactly the numbers shown: the rows of the counters' own tables (metric, region, period,
   * value, and the change with `show-delta`), under the summary's title. Null while there is
   * nothing to show.
   */
  dataTable(): StatDataTable | null {
    const { ids, placeholders, listName } = this.shown;
    if (placeholders || !ids.length) return null;
    const tables = this.counters().map((counter) => counter.dataTable());
    if (!tables.length || tables.some((table) => !table)) return null;
    // Each row its own metric: a unit goes with the metric's name ("Rate (%)"), not with a column.
    const { units: _, ...first } = tables[0]!;
    const named = ({ rows, units }: StatDataTable) => rows.map(([metric, ...rest]) => [units?.[3] ? `${metric as string} (${units[3]})` : metric, ...rest]);
    return { ...first, title: listName, rows: tables.flatMap((table) => named(table!)) };
  }

  /** What the summary shows, for its image: each counter's lines, in order. */
  exportImage(): WidgetImageParts {
    return { chart: null, counters: this.counters().flatMap((counter) => counter.exportImage().counters), legend: [], credit: '' };
  }

  private counters(): StatCounter[] {
    return [...this.renderRoot.querySelectorAll('stat-counter')];
  }

  /** What the counters are given: a new object when the feed or the selection changed, so that they are told. */
  private readonly provide = memoizeLast((snapshot: FeedSnapshot | null, selection: FeedSelection): FeedContextValue => ({
    snapshot,
    selection,
    select: (choice) => this.feedController.select(choice),
  }));

  /** Reads the feed into the counters to show and the list's name (again for new `strings`: the state's words change). */
  private readonly derive = memoizeLast((view: FeedView, language: string, _strings: UiStrings) => {
    const { snapshot, feed, mistake } = view;
    const asked = view.metrics;
    const placeholders = !mistake && !feed && snapshot?.status === 'loading';
    const region = feed?.region(view.region);
    // The feed's title (else "Key figures"), with the region's name when it is not the country.
    const title = textIn(feed?.feed.title, language) || summaryStringsFor(language).keyFigures;
    return {
      ids: mistake ? [] : feed ? (asked.length ? asked : feed.feed.metrics.map((m) => m.id)) : placeholders ? (asked.length ? asked : PLACEHOLDERS) : [],
      placeholders,
      listName: region && region !== feed!.country ? `${title}: ${textIn(region.name, language)}` : title,
    };
  });
}
