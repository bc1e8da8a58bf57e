/**
 * Languages (issue 5, part 5): every catalogue complete in az and ru; a walk over every string a
 * reader sees or hears in each widget, in each state, in en, az and ru (no English left in az and
 * ru); `lang` switched at run time; a language added with `addLanguage`.
 */
import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/feed/define.js';
import '../../src/elements/counter/define.js';
import '../../src/elements/map/define.js';
import '../../src/elements/timeline/define.js';
import '../../src/elements/summary/define.js';
// Catalogues in chunks loaded later (each catalogue module must be imported here to be checked).
import '../../src/export/strings.js';
import { StatMap } from '../../src/elements/map/stat-map.js';
import { addLanguage, registerStrings } from '../../src/index.js';
import * as iifeNames from '../../src/all.js';
import { catalogue, catalogues, type Catalogue } from '../../src/format/strings.js';
import { formatNumber, formatTime } from '../../src/format/number.js';
import { smallFeed } from '../fixtures/small-feed.js';
import { serveFeed, setFeed } from '../support/feed-control.js';
import { requireVisiblePage, sleep, state, text, until, untilState } from '../support/dom.js';

const GEO = '/src/geo/azerbaijan-regions.topo.json';
const LANGS = ['en', 'az', 'ru'] as const;
type Lang = (typeof LANGS)[number];

/** Strings that are rightly the same in a language as in English: none so far (`{value}%` has no letters to translate). */
const SAME: Readonly<Record<string, readonly string[]>> = { az: [], ru: [] };

