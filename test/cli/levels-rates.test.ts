// The feed tools write what issue 14 added to the feed: a rate's numerator, denominator and scale,
// a unit per language, and the feed's own levels from levels.csv (state, county…), so that a
// feed of US-style states and counties builds, validates and orders its rows coarsest first.
import { expect } from 'chai';
import { csvToFeed } from '../../src/cli/convert.js';
import { FeedIndex } from '../../src/feed/select.js';
import { validateFeed } from '../../src/feed/validate.js';

const source = (file: string, text: string) => ({ file, text });

const sources = {
  levels: source('levels.csv', 'id,label_en,label_ru\nstate,State,Штат\ncounty,County,Округ\n'),
  metrics: source(
    'metrics.csv',
    'id,kind,label_en,unit_en,unit_ru,numerator,denominator,scale\n' +
      'unemployed,stock,Unemployed,people,чел.,,,\n' +
      'labour,stock,Labour force,people,чел.,,,\n' +
      'rate,rate,Unemployment rate,%,%,unemployed,labour,100\n',
  ),
  regions: source('regions.csv', 'id,level,parent,name_en\nTX-A,county,TX,Anderson\nTX,state,,Texas\nTX-B,county,TX,Bexar\n'),
  observations: source('observations.csv', 'period,region,unemployed,labour,rate\n2009,TX-A,1234,20567,6.1\n2009,TX-B,877,9871,\n'),
};

describe('feed build: levels.csv and a rate as a ratio of sums', () => {
  it('writes levels, numerator, denominator, scale and units per language, and the feed validates', () => {
    const { document, problems } = csvToFeed(sources);
    expect(problems).to.deep.equal([]);
    expect(document['levels']).to.deep.equal([
      { id: 'state', label: { en: 'State', ru: 'Штат' } },
      { id: 'county', label: { en: 'County', ru: 'Округ' } },
    ]);
    expect(Object.keys(document)).to.deep.equal(['version', 'levels', 'metrics', 'regions', 'observations', 'events']);
    const metrics = document['metrics'] as Record<string, unknown>[];
    expect(metrics[2]).to.deep.equal({
      id: 'rate',
      label: { en: 'Unemployment rate' },
      kind: 'rate',
      unit: { en: '%', ru: '%' },
      numerator: 'unemployed',
      denominator: 'labour',
      scale: 100,
    });
    expect(metrics[0]!['unit']).to.deep.equal({ en: 'people', ru: 'чел.' });
    const result = validateFeed(document);
    expect(result.ok && result.warnings).to.deep.equal([]);
    // Texas, which has no row of its own: (1234 + 877) / (20567 + 9871) × 100.
    const index = new FeedIndex((result as Extract<typeof result, { ok: true }>).feed);
    expect(index.value('rate', 'TX', '2009')).to.be.closeTo(((1234 + 877) / (20567 + 9871)) * 100, 1e-9);
  });

  it('a region of a level levels.csv does not list is named on its cell', () => {
    const { problems } = csvToFeed({ ...sources, levels: source('levels.csv', 'id,label_en\nstate,State\n') });
    const unknown = problems.filter((p) => p.code === 'unknown-level');
    expect(unknown.length).to.be.greaterThan(0);
    expect(unknown[0]).to.include({ file: 'regions.csv', line: 2 });
  });

  it('a scale that is not a number is a problem on its cell', () => {
    const metrics = source(
      'metrics.csv',
      'id,kind,label_en,numerator,denominator,scale\nunemployed,stock,U,,,\nlabour,stock,L,,,\nrate,rate,R,unemployed,labour,a hundred\n',
    );
    const { problems } = csvToFeed({ ...sources, metrics });
    expect(problems.find((p) => p.file === 'metrics.csv')).to.include({ line: 4, column: 6, code: 'number.invalid' });
  });

  it('without levels.csv, a county is an unknown level, as before', () => {
    const { problems } = csvToFeed({ metrics: sources.metrics, regions: sources.regions, observations: sources.observations });
    expect(problems.filter((p) => p.file === 'regions.csv').map((p) => [p.line, p.code])).to.deep.equal([
      [2, 'expected'],
      [3, 'expected'],
      [4, 'expected'],
    ]);
  });
});
