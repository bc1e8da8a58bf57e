// Builds the feed tools (`npx stat-widgets feed …`): src/cli/main.ts bundled for Node into
// dist/cli/main.js, the geometry's region table inside it. Then rebuilds the demo's feed,
// demo/data/feed.json, from the sample CSV files beside it, with the tool itself (an unchanged
// input gives the same bytes, so git sees no change). `--no-demo` skips that step.
import { execFileSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

await build({
  entryPoints: [resolve(root, 'src/cli/main.ts')],
  outfile: resolve(root, 'dist/cli/main.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  loader: { '.csv': 'text' },
  legalComments: 'none',
  logLevel: 'warning',
});

if (!process.argv.includes('--no-demo')) {
  execFileSync(process.execPath, [resolve(root, 'bin/stat-widgets.mjs'), 'feed', 'build', 'demo/data', '--lang', 'en'], { cwd: root, stdio: 'inherit' });
}
