// Builds the iframe embed (dist/embed/): the page, its script and style, the parent page's
// resize script, and snippet.js (the snippet code, for the snippet builder in demo/embed.html).
// Runs after the Vite builds (they empty dist/). The widgets themselves come from dist/cdn/.
import { copyFileSync, mkdirSync } from 'node:fs';
import { build } from 'esbuild';

mkdirSync('dist/embed', { recursive: true });
const common = { bundle: true, minify: true, target: 'es2022', logLevel: 'warning', legalComments: 'none' };
await Promise.all([
  build({ ...common, entryPoints: ['src/embed/frame.ts'], format: 'esm', outfile: 'dist/embed/frame.js' }),
  build({ ...common, entryPoints: ['src/embed/resize.ts'], format: 'iife', outfile: 'dist/embed/resize.js' }),
  build({ ...common, entryPoints: ['src/embed/snippet.ts'], format: 'esm', outfile: 'dist/embed/snippet.js' }),
]);
for (const file of ['index.html', 'frame.css']) copyFileSync(`src/embed/${file}`, `dist/embed/${file}`);
