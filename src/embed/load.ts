/**
 * The script of the snippet builder's snippets (`dist/stat-widgets.js`, 0.3 KB): loads the drop-in
 * bundle beside it (`stat-widgets.iife.js`) once per page, however many snippets the page has.
 * Each snippet carries its own `<script>`; with the bundle there, a page with a map and a timeline
 * compiled its 130 KB twice and wrote V8's code cache the second time (15–30 ms of the main thread
 * at full speed, issue 12). Each snippet's `<link rel="preload" as="script">` has the browser fetch
 * the bundle while the page loads, so it is not fetched later than before. No globals of its own,
 * no inline code (a Content-Security-Policy of `script-src 'self'` allows the bundle it adds).
 */
const me = document.currentScript as HTMLScriptElement | null;
const MARK = 'data-stat-widgets';
if (me?.src && typeof (window as { StatWidgets?: unknown }).StatWidgets !== 'object' && !document.querySelector(`script[${MARK}]`)) {
  const bundle = document.createElement('script');
  bundle.src = new URL('stat-widgets.iife.js', me.src).href;
  // Read by the bundle as from a <script defer>: each element is registered in a task of its own (define-element.iife.ts).
  bundle.defer = true;
  bundle.setAttribute(MARK, '');
  bundle.onerror = () => console.error(`stat-widgets: could not load ${bundle.src}; the widgets keep the numbers the page wrote in them`);
  document.head.append(bundle);
}
