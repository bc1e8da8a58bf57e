import { expect, fixture } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/elements/counter/define.js';
import '../../src/elements/feed/define.js';
import '../../src/elements/map/define.js';
import '../../src/elements/summary/define.js';
import '../../src/elements/timeline/define.js';
import type { StatCounter } from '../../src/elements/counter/stat-counter.js';
import type { StatMap } from '../../src/elements/map/stat-map.js';
import type { StatTimeline } from '../../src/elements/timeline/stat-timeline.js';
import { csvField, plainColors, slug } from '../../src/export/data-files.js';
import { changedFeed, smallFeed } from '../fixtures/small-feed.js';
import { serveFeed } from '../support/feed-control.js';
import { requireVisiblePage, text, until, untilState } from '../support/dom.js';

// ---------------------------------------------------------------------------------------------
// Downloads are caught at the `<a download>`'s click: its file name and the Blob behind its URL.

interface Download {
  name: string;
  blob: Blob;
}
const downloads: Download[] = [];
const blobs = new Map<string, Blob>();
const realClick = HTMLAnchorElement.prototype.click;
const realCreate = URL.createObjectURL;

before(requireVisiblePage);
before(() => {
  URL.createObjectURL = (object: Blob | MediaSource) => {
    const url = realCreate.call(URL, object);
    if (object instanceof Blob) blobs.set(url, object);
    return url;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) downloads.push({ name: this.download, blob: blobs.get(this.href)! });
    else realClick.call(this);
  };
});
after(() => {
  URL.createObjectURL = realCreate;
  HTMLAnchorElement.prototype.click = realClick;
});
beforeEach(() => void (downloads.length = 0));

let demoUrl: string;
let smallUrl: string;
before(async () => {
  const demo = (await (await fetch('/demo/data/feed.json')).json()) as object;
  demoUrl = (await serveFeed(demo, 'menu-demo')).url;
  smallUrl = (await serveFeed(smallFeed, 'menu-small')).url;
});

// ---------------------------------------------------------------------------------------------
// Helpers

const button = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="menu-button"]');
const items = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="menu-list"] [role="menuitem"]')];
const focused = (el: Element) => el.shadowRoot!.activeElement;
const isOpen = (el: Element) =>
  button(el)!.getAttribute('aria-expanded') === 'true' && !el.shadowRoot!.querySelector('[part="menu-list"]')!.hasAttribute('hidden');

