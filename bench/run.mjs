#!/usr/bin/env node
// `npm run bench [-- <filter>]`: runs the benchmarks below (those whose name contains the
// filter), prints a table, and writes bench/results.json (git-ignored).
//
// To add one: write an async function that does the work once and returns what to report
// ({ ms, ...details }), and add { name, run, runs } to BENCHMARKS. Setup that should not be
// timed goes in `setup` (its result is passed to `run`); `teardown` cleans up after.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'bin/stat-widgets.mjs');

// ---------------------------------------------------------------------------------------------
// Feed tools: `stat-widgets feed build` on 100,000 observation rows.

const ROWS = 100_000;

/** A deterministic feed's CSV files: the shipped regions, 3 metrics, ROWS rows (93 regions × days), a few unknowns. */
function writeLargeFeed() {
  const dir = mkdtempSync(join(tmpdir(), 'stat-widgets-bench-'));
  execFileSync(process.execPath, [cli, 'feed', 'regions', '--out', join(dir, 'regions.csv')]);
  writeFileSync(join(dir, 'metrics.csv'), 'id,kind,label_en,label_az,label_ru\nteachers,stock,Teachers,Müəllimlər,Учителя\nschools,stock,Schools,Məktəblər,Школы\nprojects,flow,Projects,Layihələr,Проекты\n');
  const regions = execFileSync(process.execPath, [cli, 'feed', 'regions'], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(',')[0]);
  let seed = 20241231;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
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

/** A port nobody listens on now. */
function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
    probe.on('error', reject);
  });
}

/** Builds dist/ if needed, serves the project (scripts/serve.mjs), opens bench/timeline.html and loads its feed once. */
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

/** Builds dist/ if needed, serves the project (scripts/serve.mjs) and opens `path` in the system Chromium. */
async function openBenchPage(path) {
  if (!existsSync(join(root, 'dist/stat-widgets.iife.js'))) execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
  const port = await freePort();
  const server = spawn(process.execPath, [join(root, 'scripts/serve.mjs'), String(port)], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((ready, fail) => {
    server.stdout.on('data', ready); // It prints its URL once listening.
    server.on('exit', (code) => fail(new Error(`scripts/serve.mjs exited with ${code}`)));
  });
  // puppeteer-core comes with @web/test-runner-chrome: no browser download, the system Chromium.
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 800 });
    await page.goto(`http://127.0.0.1:${port}/${path}`);
    return { server, browser, page };
  } catch (error) {
    await browser.close();
    server.kill();
    throw error;
  }
}

async function closeTimelinePage({ server, browser }) {
  await browser.close();
  server.kill();
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

async function heapAfterGc(page, cdp) {
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

/** The benchmarks: add yours here. `runs` times each; the table shows the median and the fastest. */
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
    name: 'timeline: crosshair moving over 3 × 10,000 points, frame time (median; 300 moves, one per frame)',
    setup: openTimelinePage,
    run: timelineCrosshair,
    teardown: closeTimelinePage,
    runs: 3,
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
    name: 'scale: 100,000 observations × 500 regions, counter + map + timeline: the longest task (at most 200 ms)',
    setup: () => openBenchPage('bench/scale.html'),
    run: scaleRun,
    teardown: closeTimelinePage,
    runs: 5,
  },
];

function ensureBuilt() {
  if (!existsSync(join(root, 'dist/cli/main.js'))) execFileSync(process.execPath, [join(root, 'scripts/build-cli.mjs'), '--no-demo'], { stdio: 'inherit' });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  ensureBuilt();
  const filter = process.argv[2] ?? '';
  const results = [];
  for (const bench of BENCHMARKS.filter((b) => b.name.includes(filter))) {
    const context = bench.setup ? await bench.setup() : undefined;
    const runs = [];
    try {
      for (let i = 0; i < (bench.runs ?? 1); i++) runs.push(await bench.run(context));
    } finally {
      if (bench.teardown) await bench.teardown(context);
    }
    const times = runs.map((run) => run.ms);
    const { ms: _ms, ...details } = runs[0];
    results.push({ name: bench.name, runs: times.length, medianMs: Math.round(median(times)), minMs: Math.round(Math.min(...times)), ...details });
  }
  const rows = results.map((r) => {
    const { name, runs, medianMs, minMs, ...details } = r;
    return [name, String(runs), `${medianMs} ms`, `${minMs} ms`, Object.entries(details).map(([k, v]) => `${k} ${v}`).join(', ')];
  });
  const head = ['benchmark', 'runs', 'median', 'fastest', 'details'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  console.log([line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
  const out = { date: new Date().toISOString(), node: process.version, platform: `${process.platform} ${process.arch}`, cpu: cpus()[0]?.model, results };
  writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(out, null, 2)}\n`);
  console.log('\nwrote bench/results.json');
}

// Run when started as a script, not when another script imports BENCHMARKS.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
