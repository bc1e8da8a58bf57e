// Issue 12, part 1: fallback first, fallback last. A widget with fallback content (its light-DOM
// children, as the snippet builder writes them) shows it until it has live numbers, and keeps it,
// with a status line saying the numbers are not live, when the feed cannot be loaded: a feed that
// answers 500, one on another origin without Access-Control-Allow-Origin, and no network at all.
// Without fallback content the placeholder and the error stay as they were. Fallback content that
// is not the builder's (any HTML) is shown as the page gave it and never read.
import { expect, fixture } from '@open-wc/testing';
import '../../src/elements/counter/define.js';
import '../../src/elements/summary/define.js';
import '../../src/elements/map/define.js';
import '../../src/elements/timeline/define.js';
import { elementSnippet, PAGE_SHADOW, type EmbedOptions } from '../../src/embed/snippet.js';
import type { StatDataTable } from '../../src/export/types.js';
import { feedTiming } from '../../src/feed/load.js';
import { smallFeed } from '../fixtures/small-feed.js';
import { feedStats, serveFeed, setFeed } from '../support/feed-control.js';
import { onScreen, pageShown, part, requireVisiblePage, snippetElement, spoken, state, text, until, untilState, untilValue } from '../support/dom.js';

const savedTiming = { ...feedTiming };
before(requireVisiblePage);
beforeEach(() => {
  // One failure is enough to judge; the retries that follow come late.
  feedTiming.retryBase = 60_000;
  feedTiming.defaultTimeout = 3000;
});
afterEach(() => Object.assign(feedTiming, savedTiming));

const LANGS = ['en', 'az', 'ru'] as const;
type Lang = (typeof LANGS)[number];

/** What the builder put in the snippets: the numbers of 2024 in each language. */
const WORDS: Record<Lang, { teachers: string; schools: string; region: string; value: string; asOf: string; notLive: string }> = {
  en: {
    teachers: 'Teachers',
    schools: 'Schools',
    region: 'Azerbaijan',
    value: '4,308',
    asOf: 'Figures as of 2024; live data could not be loaded',
    notLive: 'Live data could not be loaded; the figures shown may not be current',
  },
  az: {
    teachers: 'Müəllimlər',
    schools: 'Məktəblər',
    region: 'Azərbaycan',
    value: '4.308',
    asOf: '2024 üzrə rəqəmlər; canlı məlumatları yükləmək mümkün olmadı',
    notLive: 'Canlı məlumatları yükləmək mümkün olmadı; göstərilən rəqəmlər köhnə ola bilər',
  },
  ru: {
    teachers: 'Учителя',
    schools: 'Школы',
    region: 'Азербайджан',
    value: '4\u00a0308',
    asOf: 'Данные на 2024; не удалось загрузить актуальные данные',
    notLive: 'Не удалось загрузить актуальные данные; показанные цифры могут быть устаревшими',
  },
};

function tableFor(widget: 'counter' | 'summary' | 'map' | 'timeline', lang: Lang): StatDataTable {
  const w = WORDS[lang];
  const base = { source: 'Test office', licence: '', lang };
  if (widget === 'counter')
    return { ...base, title: w.teachers, columns: ['Indicator', 'Region', 'Period', 'Value'], rows: [[w.teachers, w.region, '2024', 4308]] };
  if (widget === 'summary')
    return {
      ...base,
      title: 'Test programme',
      columns: ['Indicator', 'Region', 'Period', 'Value'],
      rows: [
        [w.teachers, w.region, '2024', 4308],
        [w.schools, w.region, '2024', 1141],
      ],
    };
  if (widget === 'map')
    return {
      ...base,
      title: `${w.teachers}, 2024`,
      columns: ['Area', w.teachers],
      rows: [
        ['North One', 100],
        ['South One', 70],
      ],
    };
  return {
    ...base,
    title: w.teachers,
    columns: ['Period', w.teachers],
    rows: [
      ['2023', 4180],
      ['2024', 4308],
    ],
  };
}

/** The element the builder writes (its snippet without the script and the preload link: the test page has the elements). */
function builderElement(options: EmbedOptions): string {
  return snippetElement(elementSnippet({ dist: '/dist/', ...options }));
}

/** The test page is on localhost; the same server as 127.0.0.1 is another origin. */
function otherOrigin(path: string): string {
  const other = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  return `${location.protocol}//${other}:${location.port}${path}`;
}

