// Prints the byte sizes (raw, gzip, brotli) of what pages load from dist/: each entry point
// with every module it imports, as the browser fetches them (one file at a time).
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

/** Every file an ES module pulls in through static imports (relative ones only). */
export function moduleClosure(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/(?:import|export)\s*(?:[\w*${}\s,]*from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g)) {
      visit(join(dirname(file), match[1]));
    }
  };
  visit(entry);
  return [...seen];
}

/** Raw, gzip (level 9) and brotli sizes of a set of files, each compressed on its own. */
export function measure(files) {
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
    brotli += brotliCompressSync(bytes).length;
  }
  return { raw, gzip, brotli };
}

export const pages = {
  'counter only (ES, dist/cdn/counter/define.js)': () => moduleClosure('dist/cdn/counter/define.js'),
  'summary only (ES, dist/cdn/summary/define.js)': () => moduleClosure('dist/cdn/summary/define.js'),
  'map only (ES, dist/cdn/map/define.js; geometry apart)': () => moduleClosure('dist/cdn/map/define.js'),
  'map geometry (dist/geo/azerbaijan-regions.topo.json)': () => ['dist/geo/azerbaijan-regions.topo.json'],
  'timeline only (ES, dist/cdn/timeline/define.js)': () => moduleClosure('dist/cdn/timeline/define.js'),
  'everything (ES, dist/cdn/define.js)': () => moduleClosure('dist/cdn/define.js'),
  'drop-in bundle (dist/stat-widgets.iife.js)': () => ['dist/stat-widgets.iife.js'],
  "the snippets' script, which runs the bundle once per page (dist/stat-widgets.js)": () => ['dist/stat-widgets.js'],
  'drop-in data menu actions, on first use (dist/stat-widgets.actions.js)': () => ['dist/stat-widgets.actions.js'],
  'drop-in real projections, for maps that need one (dist/stat-widgets.projections.js)': () => ['dist/stat-widgets.projections.js'],
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  for (const [name, files] of Object.entries(pages)) {
    const list = files();
    const { raw, gzip, brotli } = measure(list);
    console.log(
      `${name.padEnd(50)} ${kb(raw).padStart(9)} ${kb(gzip).padStart(9)} gz ${kb(brotli).padStart(9)} br   (${list.map((f) => relative('dist', f)).join(', ')})`,
    );
  }
}
