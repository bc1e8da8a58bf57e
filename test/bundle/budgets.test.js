// Byte budgets of the built files (`npm test` builds first). Sizes are gzip level 9, each
// file compressed on its own, as a browser fetches them.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

const KB = 1024;

async function sizeOf(file, closure = false) {
  return executeServerCommand('byte-sizes', { file, closure });
}

describe('byte budgets', () => {
  // Issue 2 asks for 11 KB. Measured 2026-11-23: 15.5 KB, of which Lit with @lit/context is
  // 6.3 KB and the feed validator 2.1 KB; stubbing the whole validator out still leaves 12.7 KB.
  // The budget below holds what we have so it cannot grow unnoticed; the gap is reported on the issue.
  // Issue 6 (hardening) added 0.4 KB to every widget's path: the feed size limit (the body read in
  // chunks), validation in steps (a generator that gives the page back every 5,000 rows) and guards
  // against sums that overflow and metrics named like Object.prototype's keys. Each budget grew 0.5 KB.
  // Issue 5 (second session) added to every widget's path: the "Get the data" button and its
  // keyboard handling with strings in three languages and dataTable() (1.9 KB), the theme tokens
  // with light and dark values (0.3 KB), run-time language switching and addLanguage (0.2 KB);
  // the code that writes files loads on first use. Measured 2026-11-23: 19.1 KB. Issues 2 and 8
  // still ask for 11 KB; the gap is reported on them.
  // Issue 16 (one shape for every element, 2026-12-06) added, on every widget's path: problem
  // codes with their parameters and the one English writer, LoadError and the one retry policy,
  // cached Intl formatters and the one dist/ locator; and per chart, its model split and
  // exportImage(). Measured exactly (gzip -9 of each path, 71de311 -> e2eec99): counter +666 B,
  // summary +453, map +423, timeline +376, IIFE +271. Its allowance is 0.5 KB; the elements then
  // declared their properties as data (static properties, no decorator code: -416 B on the
  // counter, -447 summary, -417 map, -419 timeline, -525 IIFE), so issue 16's net is +250 B on the
  // counter, +6 summary, +6 map, -43 timeline, -254 IIFE.
  // Issue 12 (fallback first and last: FallbackController, its status line in three languages,
  // the slot) added 0.45–0.5 KB to every widget's path: counter 20.1 -> 20.7 KB.
  // Issue 14 (rates, units, the feed's own levels, 2026-12) added 0.86 KB to the shared core chunk
  // (the validator's rate, unit and level checks with their problem texts 0.6 KB, the rate rule in
  // FeedIndex 0.13 KB, formatValue and the cached percent pattern 0.18 KB), plus each element's
  // units: counter 20.7 -> 21.64 KB (22,158 bytes).
  // Issue 12 (a light main thread: the first render in a task of its own, the map in slices) +0.16
  // KB; without decorators (above) -0.41: 21.44 KB (21,957 bytes), 2026-12-06.
  // Issue 12's numbers without Intl (a page's first Intl object is a 20–40 ms task; az, en and ru
  // are written by format/number.ts, exact to Intl) +417 B: 21.85 KB (22,374 bytes), 2026-12-06.
  // Issue 12, 2026-12-07: the page's slot kept from the upgrade, then hidden rather than removed; a widget inside a
  // hidden element first renders in a task of its own; no in-view decision without a box: 22.01 KB (22,535 bytes).
  // Issue 12, 2026-12-07: the page's content folded, not hidden, once live (content-visibility; its boxes kept: 15-25 ms
  // at 4x instead of 25-55 for a map's table): 22.20 KB (22,734 bytes).
  it('a page with only a counter loads at most 22.25 KB gzipped of ES modules (Lit and the feed layer included)', async () => {
    const { gzip, files } = await sizeOf('dist/cdn/counter/define.js', true);
    expect(files.length).to.be.greaterThan(0);
    expect(gzip, `counter-only ES path: ${files.join(', ')}`).to.be.at.most(22.25 * KB);
  });

  // Issue 8's budget: everything in the IIFE, geometry excluded. The menu's actions are fetched
  // from dist/stat-widgets.actions.js on first use (an IIFE cannot split code). Measured 44.0 KB.
  // Issue 16 (see the counter's budget): +271 B. Issue 12 (see the counter's): 45.1 -> 45.7 KB.
  // Issue 15 (the map's "Find a region" and namesakes named by their parent; see the map's): 45.6 -> 46.9 KB.
  // Issue 14 (see the counter's budget; the map's level captions and units too): +1.5 KB, 48.4 KB with both.
  // Issue 15's any map took d3-geo out (the real projections are dist/stat-widgets.projections.js,
  // loaded by maps that need them): 46.6 KB with issues 14 and 15, measured 2026-12-06.
  // Issue 12's light main thread +0.27 KB, properties without decorators -0.51: 46.53 KB (47,651 bytes).
  // Issue 12's numbers and names' order without Intl (see the counter's and the map's): +1,145 B;
  // the map's regions drawn in slices and, from a <script defer>, each element registered in a task
  // of its own (define-element.iife.ts): +269 B; a map's updateComplete waiting for its last slice,
  // the kept picture while it redraws: +125 B. 48.04 KB (49,190 bytes), 2026-12-06.
  // Issue 12, 2026-12-07: V8's compile hint (+20 B); one page slot kept from the upgrade, the fallback's
  // status line by class, the geometry's lines meshed in a slice of their own: 48.26 KB (49,417 bytes at gzip level 9).
  // Issue 12, later on 2026-12-07: a map's figure built behind the page's numbers, a summary's counters
  // readied behind them, each class readied by Lit in a task before its registration: 48.61 KB (49,780 bytes).
  // Issue 12, 2026-12-07: the page's content folded (see the counter's), a map's figure built unseen but laid out: 48.86 KB (50,035 bytes).
  it('the drop-in IIFE bundle with every element is at most 49 KB gzipped', async () => {
    const { gzip } = await sizeOf('dist/stat-widgets.iife.js');
    expect(gzip).to.be.at.most(49 * KB);
  });

  // Issue 12: the snippets' script runs the drop-in bundle once per page (src/embed/load.ts): 321 bytes.
  it("the snippets' script is at most 0.5 KB gzipped", async () => {
    const { gzip } = await sizeOf('dist/stat-widgets.js');
    expect(gzip).to.be.greaterThan(100);
    expect(gzip).to.be.at.most(0.5 * KB);
  });

  // Issue 12: the copied embed code reserves the widget's box before any script runs (embed/reserve.ts): 6.5 -> 6.95 KB.
  // Issue 12's numbers without Intl (format/number.ts, which the image and embed code write with): +343 B, 7.45 KB (7,627 bytes).
  // Issue 12: the embed code's declarative shadow root (the page lays its numbers out once, embed/snippet.ts PAGE_SHADOW): +39 B, 7,709 bytes.
  it('the menu’s actions, fetched on first use, are at most 7.75 KB gzipped', async () => {
    const { gzip } = await sizeOf('dist/stat-widgets.actions.js');
    expect(gzip).to.be.greaterThan(1 * KB);
    expect(gzip).to.be.at.most(7.75 * KB);
  });

  // Issue 15: d3-geo's real projections (Mercator, Equal Earth, Albers USA, conic conformal, with
  // spherical clipping and resampling), fetched only when a map's geometry needs one; the built-in
  // map draws without them. Measured 10.0 KB.
  it('the real projections, fetched when a map needs one, are at most 10.5 KB gzipped, and no map path loads them', async () => {
    const { gzip } = await sizeOf('dist/stat-widgets.projections.js');
    expect(gzip).to.be.at.most(10.5 * KB);
    const { files } = await sizeOf('dist/cdn/map/define.js', true);
    expect(files.some((f) => f.includes('projections') || f.includes('sphere'))).to.equal(false);
  });

  // New in issue 5: the counters' path plus the summary's grid, list and strings. Measured 20.9 KB.
  // Issue 16 (see the counter's budget): +453 B. Issue 12 (see the counter's): 21.7 -> 22.3 KB.
  // Issue 14 (see the counter's budget): 22.3 -> 23.3 KB (23,860 bytes). Issue 12's light main
  // thread and properties without decorators (see the counter's): 23.08 KB (23,631 bytes).
  // Issue 12's numbers without Intl (see the counter's): +417 B, 23.48 KB (24,048 bytes).
  // Issue 12's compile hint (`//# allFunctionsCalledOnLoad`, vite.config.ts) atop each of its three
  // chunks: about 20 B gzipped each, for 50–70 ms less compiling on the main thread: 23.55 KB (24,115 bytes).
  // Issue 12, later on 2026-12-07: its counters readied hidden behind the page's numbers, each in a
  // task of its own, and shown at once (stat-summary.ts); the page's slot hidden, not removed: 23.88 KB (24,456 bytes).
  // Issue 12, 2026-12-07: the page's content folded (see the counter's), a map's figure built unseen but laid out: 24.08 KB (24,660 bytes).
  it('a page with only a summary loads at most 24.25 KB gzipped of ES modules', async () => {
    const { gzip, files } = await sizeOf('dist/cdn/summary/define.js', true);
    expect(files.length).to.be.greaterThan(1);
    expect(gzip, `summary-only ES path: ${files.join(', ')}`).to.be.at.most(24.25 * KB);
  });

  // Issue 3 asks for 24 KB. Measured 2026-11-23: 28.9 KB. Of it, 13.6 KB is what every widget
  // loads (Lit with @lit/context, the feed layer with its validator, formatting and UI strings);
  // the libraries the map is built on take 6.3 KB (d3-geo's geoPath and fitSize, 4.3 KB, already
  // without geoMercator's spherical clipping and resampling, which would add 3.4 KB;
  // topojson-client's feature and mesh, 1.3 KB; d3-array, 0.75 KB). That leaves 4 KB for the
  // element itself: its legend, tooltip, keyboard, table, list of small areas and period control
  // with strings in three languages take 9 KB. The budget holds what we have, so that it cannot
  // grow unnoticed; the gap is reported on the issue.
  // Issue 5 added 3.2 KB (menu and dataTable, theme tokens for classes, borders and tooltip in
  // light and dark, print: the table rendered when printing, languages); measured 33.7 KB.
  // Issue 16 (see the counter's budget): +423 B. Issue 12 (see the counter's): 34.3 -> 34.8 KB.
  // Issue 12 again (a light main thread, the map drawn in slices) and properties without decorators: 35.52 KB (36,376 bytes).
  // Issue 15 added 1.3 KB (34.8 -> 36.1 KB, measured 2026-12-06): "Find a region" on every map (an
  // ARIA combobox: its controller, template, styles, the folding matcher and three strings in three
  // languages) and namesakes named by their parent ("Cook, Illinois").
  // Issue 14 (see the counter's budget; the level's caption and heading, units in tooltip, legend and table): +1.2 KB; 37.3 KB with both.
  // Issue 15's any map: its own path drawing in place of d3-geo's (-1.7 KB): 35.6 KB, measured 2026-12-06.
  // Issue 12's light main thread (the map drawn in slices) and properties without decorators: 35.52 KB (36,376 bytes).
  // Issue 12's numbers and names' order without Intl (format/collate.ts: CLDR's order for az, en
  // and ru; the collator was the page's first Intl object, a 25–40 ms task): +1,103 B; its regions
  // drawn in slices (map/slices.ts), updateComplete after the last slice and the picture kept
  // while it redraws: +316 B. 36.91 KB (37,795 bytes), 2026-12-06.
  // Issue 12's compile hint atop its chunks (see the summary's), the geometry's arcs decoded once
  // and their projected copies shared (less garbage in the map's slices): 37.03 KB (37,922 bytes), 2026-12-07.
  // Issue 12: the first drawing's figure built hidden behind the page's numbers, a band a slice
  // (map/slices.ts BANDS), and the page's slot hidden rather than removed: 37.26 KB (38,157 bytes), 2026-12-07.
  // Issue 12, 2026-12-07: the page's content folded (see the counter's), a map's figure built unseen but laid out: 37.52 KB (38,420 bytes).
  it('a page with only a map loads at most 37.75 KB gzipped of ES modules (geometry excluded)', async () => {
    const { gzip, files } = await sizeOf('dist/cdn/map/define.js', true);
    expect(files.length).to.be.greaterThan(0);
    expect(
      files.some((f) => f.endsWith('.json')),
      'the geometry is fetched, not bundled',
    ).to.equal(false);
    expect(gzip, `map-only ES path: ${files.join(', ')}`).to.be.at.most(37.75 * KB);
  });

  // Issue 4 asks for 22 KB (and its plan for 24 KB). Measured 2026-11-23: 25.5 KB. Of it, 13.7 KB
  // is what every widget loads (Lit with @lit/context, the feed layer with its validator,
  // formatting, UI strings, the widget base), and 1.5 KB the chunk it shares with the map (the
  // resize controller and d3-array, which is one module, so the map's quantiles come along).
  // The timeline's own 10.6 KB: the element (scales, ticks, paths, crosshair, keyboard, event
  // cards, legend, table) 5.6 KB, its styles 1.7 KB, its strings in three languages 1.1 KB, tick
  // choice 1.0 KB, dates 0.7 KB, paths 0.4 KB, Lit's guard 0.4 KB. Already left out: d3-scale's
  // scaleLinear and scaleUtc (9.0 and 11.0 KB with d3-format, d3-interpolate, d3-color and
  // d3-time-format) and d3-shape (3.2 KB: one file that does not tree-shake, for one path loop).
  // The budget holds what we have, so that it cannot grow unnoticed; the gap is reported on the issue.
  // Issue 5 added 3.3 KB (menu and dataTable, series and card tokens in light and dark, print,
  // languages); measured 29.4 KB.
  // Issue 16 (see the counter's budget): +376 B. Issue 12 (see the counter's): 30.3 -> 30.8 KB.
  // Issue 14 (see the counter's budget; units on the axis, readout and table): 30.8 -> 31.74 KB (32,502 bytes).
  // Issue 12's light main thread and properties without decorators (see the counter's): 31.30 KB (32,049 bytes).
  // Issue 12's numbers without Intl (see the counter's): +421 B, 31.71 KB (32,470 bytes).
  // Issue 12's compile hint atop each of its three chunks (see the summary's): 31.78 KB (32,544 bytes).
  // Issue 12, 2026-12-07: the page's content folded (see the counter's), a map's figure built unseen but laid out: 32.08 KB (32,852 bytes).
  it('a page with only a timeline loads at most 32.25 KB gzipped of ES modules', async () => {
    const { gzip, files } = await sizeOf('dist/cdn/timeline/define.js', true);
    expect(files.length).to.be.greaterThan(1);
    expect(gzip, `timeline-only ES path: ${(gzip / KB).toFixed(1)} KB in ${files.join(', ')}`).to.be.at.most(32.25 * KB);
  });

  it('the map’s geometry asset is at most 16 KB gzipped', async () => {
    const { gzip, raw } = await sizeOf('dist/geo/azerbaijan-regions.topo.json');
    expect(raw).to.be.greaterThan(40 * KB);
    expect(gzip).to.be.at.most(16 * KB);
  });

  it('the counter-only ES path carries no map code', async () => {
    const counter = await sizeOf('dist/cdn/counter/define.js', true);
    const map = await sizeOf('dist/cdn/map/define.js', true);
    const shared = counter.files.filter((f) => map.files.includes(f));
    const mapOnly = map.files.filter((f) => !shared.includes(f));
    expect(mapOnly.length, 'the map has chunks of its own').to.be.greaterThan(0);
    for (const f of mapOnly) expect(counter.files).to.not.include(f);
  });

  it('the counter-only ES path does not carry the whole library', async () => {
    const counter = await sizeOf('dist/cdn/counter/define.js', true);
    const everything = await sizeOf('dist/cdn/define.js', true);
    expect(counter.gzip).to.be.lessThan(everything.gzip);
  });
});
