/**
 * The embed page's script, a classic one (`<script src=".../dist/embed/frame.js">`): in an
 * opaque-origin sandbox (WordPress's `sandbox="allow-scripts"`) a module script from anywhere,
 * even from the page's own address, is fetched with CORS; a classic one is not.
 *
 * Two pages use it. `dist/embed/?widget=counter&src=…&metric=…` builds one widget from the URL's
 * parameters and loads only that widget's module from `dist/cdn/`, or, sandboxed, the drop-in
 * bundle `dist/stat-widgets.iife.js`. A published embed (`stat-widgets embed publish`,
 * src/embed/publish.ts) has its widget in its HTML and loads the bundle itself.
 *
 * Either tells the parent page its height whenever it changes, in two protocols:
 * - ours, for `dist/embed/resize.js` on the parent page: `{ type: 'stat-widgets:height', height, id }`;
 *   from the parent it accepts `stat-widgets:ask` (tell me your height; the resize script may start
 *   after the first report) and `stat-widgets:sized` (the parent sizes the iframe: hide the scroll bars);
 * - WordPress's (`wp-includes/js/wp-embed.js`, printed on pages with an embedded post):
 *   `{ message: 'height', value, secret }`, the secret read from the `#?secret=…` WordPress put in
 *   the iframe's address; from the parent it accepts `{ message: 'ready', secret }` (report again).
 * Messages go to any origin: the embed cannot know who embeds it (that is the point of an embed),
 * and they hold nothing but a number of pixels, the id the embedding page itself put in the URL,
 * and the secret it put there; messages are only accepted from `parent`.
 *
 * "Get the data" where downloads are blocked (a sandbox without `allow-downloads`, such as
 * WordPress's): the actions announce each download with a cancelable `stat-widgets:download`
 * event on `window` (src/export/data-files.ts); here it is cancelled, and the reader is offered
 * the embed's own page at the top level, where downloads work (WordPress's `link` message).
 */
import { BOOLEAN_OPTIONS, EMBED_ATTRIBUTES, EMBED_WIDGETS, type AttributeOption } from './params.js';

const params = new URLSearchParams(location.search);
const root = document.getElementById('embed') ?? document.body;
const html = document.documentElement;
/** This script's address: `dist/embed/frame.js`, from which the widgets' code is found. */
const script = (document.currentScript as HTMLScriptElement | null)?.src || location.href;
/** An opaque origin: a sandbox without `allow-same-origin`, where downloads are blocked too (WordPress adds no `allow-downloads`). */
const sandboxed = self.origin === 'null';

/** A mistake in the embed URL, shown where the widget would be (in English, naming the parameter: it is for the page's author). */
function fail(message: string): void {
  const p = document.createElement('p');
  p.className = 'embed-error';
  p.setAttribute('role', 'alert');
  p.textContent = message;
  root.replaceChildren(p);
  document.title = 'Embed error';
}

/** Builds the widget element from the parameters; null (with a message shown) when they are wrong. */
function widgetFromParams(): HTMLElement | null {
  const widget = params.get('widget') ?? '';
  if (!(EMBED_WIDGETS as readonly string[]).includes(widget)) {
    fail(
      widget
        ? `Unknown widget "${widget}" in the embed URL: use widget=${EMBED_WIDGETS.join(', widget=')}.`
        : `The embed URL has no widget: add widget=${EMBED_WIDGETS.join(', widget=')}.`,
    );
    return null;
  }
  const src = params.get('src') ?? '';
  let feed: URL | null = null;
  try {
    feed = new URL(src, location.href);
  } catch {
    // Reported below.
  }
  if (!src || !feed || (feed.protocol !== 'https:' && feed.protocol !== 'http:')) {
    fail(src ? `The feed address "${src}" in the embed URL is not an http(s) URL.` : "The embed URL has no src: add src= and the feed's URL.");
    return null;
  }
  const element = document.createElement(`stat-${widget}`);
  for (const [option, attribute] of Object.entries(EMBED_ATTRIBUTES) as [AttributeOption, string][]) {
    const value = params.get(attribute);
    if (value === null) continue;
    if (option === 'src') element.setAttribute('src', feed.href);
    else if (BOOLEAN_OPTIONS.has(option)) {
      if (value !== '0' && value !== 'false') element.setAttribute(attribute, '');
    } else element.setAttribute(attribute, value);
  }
  const lang = params.get('lang');
  if (lang) html.lang = lang; // The page's language too, for screen readers and hyphenation.
  return element;
}

