// DOM-free: names in a language's order without Intl.Collator (az, en, ru), and Intl's for the rest.
import { expect } from 'chai';
import { compareNames, intlWarmUps } from '../../src/format/collate.js';
import { intlMade } from '../support/intl-made.js';

/** How many collators `run` makes. */
const collators = (run: () => void): number => intlMade(run).filter((made) => made.startsWith('Collator')).length;

const sorted = (names: readonly string[], compare: (a: string, b: string) => number) => [...names].sort(compare);

/** Names as maps carry them: Azerbaijan's regions in three languages, counties, countries; case, accents, punctuation, digits. */
const NAMES = [
  ...['Ağdam', 'Ağcabədi', 'Bakı', 'Baku', 'Cəlilabad', 'Çin', 'Əli Bayramlı', 'Hacıqabul', 'Iğdır', 'İsmayıllı', 'ılıq', 'Kürdəmir'],
  ...['Naftalan', 'Naxçıvan', 'Oğuz', 'Ölmə', 'Qəbələ', 'Sabirabad', 'Şəki', 'Şəki–Zaqatala', 'Ucar', 'Üçqapı', 'Xaçmaz', 'Zaqatala'],
  ...['Абшерон', 'Агдам', 'Баку', 'Ёлочка', 'Елена', 'Жуков', 'Йошкар-Ола', 'Иваново', 'Шеки', 'Щёлково', 'Эстония', 'Юрмала', 'Якутск'],
  ...['Cook, Illinois', 'Cook County', 'Cook', 'cook', 'COOK', 'DeKalb', 'De Kalb', 'Dekalb', "O'Brien", 'OBrien', 'St. Louis', 'St Louis'],
  ...['Ste. Genevieve', 'Doña Ana', 'Dona Ana', 'LaSalle', 'La Salle', 'La-Salle', 'Côte d’Ivoire', 'Curaçao', 'São Tomé and Príncipe'],
  ...['Åland', 'Aland', 'Bosnia and Herz.', 'Dem. Rep. Congo', 'Timor-Leste', 'eSwatini', 'Guinea-Bissau', 'Guinea (Conakry)', 'cote', 'Cote'],
  ...['coté', 'côte', 'côté', 'District 10', 'District 9', 'District 1', 'A B', 'A-B', 'A.B', 'A/B', 'A & B', 'A+B', '', 'İ', 'I', 'i', 'ı'],
];

describe('format/collate', () => {
  for (const lang of ['en', 'ru', 'en-GB', 'ru-RU']) {
    it(`${lang}: names in Intl.Collator's order, without making one`, () => {
      let ours: string[] = [];
      expect(collators(() => (ours = sorted(NAMES, compareNames(lang))))).to.equal(0);
      expect(ours).to.deep.equal(sorted(NAMES, new Intl.Collator(lang).compare));
    });
  }

  it('en: Latin before Cyrillic; ru: Cyrillic first, as CLDR orders them', () => {
    expect(sorted(['Баку', 'Baku'], compareNames('en'))).to.deep.equal(['Baku', 'Баку']);
    expect(sorted(['Baku', 'Баку'], compareNames('ru'))).to.deep.equal(['Баку', 'Baku']);
  });

  it('az: the Azerbaijani alphabet (CLDR), whatever the browser has, without a collator', () => {
    const regions = ['Zaqatala', 'Xaçmaz', 'Hacıqabul', 'İsmayıllı', 'Iğdır', 'Qəbələ', 'Kürdəmir', 'Şəki', 'Sabirabad', 'Əli Bayramlı'];
    const more = ['Ağdam', 'Çin', 'Cəlilabad', 'Ölmə', 'Oğuz', 'Üçqapı', 'Ucar', 'Goranboy', 'Göygöl', 'Ğ', 'Laçın', 'Lerik', 'Eldar'];
    let ours: string[] = [];
    expect(collators(() => (ours = sorted([...regions, ...more], compareNames('az'))))).to.equal(0);
    expect(ours).to.deep.equal([
      ...['Ağdam', 'Cəlilabad', 'Çin', 'Eldar', 'Əli Bayramlı', 'Goranboy', 'Göygöl', 'Ğ', 'Hacıqabul', 'Xaçmaz', 'Iğdır', 'İsmayıllı'],
      ...['Kürdəmir', 'Qəbələ', 'Laçın', 'Lerik', 'Oğuz', 'Ölmə', 'Sabirabad', 'Şəki', 'Ucar', 'Üçqapı', 'Zaqatala'],
    ]);
    // I is the capital of ı, İ of i: case apart, the same letters.
    expect(compareNames('az-Latn-AZ')('Iğdır', 'ığdır')).to.be.greaterThan(0);
    expect(compareNames('az')('İsmayıllı', 'ismayıllı')).to.be.greaterThan(0);
    expect(compareNames('az')('ismayıllı', 'ığdır')).to.be.greaterThan(0);
  });

  it("a name with a character it does not know, and any other language, is the collator's", () => {
    const names = ['Straße', 'Strasse', 'Stras', 'Øresund', 'Oresund', 'Ελλάδα', 'Baku'];
    expect(sorted(names, compareNames('en'))).to.deep.equal(sorted(names, new Intl.Collator('en').compare));
    expect(sorted(names, compareNames('de'))).to.deep.equal(sorted(names, new Intl.Collator('de').compare));
    const swedish = ['Ö', 'O', 'Z', 'Å', 'A'];
    expect(sorted(swedish, compareNames('sv'))).to.deep.equal(sorted(swedish, new Intl.Collator('sv').compare));
  });

  it("a map's Intl warm-ups: none in az, en and ru, the collator and a number format in another language", () => {
    expect(intlWarmUps('az')).to.have.length(0);
    expect(intlWarmUps('en-US')).to.have.length(0);
    expect(intlWarmUps('tr')).to.have.length(2);
    expect(collators(() => intlWarmUps('tr').forEach((warm) => warm()))).to.equal(1);
  });
});
