/**
 * Embed code for a widget, as a web editor pastes it: a script tag and the element with
 * fallback content inside (the numbers as plain HTML, read before the script runs, without
 * JavaScript and by search engines), or an iframe of the embed page (`dist/embed/`) with the
 * optional resize script, and the oEmbed description of that iframe (HTML that WordPress keeps
 * from an untrusted provider). Used by the snippet builder (demo/embed.html), `stat-widgets embed
 * publish` (publish.ts) and each widget's "Copy embed code"; imported on demand, never part of a
 * widget's first load. No DOM needed but in `optionsFromElement`.
 */
import type { StatDataTable } from '../export/types.js';
import { distFolderUrl } from '../feed/package-url.js';
import { resolveLang } from '../format/lang.js';
import { formatValue } from '../format/number.js';
import { stringsFor } from '../format/strings.js';
import { BOOLEAN_OPTIONS, EMBED_ATTRIBUTES, EMBED_WIDGETS, type AttributeOption, type EmbedWidget } from './params.js';
import { fallbackLayout, reserveAttributes, type FallbackLayout } from './reserve.js';

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
  /** A script of your own for the snippet (its one `<script>`), instead of `<dist>/stat-widgets.js`, which adds `<dist>/stat-widgets.iife.js` once per page. */
  script?: string;
  /** Address that relative URLs (`src`, `dist`) are resolved against (default: the document's). */
  base?: string;
  /** The iframe's width: a CSS length, `100%` by default (the column's; a fixed width still shrinks to it). */
  width?: string;
  /** The iframe's height before the embed reports its own, in pixels (default: by widget). */
  frameHeight?: number;
  /** The iframe's accessible name (default: from the fallback's title, else the widget). */
  title?: string;
  /** Adds the parent-page resize script after the iframe (default: true). */
  resize?: boolean;
  /** An id the embed page echoes in its height messages (for pages that track their embeds). */
  id?: string;
  /** The page the iframe and the oEmbed show: a published embed's address (default: the embed page with the options in its URL, `embedUrl`). */
  page?: string;
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

/**
 * The `dist/` folder's absolute URL: the one given, else the one this code was loaded from
 * (src/feed/package-url.ts), else `/dist/` on the page's host.
 */
