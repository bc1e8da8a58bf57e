// The data a default <stat-timeline> draws from a feed: every metric of the country over every
// period, unknown values as null. Chart.js and ECharts pages fetch the same feed and use this
// (no validation: less work than the widgets do).
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
