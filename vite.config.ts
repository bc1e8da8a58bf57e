import { defineConfig, type LibraryOptions, type Plugin, type UserConfig } from 'vite';
import { minifyCss } from './scripts/minify-css.mjs';

/**
 * Minifies the CSS inside Lit's css`` templates (comments, runs of white space), which no
 * JS minifier touches. Safe for our styles: no strings with significant spaces in them.
 */
function minifyLitCss(): Plugin {
  return {
    name: 'minify-lit-css',
    transform(code, id) {
      if (!id.endsWith('.styles.ts') && !id.includes('/src/elements/')) return null;
      const out = code.replace(/css`([^`]*)`/g, (_, body: string) => {
        return `css\`${minifyCss(body)}\``;
      });
      return out === code ? null : { code: out, map: null };
    },
  };
}

/**
 * A module the drop-in bundle takes in a form of its own: its `<name>.iife.ts` twin stands in for
 * `<name>.ts`.
 * - The "Get the data" actions: an IIFE cannot split code, so instead of the ES builds'
 *   `import('./data-files.js')` chunk (src/export/load-actions.ts) it takes load-actions.iife.ts,
 *   which imports `dist/stat-widgets.actions.js` (mode 'actions').
 * - The real projections (src/math/sphere.ts), for `dist/cdn/` too: d3-geo is one module, which a
 *   chunk cannot split, so a dynamic import would put the projections in the map's own chunk
 *   (+5.8 KB measured); feed/projections.iife.ts imports `dist/stat-widgets.projections.js`
 *   (mode 'projections') when a map first needs it.
 * - Registering the elements: from a `<script defer>` (the snippets'), each tag in a task of its
 *   own after the script (define-element.iife.ts); ES modules register at once, and do not carry it.
 */
function iifeTwin(module: '/export/load-actions.js' | '/feed/projections.js' | '/shared/define-element.js'): Plugin {
  return {
    name: `iife-twin:${module}`,
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith(module)) return null;
      const resolved = await this.resolve(source.replace(/\.js$/, '.iife.js'), importer, { skipSelf: true });
      return resolved?.id ?? null;
    },
  };
}

/** Runtime dependencies stay imports in the ES build (an app bundles them once); the IIFE carries them. */
const dependency = /^(lit|@lit\/|d3-)/;

/** Public ES entry points: `package.json` `exports` maps onto these files. */
const entries = {
  index: 'src/index.ts',
  define: 'src/all.ts',
  feed: 'src/elements/feed/stat-feed.ts',
  'feed/define': 'src/elements/feed/define.ts',
  counter: 'src/elements/counter/stat-counter.ts',
  'counter/define': 'src/elements/counter/define.ts',
  summary: 'src/elements/summary/stat-summary.ts',
  'summary/define': 'src/elements/summary/define.ts',
  map: 'src/elements/map/stat-map.ts',
  'map/define': 'src/elements/map/define.ts',
  timeline: 'src/elements/timeline/stat-timeline.ts',
  'timeline/define': 'src/elements/timeline/define.ts',
};

/** Entry points of the self-contained ES build (`dist/cdn/`): pages without a bundler import these. */
const cdnEntries = {
  define: 'src/all.ts',
  'feed/define': 'src/elements/feed/define.ts',
  'counter/define': 'src/elements/counter/define.ts',
  'summary/define': 'src/elements/summary/define.ts',
  'map/define': 'src/elements/map/define.ts',
  'timeline/define': 'src/elements/timeline/define.ts',
};

/** A file of the drop-in set in dist/ (added beside the others, not emptying it): minified, with its source map. */
function inDist(lib: LibraryOptions, output: { minify?: boolean; banner?: string; postBanner?: string }): UserConfig {
  return { build: { outDir: 'dist', emptyOutDir: false, target: 'es2022', minify: true, sourcemap: true, lib, rolldownOptions: { output } } };
}

/** A self-contained, minified ES module beside the drop-in bundle, which imports it on first use. */
function besideTheBundle(entry: string, fileName: string): UserConfig {
  return inDist({ entry, formats: ['es'], fileName: () => fileName }, { minify: true });
}

