/**
 * What only the "Get the data" actions say: loaded with them (src/export/data-files.ts), not
 * on a widget's first load. The menu's own labels are in src/elements/shared/data-menu-strings.ts.
 */

import { catalogue } from '../format/strings.js';

export interface ExportStrings {
  /** Said (live region) once the embed code is on the clipboard. */
  readonly copied: string;
  /** Said when the clipboard refused: the code is shown, selected, to copy by hand. */
  readonly copyByHand: string;
  /** The credit line of files: `Source: Bureau… https://…`. */
  readonly source: string;
}

const strings = catalogue<ExportStrings>(
  { copied: 'Copied', copyByHand: 'Press Ctrl+C to copy the embed code', source: 'Source' },
  {
    az: { copied: 'Kopyalandı', copyByHand: 'Kodu kopyalamaq üçün Ctrl+C düymələrini basın', source: 'Mənbə' },
    ru: { copied: 'Скопировано', copyByHand: 'Нажмите Ctrl+C, чтобы скопировать код', source: 'Источник' },
  },
);

/** Adds or replaces a language's strings; missing keys fall back to English. */
export const registerExportStrings = strings.register;

/** The strings for a language (`az-Latn-AZ` → `az`), else English. */
export const exportStringsFor = strings.pick;