async function ready<T extends HTMLElement>(el: T, drawn = ''): Promise<T> {
  await untilState(el, 'ready', 5000);
  if (drawn) await until(() => !!el.shadowRoot!.querySelector(drawn), 5000, drawn);
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

/** Picks a menu action the way a reader does: opens the menu, clicks the item; resolves with the download. */
async function choose(el: Element, label: RegExp): Promise<Download> {
  const count = downloads.length;
  button(el)!.click();
  await until(() => isOpen(el), 2000, 'an open menu');
  const item = items(el).find((i) => label.test(i.textContent!))!;
  expect(item, `a menu item ${label}`).to.exist;
  item.click();
  await until(() => downloads.length > count, 5000, 'a download');
  return downloads[downloads.length - 1]!;
}

/** RFC 4180 parsing, enough for the tests: quoted fields, doubled quotes, CRLF. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') ((field += '"'), i++);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(field), (field = ''));
    else if (c === '\r' && csv[i + 1] === '\n') {
      (row.push(field), rows.push(row), (row = []), (field = ''), i++);
    } else field += c;
  }
  if (field || row.length) (row.push(field), rows.push(row));
  return rows;
}

async function csvOf(download: Download): Promise<{ bom: boolean; rows: string[][]; data: string[][]; footer: string[] }> {
  const bytes = new Uint8Array(await download.blob.arrayBuffer());
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const rows = parseCsv(new TextDecoder().decode(bytes)); // TextDecoder drops the BOM.
  const blank = rows.findIndex((r) => r.length === 1 && r[0] === '');
  return { bom, rows, data: rows.slice(0, blank), footer: rows.slice(blank + 1).map((r) => r.join(',')) };
}

/** "4,308" → "4308", "−12" → "-12", "6.0%" → "6", "No data" → "" (what a CSV cell holds for the same number). */
const plain = (shown: string) => {
  if (shown === 'No data' || shown === '') return '';
  const number = Number(
    shown
      .replace(/,/g, '')
      .replace('−', '-')
      .replace(/[+%\s]/g, ''),
  );
  expect(Number.isFinite(number), `a number: "${shown}"`).to.equal(true);
  return String(number);
};

// ---------------------------------------------------------------------------------------------

describe('data menu: keyboard and pointer', () => {
  it('is one Tab stop: from the control before the widget, Tab reaches the menu button, then the control after', async () => {
    const root = await fixture<HTMLElement>(`<div><button id="before">before</button>
      <stat-counter src="${smallUrl}" metric="teachers" show-delta></stat-counter><button id="after">after</button></div>`);
    const counter = await ready(root.querySelector<StatCounter>('stat-counter')!);
    root.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(counter);
    expect(focused(counter)).to.equal(button(counter));
    expect(button(counter)!.getAttribute('aria-label')).to.equal('Get the data');
    expect(button(counter)!.getAttribute('aria-haspopup')).to.equal('menu');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement!.id).to.equal('after');
  });

  it('Enter and Space open it at the first item; arrows, Home and End move; Escape closes and gives the focus back', async () => {
    const counter = await ready(await fixture<StatCounter>(`<stat-counter src="${smallUrl}" metric="teachers"></stat-counter>`));
    button(counter)!.focus();
    expect(isOpen(counter)).to.equal(false);
    await sendKeys({ press: 'Enter' });
    await until(() => focused(counter) === items(counter)[0], 2000, 'the first item focused');
    expect(isOpen(counter)).to.equal(true);
    expect(items(counter).map((i) => i.textContent!.trim())).to.deep.equal([
      'Download data (CSV)',
      'Download image (SVG)',
      'Download image (PNG)',
      'Copy embed code',
    ]);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(counter)).to.equal(items(counter)[1]);
    await sendKeys({ press: 'End' });
    expect(focused(counter)).to.equal(items(counter)[3]);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(counter), 'wraps to the first').to.equal(items(counter)[0]);
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(counter), 'wraps to the last').to.equal(items(counter)[3]);
    await sendKeys({ press: 'Home' });
    expect(focused(counter)).to.equal(items(counter)[0]);
    await sendKeys({ press: 'Escape' });
    await counter.updateComplete;
    expect(isOpen(counter)).to.equal(false);
    expect(focused(counter)).to.equal(button(counter));
    await sendKeys({ press: 'Space' });
    await until(() => focused(counter) === items(counter)[0], 2000, 'Space opens it');
    await sendKeys({ press: 'Escape' });
    await counter.updateComplete;
    await sendKeys({ press: 'ArrowUp' });
    await until(() => focused(counter) === items(counter)[3], 2000, 'ArrowUp on the button opens it at the last item');
  });

  it('items are not Tab stops; Tab from an open menu closes it', async () => {
    const root = await fixture<HTMLElement>(`<div><stat-counter src="${smallUrl}" metric="teachers"></stat-counter><button id="after">after</button></div>`);
    const counter = await ready(root.querySelector<StatCounter>('stat-counter')!);
    for (const item of items(counter)) expect(item.tabIndex).to.equal(-1);
    button(counter)!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => isOpen(counter));
    await sendKeys({ press: 'Tab' });
    await counter.updateComplete;
    expect(isOpen(counter)).to.equal(false);
  });

  it('a click outside closes it; a click on the button toggles it', async () => {
    const root = await fixture<HTMLElement>(
      `<div style="padding:40px 0"><p id="outside">outside</p><stat-counter src="${smallUrl}" metric="teachers"></stat-counter></div>`,
    );
    const counter = await ready(root.querySelector<StatCounter>('stat-counter')!);
    button(counter)!.click();
    await until(() => isOpen(counter));
    const box = root.querySelector('#outside')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + 5), Math.round(box.top + 5)] });
    await counter.updateComplete;
    expect(isOpen(counter)).to.equal(false);
    button(counter)!.click();
    await until(() => isOpen(counter));
    button(counter)!.click();
    await counter.updateComplete;
    expect(isOpen(counter)).to.equal(false);
  });

  it('no-menu hides it, also when set later; taking it off brings it back', async () => {
    const counter = await ready(await fixture<StatCounter>(`<stat-counter src="${smallUrl}" metric="teachers" no-menu></stat-counter>`));
    expect(button(counter)).to.equal(null);
    expect(counter.shadowRoot!.querySelector('[part="menu"]')).to.equal(null);
    counter.noMenu = false;
    await counter.updateComplete;
    expect(button(counter)).to.exist;
    counter.setAttribute('no-menu', '');
    await counter.updateComplete;
    expect(button(counter)).to.equal(null);
  });

  it('is not reachable while the widget is loading', async () => {
    const counter = await fixture<StatCounter>(`<stat-counter src="/__feed/never-${Date.now()}" metric="teachers"></stat-counter>`);
    await counter.updateComplete;
    if (counter.getAttribute('state') === 'loading') {
      expect(counter.shadowRoot!.querySelector('[part="menu"]')!.hasAttribute('inert')).to.equal(true);
    }
  });

  it('with theme="dark": axe finds nothing wrong with the menu open (its colours come from the theme)', async () => {
    const root = await fixture<HTMLElement>(
      `<div style="background:#000;padding:8px"><stat-counter theme="dark" src="${smallUrl}" metric="teachers"></stat-counter></div>`,
    );
    const counter = await ready(root.querySelector<StatCounter>('stat-counter')!);
    button(counter)!.click();
    await until(() => isOpen(counter));
    const list = counter.shadowRoot!.querySelector('[part="menu-list"]')!;
    expect(getComputedStyle(list).backgroundColor).to.not.equal('rgb(255, 255, 255)');
    await expect(counter).to.be.accessible();
  });

  it('speaks the language of the widget', async () => {
    const az = await ready(await fixture<StatCounter>(`<stat-counter lang="az" src="${smallUrl}" metric="teachers"></stat-counter>`));
    expect(button(az)!.getAttribute('aria-label')).to.equal('Məlumatları əldə et');
    expect(items(az)[0]!.textContent!.trim()).to.equal('Məlumatları yüklə (CSV)');
    az.lang = 'ru';
    await az.updateComplete;
    expect(button(az)!.getAttribute('aria-label')).to.equal('Получить данные');
    expect(items(az)[3]!.textContent!.trim()).to.equal('Копировать код для вставки');
  });

  for (const [name, markup, drawn] of [
    ['counter', () => `<stat-counter src="${smallUrl}" metric="teachers" show-delta></stat-counter>`, ''],
    ['map', () => `<stat-map src="${demoUrl}" metric="teachers"></stat-map>`, '[part~="region"]'],
    ['timeline', () => `<stat-timeline src="${smallUrl}"></stat-timeline>`, '[part="line"]'],
  ] as const) {
    it(`${name}: axe finds nothing wrong with the menu open`, async () => {
      const root = await fixture<HTMLElement>(`<div style="width:700px;padding-top:200px">${markup()}</div>`);
      const el = await ready(root.firstElementChild as HTMLElement, drawn);
      button(el)!.click();
      await until(() => isOpen(el));
      await expect(el).to.be.accessible();
    });
  }
});

