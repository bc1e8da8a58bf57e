#!/usr/bin/env node
// `npm run bench [-- <filter>] [--no-build]`: builds dist/ (unless --no-build), serves the project
// on 127.0.0.1 (from this process), drives the system Chromium through puppeteer-core (no
// browser download), prints tables and writes bench/results.json (git-ignored). With a filter,
// only the sections and benchmarks whose name contains it run, written to bench/results.partial.json.
//
// Sections: bytes of every entry point and page; time to every widget ready for 1 and 50 of each
// (ours, Chart.js and ECharts on the timeline's data; medians of RUNS runs, each in a fresh
// browser) with the JS heap; frame times; the heap after 1,000 mounts; the feed at scale; and the
// issue's targets, held or not; page speed by Lighthouse (bench/lighthouse.mjs).
//
// To add a benchmark: write an async function that does the work once and returns what to report
// ({ ms, ...details }), and add { name, run, runs } to BENCHMARKS. Setup that should not be
// timed goes in `setup` (its result is passed to `run`); `teardown` cleans up after.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { dirname, extname, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';
import { measure, moduleClosure, pages } from '../scripts/sizes.mjs';
import { launchChromium } from '../test/support/chromium.mjs';
import { pageSpeed } from './lighthouse.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'bin/stat-widgets.mjs');

// ---------------------------------------------------------------------------------------------
// Feed tools: `stat-widgets feed build` on 100,000 observation rows.

const ROWS = 100_000;

/** A deterministic feed's CSV files: the shipped regions, 3 metrics, ROWS rows (93 regions × days), a few unknowns. */
function writeLargeFeed() {
  const dir = mkdtempSync(join(tmpdir(), 'stat-widgets-bench-'));
  execFileSync(process.execPath, [cli, 'feed', 'regions', '--out', join(dir, 'regions.csv')]);
  writeFileSync(
    join(dir, 'metrics.csv'),
    'id,kind,label_en,label_az,label_ru\nteachers,stock,Teachers,Müəllimlər,Учителя\nschools,stock,Schools,Məktəblər,Школы\nprojects,flow,Projects,Layihələr,Проекты\n',
  );
  const regions = execFileSync(process.execPath, [cli, 'feed', 'regions'], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(',')[0]);
  let seed = 20241231;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const lines = ['period,region,teachers,schools,projects'];
  const start = Date.UTC(2000, 0, 1);
  for (let i = 0; i < ROWS; i++) {
    const day = new Date(start + Math.floor(i / regions.length) * 86400000).toISOString().slice(0, 10);
    const unknown = random() < 0.01 ? '' : String(Math.floor(random() * 5000));
    lines.push(`${day},${regions[i % regions.length]},${Math.floor(random() * 5000)},${Math.floor(random() * 1200)},${unknown}`);
  }
  writeFileSync(join(dir, 'observations.csv'), `${lines.join('\n')}\n`);
  return { dir, csvBytes: statSync(join(dir, 'observations.csv')).size };
}

async function feedBuild({ dir, csvBytes }) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [cli, 'feed', 'build', dir, '--gzip'], { encoding: 'utf8' });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`feed build exited with ${result.status}: ${result.stdout}${result.stderr}`);
  return {
    ms,
    rows: ROWS,
    csvMB: +(csvBytes / 2 ** 20).toFixed(1),
    feedMB: +(statSync(join(dir, 'feed.json')).size / 2 ** 20).toFixed(1),
    gzipMB: +(statSync(join(dir, 'feed.json.gz')).size / 2 ** 20).toFixed(1),
  };
}

// ---------------------------------------------------------------------------------------------
// <stat-timeline>: 3 series × 10,000 daily points in the system Chromium (bench/timeline.html,
// the IIFE bundle): the time to a painted chart, and frame times while the crosshair moves.

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};
/** What of node_modules the bench pages may load: the libraries compared against, nothing else. */
const MODULES = ['/node_modules/chart.js/dist/', '/node_modules/echarts/dist/', '/node_modules/us-atlas/', '/node_modules/topojson-client/dist/'];
let serving = null;
/**
 * A copy of dist/ taken right after the build: the pages load it (at /dist/) and the bytes are
 * measured on it, so a build started meanwhile (a watcher, another terminal) cannot change what
 * is measured half-way.
 */
