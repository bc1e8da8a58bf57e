// How the map names regions (src/elements/map/region-names.ts), without an element or a page:
// imports no DOM, so that it runs in Node too (`npx mocha test/elements/region-names.test.ts`).
import { expect } from 'chai';
import { regionLabels } from '../../src/elements/map/region-names.js';
import type { Region } from '../../src/feed/types.js';
import { twinFeed } from '../fixtures/twin-regions.js';

const feed = twinFeed as unknown as { regions: Region[] };

describe('regionLabels', () => {
  it('names a region by its parent only when another region of the level has its name', () => {
    const labels = regionLabels(feed, 'district', 'en');
    expect(Object.fromEntries(labels)).to.deep.equal({
      '17031': 'Cook, Illinois',
      '17043': 'DuPage',
      '17097': 'Lake, Illinois',
      '27031': 'Cook, Minnesota',
      '27053': 'Hennepin',
      '27075': 'Lake, Minnesota',
      '27077': 'Lake of the Woods',
    });
  });

  it('in the language asked for, the parent’s name too (English, else the first, when a name lacks it)', () => {
    const labels = regionLabels(feed, 'district', 'ru-RU');
    expect(labels.get('17031')).to.equal('Cook, Иллинойс');
    expect(labels.get('27053')).to.equal('Hennepin');
    expect(regionLabels(feed, 'district', 'az').get('27031')).to.equal('Cook, Minnesota');
  });

  it('only the level asked for: a state and a county of one name are not namesakes', () => {
    const regions: Region[] = [
      { id: 'NY', name: 'New York', level: 'economic-region' },
      { id: '36061', name: 'New York', level: 'district', parent: 'NY' },
      { id: '36047', name: 'Kings', level: 'district', parent: 'NY' },
    ];
    expect(Object.fromEntries(regionLabels({ regions }, 'district', 'en'))).to.deep.equal({ '36061': 'New York', '36047': 'Kings' });
    expect(Object.fromEntries(regionLabels({ regions }, 'economic-region', 'en'))).to.deep.equal({ NY: 'New York' });
  });

  it('namesakes under one parent (a city and its district) keep the bare name: the parent would not tell them apart', () => {
    const regions: Region[] = [
      { id: 'sz', name: { en: 'Shaki-Zagatala', az: 'Şəki-Zaqatala' }, level: 'economic-region' },
      { id: 'AZ-SA', name: { en: 'Shaki', az: 'Şəki' }, level: 'district', parent: 'sz' },
      { id: 'AZ-SAK', name: { en: 'Shaki', az: 'Şəki' }, level: 'district', parent: 'sz' },
      { id: 'other', name: { en: 'Shaki', az: 'Şəki' }, level: 'district' },
    ];
    // The one without a parent keeps its name; so do the two under Shaki-Zagatala.
    expect(Object.fromEntries(regionLabels({ regions }, 'district', 'az'))).to.deep.equal({ 'AZ-SA': 'Şəki', 'AZ-SAK': 'Şəki', other: 'Şəki' });
    // With a third under another parent, only that one gets its parent's name.
    const more = [
      ...regions,
      { id: 'x', name: 'Other', level: 'economic-region' } as Region,
      { id: 'SX', name: 'Shaki', level: 'district', parent: 'x' } as Region,
    ];
    expect(regionLabels({ regions: more }, 'district', 'en').get('SX')).to.equal('Shaki, Other');
    expect(regionLabels({ regions: more }, 'district', 'en').get('AZ-SA')).to.equal('Shaki');
  });
});
