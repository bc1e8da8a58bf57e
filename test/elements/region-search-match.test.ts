// The map search's matching (src/elements/map/region-search-match.ts), without an element or a
// page: imports no DOM, so that it runs in Node too (`npx mocha test/elements/region-search-match.test.ts`).
import { expect } from 'chai';
import { matchNames } from '../../src/elements/map/region-search-match.js';
import { foldName } from '../../src/format/fold.js';

const names = [
  'Baku',
  'Ganja',
  'Lankaran',
  'Salt Lake',
  'Lake, Illinois',
  'Blake',
  'Şəki',
  'Şəki (şəhər)',
  'Naxçıvan',
  'İsmayıllı',
  'Ağdaş',
  'Göygöl',
  'Ёлкино',
  'Cook, Illinois',
  'Cook, Minnesota',
];
const find = (query: string, limit = 10) => matchNames(names, names.map(foldName), query, limit);

describe('foldName', () => {
  it('lower case without diacritics; Azerbaijani ı and ə as i and e', () => {
    expect(['Şəki', 'Bakı', 'Gəncə', 'Naxçıvan', 'İsmayıllı', 'Ağdaş', 'Göygöl', 'Ücar', 'ƏLİ', 'Ёлкино'].map(foldName)).to.deep.equal([
      'seki',
      'baki',
      'gence',
      'naxcivan',
      'ismayilli',
      'agdas',
      'goygol',
      'ucar',
      'eli',
      'елкино',
    ]);
  });
});

describe('matchNames', () => {
  it('"seki" finds Şəki and Şəki (şəhər); "ISMAY" İsmayıllı; "ёлк" and "елк" Ёлкино', () => {
    expect(find('seki').found).to.deep.equal(['Şəki', 'Şəki (şəhər)']);
    expect(find('  ISMAY ').found).to.deep.equal(['İsmayıllı']);
    expect(find('ёлк').found).to.deep.equal(['Ёлкино']);
    expect(find('елк').found).to.deep.equal(['Ёлкино']);
    expect(find('agdas').found).to.deep.equal(['Ağdaş']);
  });

  it('names that start with the query first, then a word that does, then the rest; each in the given order', () => {
    expect(find('lake').found).to.deep.equal(['Lake, Illinois', 'Salt Lake', 'Blake']);
    expect(find('cook').found).to.deep.equal(['Cook, Illinois', 'Cook, Minnesota']);
    expect(find('illinois').found).to.deep.equal(['Lake, Illinois', 'Cook, Illinois']);
  });

  it('at most `limit`, and how many more match', () => {
    expect(find('a', 3)).to.deep.equal({ found: ['Ağdaş', 'Baku', 'Ganja'], more: 7 });
    expect(find('a')).to.deep.include({ more: 0 });
    expect(find('a', 9).more).to.equal(1);
    expect(find('xyz')).to.deep.equal({ found: [], more: 0 });
  });

  it('an empty query: every name, in order, up to the limit', () => {
    expect(find('', 2)).to.deep.equal({ found: ['Baku', 'Ganja'], more: names.length - 2 });
    expect(find('   ', 2).found).to.deep.equal(['Baku', 'Ganja']);
  });
});
