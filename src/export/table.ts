import type { FeedIndex } from '../feed/select.js';
import { textIn } from '../feed/select.js';
import type { StatDataTable } from './types.js';

/** A widget's data table: the rows it shows, with the feed's source, title and language. */
export function tableOf(
  feed: FeedIndex | null | undefined,
  lang: string,
  title: string,
  columns: readonly string[],
  rows: StatDataTable['rows'],
  units?: readonly string[] | '',
): StatDataTable {
  const doc = feed?.feed;
  return {
    title,
    columns,
    rows,
    ...(units && units.some(Boolean) && { units }),
    source: textIn(doc?.source?.name, lang),
    sourceUrl: doc?.source?.url ?? '',
    feedTitle: textIn(doc?.title, lang),
    licence: '',
    lang,
  };
}
