// The regions CSV template (src/cli/regions.ts) from the shipped geometry's region table.
import { expect } from 'chai';
import { csvToFeed } from '../../src/cli/convert.js';
import { parseCsv, writeCsv } from '../../src/cli/csv.js';
import { REGION_COLUMNS, regionsTemplate } from '../../src/cli/regions.js';

const get = async (path: string) => {
  const response = await fetch(new URL(`../../${path}`, import.meta.url));
  expect(response.ok, path).to.equal(true);
  return response.text();
};

describe('regionsTemplate', () => {
  it('turns a geometry table into country, economic regions (first-seen order) and districts', () => {
    const geo = [
      'id,iso_3166_2,name_en,name_az,name_ru,type,parent,economic_region,economic_region_en,economic_region_az,economic_region_ru,note',
      'AZ-BA,AZ-BA,Baku,Bakı,Баку,city,,baku,Baku,Bakı,Баку,',
      'AZ-SAL,AZ-SAL,Salyan,Salyan,Сальянский район,rayon,,shirvan-salyan,Shirvan-Salyan,Şirvan-Salyan,Ширван-Сальян,"a note, quoted"',
      'AZ-NEF,AZ-NEF,Neftchala,Neftçala,Нефтечалинский район,rayon,,shirvan-salyan,Shirvan-Salyan,Şirvan-Salyan,Ширван-Сальян,',
    ].join('\n');
    expect(regionsTemplate(geo)).to.deep.equal([
      [...REGION_COLUMNS],
      ['AZ', 'country', '', 'Azerbaijan', 'Azərbaycan', 'Азербайджан', ''],
      ['baku', 'economic-region', 'AZ', 'Baku', 'Bakı', 'Баку', ''],
      ['shirvan-salyan', 'economic-region', 'AZ', 'Shirvan-Salyan', 'Şirvan-Salyan', 'Ширван-Сальян', ''],
      ['AZ-BA', 'district', 'baku', 'Baku', 'Bakı', 'Баку', ''],
      ['AZ-SAL', 'district', 'shirvan-salyan', 'Salyan', 'Salyan', 'Сальянский район', ''],
      ['AZ-NEF', 'district', 'shirvan-salyan', 'Neftchala', 'Neftçala', 'Нефтечалинский район', ''],
    ]);
  });

  it("for the shipped geometry: 1 country, 14 economic regions, 78 districts, the same as the demo's regions.csv", async () => {
    const rows = regionsTemplate(await get('src/geo/regions.csv'));
    const levels = rows.slice(1).map((row) => row[1]);
    expect(levels.filter((level) => level === 'country')).to.have.length(1);
    expect(levels.filter((level) => level === 'economic-region')).to.have.length(14);
    expect(levels.filter((level) => level === 'district')).to.have.length(78);
    expect(new Set(rows.slice(1).map((row) => row[0])).size).to.equal(93);
    expect(writeCsv(rows)).to.equal(await get('demo/data/regions.csv'));
  });

  it('is a regions.csv that feed build reads with no problem', async () => {
    const regions = writeCsv(regionsTemplate(await get('src/geo/regions.csv')), ';', true);
    const result = csvToFeed({
      metrics: { file: 'metrics.csv', text: 'id,kind,label_en\nteachers,stock,Teachers\n' },
      regions: { file: 'regions.csv', text: regions },
      observations: { file: 'observations.csv', text: 'period,region,teachers\n2024,AZ-SAL,61\n' },
    });
    expect(result.problems).to.deep.equal([]);
    expect(parseCsv(regions).delimiter).to.equal(';');
  });
});
