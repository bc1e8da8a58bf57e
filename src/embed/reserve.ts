/**
 * What a snippet adds so that the page does not move when the widget arrives (issue 12, parts 2
 * and 4): the widget's final box taken before any script runs, and its feed fetched while the
 * script loads.
 *
 * The box. Inline styles are the only CSS a pasted snippet can carry that applies at first paint
 * (a stylesheet would be one more request that blocks rendering). The element gets its display
 * (and a theme's padding), which its own `:host` styles repeat after the upgrade; the fallback
 * inside it is laid out like the live widget, so that its box is the widget's at any width, font
 * size and language, through the same CSS the widget uses:
 * - a counter: its label, its number (size, weight, line height, tabular digits), its change and
 *   the menu's row, in the counter's column (stat-counter.styles.ts);
 * - a summary: its table as the summary's grid of counters (stat-summary.styles.ts), the same
 *   `auto-fit` columns, so it wraps where the summary wraps;
 * - a map or a timeline: its table scrolls inside a box the size of the drawing and its bands,
 *   one line each (stat-map.styles.ts, stat-timeline.styles.ts); where the legend, the small
 *   areas' buttons or the credit wrap (narrow columns), the live widget is taller than the box.
 * Cells the live widget does not show (a counter's region and period, a table's headings) are
 * kept for readers without scripts and for search engines, visually hidden. The fallback's
 * period goes on the element (`fallback-period`): the widget names it if the feed cannot be
 * loaded, and never reads the fallback itself.
 *
 * The feed. `<link rel="preload" as="fetch" crossorigin>` matches the loader's first request
 * (src/feed/load.ts: GET, `cache: 'default'`, no headers of its own, `credentials:
 * 'same-origin'`), so the browser hands that response to the widget: one request, made while the
 * script downloads.
 */
import type { StatDataTable } from '../export/types.js';
import type { EmbedWidget } from './params.js';

/** What of a snippet's options (snippet.ts `EmbedOptions`) the box depends on. */
export interface ReserveOptions {
  readonly widget: EmbedWidget;
  readonly fallback?: StatDataTable | null;
  readonly period?: string;
  readonly level?: string;
  readonly height?: number | string;
  readonly theme?: string;
  readonly noMenu?: boolean;
}

/**
 * Inline styles for the parts of `fallbackHtml()`'s markup that lay it out like the live widget;
 * a part without one is written as before.
 */
export interface FallbackLayout {
  /** A table of one row, written as one line (`<p>`): the line, and its pieces. */
  readonly line?: string;
  readonly label?: string;
  readonly value?: string;
  /** "(region, period)". */
  readonly words?: string;
  /** A further number ("Change: 63"). */
  readonly rest?: string;
  /** Punctuation between pieces that are laid out as lines of their own. */
  readonly tail?: string;
  /** A table of more rows. */
  readonly table?: string;
  readonly caption?: string;
  readonly head?: string;
  readonly body?: string;
  readonly row?: string;
  readonly cell?: (row: number, column: number) => string;
  /** The source line below a table. */
  readonly credit?: string;
}

/** Read by screen readers and search engines, not drawn; takes no room. */
const HIDDEN = 'position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap';
/** Cells without a page's table styles (padding, borders, alignment, bold headers). */
const CELL = 'padding:0;border:0;text-align:inherit;font-weight:inherit';
/** A counter's parts (stat-counter.styles.ts): label, number, and change or note. */
const LABEL = 'font-size:var(--stat-counter-label-size,1em);line-height:1.3;min-height:1.3em';
const VALUE =
  'font-size:var(--stat-counter-value-size,2.25em);font-weight:var(--stat-counter-value-weight,700);line-height:1.15;font-variant-numeric:tabular-nums;white-space:nowrap';
const SMALL = 'font-size:.85em;line-height:1.3';
/** The "Get the data" button's row (data-menu.ts: 28 px), where the fallback writes its source line. */
const MENU = 28;
const MENU_ROW = `margin:0;height:${MENU}px;line-height:${MENU}px;font-size:.85em;white-space:nowrap;overflow:hidden;text-overflow:ellipsis`;
/** The page's font unless the widgets are given one. */
const FONT = 'font-family:var(--stat-font-family,inherit)';
/**
 * The package geometry's height per width (src/math/projection.ts `projectMap`: the bounds'
 * ratio, 0.78228, and 2 × 2 px of inset, rounded up: ρ·w + 0.87 to 1.87 px).
 */
const MAP_RATIO = '10000/7823';
const MAP_ROUNDING = 1.4;

/** The period a table's numbers are of: the latest in its period column (the end of a range), '' when it has none. */
function tablePeriod(options: ReserveOptions): string {
  const table = options.fallback;
  if (!table?.rows.length) return '';
  const column = options.widget === 'timeline' ? 0 : options.widget === 'map' ? -1 : 2;
  const periods =
    column < 0
      ? []
      : table.rows.map((row) =>
          String(row[column] ?? '')
            .split('–')
            .pop()!,
        );
  const latest = periods
    .filter((p) => /^\d{4}(-\d\d){0,2}$/.test(p))
    .sort()
    .pop();
  return latest ?? options.period ?? '';
}

