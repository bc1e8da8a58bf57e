// Builds the iframe embed (dist/embed/): the page, its script and style, the parent page's
// resize script, the snippets' script (dist/stat-widgets.js, which loads the drop-in bundle once
// per page), snippet.js (the snippet code, for the snippet builder in demo/embed.html), and
// publish.js and zip.js (published embeds, for the builder's download).
// Runs after the Vite builds (they empty dist/). The widgets come from dist/cdn/ or the IIFE.
import { copyFileSync, mkdirSync } from 'node:fs';
import { build } from 'esbuild';

mkdirSync('dist/embed', { recursive: true });
/** @type {import('esbuild').BuildOptions} */
const common = { bundle: true, minify: true, target: 'es2022', logLevel: 'warning', legalComments: 'none' };
await Promise.all([
  // Classic scripts: what a sandboxed iframe (WordPress's embeds) runs without CORS.
  build({ ...common, entryPoints: ['src/embed/frame.ts'], format: 'iife', outfile: 'dist/embed/frame.js' }),
  build({ ...common, entryPoints: ['src/embed/resize.ts'], format: 'iife', outfile: 'dist/embed/resize.js' }),
  // The snippets' script: loads the drop-in bundle once per page (a classic script: no CORS).
  build({ ...common, entryPoints: ['src/embed/load.ts'], format: 'iife', outfile: 'dist/stat-widgets.js' }),
  build({ ...common, entryPoints: ['src/embed/snippet.ts'], format: 'esm', outfile: 'dist/embed/snippet.js' }),
  // The published embeds' pages and a zip of them, for the builder's download.
  build({ ...common, entryPoints: ['src/embed/publish.ts', 'src/embed/zip.ts'], format: 'esm', outdir: 'dist/embed' }),
]);
for (const file of ['index.html', 'frame.css']) copyFileSync(`src/embed/${file}`, `dist/embed/${file}`);
