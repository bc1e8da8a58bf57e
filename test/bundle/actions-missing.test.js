// A site that self-hosts the drop-in bundle but not stat-widgets.actions.js beside it: the
// widgets work, and choosing an action says it did not work instead of doing nothing.
import { expect } from '@open-wc/testing';
import { loadScript, until } from './page.js';

describe('the data menu when dist/stat-widgets.actions.js is missing', () => {
  it('the counter shows its number; "Download data (CSV)" announces that it did not work, nothing downloads', async () => {
    const downloads = [];
    const realClick = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {
      if (this.download) downloads.push(this.download);
      else realClick.call(this);
    };
    document.body.insertAdjacentHTML(
      'beforeend',
      `<stat-counter lang="az" src="/demo/data/feed.json" metric="teachers" style="--stat-duration:0s"></stat-counter>`,
    );
    const counter = document.querySelector('stat-counter');
    await loadScript('/__lone-bundle/stat-widgets.iife.js');
    await until(() => counter.getAttribute('state') === 'ready', 'the counter ready');
    const shadow = counter.shadowRoot;
    expect(shadow.querySelector('[part="value"]').textContent.trim()).to.equal('4.308');

    /** @type {HTMLElement} */ (shadow.querySelector('[part="menu-button"]')).click();
    await until(() => !(/** @type {HTMLElement} */ (shadow.querySelector('[part="menu-list"]')).hidden), 'the menu open');
    /** @type {HTMLElement} */ (shadow.querySelector('[role="menuitem"]')).click(); // Download data (CSV)
    const status = shadow.querySelector('.data-menu [role="status"]');
    await until(() => status.textContent !== '', 'something said', 5000);
    expect(status.textContent).to.equal('Alınmadı. Yenidən cəhd edin.');
    expect(downloads).to.deep.equal([]);
    HTMLAnchorElement.prototype.click = realClick;
  });
});