/** Feeds that cannot be loaded, each a fresh URL. */
const FAILURES: Record<string, () => Promise<string>> = {
  'a feed that answers 500': async () => {
    const { name, url } = await serveFeed(smallFeed, 'status-500');
    await setFeed(name, { mode: 'down', status: 500 });
    return url;
  },
  'a feed on another origin without Access-Control-Allow-Origin': async () => otherOrigin((await serveFeed(smallFeed, 'no-cors')).url),
  // Offline: the browser reaches no server (nothing listens there), so fetch() fails as it does with no network.
  'no network': async () => `http://127.0.0.1:9/feed-${Math.random().toString(36).slice(2)}.json`,
};

type Widget = HTMLElement & { updateComplete: Promise<boolean>; dataTable?: () => StatDataTable | null };

async function widgetOn(markup: string): Promise<Widget> {
  const root = await fixture<HTMLElement>(`<div style="width: 800px">${markup}</div>`);
  return root.firstElementChild as Widget;
}

describe('fallback content from the builder, when the feed cannot be loaded', function () {
  this.timeout(20000);

  for (const [failure, failingUrl] of Object.entries(FAILURES)) {
    describe(failure, () => {
      for (const lang of LANGS) {
        it(`a counter keeps the builder's number, with "figures as of 2024" (${lang})`, async () => {
          const src = await failingUrl();
          const el = await widgetOn(builderElement({ widget: 'counter', src, metric: 'teachers', lang, fallback: tableFor('counter', lang) }));
          await untilState(el, 'error', 8000);
          await el.updateComplete;
          const fallback = el.querySelector('p')!;
          expect(onScreen(fallback), 'the fallback is drawn').to.equal(true);
          expect(fallback.textContent).to.contain(WORDS[lang].value);
          expect(text(el, 'status')).to.equal(WORDS[lang].asOf);
          expect(spoken(el)).to.equal(WORDS[lang].asOf);
          expect(part(el, 'value'), 'no widget of its own over the numbers').to.equal(null);
          await expect(el).to.be.accessible();
        });

        it(`a summary keeps the builder's numbers, with "figures as of 2024" (${lang})`, async () => {
          const src = await failingUrl();
          const el = await widgetOn(builderElement({ widget: 'summary', src, lang, fallback: tableFor('summary', lang) }));
          await untilState(el, 'error', 8000);
          await el.updateComplete;
          const values = [...el.querySelectorAll('td')].filter(onScreen).map((td) => td.textContent);
          expect(values).to.include(WORDS[lang].value);
          expect([...el.querySelectorAll('th[scope=row]')].filter(onScreen).map((th) => th.textContent)).to.deep.equal([
            WORDS[lang].teachers,
            WORDS[lang].schools,
          ]);
          expect(text(el, 'status')).to.equal(WORDS[lang].asOf);
          expect(el.shadowRoot!.querySelector('stat-counter'), 'no counters of its own').to.equal(null);
          await expect(el).to.be.accessible();
        });
      }

      for (const widget of ['map', 'timeline'] as const) {
        it(`a ${widget} keeps the builder's table, with the status line (en)`, async () => {
          const src = await failingUrl();
          const el = await widgetOn(builderElement({ widget, src, metric: widget === 'map' ? 'teachers' : '', lang: 'en', fallback: tableFor(widget, 'en') }));
          await untilState(el, 'error', 8000);
          await el.updateComplete;
          const table = el.querySelector('table')!;
          expect(onScreen(table)).to.equal(true);
          expect(table.textContent).to.contain(widget === 'map' ? '100' : '4,308');
          // The map's table has no period column: the builder knows none, so the words are general.
          expect(text(el, 'status')).to.equal(widget === 'map' ? WORDS.en.notLive : WORDS.en.asOf);
          await expect(el).to.be.accessible();
        });
      }
    });
  }
});

