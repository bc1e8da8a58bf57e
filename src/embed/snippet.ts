/**
 * Embed code for a widget, as a web editor pastes it: a script tag and the element with
 * fallback content inside (the numbers as plain HTML, read before the script runs, without
 * JavaScript and by search engines), or an iframe of the embed page (`dist/embed/`) with the
 * optional resize script, and the oEmbed-style description of that iframe. Used by the snippet
 * builder (demo/embed.html) and by each widget's "Copy embed code"; imported on demand, never
 * part of a widget's first load.
 */
import type { StatDataTable } from '../export/types.js';
import { resolveLang } from '../format/lang.js';
import { formatNumber } from '../format/number.js';
import { stringsFor } from '../format/strings.js';
import { BOOLEAN_OPTIONS, EMBED_ATTRIBUTES, EMBED_WIDGETS, type AttributeOption, type EmbedWidget } from './params.js';

export { EMBED_ATTRIBUTES, EMBED_WIDGETS, type EmbedWidget } from './params.js';

export interface EmbedOptions {
  /** Which widget: `counter`, `map`, `timeline` or `summary`. */
  widget: EmbedWidget;
  /** The feed's URL; made absolute against `base`. */
  src: string;
  metric?: string;
  /** Comma-separated metric ids (timeline, summary). */
  metrics?: string;
  region?: string;
  period?: string;
  /** Map level: `district` or `economic-region`. */
  level?: string;
  scheme?: string;
  classes?: number | string;
  from?: string;
  to?: string;
  events?: string;
  label?: string;
  /** The timeline's chart height in pixels (the widget's own `height` attribute). */
  height?: number | string;
  refresh?: number | string;
  /** The widget's language (`az`, `en`, `ru`…). */
  lang?: string;
  /** `light`, `dark` or `auto`; empty for the page's own colours. */
  theme?: string;
  showDelta?: boolean;
  noMenu?: boolean;
  /** The numbers shown as plain HTML inside the element (a widget's `dataTable()`); none when null. */
  fallback?: StatDataTable | null;
  /** Absolute URL of the `dist/` folder that serves the script and the embed page (default: found from this code's address). */
  dist?: string;
  /** The script's URL, instead of `<dist>/stat-widgets.iife.js`. */
  script?: string;
  /** Address that relative URLs (`src`, `dist`) are resolved against (default: the document's). */
  base?: string;
  /** The iframe's width: a CSS length, `100%` by default. */
  width?: string;
  /** The iframe's height before the embed reports its own, in pixels (default: by widget). */
  frameHeight?: number;
  /** The iframe's accessible name (default: from the fallback's title, else the widget). */
  title?: string;
  /** Adds the parent-page resize script after the iframe (default: true). */
  resize?: boolean;
  /** An id the embed page echoes in its height messages (for pages that track their embeds). */
  id?: string;
}

/** A starting height per widget before the embed reports its own (pixels, at about 600 px wide). */
const FRAME_HEIGHTS: Readonly<Record<EmbedWidget, number>> = { counter: 130, summary: 160, map: 560, timeline: 420 };

