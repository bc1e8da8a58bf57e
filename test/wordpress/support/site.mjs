// A throwaway WordPress for the plugin's tests: Debian's WordPress 6.1 (/usr/share/wordpress)
// with a private MariaDB (its own data directory and socket, no network), its own wp-content
// (the plugin unzipped from dist/wordpress/stat-widgets.zip, Debian's default theme, a test
// mu-plugin) and `php -S` on 127.0.0.1. Everything lives in one temporary directory and one
// Debian config file (/etc/wordpress/config-<name>.php, chosen per run through WORDPRESS_CONFIG,
// so two runs never share a site); stop() ends the processes and removes both.
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const WORDPRESS = '/usr/share/wordpress';
const MARIADBD = ['/usr/sbin/mariadbd', '/usr/sbin/mysqld'].find((path) => existsSync(path)) ?? 'mariadbd';

/**
 * Logs `page` in as one of the site's users (`<role>-password`), landing on the light profile page
 * (the dashboard WordPress goes to by default takes seconds). The form is filled, not typed:
 * wp-login.php focuses and selects the user field 200 ms after load, and typing across that
 * moment replaced part of the name now and then.
 * @param {import('puppeteer-core').Page} page
 * @param {string} origin
 * @param {string} role
 */
export async function logIn(page, origin, role) {
  await page.goto(`${origin}/wp-login.php?redirect_to=${encodeURIComponent(`${origin}/wp-admin/profile.php`)}`, { waitUntil: 'load' });
  await page.evaluate(
    (name, secret) => {
      const field = (id) => /** @type {HTMLInputElement} */ (document.getElementById(id));
      field('user_login').value = name;
      field('user_pass').value = secret;
    },
    role,
    `${role}-password`,
  );
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#wp-submit')]);
  if (!page.url().includes('/wp-admin/profile.php')) throw new Error(`${role} could not log in: ${page.url()}`);
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitFor(what, check, timeout = 30000) {
  const until = Date.now() + timeout;
  for (;;) {
    if (await check()) return;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Seconds since `start`, to one decimal: the set-up says where its time goes. */
const since = (start) => ((Date.now() - start) / 1000).toFixed(1);

/**
 * Starts the site and installs WordPress (admin, an author, a contributor) with the plugin active.
 * @param {{ zip: string, muPlugin: string, log?: (line: string) => void }} options
 */
export async function startSite({ zip, muPlugin, log = () => {} }) {
  for (const [what, path] of [
    ['WordPress (apt-get install wordpress)', join(WORDPRESS, 'wp-load.php')],
    ['MariaDB (apt-get install mariadb-server)', MARIADBD],
    ['the plugin zip (npm run build:wordpress)', zip],
  ]) {
    if (!path || !existsSync(path)) throw new Error(`missing ${what}: run test/wordpress/install.sh`);
  }
  const start = Date.now();
  const dir = mkdtempSync('/tmp/stat-widgets-wp-');
  const name = `stat-widgets-test-${randomBytes(4).toString('hex')}`;
  const configFile = `/etc/wordpress/config-${name}.php`;
  const children = [];
  const site = { dir, name, configFile, children, log };

  // MariaDB, private to this run.
  const db = join(dir, 'db');
  const socket = join(db, 'mysqld.sock');
  await run('mariadb-install-db', [
    '--no-defaults',
    `--datadir=${join(db, 'data')}`,
    '--auth-root-authentication-method=socket',
    '--skip-test-db',
    '--user=root',
  ]);
  const mysqld = spawn(
    MARIADBD,
    [
      '--no-defaults',
      `--datadir=${join(db, 'data')}`,
      `--socket=${socket}`,
      `--pid-file=${join(db, 'mysqld.pid')}`,
      '--skip-networking',
      '--user=root',
      '--innodb-buffer-pool-size=32M',
      '--skip-log-bin',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  children.push(mysqld);
  let mysqldLog = '';
  mysqld.stderr.on('data', (chunk) => (mysqldLog += chunk));
  await waitFor('MariaDB', () => existsSync(socket)).catch((error) => {
    throw new Error(`${error.message}\n${mysqldLog}`);
  });
  const password = randomBytes(12).toString('hex');
  await run('mariadb', [
    '--no-defaults',
    `--socket=${socket}`,
    '-uroot',
    '-e',
    `CREATE DATABASE wordpress; CREATE USER 'wp'@'localhost' IDENTIFIED BY '${password}'; GRANT ALL ON wordpress.* TO 'wp'@'localhost';`,
  ]);
  log(`MariaDB up (${since(start)} s)`);

  // wp-content: the plugin from the zip, Debian's theme and languages, the test mu-plugin.
  const content = join(dir, 'wp-content');
  for (const folder of ['plugins', 'themes', 'mu-plugins', 'uploads']) mkdirSync(join(content, folder), { recursive: true });
  mkdirSync(join(dir, 'opcache'));
  symlinkSync(join(WORDPRESS, 'wp-content/themes/twentytwentythree'), join(content, 'themes/twentytwentythree'));
  if (existsSync('/var/lib/wordpress/wp-content/languages')) symlinkSync('/var/lib/wordpress/wp-content/languages', join(content, 'languages'));
  await run('unzip', ['-q', zip, '-d', join(content, 'plugins')]);
  writeFileSync(join(content, 'mu-plugins/stat-widgets-test.php'), readFileSync(muPlugin));

  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const salts = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];
  const debugLog = join(dir, 'debug.log');
  writeFileSync(
    configFile,
    `<?php
// Written by test/wordpress/support/site.mjs for one test run; removed when it ends.
define('DB_NAME', 'wordpress');
define('DB_USER', 'wp');
define('DB_PASSWORD', '${password}');
define('DB_HOST', 'localhost:${socket}');
define('WP_HOME', '${origin}');
define('WP_SITEURL', '${origin}');
define('WP_CONTENT_DIR', '${content}');
define('WP_CONTENT_URL', '${origin}/wp-content');
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', '${debugLog}');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
// Nothing but this machine: the site and the test servers on 127.0.0.1.
define('WP_HTTP_BLOCK_EXTERNAL', true);
${salts.map((key) => `define('${key}', '${randomBytes(24).toString('hex')}');`).join('\n')}
$table_prefix = 'wp_';
`,
  );

  // php -S: WordPress's own files, wp-content from the temporary directory, this run's config.
  const router = join(dir, 'router.php');
  writeFileSync(
    router,
    `<?php
$_SERVER['WORDPRESS_CONFIG'] = '${name}';
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
if (strpos($path, '/wp-content/') === 0) {
  $file = realpath('${content}' . substr($path, strlen('/wp-content')));
  $types = ['js' => 'text/javascript', 'css' => 'text/css', 'json' => 'application/json', 'svg' => 'image/svg+xml', 'png' => 'image/png', 'woff2' => 'font/woff2', 'woff' => 'font/woff', 'ttf' => 'font/ttf'];
  $ext = $file ? pathinfo($file, PATHINFO_EXTENSION) : '';
  if (!$file || !is_file($file) || $ext === 'php') { http_response_code(404); return true; }
  header('Content-Type: ' . ($types[$ext] ?? 'application/octet-stream'));
  readfile($file);
  return true;
}
return false;
`,
  );
  const php = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', WORDPRESS, router], {
    stdio: ['ignore', 'ignore', 'ignore'],
    // A process group of its own: the workers end with it (stopSite).
    detached: true,
    // Several workers: the block editor sends requests side by side.
    env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
  });
  children.push(php);
  await waitFor('php -S', () =>
    fetch(`${origin}/wp-login.php`).then(
      () => true,
      () => false,
    ),
  );

  Object.assign(site, { origin, port, content, debugLog, socket });
  site.php = (code, options) => runPhp(site, code, options);

  await site
    .php(
      `require_once ABSPATH . 'wp-admin/includes/upgrade.php';
     wp_install('Stat widgets test', 'admin', 'admin@example.org', true, '', 'admin-password');
     update_option('permalink_structure', '');
     require_once ABSPATH . 'wp-admin/includes/plugin.php';
     $activated = activate_plugin('stat-widgets/stat-widgets.php');
     if (is_wp_error($activated)) throw new Exception($activated->get_error_message());
     $ids = [];
     foreach (['author', 'contributor', 'editor'] as $role) {
       $ids[$role] = wp_insert_user(['user_login' => $role, 'user_pass' => $role . '-password', 'user_email' => $role . '@example.org', 'role' => $role]);
       // No welcome guide in the block editor.
       update_user_meta($ids[$role], $GLOBALS['wpdb']->get_blog_prefix() . 'persisted_preferences', ['core/edit-post' => ['welcomeGuide' => false], '_modified' => gmdate('c')]);
     }
     return $ids;`,
      { installing: true },
    )
    .then((ids) => (site.users = ids));
  log(`WordPress installed, plugin active (${since(start)} s)`);

  site.stop = () => stopSite(site);
  return site;
}

/**
 * Runs PHP inside the site (wp-load.php), as WordPress would for a request; returns what the
 * code returns, through JSON. Asynchronous, so that the test's own servers go on answering
 * the requests it makes.
 */
async function runPhp(site, code, { installing = false } = {}) {
  const file = join(site.dir, `run-${randomBytes(4).toString('hex')}.php`);
  writeFileSync(
    file,
    `<?php
$_SERVER['HTTP_HOST'] = '127.0.0.1:${site.port}';
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['SERVER_PORT'] = '${site.port}';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';
$_SERVER['WORDPRESS_CONFIG'] = '${site.name}';
${installing ? "define('WP_INSTALLING', true);" : ''}
require '${WORDPRESS}/wp-load.php';
$result = (function () { ${code} })();
echo "\\n@@result@@" . json_encode($result);
`,
  );
  try {
    // WordPress compiled once for every call (a file cache of opcodes): 2.5 s a call without, on this machine.
    const opcache = ['-d', 'opcache.enable_cli=1', '-d', `opcache.file_cache=${join(site.dir, 'opcache')}`, '-d', 'opcache.file_cache_only=1'];
    const { stdout } = await run('php', [...opcache, '-d', 'display_errors=stderr', file], { maxBuffer: 64 * 1024 * 1024 });
    const at = stdout.lastIndexOf('@@result@@');
    if (at < 0) throw new Error(`PHP printed no result:\n${stdout}`);
    return JSON.parse(stdout.slice(at + '@@result@@'.length));
  } finally {
    rmSync(file, { force: true });
  }
}

async function stopSite(site) {
  for (const child of site.children.reverse()) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    // The child's own process group (spawned detached): php -S's workers with it.
    const signal = (name) => {
      try {
        process.kill(-child.pid, name);
      } catch {
        // Already gone.
      }
    };
    signal('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10000))]);
    if (child.exitCode === null && child.signalCode === null) signal('SIGKILL');
  }
  rmSync(site.configFile, { force: true });
  rmSync(site.dir, { recursive: true, force: true });
}
