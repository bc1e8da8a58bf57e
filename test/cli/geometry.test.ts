// Any TopoJSON or GeoJSON given to the feed tools (src/cli/geometry.ts): `feed regions --from`
// starts regions.csv from its features, `feed build --geo` checks regions.csv against it.
import { expect } from 'chai';
import { csvToFeed } from '../../src/cli/convert.js';
import { writeCsv } from '../../src/cli/csv.js';
import { readGeometry } from '../../src/cli/geometry.js';
import { formatProblem } from '../../src/cli/problems.js';
import { regionsFromFeatures } from '../../src/cli/regions.js';
import { reportLines } from '../../src/cli/report.js';

const get = async (path: string) => {
  const response = await fetch(new URL(`../../${path}`, import.meta.url));
  expect(response.ok, path).to.equal(true);
  return response.text();
};
const TOPO = 'test/fixtures/geo/us-states-4.topo.json';
const GEO = 'test/fixtures/geo/us-states-4.geo.json';
const en = (problems: Parameters<typeof reportLines>[0]) => problems.map((problem) => formatProblem(problem, 'en'));

describe('readGeometry', () => {
  it('a topology with two objects: a clear error listing them, or the one picked with --object', async () => {
    const text = await get(TOPO);
    const none = readGeometry('us.json', text);
    expect(none.fatal).to.equal(true);
    expect(en(none.problems)).to.deep.equal(['us.json: the topology holds several objects (states, new_england); pick one with --object NAME']);
    const wrong = readGeometry('us.json', text, { object: 'state' });
    expect(en(wrong.problems)).to.deep.equal(['us.json: the topology has no object "state" (its objects: states, new_england); did you mean "states"?']);
    const states = readGeometry('us.json', text, { object: 'states' });
    expect(states.problems).to.deep.equal([]);
    expect(states.features.map(({ id, name }) => [id, name])).to.deep.equal([
      ['25', 'Massachusetts'],
      ['09', 'Connecticut'],
      ['10', 'Delaware'],
      ['44', 'Rhode Island'],
    ]);
  });

  it('GeoJSON: ids from a property (--id), names from another (--name), names per language from name_<lang>', async () => {
    const text = await get(GEO);
    const bare = readGeometry('us.geo.json', text);
    expect(bare.problems).to.have.length(4);
    expect(en(bare.problems)[0]).to.equal(
      'us.geo.json: feature 1 has no id; name the property that holds the ids with --id (its properties: GEOID, NAME, name_ru)',
    );
    const read = readGeometry('us.geo.json', text, { id: 'GEOID', name: 'NAME' });
    expect(read.problems).to.deep.equal([]);
    expect(read.features[3]).to.deep.equal({ id: '44', name: 'Rhode Island', names: { ru: 'Род-Айленд' } });
  });

  it('not a geometry, not JSON, a duplicate id', () => {
    expect(readGeometry('x.json', '{"type":"Feature"').problems[0]!.code).to.equal('json.syntax');
    expect(en(readGeometry('x.json', '{"type":"Point","coordinates":[0,0]}').problems)).to.deep.equal([
      'x.json: the file is neither TopoJSON (a "Topology") nor GeoJSON (a "FeatureCollection" or "Feature")',
    ]);
    const twice = readGeometry(
      'x.json',
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', id: 7, properties: {} },
          { type: 'Feature', id: '7', properties: {} },
        ],
      }),
    );
    expect(en(twice.problems)).to.deep.equal(['x.json: feature 2 has the id "7" of an earlier feature; it is left out']);
    expect(twice.features.map((feature) => feature.id)).to.deep.equal(['7']);
  });
});

describe('regions.csv from a geometry, checked against it', () => {
  const metrics = { file: 'metrics.csv', text: 'id,kind,label_en\nrate,stock,Unemployment rate\n' };
  const observations = { file: 'observations.csv', text: 'period,region,rate\n2009,09,8.3\n2009,25,8.2\n' };

  it('feed regions --from writes a regions.csv that builds with no problem against the same geometry', async () => {
    const geometry = { file: 'us.json', features: readGeometry('us.json', await get(TOPO), { object: 'states' }).features };
    const text = writeCsv(regionsFromFeatures(geometry.features, 'district'));
    expect(text.split('\n').slice(0, 3)).to.deep.equal([
      'id,level,parent,name_en,name_az,name_ru,geo',
      '25,district,,Massachusetts,,,',
      '09,district,,Connecticut,,,',
    ]);
    const result = csvToFeed({ metrics, regions: { file: 'regions.csv', text }, observations }, { geometry });
    expect(result.problems).to.deep.equal([]);
    expect(result.notes).to.deep.equal([]);
  });

  it('a region the geometry lacks is a problem with the feature it probably means; a feature with no region, a note', async () => {
    const geometry = { file: 'us.json', features: readGeometry('us.json', await get(TOPO), { object: 'states' }).features };
    const regions = {
      file: 'regions.csv',
      text: 'id,level,parent,name_en,geo\nUS,country,,United States,\n09,district,US,Connecticut,\n25,district,US,Massachusetts,\n10,district,US,Delaware,\n44,district,US,Rhode Island,\nMA,district,US,Maine,\nRI,district,US,Rhode Island (old id),44x\n',
    };
    const result = csvToFeed({ metrics, regions, observations }, { geometry });
    expect(en(result.problems)).to.deep.equal([
      'regions.csv:7:1: id: the region "MA" has no feature in us.json; the map would not draw it',
      'regions.csv:8:5: geo: the region "44x" has no feature in us.json; the map would not draw it',
    ]);
    const fewer = csvToFeed(
      { metrics, regions: { file: 'regions.csv', text: 'id,level,name_en\n09,district,Connecticut\n25,district,Massachusetts\n' }, observations },
      { geometry },
    );
    expect(fewer.problems).to.deep.equal([]);
    expect(en(fewer.notes)).to.deep.equal([
      'us.json: the feature "10" (Delaware) has no region in regions.csv; the map would draw it as "no data" (and so would 1 more feature)',
    ]);
  });
});