describe('data menu: CSV', () => {
  // The counter's number counts up when seen: read the DOM once it has stopped.
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('csvField quotes per RFC 4180 and defuses formulas', () => {
    expect(csvField(null)).to.equal('');
    expect(csvField(-12.5)).to.equal('-12.5');
    expect(csvField(4308)).to.equal('4308');
    expect(csvField('a, b')).to.equal('"a, b"');
    expect(csvField('say "hi"')).to.equal('"say ""hi"""');
    expect(csvField('two\nlines')).to.equal('"two\nlines"');
    expect(csvField('=HYPERLINK("x")')).to.equal(`"'=HYPERLINK(""x"")"`);
    for (const start of ['+', '-', '@']) expect(csvField(`${start}1`)).to.equal(`'${start}1`);
    expect(slug('Teachers by district, 2024')).to.equal('teachers-by-district-2024');
    expect(slug('Müəllimlər rayonlar üzrə, 2024')).to.equal('müəllimlər-rayonlar-üzrə-2024');
    expect(slug('«»')).to.equal('data');
  });

  it('plainColors writes computed colour() values as rgb(), which every SVG viewer reads', () => {
    expect(plainColors('color(srgb 0.133333 0.133333 0.133333)')).to.equal('rgb(34, 34, 34)');
    expect(plainColors('fill:color(srgb 1 0 0 / 0.5);stroke:rgb(1, 2, 3)')).to.equal('fill:rgba(255, 0, 0, 0.5);stroke:rgb(1, 2, 3)');
  });

  it('counter: the row holds the number, change, region and period it shows, then the source', async () => {
    const counter = await ready(await fixture<StatCounter>(`<stat-counter src="${smallUrl}" metric="teachers" show-delta></stat-counter>`));
    await until(() => text(counter, 'value') === '4,308', 3000, 'the final number');
    const download = await choose(counter, /CSV/);
    expect(download.name).to.equal('teachers.csv');
    expect(download.blob.type).to.match(/^text\/csv/);
    const { bom, data, footer } = await csvOf(download);
    expect(bom, 'UTF-8 with a byte-order mark').to.equal(true);
    expect(data[0]).to.deep.equal(['Indicator', 'Region', 'Period', 'Value', 'Change']);
    expect(data.length).to.equal(2);
    const [label, region, period, value, change] = data[1]!;
    // What the reader sees: "Teachers", "4,308", "+128 since 2023".
    expect(label).to.equal(text(counter, 'label'));
    expect(value).to.equal(plain(text(counter, 'value')!));
    expect(change).to.equal(plain(text(counter, 'delta')!.split(' ')[0]!));
    expect(region).to.equal('Azerbaijan');
    expect(period).to.equal('2024');
    expect(footer[0]).to.equal('Source: Test office https://example.org/source');
    expect(footer.join('\n')).to.contain('Test programme');
  });

  it('counter: a flow total says which periods it sums; no change column without show-delta', async () => {
    const counter = await ready(await fixture<StatCounter>(`<stat-counter src="${smallUrl}" metric="projects"></stat-counter>`));
    await until(() => text(counter, 'value') === '1,700', 3000, 'the final number');
    const { data } = await csvOf(await choose(counter, /CSV/));
    expect(data).to.deep.equal([
      ['Indicator', 'Region', 'Period', 'Value'],
      ['Projects', 'Azerbaijan', '2022–2024', '1700'],
    ]);
  });

  it('counter: in Russian, the headings and the credit are Russian, the numbers plain', async () => {
    const counter = await ready(await fixture<StatCounter>(`<stat-counter lang="ru" src="${smallUrl}" metric="teachers"></stat-counter>`));
    const { data, footer } = await csvOf(await choose(counter, /CSV/));
    expect(data[0]).to.deep.equal(['Показатель', 'Территория', 'Период', 'Значение']);
    expect(data[1]).to.deep.equal(['Учителя', 'Azerbaijan', '2024', '4308']);
    expect(footer[0]).to.match(/^Источник: Test office/);
  });

  it('map: one row per area the table lists, with the value and share it shows', async () => {
    const root = await fixture<HTMLElement>(`<div style="width:700px"><stat-map src="${demoUrl}" metric="teachers"></stat-map></div>`);
    const map = await ready(root.querySelector<StatMap>('stat-map')!, '[part~="region"]');
    map.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
    await map.updateComplete;
    const shown = [...map.shadowRoot!.querySelectorAll('[part="table"] tbody tr')].map((tr) => [...tr.children].map((cell) => cell.textContent!.trim()));
    expect(shown.length).to.be.greaterThan(50);
    const download = await choose(map, /CSV/);
    expect(download.name).to.match(/^teachers-by-district-\d{4}\.csv$/);
    const { data, footer } = await csvOf(download);
    expect(data[0]).to.deep.equal(['Area', 'Teachers', 'Share (%)']);
    expect(data.slice(1)).to.deep.equal(shown.map(([name, value, share]) => [name, plain(value!), plain(share!)]));
    expect(footer[0]).to.match(/^Source: /);
  });

  it('map: strings that look like formulas are defused; names with commas are quoted', async () => {
    const feed = changedFeed((doc) => {
      doc.metrics.push({ id: 'odd', label: { en: '=SUM(A1)', az: '=SUM(A1)', ru: '=SUM(A1)' }, kind: 'stock' });
    });
    const { url } = await serveFeed(feed, 'menu-odd');
    const timeline = await ready(
      await fixture<StatTimeline>(`<div style="width:600px"><stat-timeline src="${url}" metrics="teachers,odd"></stat-timeline></div>`).then(
        (d) => d.firstElementChild as StatTimeline,
      ),
    );
    const { data } = await csvOf(await choose(timeline, /CSV/));
    expect(data[0]).to.deep.equal(['Period', 'Teachers', "'=SUM(A1)"]);
  });

  it('timeline: one row per period, one column per series drawn, as its table shows; a hidden series is left out', async () => {
    const root = await fixture<HTMLElement>(`<div style="width:700px"><stat-timeline src="${smallUrl}"></stat-timeline></div>`);
    const timeline = await ready(root.querySelector<StatTimeline>('stat-timeline')!, '[part="line"]');
    timeline.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
    await timeline.updateComplete;
    const table = timeline.shadowRoot!.querySelector('[part="table"]')!;
    const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    const shown = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((cell) => cell.textContent!.trim()));
    const { data, footer } = await csvOf(await choose(timeline, /CSV/));
    expect(data[0]).to.deep.equal(heads);
    expect(data.slice(1)).to.deep.equal(shown.map(([period, ...values]) => [period!, ...values.map(plain)]));
    expect(footer[0]).to.equal('Source: Test office https://example.org/source');

    timeline.shadowRoot!.querySelector<HTMLButtonElement>('[part="legend-item"][data-metric="schools"]')!.click();
    await timeline.updateComplete;
    const after = await csvOf(await choose(timeline, /CSV/));
    expect(after.data[0]).to.deep.equal(['Period', 'Teachers', 'Projects']);
  });
});

