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
