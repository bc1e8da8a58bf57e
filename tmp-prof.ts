import { readFileSync } from 'node:fs';
import { geoLayer } from './src/feed/geo.ts';
import { coordinateBox, projectionOf, projectMap, planar } from './src/math/projection.ts';
import { projectLayer } from './src/math/sphere.ts';
import { largestPart } from './src/math/projection-cache.ts';
const t = () => performance.now();
for (const [file, obj, proj] of [['us-atlas/counties-10m.json', 'counties', ''], ['us-atlas/counties-albers-10m.json', 'counties', ''], ['us-atlas/counties-10m.json', 'counties', 'albers-usa'], ['world-atlas/countries-110m.json', 'countries', 'equal-earth'], ['us-atlas/counties-10m.json', 'counties', '']]) {
  let a = t();
  const topo = JSON.parse(readFileSync('./node_modules/' + file, 'utf8'));
  const layer = geoLayer(topo, 'district', { object: obj })!;
  console.log(file, proj, 'geoLayer', (t() - a).toFixed(0)); a = t();
  const how = projectionOf(coordinateBox(layer.features), proj);
  console.log('projectionOf', how, (t() - a).toFixed(0)); a = t();
  const pl = how.planar ? { features: layer.features.map(planar), lines: layer.lines.map(planar) } : projectLayer(how.name as any, layer);
  console.log('planar', (t() - a).toFixed(0)); a = t();
  const m = projectMap(pl.features, pl.lines, 1200);
  console.log('projectMap', (t() - a).toFixed(0), m.width, m.height, m.regions.filter(r => r.size < 24).length, m.regions.filter(r => r.box[2]-r.box[0] > 0.9*m.width).length); a = t();
}