describe('data menu: images', () => {
  const parse = async (download: Download) => {
    const doc = new DOMParser().parseFromString(await download.blob.text(), 'image/svg+xml');
    expect(doc.querySelector('parsererror'), 'well-formed SVG').to.equal(null);
    return doc;
  };
  const words = (doc: Document) => [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' ');

  it('map: the SVG has the title, the drawing, every legend entry and the credit line, styles inlined', async () => {
    const root = await fixture<HTMLElement>(`<div style="width:700px"><stat-map src="${demoUrl}" metric="teachers"></stat-map></div>`);
    const map = await ready(root.querySelector<StatMap>('stat-map')!, '[part~="region"]');
    const download = await choose(map, /SVG/);
    expect(download.name).to.match(/\.svg$/);
    expect(download.blob.type).to.equal('image/svg+xml');
    const doc = await parse(download);
    const all = words(doc);
    expect(all).to.contain(text(map, 'title'));
    const legend = [...map.shadowRoot!.querySelectorAll('[part="legend"] li')].map((li) => li.textContent!.trim());
    expect(legend.length).to.be.greaterThan(2);
    for (const entry of legend) expect(all).to.contain(entry);
    expect(all).to.contain('Source: ');
    expect(all).to.contain('Natural Earth');
    const paths = doc.querySelectorAll('svg svg path[d]');
    expect(paths.length).to.be.greaterThan(78);
    // Colours are written out: nothing depends on the page's custom properties.
    const fills = [...paths].map((p) => p.getAttribute('style') ?? '');
    expect(fills.some((s) => /fill:\s*rgb\(/.test(s))).to.equal(true);
    expect(doc.documentElement.outerHTML).to.not.contain('var(--');
    expect(doc.documentElement.outerHTML).to.not.contain('color(srgb');
  });

  it('timeline: the SVG has the series in its legend and the credit line', async () => {
    const root = await fixture<HTMLElement>(`<div style="width:700px"><stat-timeline src="${smallUrl}"></stat-timeline></div>`);
    const timeline = await ready(root.querySelector<StatTimeline>('stat-timeline')!, '[part="line"]');
    const doc = await parse(await choose(timeline, /SVG/));
    const all = words(doc);
    for (const series of ['Teachers', 'Schools', 'Projects', 'Conference']) expect(all).to.contain(series);
    expect(all).to.contain('Source: Test office https://example.org/source');
    expect(doc.querySelectorAll('svg svg path').length).to.be.greaterThan(2);
  });

  it('counter: the SVG has the label, the final number (also while it counts up), the change and the credit line', async () => {
    const counter = await ready(await fixture<StatCounter>(`<stat-counter src="${smallUrl}" metric="teachers" show-delta></stat-counter>`));
    const doc = await parse(await choose(counter, /SVG/));
    const all = words(doc);
    for (const shown of [text(counter, 'label')!, '4,308', text(counter, 'delta')!]) expect(all).to.contain(shown);
    expect(all).to.contain('Source: Test office https://example.org/source');
  });

  it('PNG: a non-empty image/png, twice the SVG size, that decodes', async () => {
    const root = await fixture<HTMLElement>(`<div style="width:600px"><stat-timeline src="${smallUrl}"></stat-timeline></div>`);
    const timeline = await ready(root.querySelector<StatTimeline>('stat-timeline')!, '[part="line"]');
    const svg = await (await choose(timeline, /SVG/)).blob.text();
    const size = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
    const png = await choose(timeline, /PNG/);
    expect(png.name).to.match(/\.png$/);
    expect(png.blob.type).to.equal('image/png');
    expect(png.blob.size).to.be.greaterThan(1000);
    const bitmap = await createImageBitmap(png.blob);
    const scale = Math.max(2, devicePixelRatio);
    expect(bitmap.width).to.equal(Math.round(Number(size.getAttribute('width')) * scale));
    expect(bitmap.height).to.equal(Math.round(Number(size.getAttribute('height')) * scale));
    // Not blank: some pixels differ from the first one.
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let differ = 0;
    for (let i = 0; i < pixels.length; i += 4 * 97) if (pixels[i] !== pixels[0]) differ++;
    expect(differ).to.be.greaterThan(10);
  });
});

describe('data menu: embed code', () => {
  const realWrite = navigator.clipboard?.writeText;
  afterEach(() => {
    if (navigator.clipboard) navigator.clipboard.writeText = realWrite!;
  });

  it('copies the script and the element, with the feed’s absolute URL, and says "Copied"', async () => {
    let copied = '';
    navigator.clipboard.writeText = async (code: string) => void (copied = code);
    const counter = await ready(await fixture<StatCounter>(`<stat-counter src="${smallUrl}" metric="teachers" show-delta></stat-counter>`));
    button(counter)!.click();
    await until(() => isOpen(counter));
    items(counter)[3]!.click();
    await until(() => copied !== '', 3000, 'the clipboard written');
    expect(copied).to.match(/<script[^>]+src="[^"]+\.js"><\/script>/);
    expect(copied).to.contain(`<stat-counter src="${new URL(smallUrl, location.href).href}"`);
    expect(copied).to.contain('metric="teachers"');
    expect(copied).to.contain('show-delta');
    await until(() => counter.shadowRoot!.querySelector('[role="status"]')!.textContent === 'Copied', 2000, '"Copied" said');
    expect(focused(counter)).to.equal(button(counter));
  });

  it('without the Clipboard API, copies through a selected textarea, or leaves it selected to copy by hand', async () => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    const counter = await ready(await fixture<StatCounter>(`<stat-counter src="${smallUrl}" metric="teachers"></stat-counter>`));
    button(counter)!.click();
    await until(() => isOpen(counter));
    items(counter)[3]!.click();
    const status = () => counter.shadowRoot!.querySelector('[role="status"]')!.textContent;
    await until(() => status() !== '', 3000, 'something said');
    const area = counter.shadowRoot!.querySelector('textarea');
    if (status() === 'Copied') expect(area).to.equal(null);
    else {
      expect(status()).to.equal('Press Ctrl+C to copy the embed code');
      expect(area!.value).to.contain('<stat-counter');
      expect(focused(counter)).to.equal(area);
    }
  });
});

