/**
 * The summary's own UI strings (the list's name; the data table's headings are the counters'). Kept beside the
 * element, not in `format/strings.ts`, so pages without a summary do not download them.
 */

import { catalogue } from '../../format/strings.js';

export interface SummaryStrings {
  /** The list's name when the feed has no title. */
  readonly keyFigures: string;
}

const en: SummaryStrings = { keyFigures: 'Key figures' };

const strings = catalogue<SummaryStrings>(en, {
  az: { keyFigures: 'Əsas göstəricilər' },
  ru: { keyFigures: 'Основные показатели' },
});

/** Adds or replaces a language's summary strings; missing keys fall back to English. */
export const registerSummaryStrings = strings.register;

/** The summary's strings for a language (`az-Latn-AZ` → `az`), else English. */
export const summaryStringsFor = strings.pick;
