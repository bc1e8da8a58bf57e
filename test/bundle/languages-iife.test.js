// Adding a language from a plain HTML page, as the README shows it: the drop-in bundle's global
// StatWidgets.addLanguage, called after the widgets are on the page. Plain JS, served untouched.
import { expect } from '@open-wc/testing';
import { loadScript, until } from './page.js';

describe('StatWidgets.addLanguage (dist/stat-widgets.iife.js)', () => {
  it('adds Turkish to a page whose widgets are already showing; <html lang> switched after', async () => {
    document.documentElement.lang = 'tr';
    document.body.insertAdjacentHTML(
      'beforeend',
      `<stat-counter src="/demo/data/feed.json" metric="teachers" show-delta style="--stat-duration:0s"></stat-counter>`,
    );
    const counter = document.querySelector('stat-counter');
    const part = (name) => counter.shadowRoot.querySelector(`[part=${name}]`)?.textContent.trim();
    await loadScript('/dist/stat-widgets.iife.js');
    expect(StatWidgets.addLanguage).to.be.a('function');
    expect(StatWidgets.registerStrings).to.equal(StatWidgets.addLanguage);
    await until(() => counter.getAttribute('state') === 'ready' && part('value') === '4.308', 'the number, by Intl for tr');
    expect(part('delta')).to.match(/ since 2023$/);

    StatWidgets.addLanguage('tr', { since: '{period} yılından beri', loading: 'Yükleniyor…' });
    await until(() => / 2023 yılından beri$/.test(part('delta')), `Turkish (now "${part('delta')}")`);

    document.documentElement.lang = 'az';
    await until(() => part('value') === '4.308' && part('label') === 'Müəllimlər', 'Azerbaijani');
    expect(part('delta')).to.match(/2023 ilə müqayisədə$/);
    counter.remove();
    document.documentElement.lang = 'en';
  });
});
