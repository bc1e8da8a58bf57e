// The data a default <stat-timeline> draws from a feed: every metric of the country over every
// period, unknown values as null. Chart.js and ECharts pages fetch the same feed and use this
// (no validation: less work than the widgets do).
/* exported benchCharts -- called by the pages' inline scripts */
async function timelineData(url) {
  const feed = await (await fetch(url)).json();
  const country = feed.regions.find((r) => r.level === 'country').id;
  const periods = [...new Set(feed.observations.map((o) => o.period))].sort();
  const rows = new Map(feed.observations.filter((o) => o.region === country).map((o) => [o.period, o]));
  const series = feed.metrics.map((m) => ({
    label: typeof m.label === 'string' ? m.label : (m.label.en ?? Object.values(m.label)[0]),
    values: periods.map((p) => rows.get(p)?.[m.id] ?? null),
  }));
  return { periods, series };
}

/**
 * The harness both library pages share (driven by bench/run.mjs, each run in a fresh browser:
 * ?n=50): `n` boxes of class "chart" in #grid, each drawn by `drawOne(box, data)`. Ready: the last
 * draw has returned (both libraries draw in it with animation off), then two frames: the first is
 * the one the charts are painted in, the second starts once it has been. The same measure as ours:
 * the frame after the one that showed every chart.
 */
function benchCharts(drawOne) {
  const n = Number(new URLSearchParams(location.search).get('n') ?? 1);
  const grid = /** @type {HTMLElement} */ (document.getElementById('grid'));
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  window.benchDone = (async () => {
    const data = await timelineData('../demo/data/feed.json');
    for (let i = 0; i < n; i++) {
      const box = document.createElement('div');
      box.className = 'chart';
      grid.append(box);
      drawOne(box, data);
    }
    const inDomMs = performance.now();
    await nextFrame();
    await nextFrame();
    return { ms: performance.now(), inDomMs, drawn: n, pageHeight: document.documentElement.scrollHeight };
  })();
}
