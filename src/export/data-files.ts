/**
 * What the "Get the data" menu's actions build: the CSV of a widget's data table, an SVG and a
 * PNG of what it shows (title, drawing, legend and credit line), and its embed code on the
 * clipboard. Fetched with `import()` when a reader picks an action, never on a widget's first load.
 */
import type { DataAction, ExportHost, StatDataTable } from './types.js';
import { elementSnippet, optionsFromElement } from '../embed/snippet.js';
import { exportStringsFor, type ExportStrings } from './strings.js';
import { csvCell } from '../format/csv.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Runs one of the menu's actions on a widget; `copyLabel` names the field the embed code is shown in when the clipboard refuses it. */
export async function runAction(action: DataAction, host: ExportHost, lang: string, copyLabel: string): Promise<void> {
  const text = exportStringsFor(lang);
  say(host, '');
  if (action === 'copyEmbed') return copy(elementSnippet(optionsFromElement(host)), host, text, copyLabel);
  const table = host.dataTable();
  if (!table) return;
  const name = slug(table.title || table.feedTitle || host.localName);
  if (action === 'downloadCsv') return save(new Blob([`\ufeff${toCsv(table, text)}`], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
  const image = toSvg(host, table, text);
  if (action === 'downloadSvg') return save(new Blob([image.markup], { type: 'image/svg+xml' }), `${name}.svg`);
  save(await toPng(image), `${name}.png`);
}

// ------------------------------------------------------------------------------------------
// CSV

/**
 * RFC 4180: comma-separated, CRLF line ends, a field with a comma, quote or line break in
 * quotes (quotes doubled). Numbers as JavaScript writes them (dot decimal, no grouping), an
 * empty field for "no data". Text that a spreadsheet would run as a formula (= + - @, tab, CR
 * first) gets a leading apostrophe (OWASP's advice on CSV injection): feed strings are text.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const field = String(value);
  return csvCell(typeof value === 'string' && /^[=+\-@\t\r]/.test(field) ? `'${field}` : field);
}

/** The table as CSV (without the byte-order mark): a header row, the rows, a blank line, then the source and what the table is. */
export function toCsv(table: StatDataTable, text: ExportStrings): string {
  const columns = table.columns.map((column, i) => (table.units?.[i] ? `${column} (${table.units[i]})` : column));
  const lines = [columns, ...table.rows].map((row) => row.map(csvField).join(','));
  lines.push(
    '',
    ...[
      `${text.source}: ${[table.source, table.sourceUrl].filter(Boolean).join(' ')}`,
      table.licence,
      [table.feedTitle, table.title].filter(Boolean).join(': '),
    ]
      .filter((line) => line && !line.endsWith(': '))
      .map(csvField),
  );
  return `${lines.join('\r\n')}\r\n`;
}

/** A file name from a title: letters (any script) and digits, joined by hyphens. */
export function slug(title: string): string {
  return (
    title
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'data'
  );
}

// ------------------------------------------------------------------------------------------
// SVG

/** An image of a widget: standalone SVG markup and its size in CSS pixels. */
export interface WidgetImage {
  readonly markup: string;
  readonly width: number;
  readonly height: number;
}

/** The computed properties that make an SVG look as on the page once its style sheets (and custom properties) are gone. */
const INLINED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linejoin',
  'stroke-linecap',
  'opacity',
  'paint-order',
  'font-size',
  'font-weight',
  'font-family',
  'text-anchor',
  'display',
  'visibility',
] as const;

/**
 * Colours in a form every SVG viewer reads: `color(srgb r g b / a)` (what Chromium computes for
 * the widgets' relative colours) as `rgb()`.
 */
export function plainColors(value: string): string {
  return value.replace(/color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.]+))?\)/g, (_, r, g, b, a) => {
    const rgb = [r, g, b].map((c: string) => Math.round(Math.min(1, Math.max(0, +c)) * 255)).join(', ');
    return a === undefined || +a >= 1 ? `rgb(${rgb})` : `rgba(${rgb}, ${a})`;
  });
}

/** A font list that ends in a generic family, so that any viewer has a font to draw with. */
function withFallback(family: string): string {
  return /(^|,)\s*(sans-serif|serif|monospace|system-ui|cursive|fantasy)\s*$/.test(family) ? family : `${family}, sans-serif`;
}