/** Labels of the fallback's source line; a language not here falls back to English. */
const LABELS: Readonly<Record<string, { source: string; licence: string }>> = {
  en: { source: 'Source', licence: 'Licence' },
  az: { source: 'Mənbə', licence: 'Lisenziya' },
  ru: { source: 'Источник', licence: 'Лицензия' },
};

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe to put into HTML, in content and in quoted attributes: feed strings are text, never markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** The URL this module was loaded from (an ES module), else the stat-widgets script on the page, else ''. */
function codeUrl(): string {
  // The IIFE build has no import.meta (the bundler makes it {}, and warns): then the script tag.
  const module: string | undefined = import.meta.url;
  if (module && /^https?:/.test(module)) return module;
  if (typeof document === 'undefined') return '';
  const script = [...document.querySelectorAll<HTMLScriptElement>('script[src]')].find((s) => /stat-widgets[^/]*\.js(\?|#|$)/.test(s.src));
  return script?.src ?? '';
}

/**
 * The `dist/` folder's absolute URL: the one given, else the one this code was loaded from
 * (any file under `dist/`, or `src/` in tests and dev servers, whose `dist/` is beside it),
 * else `/dist/` on the page's host.
 */
export function distUrl(options: Pick<EmbedOptions, 'dist' | 'base'> = {}): string {
  const base = baseUrl(options);
  if (options.dist) return new URL(options.dist.endsWith('/') ? options.dist : `${options.dist}/`, base).href;
  const from = codeUrl();
  for (const [root, to] of [
    ['/dist/', '/dist/'],
    ['/src/', '/dist/'],
  ] as const) {
    const at = from.lastIndexOf(root);
    if (at >= 0) return from.slice(0, at) + to;
  }
  return new URL('/dist/', base).href;
}

function baseUrl(options: Pick<EmbedOptions, 'base'>): string {
  return options.base ?? (typeof document !== 'undefined' ? document.baseURI : 'http://localhost/');
}

/** An absolute http(s) URL, or '' for anything else (`javascript:`, `data:`, unparsable). */
function absoluteUrl(url: string, base: string): string {
  try {
    const absolute = new URL(url, base);
    return absolute.protocol === 'http:' || absolute.protocol === 'https:' ? absolute.href : '';
  } catch {
    return '';
  }
}

/** The widget's attributes as [name, value] pairs in a fixed order ('' for a bare boolean), `src` absolute. */
export function embedAttributes(options: EmbedOptions): [string, string][] {
  const pairs: [string, string][] = [];
  for (const [option, attribute] of Object.entries(EMBED_ATTRIBUTES) as [AttributeOption, string][]) {
    const value = options[option];
    if (BOOLEAN_OPTIONS.has(option)) {
      if (value === true) pairs.push([attribute, '']);
      continue;
    }
    if (value === undefined || value === null || value === '' || value === false) continue;
    const text = option === 'src' ? absoluteUrl(String(value), baseUrl(options)) : String(value);
    if (text) pairs.push([attribute, text]);
  }
  return pairs;
}

function checkWidget(widget: string): asserts widget is EmbedWidget {
  if (!(EMBED_WIDGETS as readonly string[]).includes(widget)) throw new Error(`Unknown widget "${widget}": use one of ${EMBED_WIDGETS.join(', ')}.`);
}

/** A cell as a reader sees it: numbers formatted for the table's language, null as "no data". */
function cellText(cell: string | number | null, lang: string): string {
  return typeof cell === 'number' ? formatNumber(cell, lang) : cell === null ? stringsFor(lang).noData : cell;
}

/**
 * A widget's numbers as plain HTML: one row as one short line ("Teachers: 4,308 (2024)"),
 * more as a small table with a caption and a source line. Every string escaped.
 */
export function fallbackHtml(table: StatDataTable | null | undefined, indent = '  '): string {
  if (!table || table.rows.length === 0) return '';
  const { lang } = table;
  const text = (cell: string | number | null) => escapeHtml(cellText(cell, lang));
  const labels = LABELS[lang.toLowerCase().split('-')[0]!] ?? LABELS['en']!;
  const credit = [table.source && `${labels.source}: ${table.source}`, table.licence && `${labels.licence}: ${table.licence}`].filter(Boolean).join(' · ');
  if (table.rows.length === 1) {
    const row = table.rows[0]!;
    // The first number is the value; words the title lacks (region, period) follow it in
    // brackets; further numbers (a change) are named by their columns.
    const numbers = row.map((cell, i) => [cell, i] as const).filter(([cell]) => typeof cell !== 'string');
    const words = row.filter((cell): cell is string => typeof cell === 'string' && cell !== '' && !table.title.toLowerCase().includes(cell.toLowerCase()));
    const [first, ...rest] = numbers;
    const line =
      escapeHtml(table.title) +
      (first ? `: ${text(first[0])}` : '') +
      (words.length ? ` (${escapeHtml(words.join(', '))})` : '') +
      rest.map(([cell, i]) => `; ${escapeHtml(table.columns[i] ?? '')}: ${text(cell)}`).join('');
    return `${indent}<p>${line}</p>`;
  }
  const inner = `${indent}  `;
  const rowHeader = (row: readonly (string | number | null)[]) => typeof row[0] === 'string';
  const lines = [
    `${indent}<table>`,
    `${inner}<caption>${escapeHtml(table.title)}</caption>`,
    `${inner}<thead><tr>${table.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr></thead>`,
    `${inner}<tbody>`,
    ...table.rows.map(
      (row) =>
        `${inner}  <tr>${row
          .map((cell, i) => (i === 0 && rowHeader(row) ? `<th scope="row">${text(cell)}</th>` : `<td>${text(cell)}</td>`))
          .join('')}</tr>`,
    ),
    `${inner}</tbody>`,
    `${indent}</table>`,
  ];
  if (credit) lines.push(`${indent}<p><small>${escapeHtml(credit)}</small></p>`);
  return lines.join('\n');
}

/** The URL of the built drop-in script that a snippet loads. */
export function scriptUrl(options: Pick<EmbedOptions, 'dist' | 'base' | 'script'> = {}): string {
  return options.script ? absoluteUrl(options.script, baseUrl(options)) : `${distUrl(options)}stat-widgets.iife.js`;
}

/**
 * The script tag and the element, its numbers inside as fallback content: the page reads
 * right before (and without) the script; the element hides them when it upgrades, as its
 * shadow root has no slot.
 */
export function elementSnippet(options: EmbedOptions): string {
  checkWidget(options.widget);
  const tag = `stat-${options.widget}`;
  const attributes = embedAttributes(options)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
  const fallback = fallbackHtml(options.fallback);
  return [
    `<script defer src="${escapeHtml(scriptUrl(options))}"></script>`,
    `<${tag}${attributes}>${fallback ? `\n${fallback}\n` : ''}</${tag}>`,
  ].join('\n');
}

/** The embed page's URL: `<dist>/embed/?widget=…&src=…` with the widget's attributes as parameters. */
export function embedUrl(options: EmbedOptions): string {
  checkWidget(options.widget);
  const url = new URL('embed/', distUrl(options));
  url.searchParams.set('widget', options.widget);
  for (const [name, value] of embedAttributes(options)) url.searchParams.set(name, value === '' ? '1' : value);
  if (options.id) url.searchParams.set('id', options.id);
  return url.href;
}

/** The embed's accessible name: the one given, else the fallback's title, else the widget's kind. */
function frameTitle(options: EmbedOptions): string {
  const what = [options.label || options.metric || options.metrics, options.region, options.period].filter(Boolean).join(', ');
  return options.title || options.fallback?.title || `Statistics${what ? `: ${what}` : ''} (${options.widget})`;
}

/** The URL of the parent-page script that sizes embeds to their content. */
export function resizeScriptUrl(options: Pick<EmbedOptions, 'dist' | 'base'> = {}): string {
  return `${distUrl(options)}embed/resize.js`;
}

/**
 * The iframe of the embed page, full width, and (unless `resize: false`) the script that
 * grows and shrinks it to its content. Without that script the iframe keeps its starting
 * height and scrolls if the content is taller: never clipped.
 */
export function iframeSnippet(options: EmbedOptions): string {
  const src = embedUrl(options);
  const height = Math.round(options.frameHeight ?? FRAME_HEIGHTS[options.widget]);
  const width = options.width || '100%';
  const frame =
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(frameTitle(options))}" height="${height}" loading="lazy"` +
    ` style="${escapeHtml(`display:block;border:0;width:${width};max-width:100%`)}"></iframe>`;
  return options.resize === false ? frame : `${frame}\n<script defer src="${escapeHtml(resizeScriptUrl(options))}"></script>`;
}

/** An oEmbed 1.0 "rich" response (https://oembed.com/) describing an embed. */
export interface OEmbed {
  readonly type: 'rich';
  readonly version: '1.0';
  readonly title: string;
  readonly provider_name: string;
  readonly provider_url: string;
  readonly html: string;
  readonly width: number;
  readonly height: number;
  readonly cache_age?: number;
}

/**
 * The oEmbed-style JSON of an embed: what a CMS asks an oEmbed endpoint for a URL. oEmbed wants
 * pixels: a full-width embed says 600 (its html still fills the column); `maxWidth` (the
 * consumer's `maxwidth`) caps the iframe, which still shrinks on narrower screens.
 */
export function oembed(options: EmbedOptions, maxWidth?: number): OEmbed {
  const dist = distUrl(options);
  const fixed = /^(\d+(?:\.\d+)?)px$/.exec(options.width ?? '');
  let width = fixed ? Number(fixed[1]) : null;
  if (maxWidth && (width === null || width > maxWidth)) width = maxWidth;
  const html = iframeSnippet({ ...options, ...(width !== null && { width: `${width}px` }) });
  return {
    type: 'rich',
    version: '1.0',
    title: frameTitle(options),
    provider_name: 'stat-widgets',
    provider_url: new URL('..', dist).href,
    html,
    width: width ?? 600,
    height: Math.round(options.frameHeight ?? FRAME_HEIGHTS[options.widget]),
    cache_age: 86400,
  };
}

/** Embed options read back from an embed page URL (the inverse of `embedUrl`); throws on an unknown widget or a missing `src`. */
export function optionsFromEmbedUrl(url: string, base?: string): EmbedOptions {
  const parsed = new URL(url, base ?? baseUrl({}));
  const params = parsed.searchParams;
  const widget = params.get('widget') ?? '';
  checkWidget(widget);
  const src = params.get('src') ?? '';
  if (!src) throw new Error('The embed URL has no "src" (the feed\'s URL).');
  const options: EmbedOptions = { widget, src, dist: new URL('..', parsed).href };
  const writable = options as unknown as Record<string, unknown>;
  for (const [option, attribute] of Object.entries(EMBED_ATTRIBUTES) as [AttributeOption, string][]) {
    if (option === 'src' || !params.has(attribute)) continue;
    const value = params.get(attribute)!;
    writable[option] = BOOLEAN_OPTIONS.has(option) ? value !== '0' && value !== 'false' : value;
  }
  if (params.get('id')) options.id = params.get('id')!;
  return options;
}

/** A widget element's embed options: its tag, attributes, language, feed (its own or its `<stat-feed>`'s) and numbers. */
export function optionsFromElement(element: HTMLElement, extra: Partial<EmbedOptions> = {}): EmbedOptions {
  const widget = element.localName.replace(/^stat-/, '');
  checkWidget(widget);
  const feedHost = element.closest('stat-feed') as (HTMLElement & { src?: string; region?: string; period?: string }) | null;
  const ownSrc = element.getAttribute('src') || (element as { src?: string }).src || '';
  const options: EmbedOptions = { widget, src: ownSrc ? new URL(ownSrc, element.baseURI).href : feedHost?.getAttribute('src') ? new URL(feedHost.getAttribute('src')!, feedHost.baseURI).href : '' };
  const writable = options as unknown as Record<string, unknown>;
  for (const [option, attribute] of Object.entries(EMBED_ATTRIBUTES) as [AttributeOption, string][]) {
    if (option === 'src' || !element.hasAttribute(attribute)) continue;
    writable[option] = BOOLEAN_OPTIONS.has(option) ? true : element.getAttribute(attribute)!;
  }
  // The selection a <stat-feed> gives, and the language the page gives, travel with the snippet.
  if (!options.region && feedHost?.region) options.region = feedHost.region;
  if (!options.period && feedHost?.period) options.period = feedHost.period;
  options.lang = options.lang || resolveLang(element);
  const withTable = element as HTMLElement & { dataTable?: () => StatDataTable | null };
  if (typeof withTable.dataTable === 'function') options.fallback = withTable.dataTable();
  return { ...options, ...extra };
}