/** Whether a counter of the table shows a note naming its period: an older period than the others', or one chosen. */
function notes(options: ReserveOptions, table: StatDataTable): (row: number) => boolean {
  const latest = tablePeriod(options);
  return (row) =>
    !!options.period ||
    String(table.rows[row]![2] ?? '')
      .split('–')
      .pop() !== latest;
}

/** The inline style of the element itself: the display its `:host` styles give, and a theme's padding. */
export function hostStyle(options: ReserveOptions): string {
  const display = options.widget === 'counter' ? 'display:inline-block;vertical-align:top' : 'display:block';
  return options.theme ? `${display};padding:.75em` : display;
}

/** The layout of a widget's fallback; null without one. */
export function fallbackLayout(options: ReserveOptions): FallbackLayout | null {
  const table = options.fallback;
  if (!table?.rows.length) return null;
  const menu = !options.noMenu;
  const credit = menu ? MENU_ROW : HIDDEN;
  // fallbackHtml() writes a source line below a table of more rows when the feed names one: it takes the menu's row.
  const menuRow = menu && (table.rows.length === 1 || !(table.source || table.licence)) ? MENU : 0;
  const counter = options.widget === 'counter';
  if ((counter || options.widget === 'summary') && table.rows.length === 1) {
    const note = notes(options, table)(0);
    return {
      // The counter's column: a gap between the lines, the menu's row below (stat-counter.styles.ts;
      // a summary of one has its menu right below its counter).
      line: `display:flex;flex-direction:column;gap:.15em;margin:0;min-width:7ch;text-align:var(--stat-counter-align,start);${FONT}${menu ? `;padding-bottom:${counter ? `calc(${MENU}px + .15em)` : `${MENU}px`}` : ''}`,
      label: LABEL,
      value: VALUE,
      // As the note's line when the counter names its period, below the change; else hidden. It adds no width.
      words: note ? `${SMALL};order:1;width:0;min-width:100%;white-space:nowrap;overflow:hidden;text-overflow:ellipsis` : HIDDEN,
      rest: SMALL,
      tail: 'font-size:0',
    };
  }
  if (options.widget === 'summary') {
    const note = notes(options, table);
    return {
      table: `display:block;margin:0;font-size:1em;text-align:var(--stat-counter-align,start);${FONT}${menuRow ? `;padding-bottom:${MENU}px` : ''}`,
      caption: HIDDEN,
      head: HIDDEN,
      // The summary's grid (stat-summary.styles.ts), and each counter's column.
      body: 'display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,var(--stat-summary-min-item-width,10rem)),1fr));gap:var(--stat-summary-gap,1rem 2rem)',
      row: 'display:flex;flex-direction:column;gap:.15em;min-width:0',
      // Metric, region, period, value, change: as a counter shows them.
      cell: (row, column) =>
        column === 0
          ? `${CELL};${LABEL}`
          : column === 3
            ? `${CELL};${VALUE}`
            : column === 2 && note(row)
              ? `${CELL};${SMALL};order:1`
              : column === 4 && table.rows[row]![4] !== null
                ? `${CELL};${SMALL}`
                : HIDDEN,
      credit,
    };
  }
  // A map or a timeline: the table scrolls in the drawing's box. The bands below it at one line
  // each, in ems of the widget's font (stat-map.styles.ts, stat-timeline.styles.ts); the menu's
  // row is the source line's.
  const box = `display:block;margin:0;font-size:1em;overflow:auto;${FONT}`;
  if (options.widget === 'map') {
    // Title 1.9em; legend .51em + 1.19em; period, "Find a region", small areas' buttons (districts
    // only) and table toggle .51em + 28 px each; credit 1.8em.
    const small = options.level === 'economic-region' ? 0 : 1;
    const em = 1.9 + 1.7 + 0.51 * (3 + small) + 1.8;
    const px = MENU * (3 + small) + menuRow + MAP_ROUNDING;
    const map = `${box};box-sizing:content-box;aspect-ratio:${MAP_RATIO};padding:0 0 calc(${round(em)}em + ${px}px)`;
    return { table: map, line: map, credit };
  }
  // Legend 28 px + .425em; the plot (timeline-chart.ts: at least 120 px, 300 by default); table toggle .51em + 28 px.
  const plot = Math.max(120, Number(options.height) || 300);
  const timeline = `${box};box-sizing:border-box;height:calc(${plot + 2 * MENU + menuRow}px + .935em)`;
  return { table: timeline, line: timeline, credit };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** The element's attributes that go with its fallback: its box, and its numbers' period. */
export function reserveAttributes(options: ReserveOptions): [string, string][] {
  if (!options.fallback?.rows.length) return [];
  const period = tablePeriod(options);
  return [...(period ? [['fallback-period', period] as [string, string]] : []), ['style', hostStyle(options)]];
}
