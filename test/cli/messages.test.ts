// The feed tools' words (src/cli/messages.ts): every message in every language, the language
// picked from the flag or the locale, and every problem the validator reports, by its code, translated.
import { expect } from 'chai';
import { validateFeed } from '../../src/feed/validate.js';
import type { Problem } from '../../src/feed/types.js';
import { help } from '../../src/cli/help.js';
import { LANGS, MESSAGE_CODES, hasMessage, message, pickLang } from '../../src/cli/messages.js';
import { azFeed } from '../../src/cli/messages/az.js';
import { ruFeed } from '../../src/cli/messages/ru.js';
import { problemMessage } from '../../src/cli/problems.js';

describe('messages', () => {
  it('every message exists in az, en and ru, and says something different in each', () => {
    const params = { file: 'x.csv', name: 'n', raw: '4 308', probably: 4308, count: 2, rows: ';', header: ',', found: 4, expected: 3 };
    for (const code of MESSAGE_CODES) {
      for (const lang of LANGS) expect(hasMessage(lang, code), `${lang} ${code}`).to.equal(true);
      if (code === 'summary.problems') continue; // "2 problem" (az) and "2 problems" (en) are nearly alike by nature
      expect(message('az', code, params), code).to.not.equal(message('en', code, params));
      expect(message('ru', code, params), code).to.not.equal(message('en', code, params));
    }
  });

  it('Russian counts take the right plural', () => {
    expect(message('ru', 'summary.problems', { count: 1 })).to.equal('1 проблема');
    expect(message('ru', 'summary.problems', { count: 3 })).to.equal('3 проблемы');
    expect(message('ru', 'summary.problems', { count: 11 })).to.equal('11 проблем');
    expect(message('ru', 'summary.problems', { count: 22 })).to.equal('22 проблемы');
    expect(message('en', 'summary.problems', { count: 1 })).to.equal('1 problem');
  });

  it('the help text exists in each language and lists the three commands', () => {
    for (const lang of LANGS) for (const command of ['build', 'check', 'regions', '--lang']) expect(help(lang)).to.include(command);
  });
});

describe('pickLang', () => {
  it('takes --lang first, then LC_ALL, LC_MESSAGES, LANG; English otherwise', () => {
    expect(pickLang('ru', { LANG: 'az_AZ.UTF-8' })).to.equal('ru');
    expect(pickLang(undefined, { LC_ALL: 'ru_RU.UTF-8', LANG: 'az_AZ.UTF-8' })).to.equal('ru');
    expect(pickLang(undefined, { LC_MESSAGES: 'az_AZ.UTF-8', LANG: 'en_US.UTF-8' })).to.equal('az');
    expect(pickLang(undefined, { LANG: 'az_AZ.UTF-8' })).to.equal('az');
    expect(pickLang(undefined, { LANG: 'C.UTF-8' })).to.equal('en');
    expect(pickLang(undefined, { LANG: 'de_DE.UTF-8' })).to.equal('en');
    expect(pickLang(undefined, {})).to.equal('en');
  });
});

/** A document with one of every mistake the validator reports. */
function brokenFeed(): unknown {
  return {
    version: 1,
    updated: 'yesterday',
    source: { name: 'Office', url: 'javascript:alert(1)' },
    metrics: [
      { id: 'teachers', label: { en: 'Teachers', az: 5 }, kind: 'stock', unit: 3 },
      { id: 'teachers', label: 'Again', kind: 'stock' },
      { id: 'Bad Id', label: 'x', kind: 'stock' },
      { id: 'schools', label: 7, kind: 'level' },
      'not a metric',
    ],
    regions: [
      { id: 'AZ', name: 'Azerbaijan', level: 'country' },
      { id: 'AZ', name: 'Again', level: 'country' },
      { name: 'No id', level: 'district' },
      { id: 'R1', name: 'R1', level: 'rayon' },
      { id: 'D1', name: 'D1', level: 'district', parent: 'nowhere' },
      { id: 'D2', name: 'D2', level: 'district', parent: 'D3' },
      { id: 'D3', name: 'D3', level: 'district', parent: 'D2' },
      { id: 'D4', name: 'D4', level: 'district', parent: 4 },
    ],
    observations: [
      { period: '2024', region: 'AZ', teachers: 1 },
      { period: '2024', region: 'AZ', teachers: 2 },
      { period: 'soon', region: 'AZ', teachers: 1 },
      { period: '2023', region: 'XX', teachers: 1 },
      { period: '2022', region: 'AZ', pupils: 1 },
      { period: '2021', region: 'AZ', teachers: '12a' },
      [],
    ],
    events: [
      { date: 'soon', title: 'x', kind: 'other' },
      { date: '2024-01-01', kind: 'other' },
      { date: '2024-01-01', title: 'x', kind: 'party', end: '2023-01-01', region: 'XX', url: 'ftp://x', figures: { a: 'b' } },
      { date: '2024-01-01', title: 'x', kind: 'other', figures: [1] },
    ],
  };
}