/** The colour behind a widget: the first ancestor (through shadow roots) with a background, else white. */
function backgroundOf(element: Element): string {
  for (let node: Element | null = element; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null)) {
    const color = getComputedStyle(node).backgroundColor;
    if (color && !/^(transparent|rgba\(.*,\s*0\))$/.test(color)) return color;
  }
  return '#fff';
}

/** A copy of an SVG of the widget with every element's computed style inlined, without ARIA, parts and Lit's markers. */
function inlineCopy(original: SVGSVGElement): SVGSVGElement {
  const copy = original.cloneNode(true) as SVGSVGElement;
  const from = [original, ...original.querySelectorAll('*')];
  const to = [copy, ...copy.querySelectorAll('*')];
  from.forEach((element, i) => {
    const target = to[i]!;
    const style = getComputedStyle(element);
    target.setAttribute(
      'style',
      INLINED.map((p) => {
        const value = style.getPropertyValue(p);
        return value ? `${p}:${p === 'font-family' ? withFallback(value) : plainColors(value)}` : '';
      })
        .filter(Boolean)
        .join(';'),
    );
    for (const { name } of [...target.attributes]) if (/^(aria-|role$|tabindex$|part$|class$)/.test(name)) target.removeAttribute(name);
  });
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  comments.forEach((c) => c.parentNode!.removeChild(c));
  return copy;
}

