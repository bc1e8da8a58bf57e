/**
 * Exactly the numbers a widget shows, as a table: what "Download data (CSV)" writes, what the
 * snippet builder puts inside an element as fallback content, and what a print shows.
 * Every widget has a `dataTable()` method that returns one (null while there is nothing to show).
 */
export interface StatDataTable {
  /** What the table is, in the widget's language: "Teachers by district, 2025". */
  readonly title: string;
  /** Column headings, in the widget's language. */
  readonly columns: readonly string[];
  /** One row per line shown; numbers as numbers (unformatted), null for "no data". */
  readonly rows: readonly (readonly (string | number | null)[])[];
  /** The unit of each column's numbers, in the widget's language ('' for none; absent when no column has one): the CSV's headings say it ("Rate (%)"), the fallback writes it with each number. */
  readonly units?: readonly string[];
  /** The feed's source (its `source` Text, in the widget's language), '' when the feed has none. */
  readonly source: string;
  /** The address of the feed's source (its `source.url`), when it has one. */
  readonly sourceUrl?: string;
  /** The feed's title, in the widget's language, when it has one. */
  readonly feedTitle?: string;
  /** The feed's licence, '' when the feed has none. */
  readonly licence: string;
  /** The widget's language (BCP 47), for formatting the numbers. */
  readonly lang: string;
}

/** One line of text in a widget's image ('' or white space: none), and the element whose computed style (size, weight, colour) it is drawn in. */
export interface ImageLine {
  readonly text: string;
  readonly styleOf: Element;
}

/** One legend entry in a widget's image: its words and the swatch (a box or a line) or shape drawn beside them. */
export interface ImageLegendItem {
  readonly label: string;
  /** A box or line whose computed background colour is the entry's colour (class `no-data` for the hatched "No data"). */
  readonly swatch?: Element | null;
  /** A marker's shape (the timeline's event kinds), drawn in its computed fill. */
  readonly shape?: SVGPathElement | null;
}

/**
 * What a widget draws, for "Download image (SVG/PNG)": handed over by the widget's own
 * `exportImage()`, so the export never reads the widget's shadow DOM by part names (a renamed
 * part would silently break downloads).
 */
export interface WidgetImageParts {
  /** The chart's SVG (the map, the timeline's plot), copied with its computed styles; null without one. */
  readonly chart: SVGSVGElement | null;
  /** The counters' lines, one list per counter (label, value, change, note), in order. */
  readonly counters: readonly (readonly ImageLine[])[];
  /** The legend entries shown (hidden series left out). */
  readonly legend: readonly ImageLegendItem[];
  /** The widget's own credit line (e.g. the map geometry's), '' for none. */
  readonly credit: string;
}

/** What the "Get the data" actions need of a widget beyond being an element. */
export interface ExportableWidget {
  /** Exactly the numbers the widget shows (null while there is nothing to show). */
  dataTable(): StatDataTable | null;
  /** What the widget draws, for its image. */
  exportImage(): WidgetImageParts;
}

/** The "Get the data" actions; each is also the key of its label in the menu's strings. */
export type DataAction = 'downloadCsv' | 'downloadSvg' | 'downloadPng' | 'copyEmbed';

/** A widget the actions run on. */
export type ExportHost = HTMLElement & ExportableWidget;