/**
 * Loads one widget's code: its module from `dist/cdn/` (the smallest), or, in an opaque-origin
 * sandbox, the classic drop-in bundle, which needs no CORS from the host of `dist/`.
 */
function loadWidget(widget: string): Promise<unknown> {
  if (!sandboxed) return import(/* @vite-ignore */ new URL(`../cdn/${widget}/define.js`, script).href);
  return new Promise((resolve, reject) => {
    const bundle = document.createElement('script');
    bundle.src = new URL('../stat-widgets.iife.js', script).href;
    bundle.onload = resolve;
    bundle.onerror = () => reject(new Error(bundle.src));
    document.head.append(bundle);
  });
}

/** The secret WordPress put in this page's address (`#?secret=…`; read each time: wp-embed.js may add it after the page loaded). */
function wordPressSecret(): string {
  return /[#?&]secret=([A-Za-z0-9]+)/.exec(location.hash)?.[1] ?? '';
}

/** Tells the parent page the content's height (not the viewport's: the iframe must be able to shrink). */
let reported = -1;
function report(force = false): void {
  const height = Math.ceil(html.getBoundingClientRect().height);
  if (height === reported && !force) return;
  reported = height;
  const id = params.get('id');
  parent.postMessage({ type: 'stat-widgets:height', height, ...(id && { id }) }, '*');
  const secret = wordPressSecret();
  if (secret) parent.postMessage({ message: 'height', value: height, secret }, '*');
}

/** What the reader is told when a download is blocked here, by language. */
const BLOCKED: Readonly<Record<string, readonly [blocked: string, open: string]>> = {
  en: ['Downloads do not work inside this embedded view.', 'Open its page to download'],
  az: ['Bu yerləşdirilmiş görünüşdə yükləmə işləmir.', 'Yükləmək üçün səhifəsini açın'],
  ru: ['В этом встроенном окне скачивание не работает.', 'Открыть страницу для скачивания'],
};

/**
 * A blocked download: says so under the widget and offers this page at the top level, where
 * downloads work. WordPress's host script opens it (`link`: same host as the iframe, and only
 * while the iframe has focus, which the click gives it); elsewhere a link that a sandbox with
 * `allow-popups` opens in a new tab.
 */
function offerTopLevel(): void {
  const widget = root.querySelector<HTMLElement>('[src]');
  const lang = (widget?.closest('[lang]')?.getAttribute('lang') ?? 'en').toLowerCase().split('-')[0]!;
  const [blocked, open] = BLOCKED[lang] ?? BLOCKED['en']!;
  const page = location.href.replace(/#.*$/, '');
  const secret = wordPressSecret();
  const note = document.createElement('p');
  note.className = 'embed-offer';
  note.setAttribute('role', 'status');
  let action: HTMLElement;
  if (secret) {
    action = document.createElement('button');
    (action as HTMLButtonElement).type = 'button';
    action.addEventListener('click', () => parent.postMessage({ message: 'link', value: page, secret }, '*'));
  } else {
    action = Object.assign(document.createElement('a'), { href: page, target: '_blank', rel: 'noopener' });
  }
  action.textContent = open;
  note.append(`${blocked} `, action);
  root.querySelector('.embed-offer')?.remove();
  root.append(note);
  action.focus();
}

// A published embed has its widget in its HTML; the embed page builds it from its URL.
if (!root.querySelector('[src]')) {
  const element = widgetFromParams();
  if (element) {
    root.replaceChildren(element);
    const widget = element.localName.slice('stat-'.length);
    loadWidget(widget).then(
      () => (document.title = element.getAttribute('label') || `Statistics: ${widget}`),
      (error: Error) => fail(`The ${widget} widget could not be loaded (${error.message}).`),
    );
  }
}

if (parent !== window) {
  new ResizeObserver(() => report()).observe(html);
  // Now as well, and once loaded: a host may hide the iframe until it hears from it (WordPress
  // clips it), and Chromium does not render a hidden cross-origin frame, so the observer stays silent.
  report();
  addEventListener('load', () => report());
  addEventListener('message', (event: MessageEvent) => {
    if (event.source !== parent || typeof event.data !== 'object' || event.data === null) return;
    const data = event.data as { type?: unknown; message?: unknown; secret?: unknown };
    if (data.type === 'stat-widgets:ask') report(true);
    else if (data.type === 'stat-widgets:sized') html.classList.add('sized');
    else if (data.message === 'ready' && data.secret && data.secret === wordPressSecret()) report(true);
  });
  if (sandboxed) {
    addEventListener('stat-widgets:download', (event) => {
      event.preventDefault();
      offerTopLevel();
    });
  }
}