/** Builds the image of a widget from what it says it draws (`exportImage()`): title, counters, chart, legend, credit line. */
export function toSvg(host: ExportHost, table: StatDataTable, text: ExportStrings): WidgetImage {
  const { chart, counters, legend, credit } = host.exportImage();
  const hostStyle = getComputedStyle(host);
  const font = withFallback(hostStyle.fontFamily);
  const color = hostStyle.color;
  const base = parseFloat(hostStyle.fontSize) || 16;
  const pad = 16;
  const width = Math.max(320, Math.round(chart?.width.baseVal.value ?? host.getBoundingClientRect().width) + 2 * pad);
  const svg = document.createElementNS(SVG_NS, 'svg');
  const measure = document.createElement('canvas').getContext('2d')!;
  let y = pad;

  const add = (name: string, attributes: Record<string, string | number>, parent: Element = svg) => {
    const element = document.createElementNS(SVG_NS, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, plainColors(String(value)));
    parent.append(element);
    return element;
  };
  /** Lines of text that wrap at `right`; returns the text's width (of the longest line). */
  const write = (words: string, size: number, weight: string | number, fill: string, x = pad, right = width - pad, advance = true) => {
    measure.font = `${weight} ${size}px ${font}`;
    const lines: string[] = [];
    for (const word of words.trim().split(/\s+/)) {
      const last = lines.length - 1;
      if (last >= 0 && measure.measureText(`${lines[last]} ${word}`).width <= right - x) lines[last] += ` ${word}`;
      else lines.push(word);
    }
    let top = y;
    for (const line of lines) {
      top += size * 1.25;
      add('text', { x, y: top - size * 0.3, fill, 'font-size': size, 'font-weight': weight, 'font-family': font }).textContent = line;
    }
    if (advance) y = top;
    return Math.max(0, ...lines.map((l) => measure.measureText(l).width));
  };

  add('rect', { width: '100%', height: '100%', fill: backgroundOf(host) });

  // A lone counter's label is its title.
  if (host.localName !== 'stat-counter') write(table.title, base * 1.125, 700, color);
  if (counters.length) {
    // Counters: label, number, change and note of each, side by side, wrapping.
    let x = pad;
    let rowTop = y;
    let rowBottom = y;
    for (const lines of counters) {
      const cell = counters.length > 1 ? 220 : width - 2 * pad;
      if (x > pad && x + cell > width - pad) {
        x = pad;
        rowTop = rowBottom + 8;
      }
      y = rowTop;
      for (const { text, styleOf } of lines) {
        const style = getComputedStyle(styleOf);
        if (text.trim()) write(text, parseFloat(style.fontSize), style.fontWeight, style.color, x, x + cell - 12);
      }
      rowBottom = Math.max(rowBottom, y);
      x += cell;
    }
    y = rowBottom;
  }

  if (chart) {
    y += 8;
    const copy = inlineCopy(chart);
    copy.setAttribute('x', String(pad));
    copy.setAttribute('y', String(y));
    svg.append(copy);
    y += chart.height.baseVal.value;
  }

  // The legend: the map's classes, the timeline's shown series and event kinds.
  if (legend.length) {
    y += 10;
    let x = pad;
    const size = base * 0.8125;
    for (const { label, swatch, shape } of legend) {
      measure.font = `${size}px ${font}`;
      const itemWidth = 18 + measure.measureText(label).width + 14;
      if (x > pad && x + itemWidth > width - pad) {
        x = pad;
        y += size * 1.6;
      }
      const middle = y + size * 0.6;
      if (shape) {
        const mark = add('path', { d: shape.getAttribute('d')!, transform: `translate(${x + 6},${middle}) scale(0.9)`, fill: getComputedStyle(shape).fill });
        mark.setAttribute('stroke', 'none');
      } else if (swatch) {
        const line = swatch.getBoundingClientRect().height < 6;
        add('rect', {
          x,
          y: line ? middle - 1.5 : middle - 6,
          width: 12,
          height: line ? 3 : 12,
          fill: swatch.classList.contains('no-data') ? 'url(#no-data)' : getComputedStyle(swatch).backgroundColor,
          stroke: line ? 'none' : '#767676',
          'stroke-width': 0.5,
        });
      }
      write(label, size, 400, color, x + 18, width - pad, false);
      x += itemWidth;
    }
    y += size * 1.5;
  }

  // The credit line: the feed's source, and the map's own credit (its geometry's).
  y += 6;
  const source = [table.source, table.sourceUrl].filter(Boolean).join(' ');
  for (const line of [source && `${text.source}: ${source}`, credit]) if (line) write(line, base * 0.75, 400, color);
  const height = Math.ceil(y + pad);

  svg.setAttribute('xmlns', SVG_NS);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('font-family', font);
  add('title', {}).textContent = table.title;
  svg.prepend(svg.lastChild!);
  return { markup: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`, width, height };
}

// ------------------------------------------------------------------------------------------
// PNG, downloads, clipboard

/** The image drawn on a canvas at twice its size (or the screen's pixel ratio, if higher), as PNG. */
export async function toPng(image: WidgetImage): Promise<Blob> {
  const scale = Math.max(2, devicePixelRatio || 1);
  const url = URL.createObjectURL(new Blob([image.markup], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.width * scale);
    canvas.height = Math.round(image.height * scale);
    canvas.getContext('2d')!.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Offers a file for download through a temporary `<a download>`. */
function save(blob: Blob, name: string): void {
  // A page where downloads are blocked (an embed in a sandboxed iframe: src/embed/frame.ts) cancels this and offers another way.
  if (!dispatchEvent(new CustomEvent('stat-widgets:download', { cancelable: true, detail: { name } }))) return;
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The download reads the URL after the click's task: revoke it a little later.
  setTimeout(() => URL.revokeObjectURL(a.href), 30_000);
}

/** Says something in the menu's live region. */
function say(host: ExportHost, words: string): void {
  const status = host.shadowRoot!.querySelector('.data-menu [role="status"]');
  if (status) status.textContent = words;
}

/**
 * Copies text: the Clipboard API, else a selected textarea and `execCommand('copy')`, else the
 * textarea stays, selected, for the reader to copy by hand.
 */
async function copy(code: string, host: ExportHost, text: ExportStrings, label: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(code);
    return say(host, text.copied);
  } catch {
    // No clipboard permission (an iframe without `clipboard-write`, an http page): fall back.
  }
  const menu = host.shadowRoot!.querySelector('.data-menu')!;
  const area = document.createElement('textarea');
  area.value = code;
  area.readOnly = true;
  area.setAttribute('aria-label', label);
  area.style.cssText = 'inline-size:min(30em,100%);block-size:6em;font:0.75rem monospace';
  menu.append(area);
  area.focus();
  area.select();
  let copied = false;
  try {
    // Deprecated, still the only synchronous copy where the Clipboard API is refused.
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  if (copied) {
    area.remove();
    host.shadowRoot!.querySelector<HTMLElement>('[part="menu-button"]')?.focus();
    return say(host, text.copied);
  }
  say(host, text.copyByHand);
  area.addEventListener('blur', () => area.remove());
}