let built = join(root, 'dist');

/** Serves the project folder on 127.0.0.1 (a free port) from this process; one server for the whole run. */
function server() {
  serving ??= new Promise((ready, fail) => {
    const http = createHttpServer((request, response) => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      const path = pathname.startsWith('/dist/') ? normalize(join(built, pathname.slice('/dist/'.length))) : normalize(join(root, pathname));
      const modules = path.includes(`${sep}node_modules${sep}`);
      if (!(path.startsWith(root + sep) || path.startsWith(built + sep)) || (modules && !MODULES.some((m) => pathname.startsWith(m))))
        return response.writeHead(403).end('Forbidden');
      let body;
      try {
        body = readFileSync(path);
      } catch {
        return response.writeHead(404).end(`Not found: ${pathname}`);
      }
      response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' }).end(body);
    });
    http.on('error', fail);
    http.listen(0, '127.0.0.1', () => ready({ http, origin: `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (http.address()).port}` }));
  });
  return serving;
}

/** A fresh headless system Chromium (puppeteer-core: no browser download). */
async function launch() {
  return launchChromium();
}

/** Opens bench/timeline.html and loads its feed once. */
async function openTimelinePage() {
  const opened = await openBenchPage('bench/timeline.html');
  try {
    const firstMs = await opened.page.evaluate(() => window.bench.load());
    // Let the page settle (garbage collection after the 1 MB feed): its first second of frames is noise, not the chart.
    await opened.page.evaluate(() => new Promise((settled) => setTimeout(settled, 1500)));
    return { ...opened, firstMs };
  } catch (error) {
    await closeTimelinePage(opened);
    throw error;
  }
}

/** Opens `path` (from the project's root) in a fresh system Chromium. */
async function openBenchPage(path, height = 800) {
  const { origin } = await server();
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1200, height });
    await page.goto(`${origin}/${path}`);
    return { browser, page };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

async function closeTimelinePage({ browser }) {
  await browser.close();
}

async function timelineRender({ page, firstMs }) {
  const { ms, drawnPoints } = await page.evaluate(() => window.bench.render());
  return { ms, firstWithFeedLoadMs: Math.round(firstMs), drawnPoints };
}

async function timelineCrosshair({ page }) {
  const { frames, work } = await page.evaluate(() => window.bench.crosshair(300));
  const ms = (value) => +value.toFixed(2);
  return {
    ms: frames.median,
    frameP95Ms: ms(frames.p95),
    frameMaxMs: ms(frames.max),
    longFrames: frames.long,
    workMedianMs: ms(work.median),
    workP95Ms: ms(work.p95),
    workMaxMs: ms(work.max),
    moves: 300,
  };
}

// ---------------------------------------------------------------------------------------------
// Scale of input (bench/scale.html, the IIFE bundle): a feed of 100,000 observations and 500
// regions validated and drawn by a counter, a map and a timeline in one <stat-feed>. The page
// must never be blocked for more than 200 ms at a time: the longest task (PerformanceObserver,
// type "longtask") from inserting the widgets to every one drawn.

async function scaleRun({ page }) {
  // The table's time is the longest task (the median over the runs); drawnMs: to every widget drawn.
  const { ms, longestTaskMs, ...details } = await page.evaluate(() => window.bench.run());
  return { ms: longestTaskMs, drawnMs: Math.round(ms), ...details };
}

// Life cycle (issue 6, part 5): the JS heap after 1,000 mounts and removals of each widget,
// against the heap before (both after a forced garbage collection), on bench/lifecycle.html.