describe('fallback content while loading, and once live', function () {
  this.timeout(20000);

  it('shows the fallback until the feed answers, then the live number (not read from the fallback)', async () => {
    const { name, url } = await serveFeed(smallFeed, 'hang');
    await setFeed(name, { mode: 'hang' });
    // The builder's numbers are older than the feed's: what the widget shows is the feed's.
    const table = { ...tableFor('counter', 'en'), rows: [['Teachers', 'Azerbaijan', '2023', 4180]] };
    const el = await widgetOn(
      builderElement({ widget: 'counter', src: url, metric: 'teachers', lang: 'en', fallback: table }).replace(
        '<stat-counter',
        '<stat-counter style="--stat-duration: 0s"',
      ),
    );
    await until(() => !!el.shadowRoot, 3000, 'the upgrade');
    await el.updateComplete;
    expect(state(el)).to.equal('loading');
    expect(onScreen(el.querySelector('p'))).to.equal(true);
    expect(text(el, 'status'), 'no status line while loading').to.equal(null);
    expect(el.shadowRoot!.querySelector('.skeleton'), 'no placeholder over the numbers').to.equal(null);
    await setFeed(name, { mode: 'ok' });
    await untilValue(el, '4,308', 5000);
    expect(onScreen(el.querySelector('p')), 'the fallback gives way').to.equal(false);
    expect(el.querySelector('p')!.textContent, 'and stays in the page as it was').to.contain('4,180');
  });

  for (const [kind, content, way] of [
    ['blocks (folded: their boxes kept, not rendered)', '<p>Teachers: 4,180</p>\n<p style="height: 300px">Figures as of 2024</p>', 'folded'],
    ['inline content and bare text (hidden)', '<b>4,180</b> teachers', 'hidden'],
  ] as const) {
    it(`gives way to the live numbers leaving no space of its own: ${kind}`, async () => {
      const { url } = await serveFeed(smallFeed, `gives-way-${way}`);
      const markup = (inside: string) => `<stat-counter src="${url}" metric="teachers" lang="en" style="--stat-duration: 0s">${inside}</stat-counter>`;
      const plain = await widgetOn(markup(''));
      const el = await widgetOn(markup(content));
      await untilValue(el, '4,308', 5000);
      await untilValue(plain, '4,308', 5000);
      await el.updateComplete;
      expect(el.getBoundingClientRect().height, "the live counter's own height").to.be.closeTo(plain.getBoundingClientRect().height, 0.5);
      expect([...el.children].some(onScreen), 'none of it on screen').to.equal(false);
      // Folded, the page's blocks keep their boxes, of no height (their layout kept); hidden, they have none.
      const boxes = [...el.children].map((child) => child.getClientRects().length > 0);
      expect(boxes.every(Boolean) ? 'folded' : boxes.some(Boolean) ? 'mixed' : 'hidden').to.equal(way);
      expect(el.innerHTML, 'and the page keeps it as it was').to.equal(content);
    });
  }

  it("gives way with no layout shift, as Chromium counts them for CLS (the builder's summary: a table, then a status line)", async () => {
    const { name, url } = await serveFeed(smallFeed, 'no-shift');
    await setFeed(name, { mode: 'hang' });
    const el = await widgetOn(builderElement({ widget: 'summary', src: url, lang: 'en', fallback: tableFor('summary', 'en') }));
    await el.updateComplete;
    expect(el.children.length, 'a table and a line under it').to.be.at.least(2);
    const shifts: string[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
      })[])
        for (const { node, previousRect, currentRect } of entry.sources) shifts.push(`${node?.nodeName}: ${previousRect.top} -> ${currentRect.top}`);
    });
    observer.observe({ type: 'layout-shift' });
    try {
      await setFeed(name, { mode: 'ok' });
      await until(() => !pageShown(el) && el.getAttribute('state') === 'ready', 5000, 'the summary live');
      await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 100)));
      expect(shifts).to.deep.equal([]);
    } finally {
      observer.disconnect();
    }
  });

  it('keeps live numbers, not the fallback, when the feed fails after they came', async () => {
    const { name, url } = await serveFeed(smallFeed, 'later');
    const el = await widgetOn(
      builderElement({ widget: 'counter', src: url, metric: 'teachers', lang: 'en', refresh: 0.2, fallback: tableFor('counter', 'en') }).replace(
        '<stat-counter',
        '<stat-counter style="--stat-duration: 0s"',
      ),
    );
    await untilValue(el, '4,308', 5000);
    await setFeed(name, { mode: 'down', status: 500 });
    feedTiming.retryBase = 100;
    await untilState(el, 'stale', 5000);
    expect(text(el, 'value')).to.equal('4,308');
    expect(onScreen(el.querySelector('p'))).to.equal(false);
    expect(text(el, 'status')).to.match(/^Not up to date/);
  });

  it('a mistake in the markup keeps the fallback and says the mistake after the words', async () => {
    const { url } = await serveFeed(smallFeed, 'mistake');
    const el = await widgetOn(builderElement({ widget: 'counter', src: url, metric: 'pupils', lang: 'en', fallback: tableFor('counter', 'en') }));
    await untilState(el, 'error', 5000);
    await el.updateComplete;
    expect(onScreen(el.querySelector('p'))).to.equal(true);
    expect(text(el, 'status')).to.equal(`${WORDS.en.asOf} (metric="pupils" is not in the feed)`);
  });
});