describe('data menu: summary', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('shows one menu, not one per counter; its CSV and SVG hold the numbers of every counter', async () => {
    const root = await fixture<HTMLElement>(`<div style="width:900px"><stat-summary src="${smallUrl}"></stat-summary></div>`);
    const summary = await ready(root.querySelector<HTMLElement>('stat-summary')!);
    const counters = [...summary.shadowRoot!.querySelectorAll<StatCounter>('stat-counter')];
    expect(counters.length).to.equal(3);
    for (const counter of counters) await ready(counter);
    expect(counters.map((c) => button(c))).to.deep.equal([null, null, null]);
    expect(button(summary)).to.exist;
    const shown = counters.map((c) => [text(c, 'label')!, plain(text(c, 'value')!)]);
    const { data, footer } = await csvOf(await choose(summary, /CSV/));
    const value = data[0]!.indexOf('Value');
    expect(data.slice(1).map((row) => [row[0], row[value]])).to.deep.equal(shown);
    expect(footer[0]).to.equal('Source: Test office https://example.org/source');
    const svg = new DOMParser().parseFromString(await (await choose(summary, /SVG/)).blob.text(), 'image/svg+xml');
    expect(svg.querySelector('parsererror')).to.equal(null);
    const all = [...svg.querySelectorAll('text')].map((t) => t.textContent).join(' ');
    for (const counter of counters) for (const part of ['label', 'value']) expect(all).to.contain(text(counter, part)!);
    expect(all).to.contain('Test programme');
    expect(all).to.contain('Source: Test office');
  });
});