export function distUrl(options: Pick<EmbedOptions, 'dist' | 'base'> = {}): string {
  const base = baseUrl(options);
  if (options.dist) return new URL(options.dist.endsWith('/') ? options.dist : `${options.dist}/`, base).href;
  return distFolderUrl() || new URL('/dist/', base).href;
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

/** A cell as a reader sees it: numbers formatted for the table's language with their column's unit, null as "no data". */
function cellText(cell: string | number | null, lang: string, unit?: string): string {
  return typeof cell === 'number' ? formatValue(cell, lang, unit) : cell === null ? stringsFor(lang).noData : cell;
}

/** One row as pieces of one line, in order: each piece's text and the punctuation that ends it. */
type Piece = readonly [role: 'label' | 'value' | 'words' | 'rest', text: string, tail: string];

/**
 * A table of one row as one short line ("Teachers: 4,308 (Azerbaijan, 2024); Change: 63"): the
 * first number is the value; words the title lacks (region, period) follow it in brackets;
 * further numbers (a change) are named by their columns. Joined with spaces, the pieces are the line.
 */
function linePieces(table: StatDataTable): Piece[] {
  const row = table.rows[0]!;
  const numbers = row.map((cell, i) => [cell, i] as const).filter(([cell]) => typeof cell !== 'string');
  const words = row.filter((cell): cell is string => typeof cell === 'string' && cell !== '' && !table.title.toLowerCase().includes(cell.toLowerCase()));
  const [first, ...rest] = numbers;
  const pieces: [Piece[0], string, string][] = [['label', table.title, first ? ':' : '']];
  if (first) pieces.push(['value', cellText(first[0], table.lang, table.units?.[first[1]]), '']);
  if (words.length) pieces.push(['words', `(${words.join(', ')})`, '']);
  for (const [cell, i] of rest) {
    pieces.at(-1)![2] += ';';
    pieces.push(['rest', `${table.columns[i] ?? ''}: ${cellText(cell, table.lang, table.units?.[i])}`, '']);
  }
  return pieces;
}

/** ` style="…"` for a part the layout styles, else nothing. */
function styleOf(style: string | undefined): string {
  return style ? ` style="${escapeHtml(style)}"` : '';
}

/** A one-row table as one short line of text ("Teachers: 4,308 (2024)"); '' for more rows. */
export function fallbackLine(table: StatDataTable | null | undefined): string {
  return table?.rows.length === 1
    ? linePieces(table)
        .map(([, words, tail]) => words + tail)
        .join(' ')
    : '';
}

/**
 * A widget's numbers as plain HTML: one row as one short line ("Teachers: 4,308 (2024)"),
 * more as a small table with a caption and a source line. Every string escaped. With a `layout`
 * (src/embed/reserve.ts), its parts carry the inline styles that lay it out like the live widget;
 * the text stays the same.
 */
export function fallbackHtml(table: StatDataTable | null | undefined, indent = '  ', layout: FallbackLayout | null = null): string {
  if (!table || table.rows.length === 0) return '';
  const { lang } = table;
  const text = (cell: string | number | null, column: number) => escapeHtml(cellText(cell, lang, table.units?.[column]));
  const labels = LABELS[lang.toLowerCase().split('-')[0]!] ?? LABELS['en']!;
  const credit = [table.source && `${labels.source}: ${table.source}`, table.licence && `${labels.licence}: ${table.licence}`].filter(Boolean).join(' · ');
  if (table.rows.length === 1) {
    const pieces = linePieces(table);
    if (!layout?.label) return `${indent}<p${styleOf(layout?.line)}>${escapeHtml(fallbackLine(table))}</p>`;
    // Each piece a line of the widget's; punctuation between lines is kept in the text, not drawn.
    const tail = (mark: string) => (mark ? `<span${styleOf(layout.tail)}>${mark}</span>` : '');
    const tag = (role: Piece[0]) => (role === 'value' ? 'b' : 'span');
    return `${indent}<p${styleOf(layout.line)}>${pieces.map(([role, words, mark]) => `<${tag(role)}${styleOf(layout[role])}>${escapeHtml(words)}${tail(mark)}</${tag(role)}>`).join(' ')}</p>`;
  }
  const inner = `${indent}  `;
  const rowHeader = (row: readonly (string | number | null)[]) => typeof row[0] === 'string';
  const cell = (row: number, column: number) => styleOf(layout?.cell?.(row, column));
  const lines = [
    `${indent}<table${styleOf(layout?.table)}>`,
    `${inner}<caption${styleOf(layout?.caption)}>${escapeHtml(table.title)}</caption>`,
    `${inner}<thead${styleOf(layout?.head)}><tr>${table.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr></thead>`,
    `${inner}<tbody${styleOf(layout?.body)}>`,
    ...table.rows.map(
      (row, r) =>
        `${inner}  <tr${styleOf(layout?.row)}>${row
          .map((value, i) => (i === 0 && rowHeader(row) ? `<th scope="row"${cell(r, i)}>${text(value, i)}</th>` : `<td${cell(r, i)}>${text(value, i)}</td>`))
          .join('')}</tr>`,
    ),
    `${inner}</tbody>`,
    `${indent}</table>`,
  ];
  if (credit) lines.push(`${indent}<p${styleOf(layout?.credit)}><small>${escapeHtml(credit)}</small></p>`);
  return lines.join('\n');
}

/** The URL of the built drop-in script that a snippet loads. */
export function scriptUrl(options: Pick<EmbedOptions, 'dist' | 'base' | 'script'> = {}): string {
  return options.script ? absoluteUrl(options.script, baseUrl(options)) : `${distUrl(options)}stat-widgets.iife.js`;
}

/**
 * A snippet's script tags: with the drop-in bundle of `dist/`, its loader (`stat-widgets.js`, which
 * runs the bundle once per page, however many snippets it has: src/embed/load.ts) and a preload of
 * the bundle, fetched while the page loads; with a `script` of its own, that script.
 */
function scriptTags(options: EmbedOptions): string {
  const bundle = escapeHtml(scriptUrl(options));
  if (options.script) return `<script defer src="${bundle}"></script>`;
  return `<link rel="preload" as="script" href="${bundle}"><script defer src="${escapeHtml(`${distUrl(options)}stat-widgets.js`)}"></script>`;
}

/**
 * A declarative shadow root showing the element's content through a slot, as the element does
 * until it has live numbers (StatWidget's page slot): the page lays the numbers out once, as it
 * parses them. Attached when the upgrade made the shadow root instead, it moved every box of the
 * content out of the page's layout and back in: a map's and a timeline's tables, 700 boxes, 10–25 ms
 * at full speed (issue 12). Where it is not supported, or the markup is set by `innerHTML`, it
 * stays an inert `<template>`, shown as nothing; a sanitizer that drops it leaves the content.
 */
export const PAGE_SHADOW = '<template shadowrootmode="open"><slot></slot></template>';

/**
 * The element with its numbers inside as fallback content, and the script tag, in a `<div>`:
 * the page reads the numbers before (and without) the script, and the widget shows them until it
 * has live numbers of its own, or keeps them if its feed cannot be loaded. They are laid out like
 * the widget, which thus takes its box before any script runs, and shown through the element's
 * own slot from the start (PAGE_SHADOW); preload links fetch the feed and
 * the bundle while the page loads (src/embed/reserve.ts), and the script runs the bundle once per
 * page (src/embed/load.ts). The shape survives WordPress's automatic
 * paragraphs (`wpautop`, the classic editor): a block tag opens the line the element starts on, no
 * blank line, the preload and the script on the element's closing line, so the fallback stays
 * inside the element and no `<br>` is added (test/embed/wordpress.test.ts runs the real `wpautop` on it).
 */
export function elementSnippet(options: EmbedOptions): string {
  checkWidget(options.widget);
  const tag = `stat-${options.widget}`;
  const attributes = [...embedAttributes(options), ...reserveAttributes(options)]
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
  const fallback = fallbackHtml(options.fallback, '  ', fallbackLayout(options));
  const feed = absoluteUrl(options.src, baseUrl(options));
  return [
    '<div>',
    `<${tag}${attributes}>${fallback ? `${PAGE_SHADOW}\n${fallback}\n` : ''}</${tag}>${feed ? `<link rel="preload" as="fetch" href="${escapeHtml(feed)}" crossorigin>` : ''}${scriptTags(options)}</div>`,
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

/** The page an iframe of the embed shows: its published page, else the embed page with the options in its URL. */
function pageUrl(options: EmbedOptions): string {
  return (options.page && absoluteUrl(options.page, baseUrl(options))) || embedUrl(options);
}

/** The embed's accessible name: the one given, else the fallback's title, else the widget's kind. */
export function frameTitle(options: EmbedOptions): string {
  const what = [options.label || options.metric || options.metrics, options.region, options.period].filter(Boolean).join(', ');
  return options.title || options.fallback?.title || `Statistics${what ? `: ${what}` : ''} (${options.widget})`;
}

/** The URL of the parent-page script that sizes embeds to their content. */
export function resizeScriptUrl(options: Pick<EmbedOptions, 'dist' | 'base'> = {}): string {
  return `${distUrl(options)}embed/resize.js`;
}

/** The iframe's starting height in pixels: the measured one given, else one per widget. */
function frameHeight(options: EmbedOptions): number {
  return Math.round(options.frameHeight ?? FRAME_HEIGHTS[options.widget]);
}

/**
 * The iframe of the embed page and (unless `resize: false`) the script that grows and shrinks
 * it to its content. Without that script the iframe keeps its starting height and scrolls if
 * the content is taller: never clipped. Its inline style sets no `max-width`, which would beat
 * the theme's own (a block theme's text column is a `max-width` on the content's children); a
 * fixed width is `min(width, 100%)`, so it still fits a narrow column.
 */
export function iframeSnippet(options: EmbedOptions): string {
  const width = !options.width || options.width === '100%' ? '100%' : `min(${options.width},100%)`;
  const frame =
    `<iframe src="${escapeHtml(pageUrl(options))}" title="${escapeHtml(frameTitle(options))}" height="${frameHeight(options)}" loading="lazy"` +
    ` style="${escapeHtml(`display:block;border:0;width:${width}`)}"></iframe>`;
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
 * The oEmbed answer's HTML, made for what WordPress keeps from a provider it does not trust
 * (`wp_filter_oembed_result`: a `<blockquote>` with links, then one iframe with `src`, `width`,
 * `height`, `title`, `frameborder`; no `style`, no script). The blockquote links to the page:
 * readers see it until the embed first reports its height, and where iframes are dropped
 * (feeds, e-mail); with it WordPress adds its resize script, wp-embed.js. Widths are attributes
 * (`100%` fills the column and gives the block editor no aspect ratio to lock). The resize
 * script after them serves consumers that keep scripts (a trusted provider); WordPress drops it.
 */
export function oembedHtml(options: EmbedOptions, width: number | null = null): string {
  const page = pageUrl(options);
  const link = fallbackLine(options.fallback) || frameTitle(options);
  return [
    `<blockquote><a href="${escapeHtml(page)}">${escapeHtml(link)}</a></blockquote>`,
    `<iframe src="${escapeHtml(page)}" width="${width ?? '100%'}" height="${frameHeight(options)}" title="${escapeHtml(frameTitle(options))}" frameborder="0"></iframe>`,
    `<script defer src="${escapeHtml(resizeScriptUrl(options))}"></script>`,
  ].join('\n');
}

/**
 * The oEmbed JSON of an embed: what a CMS asks an oEmbed endpoint for a URL. oEmbed wants
 * pixels: a full-width embed says 600 (its html still fills the column); `maxWidth` (the
 * consumer's `maxwidth`) caps the iframe, which still shrinks on narrower screens.
 */
export function oembed(options: EmbedOptions, maxWidth?: number): OEmbed {
  const dist = distUrl(options);
  const fixed = /^(\d+(?:\.\d+)?)px$/.exec(options.width ?? '');
  let width = fixed ? Number(fixed[1]) : null;
  if (maxWidth && (width === null || width > maxWidth)) width = maxWidth;
  return {
    type: 'rich',
    version: '1.0',
    title: frameTitle(options),
    provider_name: 'stat-widgets',
    provider_url: new URL('..', dist).href,
    html: oembedHtml(options, width),
    width: width ?? 600,
    height: frameHeight(options),
    cache_age: 86400,
  };
}

/** What could stop a snippet working on a reader's screen: an address only this computer (or network) reaches, or plain http. */
export interface SnippetWarning {
  readonly url: string;
  readonly problem: 'local' | 'http';
}

/** Loopback and private addresses (IPv4, IPv6), `localhost` and `.local` names. */
const LOCAL_HOST =
  /^(localhost|.*\.localhost|.*\.local|127(\.\d+){3}|0\.0\.0\.0|10(\.\d+){3}|192\.168(\.\d+){2}|172\.(1[6-9]|2\d|3[01])(\.\d+){2}|\[(::1?|f[cd][0-9a-f:]*|fe80:[0-9a-f:]*)\])$/i;

/**
 * The addresses a snippet would load (its published page, `dist/`, the feed) that readers elsewhere
 * cannot reach (`localhost`, private networks: a snippet made with `npm start`) or that an https
 * page refuses or warns about (plain `http:`), each once.
 */
export function snippetWarnings(options: EmbedOptions): SnippetWarning[] {
  const warnings: SnippetWarning[] = [];
  const urls = [options.page ? pageUrl(options) : '', distUrl(options), absoluteUrl(options.src, baseUrl(options))];
  for (const url of urls) {
    if (!url) continue;
    const { hostname, protocol, origin } = new URL(url);
    if (LOCAL_HOST.test(hostname)) warnings.push({ url: origin, problem: 'local' });
    else if (protocol === 'http:') warnings.push({ url: origin, problem: 'http' });
  }
  return warnings.filter((w, i) => warnings.findIndex((o) => o.url === w.url && o.problem === w.problem) === i);
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
  const options: EmbedOptions = {
    widget,
    src: ownSrc ? new URL(ownSrc, element.baseURI).href : feedHost?.getAttribute('src') ? new URL(feedHost.getAttribute('src')!, feedHost.baseURI).href : '',
  };
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
