// Builds the WordPress plugin's installable zip, dist/wordpress/stat-widgets.zip: the plugin's
// source (wordpress/stat-widgets/) with the drop-in bundle and what it loads from beside itself
// (the actions file, the map's geometry) and the embeds' resize script, in the plugin's own
// dist/ folder. The bundle finds those files from its own address, under the last "/dist/" of
// it (src/feed/geo.ts), so the site needs no third-party host. Builds dist/ first when it is missing.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const out = join(dist, 'wordpress');
const plugin = join(out, 'stat-widgets');

/** Built files the plugin ships, from dist/ into the plugin's dist/. */
const SHIPPED = ['stat-widgets.iife.js', 'stat-widgets.js', 'stat-widgets.actions.js', 'geo/azerbaijan-regions.topo.json', 'embed/resize.js'];

if (SHIPPED.some((file) => !existsSync(join(dist, file)))) {
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
}

// The plugin's header and the package must say the same version.
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const header = readFileSync(join(root, 'wordpress/stat-widgets/stat-widgets.php'), 'utf8');
for (const [what, pattern] of /** @type {[string, RegExp][]} */ ([
  ['header', /^ \* Version:\s+(\S+)$/m],
  ['STAT_WIDGETS_VERSION', /'STAT_WIDGETS_VERSION', '([^']+)'/],
])) {
  const found = pattern.exec(header)?.[1];
  if (found !== version) throw new Error(`wordpress/stat-widgets/stat-widgets.php: ${what} says ${found}, package.json ${version}`);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync(join(root, 'wordpress/stat-widgets'), plugin, { recursive: true });
for (const file of SHIPPED) {
  mkdirSync(dirname(join(plugin, 'dist', file)), { recursive: true });
  cpSync(join(dist, file), join(plugin, 'dist', file));
}
// -X: no extra file attributes; the zip holds one folder, stat-widgets/, as WordPress's uploader expects.
execFileSync('zip', ['-q', '-r', '-X', 'stat-widgets.zip', 'stat-widgets'], { cwd: out, stdio: 'inherit' });
console.log(`wrote ${join('dist/wordpress', 'stat-widgets.zip')}`);
