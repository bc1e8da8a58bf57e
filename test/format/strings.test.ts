// DOM-free: the string catalogues, adding a language, and placeholders.
import { expect } from 'chai';
import { addStrings, catalogue, catalogues, fill, stringsFor } from '../../src/format/strings.js';

interface Words {
  readonly hello: string;
  readonly bye: string;
}

describe('format/strings', () => {
  it('stringsFor: the language, its base language, else English', () => {
    expect(stringsFor('en').noData).to.equal('No data');
    expect(stringsFor('az').noData).to.equal('Məlumat yoxdur');
    expect(stringsFor('az-Latn-AZ').noData).to.equal('Məlumat yoxdur');
    expect(stringsFor('RU').noData).to.equal('Нет данных');
    expect(stringsFor('de').noData).to.equal('No data');
  });

  it('a catalogue picks a language, and is listed for addStrings', () => {
    const words = catalogue<Words>({ hello: 'Hello', bye: 'Bye' }, { az: { hello: 'Salam', bye: 'Sağ ol' } });
    expect(catalogues).to.include(words);
    expect(words.pick('az-AZ').hello).to.equal('Salam');
    expect(words.pick('fr').hello).to.equal('Hello');
  });

  it('register adds a language or corrects some strings; the rest stay (pt-BR takes pt’s, then English)', () => {
    const words = catalogue<Words>({ hello: 'Hello', bye: 'Bye' }, {});
    words.register('pt', { hello: 'Olá' });
    words.register('pt-BR', { bye: 'Tchau' });
    expect(words.pick('pt')).to.deep.equal({ hello: 'Olá', bye: 'Bye' });
    expect(words.pick('pt-br')).to.deep.equal({ hello: 'Olá', bye: 'Tchau' });
  });

  it('addStrings reaches every catalogue, those made before and those made after', () => {
    const before = catalogue<Words>({ hello: 'Hello', bye: 'Bye' }, {});
    addStrings('x-test', { hello: 'Hallo', loading: 'Laden…' });
    const after = catalogue<Words>({ hello: 'Hello', bye: 'Bye' }, {});
    // Keys of other catalogues come along (unused): only this catalogue's are compared.
    expect(before.pick('x-test')).to.include({ hello: 'Hallo', bye: 'Bye' });
    expect(after.pick('x-test').hello).to.equal('Hallo');
    expect(stringsFor('x-test').loading).to.equal('Laden…');
    expect(stringsFor('x-test').noData, 'missing keys: English').to.equal('No data');
  });

  it('fill replaces known placeholders and leaves unknown ones', () => {
    expect(fill('since {period}', { period: '2023' })).to.equal('since 2023');
    expect(fill('{a} and {b}', { a: '1' })).to.equal('1 and {b}');
    expect(fill('{period}', { period: '$& {x}' }), 'replacement text is literal').to.equal('$& {x}');
  });
});