describe('without fallback content: the placeholder and the error as before', function () {
  this.timeout(20000);

  for (const [failure, failingUrl] of Object.entries(FAILURES)) {
    it(`a counter says the data could not be loaded (${failure})`, async () => {
      const src = await failingUrl();
      const el = await widgetOn(`<stat-counter src="${src}" metric="teachers" lang="az"></stat-counter>`);
      await untilState(el, 'error', 8000);
      await el.updateComplete;
      expect(text(el, 'status')).to.equal('Məlumatları yükləmək mümkün olmadı');
      expect(text(el, 'value')).to.equal('—');
    });
  }

  it('shows the placeholders while loading (a summary, a map, a timeline)', async () => {
    const { name, url } = await serveFeed(smallFeed, 'hang-bare');
    await setFeed(name, { mode: 'hang' });
    for (const markup of [
      `<stat-summary src="${url}"></stat-summary>`,
      `<stat-map src="${url}" metric="teachers"></stat-map>`,
      `<stat-timeline src="${url}"></stat-timeline>`,
    ]) {
      const el = await widgetOn(markup);
      await el.updateComplete;
      expect(state(el)).to.equal('loading');
      expect(el.shadowRoot!.querySelector('slot:not([hidden])'), markup).to.equal(null);
      if (el.localName === 'stat-summary') expect(el.shadowRoot!.querySelectorAll('stat-counter')).to.have.length(3);
      else expect(el.shadowRoot!.querySelector('.skeleton'), markup).not.to.equal(null);
    }
    await setFeed(name, { mode: 'ok' });
  });

  it("white space, comments, <noscript> and an inert declarative shadow root's <template> are no fallback content", async () => {
    const src = await FAILURES['a feed that answers 500']!();
    // innerHTML leaves the snippet's <template shadowrootmode> in the page, inert.
    const el = await widgetOn(
      `<stat-counter src="${src}" metric="teachers">${PAGE_SHADOW}\n  <!-- numbers to come -->\n  <noscript><p>Enable JavaScript</p></noscript>\n  </stat-counter>`,
    );
    await untilState(el, 'error', 8000);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('slot:not([hidden])')).to.equal(null);
    expect(text(el, 'status')).to.equal('The data could not be loaded');
  });
});

describe("fallback content that is not the builder's", function () {
  this.timeout(20000);
  const ANY = '<div class="mine"><em>99,999</em> teachers <a href="#x">(our count)</a><script>window.ranFallback = true</script></div>';

  it('is shown as the page gave it, with the general words, when the feed fails', async () => {
    const src = await FAILURES['a feed that answers 500']!();
    const el = await widgetOn(`<stat-counter src="${src}" metric="teachers" lang="ru">${ANY}</stat-counter>`);
    const before = el.innerHTML;
    await untilState(el, 'error', 8000);
    await el.updateComplete;
    expect(onScreen(el.querySelector('.mine'))).to.equal(true);
    expect(el.innerHTML, 'untouched').to.equal(before);
    expect(text(el, 'status')).to.equal(WORDS.ru.notLive);
    expect((window as { ranFallback?: boolean }).ranFallback, 'nothing of it runs').to.equal(undefined);
  });

  it("is never read for numbers: the live number is the feed's", async () => {
    const { url } = await serveFeed(smallFeed, 'any-html');
    const el = await widgetOn(`<stat-counter src="${url}" metric="teachers" style="--stat-duration: 0s">${ANY}</stat-counter>`);
    const before = el.innerHTML;
    await untilValue(el, '4,308', 5000);
    expect(el.innerHTML).to.equal(before);
    expect(onScreen(el.querySelector('.mine'))).to.equal(false);
    expect(el.dataTable!()!.rows[0]).to.include(4308);
  });

  it('is followed when the page changes it', async () => {
    const { name, url } = await serveFeed(smallFeed, 'changing');
    await setFeed(name, { mode: 'hang' });
    const el = await widgetOn(`<stat-timeline src="${url}"></stat-timeline>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.skeleton')).not.to.equal(null);
    el.innerHTML = '<p>Teachers: 4,308 (2024)</p>';
    await until(() => pageShown(el), 3000, "the page's content shown");
    expect(onScreen(el.querySelector('p'))).to.equal(true);
    el.replaceChildren();
    await until(() => !!el.shadowRoot!.querySelector('.skeleton'), 3000, 'the placeholder back');
    await setFeed(name, { mode: 'ok' });
    expect((await feedStats(name)).requests).to.be.at.least(1);
  });
});