export default defineConfig(({ mode }) =>
  mode === 'cdn'
    ? {
        // ES modules with Lit and d3 inside, shared chunks: <script type="module"> straight from a CDN.
        plugins: [minifyLitCss(), iifeTwin('/feed/projections.js')],
        build: {
          outDir: 'dist/cdn',
          emptyOutDir: true,
          target: 'es2022',
          minify: true,
          sourcemap: true,
          lib: { entry: cdnEntries, formats: ['es'] },
          rolldownOptions: {
            output: {
              chunkFileNames: 'chunks/[name]-[hash].js',
              minify: true,
              // V8's compile hint, as in the drop-in bundle (below): a module's functions compile while it
              // streams in. Measured on the map and timeline page from dist/cdn/: 50–70 ms of compiling on
              // the main thread at full speed, under 2 ms with it. Not on the entries: they only import.
              postBanner: (chunk) => (chunk.isEntry ? '' : '//# allFunctionsCalledOnLoad'),
              // What every widget loads in one file: each extra chunk costs its own gzip header and
              // dictionary (a split core measured 200 bytes more on the counter-only page). The package's
              // URLs (feed/package-url), shared by the map and the actions' chunk, would be a chunk of
              // their own: in the core they cost the map 0.2 KB less, the others 0.1 KB more. The in-view
              // controller and export/table (data tables), which every widget uses, were a chunk of
              // their own too: in the core, every widget page is 0.2 KB smaller.
              codeSplitting: {
                groups: [
                  {
                    name: 'core',
                    test: /node_modules\/(lit\/(index|decorators)|lit-html\/lit-html|lit-element\/lit-element|@lit\/reactive-element\/(css-tag|reactive-element|decorators\/\w+)|@lit\/context\/lib\/(context-request-event|create-context|controllers\/context-consumer))\.js|src\/(feed\/(load|select|validate|period|package-url)|format\/(number|strings|lang)|events\/feed-events|controllers\/(feed-|in-view)|export\/table|elements\/shared\/)/,
                  },
                ],
              },
            },
          },
        },
      }
    : mode === 'iife'
      ? {
          // The drop-in bundle for a plain <script> tag: everything in one file, one global
          // (but the data menu's actions, in stat-widgets.actions.js: iifeTwin).
          plugins: [minifyLitCss(), iifeTwin('/export/load-actions.js'), iifeTwin('/feed/projections.js'), iifeTwin('/shared/define-element.js')],
          // Each snippet carries its own <script>, so a page with a map and a timeline runs the file
          // twice: the second time it stops at once instead of evaluating everything again (14 ms of
          // the main thread at full speed, 4× that on Lighthouse's phone). `if (…) var StatWidgets =
          // (function…)({});` is one statement; the global keeps the first value.
          // `//# allFunctionsCalledOnLoad` (V8's explicit compile hint, Chrome 136+; a comment elsewhere)
          // must be the file's first line: V8 then compiles every function while the file streams in,
          // on a background thread, instead of each on the main thread at its first call. Upgrading
          // and drawing a map and a timeline compiled 50–100 ms of functions on the main thread at
          // full speed, 2 ms with the hint (issue 12; measured with V8's compile trace events).
          ...inDist(
            { entry: 'src/all.ts', name: 'StatWidgets', formats: ['iife'], fileName: () => 'stat-widgets.iife.js' },
            { banner: 'if(typeof StatWidgets!="object")', postBanner: '//# allFunctionsCalledOnLoad' },
          ),
        }
      : mode === 'actions'
        ? // What the drop-in bundle imports when a reader picks a "Get the data" action (src/export/load-actions.iife.ts).
          besideTheBundle('src/export/actions.ts', 'stat-widgets.actions.js')
        : mode === 'projections'
          ? // What the drop-in bundle imports when a map needs a real projection (src/feed/projections.iife.ts).
            besideTheBundle('src/math/sphere.ts', 'stat-widgets.projections.js')
          : {
              plugins: [minifyLitCss()],
              build: {
                outDir: 'dist',
                emptyOutDir: true,
                target: 'es2022',
                minify: true,
                sourcemap: true,
                lib: { entry: entries, formats: ['es'] },
                rolldownOptions: {
                  external: (id: string) => dependency.test(id),
                  // Vite keeps whitespace in ES library output; these files are what pages load, so minify fully.
                  output: { chunkFileNames: 'chunks/[name]-[hash].js', minify: true },
                },
              },
            },
);
