// A feed for us-atlas's counties (3,231 shapes): the country, the states as economic regions
// (for the parent's name of a county) and each county as a district, with one deterministic figure
// a county. Made from the topology itself, so nothing but us-atlas is needed: bench/run.mjs writes
// it for bench/counties.html (ours and ECharts read the same file) and bench/geo-check.html makes it
// in the page. The map's tests make their own, of any object and without parents (feedOf).
/* exported countyFeed -- used by the pages' inline scripts */

/** @param {{ objects: Record<string, { geometries: { id: string, properties: { name: string } }[] }> }} topology */
function countyFeed(topology) {
  const states = topology.objects.states.geometries;
  const counties = topology.objects.counties.geometries;
  const stateIds = new Set(states.map((s) => s.id));
  const value = (id) => (Number(id) * 7919) % 5000;
  return {
    version: 1,
    title: 'US counties (bench)',
    updated: '2024-12-31',
    source: { name: 'us-atlas (shapes); figures made up' },
    metrics: [{ id: 'teachers', label: 'Teachers', kind: 'stock' }],
    regions: [
      { id: 'US', name: 'United States', level: 'country' },
      ...states.map((s) => ({ id: `S${s.id}`, geo: s.id, name: s.properties.name, level: 'economic-region', parent: 'US' })),
      ...counties.map((c) => ({
        id: c.id,
        name: c.properties.name,
        level: 'district',
        ...(stateIds.has(c.id.slice(0, 2)) ? { parent: `S${c.id.slice(0, 2)}` } : { parent: 'US' }),
      })),
    ],
    observations: counties.map((c) => ({ period: '2024', region: c.id, teachers: value(c.id) })),
  };
}
