// Builds everything under dist/: ES modules, the IIFE drop-in bundle, .d.ts types, the feed
// schema, and custom-elements.json.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync } from 'node:fs';
import { build } from 'vite';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

await build({ mode: 'production', logLevel: 'warn' });
await build({ mode: 'iife', logLevel: 'warn' });
await build({ mode: 'actions', logLevel: 'warn' }); // what the IIFE imports for its data menu's actions
await build({ mode: 'projections', logLevel: 'warn' }); // what the IIFE imports when a map needs a real projection
await build({ mode: 'cdn', logLevel: 'warn' });
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
if (existsSync('src/feed/feed.schema.json')) copyFileSync('src/feed/feed.schema.json', 'dist/feed.schema.json');
cpSync('src/geo/azerbaijan-regions.topo.json', 'dist/geo/azerbaijan-regions.topo.json'); // the map's geometry, fetched at run time
run('npx', [
  'cem',
  'analyze',
  '--litelement',
  '--globs',
  'src/elements/**/*.ts',
  '--exclude',
  'src/elements/shared/define-element.ts',
  '--outdir',
  '.',
  '--quiet',
]);
run('node', ['scripts/build-embed.mjs']); // the iframe embed page and its resize script (dist/embed/)
run('node', ['scripts/build-cli.mjs']); // the feed tools (dist/cli/), then demo/data/feed.json from the sample CSVs
console.log('built dist/ and custom-elements.json');
