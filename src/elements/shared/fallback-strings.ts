/**
 * What a widget says under the page's own numbers (its fallback content) when its feed cannot be
 * loaded. On every widget's path, as the fallback is: keep them short.
 */

import { catalogue } from '../../format/strings.js';

export interface FallbackStrings {
  /** The period is known (the element's `fallback-period`); `{period}` is replaced by its name. */
  readonly figuresAsOf: string;
  /** The period is not known. */
  readonly figuresNotLive: string;
}

const strings = catalogue<FallbackStrings>(
  {
    figuresAsOf: 'Figures as of {period}; live data could not be loaded',
    figuresNotLive: 'Live data could not be loaded; the figures shown may not be current',
  },
  {
    az: {
      figuresAsOf: '{period} üzrə rəqəmlər; canlı məlumatları yükləmək mümkün olmadı',
      figuresNotLive: 'Canlı məlumatları yükləmək mümkün olmadı; göstərilən rəqəmlər köhnə ola bilər',
    },
    ru: {
      figuresAsOf: 'Данные на {period}; не удалось загрузить актуальные данные',
      figuresNotLive: 'Не удалось загрузить актуальные данные; показанные цифры могут быть устаревшими',
    },
  },
);

/** The fallback's strings for a language (`az-Latn-AZ` → `az`), else English. */
export const fallbackStringsFor = strings.pick;