/** A problem in a language, by its code and values, as the tools word it. */
const say = (problem: Problem, lang: 'en' | 'az' | 'ru') => message(lang, problem.code, problem.params);

describe("the validator's problems, by code", () => {
  it("translates every problem the validator reports about a broken feed, in az and ru; English is the validator's own", () => {
    const result = validateFeed(brokenFeed());
    const warnings = result.warnings as Problem[];
    expect(warnings.length).to.be.greaterThan(25);
    for (const warning of warnings) {
      const where = `${warning.path}: ${warning.message}`;
      expect(say(warning, 'en'), where).to.equal(warning.message);
      expect(say(warning, 'ru'), where).to.not.equal(warning.message);
      expect(say(warning, 'az'), where).to.not.equal(warning.message);
    }
  });

  it('translates the fatal problems', () => {
    const fatal = (document: unknown) => {
      const result = validateFeed(document);
      if (result.ok) throw new Error('expected a fatal problem');
      return result.fatal;
    };
    for (const document of [[], {}, { version: 2 }, { version: 1 }, { version: 1, metrics: [] }, { version: 1, metrics: 'x' }]) {
      const problem = fatal(document);
      expect(say(problem, 'ru'), problem.message).to.not.equal(say(problem, 'en'));
    }
  });

  it('keeps the values and words of the feed as they are', () => {
    expect(message('ru', 'unknown-region', { got: '"XX"', then: 'row dropped' })).to.equal('неизвестный регион "XX"; строка отброшена');
    expect(message('az', 'expected', { what: 'a number or null', got: '"12a"', then: 'row dropped' })).to.equal(
      'gözlənilir: ədəd və ya null, yazılıb: "12a"; sətir atılır',
    );
    expect(message('ru', 'expected', { what: 'a date (YYYY-MM-DD)', got: 'nothing', then: 'event dropped' })).to.equal(
      'ожидается дата (YYYY-MM-DD), получено ничего; событие отброшено',
    );
  });

  it('has a sentence in az and ru, other than the English one, for every problem code and every word of its vocabularies', () => {
    const params = { got: '5', what: 'a string', id: 'x', url: 'https://example.org/feed.json', status: 404, statusText: 'Not Found' };
    for (const words of [azFeed, ruFeed]) {
      for (const code of Object.keys(words.problems) as Problem['code'][])
        expect(message(words === azFeed ? 'az' : 'ru', code, params), code).to.not.equal(message('en', code, params));
      for (const [english, translated] of [...Object.entries(words.expectations), ...Object.entries(words.consequences), ...Object.entries(words.values)]) {
        expect(translated, english).to.not.equal(english);
      }
    }
  });

  it('words the first row of a duplicate as a line in each language', () => {
    const duplicate = {
      file: 'observations.csv',
      code: 'duplicate-row',
      params: { period: '2024', region: 'AZ', first: 'observations[0]', firstLine: 3 },
    } as const;
    expect(problemMessage(duplicate, 'en')).to.equal('duplicate row for period "2024" and region "AZ" (first at line 3)');
    expect(problemMessage(duplicate, 'az')).to.include('(birincisi: sətir 3)');
    expect(problemMessage({ ...duplicate, params: { ...duplicate.params, firstLine: undefined } }, 'en')).to.include('(first at observations[0])');
  });
});
