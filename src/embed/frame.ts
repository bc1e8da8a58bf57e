/**
 * The embed page (`dist/embed/?widget=counter&src=…&metric=…`): one widget from the URL's
 * parameters, for sites that take only iframes. It loads only that widget's module from
 * `dist/cdn/`, and tells the parent page its height whenever it changes, so that
 * `dist/embed/resize.js` on the parent page can size the iframe to fit.
 *
 * Messages to the parent: `{ type: 'stat-widgets:height', height, id }`, posted to any origin.
 * The embed cannot know who embeds it (that is the point of an embed), and the message holds
 * nothing but a number of pixels and the id the embedding page itself put in the URL: nothing a
 * page could not learn by looking at the iframe. Messages from the parent are only accepted from
 * `parent`: `stat-widgets:ask` (tell me your height; the resize script may start after the
 * first report) and `stat-widgets:sized` (the parent sizes the iframe: hide the scroll bars).
 */
import { BOOLEAN_OPTIONS, EMBED_ATTRIBUTES, EMBED_WIDGETS, type AttributeOption } from './params.js';

const params = new URLSearchParams(location.search);
const root = document.getElementById('embed') ?? document.body;
const html = document.documentElement;

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
    fail(src ? `The feed address "${src}" in the embed URL is not an http(s) URL.` : 'The embed URL has no src: add src= and the feed\'s URL.');
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

/** Tells the parent page the content's height (not the viewport's: the iframe must be able to shrink). */
let reported = -1;
function report(force = false): void {
  const height = Math.ceil(html.getBoundingClientRect().height);
  if (height === reported && !force) return;
  reported = height;
  const id = params.get('id');
  parent.postMessage({ type: 'stat-widgets:height', height, ...(id && { id }) }, '*');
}

if (parent !== window) {
  new ResizeObserver(() => report()).observe(html);
  addEventListener('message', (event: MessageEvent) => {
    if (event.source !== parent || typeof event.data !== 'object' || event.data === null) return;
    if (event.data.type === 'stat-widgets:ask') report(true);
    else if (event.data.type === 'stat-widgets:sized') html.classList.add('sized');
  });
}

const element = widgetFromParams();
if (element) {
  root.replaceChildren(element);
  const widget = element.localName.slice('stat-'.length);
  // Only this widget's code, from the self-contained ES build beside this folder.
  const module = new URL(`../cdn/${widget}/define.js`, import.meta.url).href;
  import(/* @vite-ignore */ module).then(
    () => (document.title = element.getAttribute('label') || `Statistics: ${widget}`),
    () => fail(`The ${widget} widget could not be loaded (${module}).`),
  );
}
