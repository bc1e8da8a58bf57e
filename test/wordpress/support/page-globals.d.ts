// Types for the functions the WordPress tests run in the page (page.evaluate, waitForFunction):
// what they read of the widgets (the package's own types would pull src/ into the Node-side
// program), and the block editor's global.
interface StatWidgetInPage extends HTMLElement {
  readonly state: 'loading' | 'ready' | 'error' | 'empty';
  dataTable(): unknown;
}

interface HTMLElementTagNameMap {
  'stat-feed': StatWidgetInPage;
  'stat-counter': StatWidgetInPage;
  'stat-summary': StatWidgetInPage;
  'stat-map': StatWidgetInPage;
  'stat-timeline': StatWidgetInPage;
}

interface Window {
  /** WordPress's editor API (wp.data), present in the block editor only; its own types are not installed here. */
  wp: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- the editor's API, untyped here
}
