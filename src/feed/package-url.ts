// Where the package's own files are: the one place that knows the layout of `dist/` (and of
// `src/`, which tests and dev servers load). No DOM needed: in Node the addresses are file: URLs
// and the http-only answers are ''.

/**
 * Where this code was loaded from: the IIFE's `<script>` (known only while it runs, which is
 * when this is read), else the ES module's address, else the page's.
 */
export const scriptUrl: string =
  (typeof document !== 'undefined' && (document.currentScript as HTMLScriptElement | null)?.src) ||
  // The IIFE build has no import.meta (Rolldown warns and makes it {}): then the page's address.
  import.meta.url ||
  (typeof document !== 'undefined' ? document.baseURI : '');

/** The package folders a file of ours can sit under: the build, and the sources (which hold `geo/` too). */
const ROOTS = ['/dist/', '/src/'] as const;

/**
 * A file of the package (`geo/azerbaijan-regions.topo.json`) found from any file of it: from under
 * `…/dist/` (the IIFE, `dist/cdn/chunks/…`) or `…/src/` (tests, dev servers), that folder's;
 * else beside `from` (a bundle copied to a folder of another name).
 */
export function packageFileUrl(file: string, from: string = scriptUrl): string {
  for (const root of ROOTS) {
    const at = from.lastIndexOf(root);
    if (at >= 0) return from.slice(0, at + root.length) + file;
  }
  try {
    return new URL(file, from).href;
  } catch {
    return file;
  }
}

/**
 * The absolute URL of `dist/`, found from an http(s) address of any file under it, or under
 * `src/` (tests and dev servers, whose `dist/` is beside it); '' when `from` says nothing
 * (another folder, or not http(s): Node, file:).
 */
export function distFolderUrl(from: string = scriptUrl): string {
  if (!/^https?:/.test(from)) return '';
  for (const root of ROOTS) {
    const at = from.lastIndexOf(root);
    if (at >= 0) return `${from.slice(0, at)}/dist/`;
  }
  return '';
}