const letters = /\p{L}/u;
/** The literal pieces of a template, without placeholders, trimmed of spaces and punctuation at both ends, that hold a letter. */
const pieces = (template: string) =>
  template
    .split(/\{\w+\}/)
    .map((piece) => piece.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter((piece) => letters.test(piece));
const placeholders = (template: string) => (template.match(/\{\w+\}/g) ?? []).sort();
const entries = (c: Catalogue<object>, lang: string) => Object.entries(c.pick(lang)) as [string, string][];

before(requireVisiblePage);
before(() => {
  // Numbers show at once (no count-up): the tests read them.
  const style = document.createElement('style');
  style.textContent = ':root { --stat-duration: 0s }';
  document.head.append(style);
});

// ---------------------------------------------------------------------------------------------

describe('catalogues', () => {
  it('are all registered: the shared one, the map’s, the timeline’s, the summary’s, the data menu’s and its actions’', () => {
    const english = catalogues.map((c) => c.en as Record<string, string>);
    expect(english.some((en) => en['loading'] === 'Loading…')).to.equal(true);
    expect(english.some((en) => 'mapKeys' in en)).to.equal(true);
    expect(english.some((en) => 'timelineKeys' in en)).to.equal(true);
    expect(english.some((en) => 'keyFigures' in en)).to.equal(true);
    expect(english.some((en) => 'getData' in en)).to.equal(true);
    expect(english.some((en) => 'copied' in en)).to.equal(true);
  });

  for (const lang of ['az', 'ru'])
    it(`have every key in ${lang}, not empty, translated, with the same placeholders`, () => {
      for (const c of catalogues) {
        const own = c.pick(lang) as Record<string, string>;
        expect(own, `a catalogue without ${lang}`).not.to.equal(c.en);
        for (const [key, en] of entries(c, 'en')) {
          const value = own[key];
          expect(value, `${lang}.${key}`).to.be.a('string').and.not.equal('');
          expect(placeholders(value!), `${lang}.${key} placeholders`).to.deep.equal(placeholders(en));
          if (letters.test(en.replace(/\{\w+\}/g, '')) && !SAME[lang]!.includes(key)) expect(value, `${lang}.${key} is English`).not.to.equal(en);
        }
      }
    });

  it('use each key for one meaning: a key in two catalogues says the same (addLanguage takes one flat object)', () => {
    const seen = new Map<string, string>();
    for (const c of catalogues)
      for (const [key, en] of entries(c, 'en')) {
        if (seen.has(key)) expect(en, key).to.equal(seen.get(key));
        seen.set(key, en);
      }
  });
});

// ---------------------------------------------------------------------------------------------
// The walk: every string a reader sees or hears, from the shadow roots (and those inside them).

const NAMED = ['aria-label', 'aria-description', 'aria-valuetext', 'aria-roledescription', 'title', 'alt', 'placeholder'];

/** Text nodes and accessible names under a widget's shadow root, nested shadow roots included. */
function said(el: Element): string[] {
  const out: string[] = [];
  const visit = (node: Node) => {
    if (node instanceof Element) {
      if (node.localName === 'style') return;
      for (const name of NAMED) {
        const value = node.getAttribute(name);
        if (value) out.push(value);
      }
      if (node.shadowRoot) visit(node.shadowRoot);
    } else if (node.nodeType === Node.TEXT_NODE) {
      const value = node.textContent!.replace(/\s+/g, ' ').trim();
      if (value) out.push(value);
    }
    node.childNodes.forEach(visit);
  };
  visit(el.shadowRoot!);
  return out;
}

/** Every English UI string (pieces of the en templates), with the catalogue key it comes from. */
function englishPieces(): [key: string, piece: string][] {
  return catalogues.flatMap((c) => entries(c, 'en').flatMap(([key, en]) => pieces(en).map((piece) => [key, piece] as [string, string])));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A piece as a whole word or words, in any case. */
const wordsIn = (piece: string, texts: readonly string[]) => {
  const pattern = new RegExp(`(^|[^\\p{L}])${escape(piece)}([^\\p{L}]|$)`, 'iu');
  return texts.filter((t) => pattern.test(t));
};

/** English left in `texts` (empty in English itself by construction). */
function english(texts: readonly string[]): string[] {
  return englishPieces().flatMap(([key, piece]) => wordsIn(piece, texts).map((t) => `${key} "${piece}" in "${t}"`));
}

/**
 * Latin words in Russian text: a string written in a template, not in a catalogue, shows here
 * (the catalogue check above cannot see it). Allowed: key names, file formats, proper names, and
 * the metric's id from the page's markup (`teachers`), the only name a widget has for it when the
 * feed never came.
 */
const LATIN_IN_RU = new Set(['Enter', 'Escape', 'Home', 'End', 'Ctrl', 'C', 'CSV', 'SVG', 'PNG', 'Natural', 'Earth', 'eTwinning', 'Plus', 'teachers']);
function latin(texts: readonly string[]): string[] {
  return texts.flatMap((t) => (t.match(/[A-Za-z]+/g) ?? []).filter((word) => !LATIN_IN_RU.has(word)).map((word) => `"${word}" in "${t}"`));
}

/** In az and ru: no English UI string, and in ru no Latin word but key names and proper names. */
function noEnglish(lang: Lang, texts: readonly string[]): void {
  if (lang === 'en') return;
  expect(english(texts), 'English UI strings').to.deep.equal([]);
  if (lang === 'ru') expect(latin(texts), 'Latin words').to.deep.equal([]);
}

/** The strings of `lang` for keys of any catalogue, by key. */
function stringOf(lang: string, key: string): string {
  for (const c of catalogues) {
    const value = (c.pick(lang) as Record<string, string>)[key];
    if (value !== undefined) return value;
  }
  throw new Error(`no key ${key}`);
}

/** Fails for each key whose string (its literal pieces) is not in `texts`. */
function expectPresent(texts: readonly string[], lang: string, keys: readonly string[], where: string): void {
  const all = texts.join('\n');
  for (const key of keys)
    for (const piece of pieces(stringOf(lang, key))) expect(all.includes(piece), `${where}: ${lang}.${key} "${piece}" in:\n${all}`).to.equal(true);
}

/** The demo feed without the events' summaries (given in English only: feed text falls back to English by design, and is not UI). */
async function demoFeed(): Promise<Record<string, unknown> & { events: Record<string, unknown>[] }> {
  const feed = (await (await fetch('/demo/data/feed.json')).json()) as Record<string, unknown> & { events: Record<string, unknown>[] };
  for (const event of feed.events) delete event.summary;
  return feed;
}

/** Counters over the small feed: a change, no change, an older period, no data. */
function counterFeed() {
  const feed = structuredClone(smallFeed) as typeof smallFeed & { observations: Record<string, unknown>[] };
  feed.observations.push({ period: '2023', region: 'N1', teachers: 100 }); // S2 has no teachers in 2024.
  delete (feed as { title?: unknown }).title; // The summary's list is then named "Key figures".
  return feed;
}

const COUNTERS = (url: string, more = '') => `
  <stat-counter src="${url}" ${more} metric="teachers" show-delta></stat-counter>
  <stat-counter src="${url}" ${more} metric="teachers" region="N1" show-delta></stat-counter>
  <stat-counter src="${url}" ${more} metric="teachers" period="2023" show-delta></stat-counter>
  <stat-counter src="${url}" ${more} metric="teachers" region="S2"></stat-counter>`;

const widgets = (root: Element) => [...root.querySelectorAll('stat-counter, stat-summary, stat-map, stat-timeline')];

/** A page of every widget in `lang` on the feeds `counters` and `demo`. */
async function page(lang: Lang, counters: string, demo: string, more = ''): Promise<HTMLElement> {
  return fixture<HTMLElement>(`<div lang="${lang}" style="width:800px">
    ${COUNTERS(counters, more)}
    <stat-summary src="${counters}" ${more} show-delta></stat-summary>
    <stat-map src="${demo}" ${more} metric="teachers"></stat-map>
    <stat-map src="${demo}" ${more} metric="teachers" level="economic-region"></stat-map>
    <stat-timeline src="${demo}" ${more}></stat-timeline>
  </div>`);
}

const all = (root: Element) => widgets(root).flatMap(said);

/** Maps and timelines draw when they come near the viewport: each is scrolled to, and drawn. */
async function drawn(root: Element): Promise<void> {
  for (const el of root.querySelectorAll('stat-map, stat-timeline')) {
    el.scrollIntoView();
    await until(() => !!el.shadowRoot!.querySelector('[part~="region"], [part="plot"]'), 4000, `${el.localName} drawn`);
  }
}

describe('every UI string of every widget, in en, az and ru', function () {
  this.timeout(30000);
  let defaultGeo: string;
  before(() => {
    defaultGeo = StatMap.defaultGeo;
    StatMap.defaultGeo = new URL(GEO, location.href).href; // The built-in geometry, with its credit line.
  });
  after(() => (StatMap.defaultGeo = defaultGeo));

  for (const lang of LANGS) {
    it(`${lang}: loading`, async () => {
      const { name } = await serveFeed({}, 'lang-hang');
      await setFeed(name, { mode: 'hang' });
      const root = await page(lang, `/__feed/${name}`, `/__feed/${name}`);
      await sleep(100);
      for (const el of widgets(root)) expect(state(el), el.localName).to.equal('loading');
      const texts = all(root);
      expectPresent(texts, lang, ['loading'], 'loading');
      noEnglish(lang, texts);
    });

    it(`${lang}: ready, with the tables shown, a region focused, playing, an event card and a hidden series`, async () => {
      const counters = (await serveFeed(counterFeed(), 'lang-counters')).url;
      const demo = (await serveFeed(await demoFeed(), 'lang-demo')).url;
      const root = await page(lang, counters, demo);
      const [map, regions] = root.querySelectorAll('stat-map');
      const timeline = root.querySelector('stat-timeline')!;
      await until(() => widgets(root).every((el) => state(el) === 'ready'), 6000, 'every widget ready');
      await drawn(root);
      const texts: string[] = [];
      const look = async () => {
        for (const el of widgets(root)) await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        texts.push(...all(root));
      };
      await look();
      // Map: table, a region's tooltip (share, rank), play → pause.
      for (const m of [map!, regions!]) m.shadowRoot!.querySelector<HTMLElement>('[part="table-toggle"]')!.click();
      map!.shadowRoot!.querySelector<SVGElement>('[part~="region"][tabindex="0"]')!.focus();
      map!.shadowRoot!.querySelector<HTMLElement>('[part="play"]')!.click();
      await look();
      expect(map!.shadowRoot!.querySelector('[part="tooltip"]'), 'the tooltip').not.to.equal(null);
      // Timeline: table, the keyboard's crosshair, an event's card, a selected period, a hidden series.
      timeline.shadowRoot!.querySelector<HTMLElement>('[part="table-toggle"]')!.click();
      timeline.shadowRoot!.querySelector<HTMLElement>('[part="plot"]')!.focus();
      await look();
      await sendKeys({ press: 'Enter' });
      await look();
      await sendKeys({ press: 'ArrowDown' });
      await look();
      map!.shadowRoot!.querySelector<HTMLElement>('[part="play"]')!.click(); // Pause.
      timeline.shadowRoot!.querySelector<HTMLElement>('[part="legend-item"]')!.click();
      await look();
      // "Get the data" (its items are in the walk already): the embed code copied, or to copy by hand.
      const counter = root.querySelector('stat-counter')!;
      const copy = counter.shadowRoot!.querySelectorAll<HTMLElement>('[part="menu-list"] [role="menuitem"]')[3];
      if (copy) {
        copy.click();
        const status = () => counter.shadowRoot!.querySelector('.data-menu [role="status"]')?.textContent ?? '';
        await until(() => !!status(), 4000, 'the copy said');
        expect([stringOf(lang, 'copied'), stringOf(lang, 'copyByHand')]).to.include(status());
        await look();
      }

      // Shaki the city and the district, told apart.
      expectPresent(texts, lang, ['city'], 'map');
      expectPresent(
        texts,
        lang,
        [
          'byDistrict',
          'byEconomicRegion',
          'mapKeys',
          'hideTable',
          'area',
          'share',
          'shareOfTotal',
          'rank',
          'legend',
          'play',
          'pause',
          'period',
          'smallAreas',
          'credit',
          'noData',
        ],
        'map',
      );
      expectPresent(
        texts,
        lang,
        [
          'label',
          'timelineKeys',
          'hideTable',
          'period',
          'events',
          'event',
          'date',
          'place',
          'kind',
          'showSeries',
          'hideSeries',
          'selected',
          'milestone',
          'conference',
        ],
        'timeline',
      );
      expectPresent(texts, lang, ['since', 'noChange', 'noData', 'keyFigures'], 'counters');
      expectPresent(texts, lang, ['inPeriod'], 'counters');
      noEnglish(lang, texts);
    });

    it(`${lang}: stale`, async () => {
      const counters = await serveFeed(counterFeed(), 'lang-counters');
      const demo = await serveFeed(await demoFeed(), 'lang-demo');
      const root = await page(lang, counters.url, demo.url, 'refresh="0.3"');
      await until(() => widgets(root).every((el) => state(el) === 'ready'), 6000, 'every widget ready');
      await setFeed(counters.name, { mode: 'down' });
      await setFeed(demo.name, { mode: 'down' });
      await until(() => widgets(root).every((el) => state(el) === 'stale'), 6000, 'every widget stale');
      for (const el of widgets(root)) expectPresent(said(el), lang, ['stale', 'lastUpdated'], `${el.localName} stale`);
      noEnglish(lang, all(root));
    });

    it(`${lang}: error (the feed, and the map's geometry)`, async () => {
      const { name, url } = await serveFeed({}, 'lang-down');
      await setFeed(name, { mode: 'down' });
      const demo = (await serveFeed(await demoFeed(), 'lang-demo')).url;
      const root = await page(lang, url, url);
      const broken = await fixture<HTMLElement>(`<div lang="${lang}"><stat-map src="${demo}" metric="teachers" geo="/no/such/geometry.json"></stat-map></div>`);
      await until(() => [...widgets(root), ...widgets(broken)].every((el) => state(el) === 'error'), 6000, 'every widget failed');
      for (const el of widgets(root)) expectPresent(said(el), lang, ['error'], `${el.localName} error`);
      expectPresent(all(broken), lang, ['mapError'], 'geometry');
      noEnglish(lang, [...all(root), ...all(broken)]);
    });
  }

  it('the walk finds English where there is English (it can fail)', async () => {
    const counters = (await serveFeed(counterFeed(), 'lang-counters')).url;
    const root = await fixture<HTMLElement>(
      `<div lang="az">${COUNTERS(counters)}<stat-counter lang="en" src="${counters}" metric="schools" show-delta></stat-counter></div>`,
    );
    await until(() => widgets(root).every((el) => state(el) === 'ready'), 4000, 'ready');
    expect(english(all(root)).join()).to.contain('since');
  });

  it('author-facing mistakes stay English (they name the attribute to fix) and are not UI strings', async () => {
    const root = await fixture<HTMLElement>(`<div lang="az"><stat-counter src="/__feed/none"></stat-counter></div>`);
    const el = root.querySelector('stat-counter')!;
    await untilState(el, 'error');
    expect(text(el, 'status')).to.equal('the metric attribute is required');
  });
});

// ---------------------------------------------------------------------------------------------

describe('switching lang at run time', function () {
  this.timeout(15000);
  let url: string;
  before(async () => {
    url = (await serveFeed(counterFeed(), 'lang-switch')).url;
  });
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  const value = (el: Element) => text(el, 'value');
  const label = (el: Element) => text(el, 'label');

  it('follows <html lang>, an ancestor’s lang and its own lang, without reload', async () => {
    const root = await fixture<HTMLElement>(`<section><div><stat-counter src="${url}" metric="teachers"></stat-counter></div></section>`);
    const el = root.querySelector('stat-counter')!;
    await until(() => label(el) === 'Teachers', 4000, 'English');
    await until(() => value(el) === '4,308', 4000, 'the number');

    document.documentElement.setAttribute('lang', 'ru');
    await until(() => label(el) === 'Учителя' && value(el) === formatNumber(4308, 'ru'), 2000, `Russian from <html> (now ${label(el)} ${value(el)})`);

    root.querySelector('div')!.setAttribute('lang', 'az');
    await until(() => label(el) === 'Müəllimlər' && value(el) === '4.308', 2000, `Azerbaijani from the ancestor (now ${label(el)} ${value(el)})`);

    el.setAttribute('lang', 'en');
    await until(() => label(el) === 'Teachers' && value(el) === '4,308', 2000, 'English from its own lang');
    el.removeAttribute('lang');
    await until(() => label(el) === 'Müəllimlər', 2000, 'the ancestor’s again');
    root.querySelector('div')!.removeAttribute('lang');
    await until(() => label(el) === 'Учителя', 2000, '<html>’s again');
  });

  it('reaches counters inside a summary’s shadow root, and a map and a timeline', async () => {
    const demo = (await serveFeed(await demoFeed(), 'lang-switch-demo')).url;
    const root = await fixture<HTMLElement>(`<div lang="en" style="width:700px">
      <stat-summary src="${url}"></stat-summary>
      <stat-map src="${demo}" geo="${GEO}" metric="teachers"></stat-map>
      <stat-timeline src="${demo}"></stat-timeline></div>`);
    const summary = root.querySelector('stat-summary')!;
    const map = root.querySelector('stat-map')!;
    const timeline = root.querySelector('stat-timeline')!;
    await until(() => widgets(root).every((el) => state(el) === 'ready'), 6000, 'ready');
    await drawn(root);
    await until(() => said(summary).includes('Teachers') && !!text(map, 'title')?.startsWith('Teachers by district'), 4000, 'English');
    root.setAttribute('lang', 'ru');
    await until(
      () => said(summary).includes('Учителя') && !said(summary).includes('Teachers') && !!text(map, 'title')?.startsWith('Учителя по районам'),
      2000,
      `Russian (summary: ${said(summary).join(' | ')}; map: ${text(map, 'title')})`,
    );
    await until(() => said(timeline).includes('Показать таблицей'), 2000, 'the timeline in Russian');
    expect(english([...all(root)])).to.deep.equal([]);
  });

  it('follows an ancestor inside a host component’s shadow root', async () => {
    // A host page's own component: a widget in its shadow root, under an element with lang.
    const host = await fixture<HTMLElement>('<div lang="en"></div>');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<p lang="en"><stat-counter src="${url}" metric="teachers"></stat-counter></p>`;
    const el = shadow.querySelector('stat-counter')!;
    await until(() => label(el) === 'Teachers', 4000, 'English');
    shadow.querySelector('p')!.setAttribute('lang', 'az');
    await until(() => label(el) === 'Müəllimlər', 2000, 'Azerbaijani from an ancestor inside the shadow root');
  });
});

// ---------------------------------------------------------------------------------------------

describe('addLanguage', function () {
  this.timeout(15000);

  it('is a public function, also on the drop-in bundle’s global (StatWidgets), and registerStrings is the same', () => {
    expect(iifeNames.addLanguage).to.be.a('function');
    expect(registerStrings).to.equal(addLanguage);
  });

  it('adds Turkish to every catalogue: a widget with lang="tr" speaks it, numbers by Intl, missing keys in English', async () => {
    const url = (await serveFeed(counterFeed(), 'lang-tr')).url;
    const demo = (await serveFeed(await demoFeed(), 'lang-tr-demo')).url;
    const root = await fixture<HTMLElement>(`<div lang="tr" style="width:700px">
      <stat-counter src="${url}" metric="teachers" show-delta></stat-counter>
      <stat-map src="${demo}" geo="${GEO}" metric="teachers"></stat-map></div>`);
    const [counter, map] = widgets(root);
    await until(() => widgets(root).every((el) => state(el) === 'ready') && !!text(map!, 'title'), 6000, 'ready');
    await drawn(root);
    expect(text(map!, 'title')).to.match(/^Teachers by district/); // Before: English.

    // Keys of the shared, map and timeline catalogues in one object; `since` left out.
    addLanguage('tr', { noData: 'Veri yok', showTable: 'Tablo olarak göster', byDistrict: '{metric}, ilçelere göre, {period}' });
    await until(() => text(map!, 'title')!.startsWith('Teachers, ilçelere göre'), 2000, `re-rendered (now ${text(map!, 'title')})`);
    expect(said(map!)).to.include('Tablo olarak göster');
    expect(said(map!)).to.include('Veri yok');
    expect(text(counter!, 'value')).to.equal(new Intl.NumberFormat('tr').format(4308));
    expect(text(counter!, 'value')).to.equal('4.308');
    expect(text(counter!, 'delta')).to.match(/since 2023$/); // Missing: English.

    // A timeline added now, in a regional variant: Turkish from `tr`.
    const timeline = await fixture<HTMLElement>(`<div lang="tr-TR" style="width:600px"><stat-timeline src="${demo}"></stat-timeline></div>`);
    const el = timeline.querySelector('stat-timeline')!;
    await drawn(timeline);
    expect(text(el, 'table-toggle')).to.equal('Tablo olarak göster');
    expect(el.shadowRoot!.querySelector('[part="legend"]')!.getAttribute('aria-label')).to.equal('Legend');
  });

  it('reaches a catalogue created after it (a widget’s chunk loaded later)', () => {
    addLanguage('tr', { hideTable: 'Tabloyu gizle' });
    const late = catalogue(
      { hideTable: 'Hide table', other: 'Other' },
      { az: { hideTable: 'Cədvəli gizlət', other: 'Digər' }, ru: { hideTable: 'Скрыть таблицу', other: 'Другое' } },
    );
    expect(late.pick('tr')).to.include({ hideTable: 'Tabloyu gizle', other: 'Other' });
    expect(late.pick('tr-TR').hideTable).to.equal('Tabloyu gizle');
    expect(late.pick('de').hideTable).to.equal('Hide table');
  });

  it('corrects one string of a built-in language and keeps the others', async () => {
    const url = (await serveFeed(counterFeed(), 'lang-fix')).url;
    const root = await fixture<HTMLElement>(`<div lang="az"><stat-counter src="${url}" metric="teachers" region="S2"></stat-counter></div>`);
    const el = root.querySelector('stat-counter')!;
    await until(() => text(el, 'value') === 'Məlumat yoxdur', 4000, 'no data in az');
    addLanguage('az-AZ', { noData: 'Məlumat yoxdur!' });
    el.setAttribute('lang', 'az-AZ');
    await until(() => text(el, 'value') === 'Məlumat yoxdur!', 2000, 'the correction');
    expect(text(el, 'label')).to.equal('Müəllimlər');
  });
});

describe('formatTime', () => {
  it('names the month in az where ICU data lacks it', () => {
    const time = new Date(2024, 2, 5, 10, 30).getTime();
    expect(formatTime(time, 'az', time + 3 * 86400000)).to.equal('5 mart 10:30');
    expect(formatTime(time, 'ru', time + 3 * 86400000)).to.match(/^5 мар/);
  });
});
