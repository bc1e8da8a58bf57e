// What the benchmark pages (bench/*.html, chart-data.js) leave on `window` for bench/run.mjs,
// whose page.evaluate() callbacks run in those pages.
interface Window {
  /** Step-by-step measurements (timeline, map, scale and lifecycle pages); each result has its own shape. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- run.mjs reads each page's result by name
  bench: Record<string, (...args: any[]) => Promise<any>>;
  /** The ready pages' one measurement, settled once every chart is drawn. */
  benchDone: Promise<{ ms: number; drawn: number; pageHeight: number; longestTaskMs?: number; mapHeight?: number }>;
}