async function heapAfterGc(_page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

async function mountCycles({ page }, tag) {
  const cdp = await page.createCDPSession();
  await page.evaluate(() => window.bench.ready());
  await page.evaluate((t) => window.bench.mount(t, 20), tag); // Warm-up: caches, fonts, geometry.
  const before = await heapAfterGc(page, cdp);
  const start = Date.now();
  await page.evaluate((t) => window.bench.mount(t, 1000), tag);
  const ms = Date.now() - start;
  const after = await heapAfterGc(page, cdp);
  await cdp.detach();
  const growth = ((after - before) / before) * 100;
  return { ms, heapBeforeMB: (before / 2 ** 20).toFixed(2), heapAfterMB: (after / 2 ** 20).toFixed(2), heapGrowthPct: growth.toFixed(1) };
}

// ---------------------------------------------------------------------------------------------
// <stat-map> playing through the periods (bench/map.html, the demo feed's 12 years, the default
// 800 ms recolouring): the time between animation frames from pressing play to the last period.

async function mapPlay({ page }) {
  const result = await page.evaluate(() => window.bench.play());
  const ms = (value) => +value.toFixed(2);
  return {
    ms: result.median,
    frameP95Ms: ms(result.p95),
    frameMaxMs: ms(result.max),
    longFrames: result.long,
    frames: result.frames,
    periodsShown: result.periods,
  };
}

// ---------------------------------------------------------------------------------------------

/**
 * The benchmarks: add yours here. `runs` times each; the table shows the median and the fastest.
 * @type {{ name: string, setup?: () => unknown, run: (context: any) => Promise<{ ms: number, [detail: string]: any }>, teardown?: (context: any) => unknown, runs?: number }[]}
 */
export const BENCHMARKS = [
  {
    name: 'feed build: 100,000 observation rows from CSV (whole command, with --gzip)',
    setup: writeLargeFeed,
    run: feedBuild,
    teardown: ({ dir }) => rmSync(dir, { recursive: true, force: true }),
    runs: 3,
  },
  {
    name: 'timeline: new <stat-timeline>, 3 series × 10,000 days, to a painted frame (feed loaded)',
    setup: openTimelinePage,
    run: timelineRender,
    teardown: closeTimelinePage,
    runs: 7,
  },
  {
    name: 'timeline: crosshair moving over 3 × 10,000 points, frame time (median; 300 moves, one per frame; long: over 50 ms)',
    setup: openTimelinePage,
    run: timelineCrosshair,
    teardown: closeTimelinePage,
    runs: 3,
  },
  {
    name: 'map: playing through 12 periods (recolouring 800 ms), frame time (median; long: over 50 ms)',
    setup: () => openBenchPage('bench/map.html'),
    run: mapPlay,
    teardown: closeTimelinePage,
    runs: 1,
  },
  {
    name: 'life cycle: 1,000 mounts and removals of <stat-counter> (time for all; heap after vs before, within 10 %)',
    setup: () => openBenchPage('bench/lifecycle.html'),
    run: (context) => mountCycles(context, 'stat-counter'),
    teardown: closeTimelinePage,
    runs: 1,
  },
  {
    name: 'life cycle: 1,000 mounts and removals of <stat-map> (time for all; heap after vs before, within 10 %)',
    setup: () => openBenchPage('bench/lifecycle.html'),
    run: (context) => mountCycles(context, 'stat-map'),
    teardown: closeTimelinePage,
    runs: 1,
  },
  {
    name: 'life cycle: 1,000 mounts and removals of <stat-timeline> (time for all; heap after vs before, within 10 %)',
    setup: () => openBenchPage('bench/lifecycle.html'),
    run: (context) => mountCycles(context, 'stat-timeline'),
    teardown: closeTimelinePage,
    runs: 1,
  },
  {
    name: 'scale: 100,000 observations × 500 regions, counter + map + timeline: the longest task (at most 200 ms); validate, index, select',
    setup: () => openBenchPage('bench/scale.html', 2400), // Tall enough for the three: the timeline below the map draws too.
    run: scaleRun,
    teardown: closeTimelinePage,
    runs: 3,
  },
];

// ---------------------------------------------------------------------------------------------
// Bytes: every entry point of package.json (with every module it imports, as a browser fetches
// them), the pages of scripts/sizes.mjs, and the libraries compared against.

function bytes() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const rows = [];
  const add = (name, files) => rows.push({ name, files: files.map((f) => relative(root, f)), ...measure(files) });
  for (const [entry, target] of Object.entries(pkg.exports)) {
    const file = typeof target === 'string' ? target : target.import;
    if (!file?.endsWith('.js')) continue;
    const path = join(built, file.replace(/^\.\/dist\//, ''));
    if (!existsSync(path)) continue;
    add(`${entry} (${file.replace('./', '')}${file.endsWith('.iife.js') ? '' : ' and its imports'})`, file.endsWith('.iife.js') ? [path] : moduleClosure(path));
  }
  const here = process.cwd();
  process.chdir(dirname(built)); // scripts/sizes.mjs names files as dist/….
  try {
    for (const [name, files] of Object.entries(pages))
      add(
        `page: ${name}`,
        files().map((f) => join(dirname(built), f)),
      );
  } finally {
    process.chdir(here);
  }
  add('for comparison: Chart.js 4 (chart.umd.min.js; no maps)', [join(root, 'node_modules/chart.js/dist/chart.umd.min.js')]);
  add('for comparison: ECharts 6 common build (echarts.common.min.js; line, no maps)', [join(root, 'node_modules/echarts/dist/echarts.common.min.js')]);
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Ready: time from navigation to every widget ready, 1 and 50 of a kind on one page (bench/
// ready*.html), each run in a fresh browser; the JS heap once ready (after two forced garbage
// collections). Every kind runs once per round, RUNS rounds, so that a busy moment of the machine
// falls on all of them alike. Chart.js and ECharts draw the data a default <stat-timeline> draws
// (every metric of the country, the demo feed's 12 years), with animation off; so do ours
// (--stat-duration: 0s).
//
// "drawn": the viewport is tall enough (1200 × 10,000) to hold all 50, so every widget draws, and
// ready means state="ready" and the drawing in the DOM, then a painted frame: the fair comparison
// with the libraries, which draw every chart whether seen or not. "viewport": a 1200 × 800 window;
// our maps and timelines below the fold wait (state="ready", placeholder kept) until scrolled near.

const RUNS = Number(process.env.BENCH_RUNS ?? 9);

const READY = [
  { id: 'counter-1', label: '1 <stat-counter>', path: 'bench/ready.html?kind=counter&n=1&drawn=1', tall: true },
  { id: 'counter-50', label: '50 <stat-counter>', path: 'bench/ready.html?kind=counter&n=50&drawn=1', tall: true },
  { id: 'map-1', label: '1 <stat-map>', path: 'bench/ready.html?kind=map&n=1&drawn=1', tall: true },
  { id: 'map-50', label: '50 <stat-map>, all drawn', path: 'bench/ready.html?kind=map&n=50&drawn=1', tall: true },
  { id: 'map-50-view', label: '50 <stat-map>, 1200 × 800 viewport (those below wait)', path: 'bench/ready.html?kind=map&n=50', tall: false },
  { id: 'timeline-1', label: '1 <stat-timeline>', path: 'bench/ready.html?kind=timeline&n=1&drawn=1', tall: true },
  { id: 'timeline-50', label: '50 <stat-timeline>, all drawn', path: 'bench/ready.html?kind=timeline&n=50&drawn=1', tall: true },
  { id: 'timeline-50-view', label: '50 <stat-timeline>, 1200 × 800 viewport (those below wait)', path: 'bench/ready.html?kind=timeline&n=50', tall: false },
  { id: 'chartjs-1', label: '1 Chart.js line chart', path: 'bench/ready-chartjs.html?n=1', tall: true },
  { id: 'chartjs-50', label: '50 Chart.js line charts', path: 'bench/ready-chartjs.html?n=50', tall: true },
  { id: 'echarts-1', label: '1 ECharts line chart', path: 'bench/ready-echarts.html?n=1', tall: true },
  { id: 'echarts-50', label: '50 ECharts line charts', path: 'bench/ready-echarts.html?n=50', tall: true },
];

async function readyOnce({ path, tall }) {
  const { origin } = await server();
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1200, height: tall ? 10000 : 800 });
    const errors = [];
    page.on('pageerror', (error) => errors.push(/** @type {Error} */ (error).message));
    await page.goto(`${origin}/${path}`);
    const result = await page.evaluate(() => window.benchDone);
    if (errors.length) throw new Error(`${path}: ${errors.join('; ')}`);
    const cdp = await page.createCDPSession();
    const heap = await heapAfterGc(page, cdp);
    return { ...result, heap };
  } finally {
    await browser.close();
  }
}

async function ready(filter) {
  const kinds = READY.filter((k) => `ready: ${k.label}`.includes(filter));
  /** @type {Record<string, Awaited<ReturnType<typeof readyOnce>>[]>} */
  const samples = Object.fromEntries(kinds.map((k) => [k.id, []]));
  const readyStarted = performance.now();
  for (let round = 0; round < RUNS; round++) {
    for (const kind of kinds) {
      // One retry: a run that fails (the machine too busy for 60 s, dist/ rebuilt under it) is said and run again.
      const result = await readyOnce(kind).catch((error) => {
        console.warn(`\n${kind.path}: ${error.message.split('\n')[0]}; running it again`);
        return readyOnce(kind);
      });
      samples[kind.id].push(result);
    }
    process.stdout.write(`\rready: round ${round + 1} of ${RUNS} (${((performance.now() - readyStarted) / 1000).toFixed(0)} s)`);
  }
  if (kinds.length) process.stdout.write('\n');
  return kinds.map((kind) => {
    const runs = samples[kind.id];
    return {
      id: kind.id,
      name: kind.label,
      runs: runs.length,
      medianMs: Math.round(median(runs.map((r) => r.ms))),
      minMs: Math.round(Math.min(...runs.map((r) => r.ms))),
      heapMB: +(median(runs.map((r) => r.heap)) / 2 ** 20).toFixed(2),
      drawn: median(runs.map((r) => r.drawn)),
      pageHeight: runs[0].pageHeight,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Counties (issue 15, part 4): us-atlas's 3,231 counties drawn by <stat-map> (attributes only) and
// by ECharts's registerMap with the same shapes (bench/counties.html), alternating, each run in a
// fresh browser at 1200 × 900: navigation to ready and painted, the longest task, the JS heap, then
// frame times while the pointer crosses the map (one move a frame, 200 moves); and once at 375 px
// wide, the page's height against the map's own.

async function countyOnce(lib, width = 1200) {
  const { origin } = await server();
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 900 });
    const errors = [];
    page.on('pageerror', (error) => errors.push(/** @type {Error} */ (error).message));
    await page.goto(`${origin}/bench/counties.html?lib=${lib}`);
    const result = await page.evaluate(() => window.benchDone);
    if (errors.length) throw new Error(`counties ${lib}: ${errors.join('; ')}`);
    if (width !== 1200) return result;
    const cdp = await page.createCDPSession();
    const heap = await heapAfterGc(page, cdp);
    const box = await page.evaluate(() => window.bench.box());
    await page.evaluate(() => window.bench.record());
    for (let i = 0; i < 200; i++) {
      // A zig-zag over the middle of the map: every move lands on another county or two.
      const t = i / 200;
      await page.mouse.move(box.x + box.width * (0.1 + 0.8 * t), box.y + box.height * (0.3 + 0.4 * Math.abs(Math.sin(i / 7))));
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    }
    const hover = await page.evaluate(() => window.bench.stop());
    return { ...result, heap, hover };
  } finally {
    await browser.close();
  }
}

async function counties(filter) {
  if (!'map: us-atlas counties (3,231 regions), ours and ECharts'.includes(filter) && !filter.includes('counties')) return null;
  // The pages' feed, made from the topology by the pages' own script (a classic script: its function is read here as the page would).
  const countyFeed = runInNewContext(`${readFileSync(join(root, 'bench/county-feed.js'), 'utf8')}\ncountyFeed;`);
  writeFileSync(
    join(root, 'bench/counties-feed.json'),
    JSON.stringify(countyFeed(JSON.parse(readFileSync(join(root, 'node_modules/us-atlas/counties-10m.json'), 'utf8')))),
  );
  const runs = { ours: [], echarts: [] };
  const started = performance.now();
  for (let round = 0; round < RUNS; round++) {
    for (const lib of ['ours', 'echarts']) runs[lib].push(await countyOnce(lib).catch(() => countyOnce(lib)));
    process.stdout.write(`\rcounties: round ${round + 1} of ${RUNS} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  process.stdout.write('\n');
  const summary = async (lib) => {
    const all = runs[lib];
    const narrow = await countyOnce(lib, 375);
    return {
      lib,
      readyMedianMs: Math.round(median(all.map((r) => r.ms))),
      readyFastestMs: Math.round(Math.min(...all.map((r) => r.ms))),
      longestTaskMedianMs: Math.round(median(all.map((r) => r.longestTaskMs ?? 0))),
      hoverP95Ms: +median(all.map((r) => r.hover.p95)).toFixed(1),
      hoverMaxMs: +median(all.map((r) => r.hover.max)).toFixed(1),
      heapMB: +(median(all.map((r) => r.heap)) / 2 ** 20).toFixed(1),
      pageHeight375: narrow.pageHeight,
      mapHeight375: Math.round(narrow.mapHeight ?? 0),
    };
  };
  return [await summary('ours'), await summary('echarts')];
}

// ---------------------------------------------------------------------------------------------

function ensureBuilt(build) {
  if (build) {
    process.stdout.write('building dist/ (npm run build) … ');
    const built = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`the build failed:\n${built.stdout}${built.stderr}`);
    console.log('done');
  } else if (!existsSync(join(root, 'dist/stat-widgets.iife.js'))) throw new Error('dist/ is missing: run npm run build (or drop --no-build)');
  if (!existsSync(join(root, 'dist/cli/main.js'))) execFileSync(process.execPath, [join(root, 'scripts/build-cli.mjs'), '--no-demo'], { stdio: 'inherit' });
  const snapshot = mkdtempSync(join(tmpdir(), 'stat-widgets-bench-dist-'));
  cpSync(join(root, 'dist'), join(snapshot, 'dist'), { recursive: true });
  for (const file of ['stat-widgets.iife.js', 'geo/azerbaijan-regions.topo.json', 'cdn/define.js']) {
    if (!existsSync(join(snapshot, 'dist', file))) throw new Error(`dist/${file} is missing (a build running at the same time?): run again`);
  }
  built = join(snapshot, 'dist');
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function table(head, rows) {
  const cells = rows.map((row) => row.map(String));
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((row) => row[i].length)));
  const line = (row) => `| ${row.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

async function main() {
  const started = performance.now();
  const args = process.argv.slice(2);
  const filter = args.find((a) => !a.startsWith('--')) ?? '';
  ensureBuilt(!args.includes('--no-build'));
  const out = {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpu: cpus()[0]?.model,
    cpus: cpus().length,
    runs: RUNS,
  };

  if ('bytes'.includes(filter) || !filter) {
    out.bytes = bytes();
    console.log('\nBytes (each file compressed on its own, as a browser fetches it; gzip level 9)\n');
    console.log(
      table(
        ['entry point or page', 'raw', 'gzip', 'brotli'],
        out.bytes.map((r) => [r.name, kb(r.raw), kb(r.gzip), kb(r.brotli)]),
      ),
    );
  }

  const readyRows = await ready(filter);
  if (readyRows.length) {
    out.ready = readyRows;
    const ours = Object.fromEntries(readyRows.map((r) => [r.id, r]));
    const ratio = (a, b) => (a && b ? `${(a / b).toFixed(1)}×` : '');
    console.log(`\nReady: navigation to every widget ready and painted (median of ${RUNS} runs, each in a fresh browser; JS heap once ready, after GC)\n`);
    console.log(
      table(
        ['page', 'median', 'fastest', 'JS heap', 'drawn', 'Chart.js ÷ this', 'ECharts ÷ this'],
        readyRows.map((r) => {
          const n = r.id.endsWith('-1') ? '1' : '50';
          const timeline = r.id.startsWith('timeline') && !r.id.endsWith('view');
          return [
            r.name,
            `${r.medianMs} ms`,
            `${r.minMs} ms`,
            `${r.heapMB.toFixed(1)} MB`,
            String(r.drawn),
            timeline ? `${ratio(ours[`chartjs-${n}`]?.medianMs, r.medianMs)} time, ${ratio(ours[`chartjs-${n}`]?.heapMB, r.heapMB)} heap` : '',
            timeline ? `${ratio(ours[`echarts-${n}`]?.medianMs, r.medianMs)} time, ${ratio(ours[`echarts-${n}`]?.heapMB, r.heapMB)} heap` : '',
          ];
        }),
      ),
    );
  }

  const countyRows = await counties(filter);
  if (countyRows) {
    out.counties = countyRows;
    console.log(`\nCounties: us-atlas's 3,231 counties (median of ${RUNS} runs each, fresh browsers, 1200 × 900; page height once at 375 px)\n`);
    console.log(
      table(
        ['map', 'ready (median)', 'fastest', 'longest task', 'hover p95', 'hover max', 'JS heap', 'page ÷ map height at 375 px'],
        countyRows.map((r) => [
          r.lib === 'ours' ? '<stat-map>' : 'ECharts registerMap',
          `${r.readyMedianMs} ms`,
          `${r.readyFastestMs} ms`,
          `${r.longestTaskMedianMs} ms`,
          `${r.hoverP95Ms} ms`,
          `${r.hoverMaxMs} ms`,
          `${r.heapMB} MB`,
          `${(r.pageHeight375 / r.mapHeight375).toFixed(2)}× (${r.pageHeight375} / ${r.mapHeight375} px)`,
        ]),
      ),
    );
  }

  /** @type {{ name: string, runs: number, medianMs: number, minMs: number, [detail: string]: any }[]} */
  const results = [];
  for (const bench of BENCHMARKS.filter((b) => b.name.includes(filter))) {
    process.stdout.write(`${bench.name.split(' (')[0]} … `);
    const benchStarted = performance.now();
    const context = bench.setup ? await bench.setup() : undefined;
    const runs = [];
    try {
      for (let i = 0; i < (bench.runs ?? 1); i++) runs.push(await bench.run(context));
    } finally {
      if (bench.teardown) await bench.teardown(context);
    }
    console.log(`${((performance.now() - benchStarted) / 1000).toFixed(0)} s`);
    const times = runs.map((run) => run.ms);
    // Details: the median run's (by time), always one of them.
    const { ms: _ms, ...details } = /** @type {(typeof runs)[number]} */ (runs.find((run) => run.ms === median(times)));
    results.push({ name: bench.name, runs: times.length, medianMs: Math.round(median(times)), minMs: Math.round(Math.min(...times)), ...details });
  }
  if (results.length) {
    out.results = results;
    console.log('\nBenchmarks\n');
    console.log(
      table(
        ['benchmark', 'runs', 'median', 'fastest', 'details'],
        results.map(({ name, runs, medianMs, minMs, ...details }) => [
          name,
          runs,
          `${medianMs} ms`,
          `${minMs} ms`,
          Object.entries(details)
            .map(([k, v]) => `${k} ${v}`)
            .join(', '),
        ]),
      ),
    );
  }

  // Page speed (issue 12): Lighthouse on articles with widgets and typed by hand; its own tables and bench/results.lighthouse.json.
  if ('lighthouse'.includes(filter)) out.lighthouse = await pageSpeed({ dist: built });

  // The issue's targets, where this run measured them.
  const byId = Object.fromEntries((out.ready ?? []).map((r) => [r.id, r]));
  const bench = (start) => results.find((r) => r.name.startsWith(start));
  const targets = [];
  const target = (name, measured, held) => targets.push({ name, measured, held });
  if (byId['timeline-50'] && byId['chartjs-50']) {
    const x = byId['chartjs-50'].medianMs / byId['timeline-50'].medianMs;
    target(
      '50 timelines ready at least 3× sooner than 50 Chart.js charts (all drawn)',
      `${x.toFixed(1)}× (${byId['timeline-50'].medianMs} vs ${byId['chartjs-50'].medianMs} ms)`,
      x >= 3,
    );
    const h = byId['timeline-50'].heapMB / byId['chartjs-50'].heapMB;
    target(
      'JS heap of 50 timelines at most half of 50 Chart.js charts',
      `${(h * 100).toFixed(0)} % (${byId['timeline-50'].heapMB} vs ${byId['chartjs-50'].heapMB} MB)`,
      h <= 0.5,
    );
  }
  for (const [start, what] of [
    ['map: playing', 'while the map plays'],
    ['timeline: crosshair', 'while the crosshair moves over 3 × 10,000 points'],
  ]) {
    const r = bench(start);
    if (r) target(`no frame over 50 ms ${what}`, `${r.longFrames} over 50 ms; p95 ${r.frameP95Ms} ms, max ${r.frameMaxMs} ms`, r.longFrames === 0);
  }
  for (const r of results.filter((r) => r.name.startsWith('life cycle'))) {
    const tag = /** @type {RegExpMatchArray} */ (r.name.match(/<[^>]+>/))[0];
    target(
      `heap after 1,000 mounts of ${tag} within 10 % of before`,
      `${Number(r.heapGrowthPct) >= 0 ? '+' : ''}${r.heapGrowthPct} % (${r.heapBeforeMB} → ${r.heapAfterMB} MB)`,
      Math.abs(Number(r.heapGrowthPct)) <= 10,
    );
  }
  const [ours, echarts] = out.counties ?? [];
  if (ours && echarts) {
    target('3,231 counties ready within 1 s (median)', `${ours.readyMedianMs} ms`, ours.readyMedianMs <= 1000);
    target('3,231 counties: hover frames p95 within 33 ms', `${ours.hoverP95Ms} ms`, ours.hoverP95Ms <= 33);
    target('3,231 counties: no task over 200 ms', `${ours.longestTaskMedianMs} ms (median of the runs' longest)`, ours.longestTaskMedianMs <= 200);
    const h = ours.pageHeight375 / ours.mapHeight375;
    target('3,231 counties at 375 px: page within 1.5× the map’s height', `${h.toFixed(2)}×`, h <= 1.5);
    target(
      '3,231 counties ready sooner than ECharts’s map of them',
      `${ours.readyMedianMs} vs ${echarts.readyMedianMs} ms`,
      ours.readyMedianMs < echarts.readyMedianMs,
    );
  }
  const elapsed = (performance.now() - started) / 1000;
  out.targets = targets;
  out.elapsedSeconds = Math.round(elapsed);
  if (targets.length) {
    console.log('\nTargets (issue 8)\n');
    console.log(
      table(
        ['target', 'measured', 'held'],
        targets.map((t) => [t.name, t.measured, t.held ? 'yes' : 'NO']),
      ),
    );
  }
  // A filtered run writes beside the full results, which it would otherwise replace with a part.
  const written = filter ? 'bench/results.partial.json' : 'bench/results.json';
  out.filter = filter || undefined;
  writeFileSync(join(root, written), `${JSON.stringify(out, null, 2)}\n`);
  console.log(`\nelapsed ${Math.floor(elapsed / 60)} min ${Math.round(elapsed % 60)} s (${cpus().length} CPUs: ${cpus()[0]?.model}); wrote ${written}`);
  if (serving) (await serving).http.close();
  if (built !== join(root, 'dist')) rmSync(dirname(built), { recursive: true, force: true });
}

// Run when started as a script, not when another script imports BENCHMARKS.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
