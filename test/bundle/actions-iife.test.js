// The drop-in bundle's "Get the data" actions: not inside dist/stat-widgets.iife.js but in
// dist/stat-widgets.actions.js, beside it, imported when a reader first picks an action. On a
// page with only the built bundle (plain JS, served untouched): the file is fetched then and not
// before, the CSV downloads, and strings added with StatWidgets.addLanguage, before and after
// the file loaded, reach what the actions write and say.
import { expect } from '@open-wc/testing';
import { loadScript, until } from './page.js';

/** Requests for the actions file so far. */
const actionsFetched = () => performance.getEntriesByType('resource').filter((e) => /\/stat-widgets\.actions\.js$/.test(e.name));

// Downloads are caught at the <a download>'s click: its file name and the Blob behind its URL.
const downloads = [];
const blobs = new Map();
const realClick = HTMLAnchorElement.prototype.click;
const realCreate = URL.createObjectURL;

describe('the data menu of dist/stat-widgets.iife.js (actions in dist/stat-widgets.actions.js)', () => {
  const errors = [];
  const onError = (event) => errors.push(event.error ?? event.message);
  let counter;

  before(async () => {
    window.addEventListener('error', onError);
    URL.createObjectURL = (object) => {
      const url = realCreate.call(URL, object);
      if (object instanceof Blob) blobs.set(url, object);
      return url;
    };
    HTMLAnchorElement.prototype.click = function () {
      if (this.download) downloads.push({ name: this.download, blob: blobs.get(this.href) });
      else realClick.call(this);
    };
    document.body.insertAdjacentHTML(
      'beforeend',
      `<stat-counter lang="tr" src="/demo/data/feed.json" metric="teachers" style="--stat-duration:0s"></stat-counter>`,
    );
    counter = document.querySelector('stat-counter');
    await loadScript('/dist/stat-widgets.iife.js');
    await until(() => counter.getAttribute('state') === 'ready', 'the counter ready');
  });
  after(() => {
    window.removeEventListener('error', onError);
    URL.createObjectURL = realCreate;
    HTMLAnchorElement.prototype.click = realClick;
    counter.remove();
  });

  const shadow = () => counter.shadowRoot;
  async function choose(label) {
    shadow().querySelector('[part="menu-button"]').click();
    await until(() => !shadow().querySelector('[part="menu-list"]').hidden, 'the menu open');
    const item = [...shadow().querySelectorAll('[role="menuitem"]')].find((i) => i.textContent.trim() === label);
    expect(item, `a menu item "${label}"`).to.exist;
    item.click();
  }

  it('fetches nothing for the actions until one is chosen; "Download data (CSV)" then loads them once and downloads the CSV, in a language added on the page', async () => {
    expect(performance.getEntriesByType('resource').some((e) => /\/stat-widgets\.iife\.js$/.test(e.name))).to.equal(true);
    expect(actionsFetched(), 'the actions file before any action').to.have.length(0);

    // Turkish: the menu's label (in the bundle) and the CSV's credit line (in the actions file).
    StatWidgets.addLanguage('tr', { downloadCsv: 'Verileri indir (CSV)', source: 'Kaynak' });
    await until(() => [...shadow().querySelectorAll('[role="menuitem"]')].some((i) => i.textContent.trim() === 'Verileri indir (CSV)'), 'the Turkish label');
    await choose('Verileri indir (CSV)');
    await until(() => downloads.length === 1, 'a download');

    expect(actionsFetched(), 'the actions file once chosen').to.have.length(1);
    expect(new URL(actionsFetched()[0].name).pathname).to.equal('/dist/stat-widgets.actions.js');
    const { name, blob } = downloads[0];
    expect(name).to.match(/\.csv$/);
    expect(blob.type).to.equal('text/csv;charset=utf-8');
    const csv = await blob.text();
    const lines = csv.replace(/^\ufeff/, '').split('\r\n');
    expect(lines[0]).to.match(/^[^,]+,[^,]+,[^,]+,[^,]+/); // a header row
    expect(
      lines.some((l) => /,4308(,|$)/.test(l)),
      csv,
    ).to.equal(true);
    expect(
      lines.some((l) => /^"?Kaynak: /.test(l)),
      csv,
    ).to.equal(true);
    expect(csv).not.to.match(/\bSource: /);
    expect(errors).to.deep.equal([]);
  });

  it('a language added after the actions loaded reaches them too: "Copy embed code" says the added word, and its snippet loads the bundle', async () => {
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (code) => void (copied = code) } });
    try {
      StatWidgets.addLanguage('tr', { copyEmbed: 'Yerleştirme kodunu kopyala', copied: 'Kopyalandı' });
      await until(
        () => [...shadow().querySelectorAll('[role="menuitem"]')].some((i) => i.textContent.trim() === 'Yerleştirme kodunu kopyala'),
        'the Turkish label',
      );
      await choose('Yerleştirme kodunu kopyala');
      const status = () => shadow().querySelector('.data-menu [role="status"]').textContent;
      await until(() => status() !== '', 'the announcement');
      expect(status()).to.equal('Kopyalandı');
      expect(copied).to.contain(
        `<link rel="preload" as="script" href="${location.origin}/dist/stat-widgets.iife.js"><script defer src="${location.origin}/dist/stat-widgets.js"></script>`,
      );
      expect(copied).to.match(/<stat-counter [^>]*metric="teachers"/);
      expect(actionsFetched(), 'the actions file, still fetched once').to.have.length(1);
      expect(errors).to.deep.equal([]);
    } finally {
      delete (/** @type {{ clipboard?: unknown }} */ (navigator).clipboard);
    }
  });
});
