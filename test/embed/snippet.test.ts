import { expect } from '@open-wc/testing';
import type { StatDataTable } from '../../src/export/types.js';
import {
  elementSnippet,
  embedUrl,
  escapeHtml,
  fallbackHtml,
  fallbackLine,
  iframeSnippet,
  oembed,
  optionsFromEmbedUrl,
  optionsFromElement,
  snippetWarnings,
} from '../../src/embed/snippet.js';

const oneRow: StatDataTable = {
  title: 'Teachers',
  columns: ['Period', 'Teachers'],
  rows: [['2024', 4308]],
  source: 'Bureau on ICT for Education',
  licence: 'CC BY 4.0',
  lang: 'en',
};

const series: StatDataTable = {
  title: 'Teachers by year',
  columns: ['Year', 'Teachers', 'Schools'],
  rows: [
    ['2023', 3990, 1002],
    ['2024', 4308, null],
  ],
  source: 'Bureau on ICT for Education',
  licence: '',
  lang: 'en',
};

const hostile = '<img src=x onerror="alert(1)">&\'';

/** Parses HTML the way a browser does without running it. */
function parse(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
}

describe('embed snippets', () => {
  const dist = 'https://stats.example.org/widgets/dist/';

  it('escapes every character that could start markup or end an attribute', () => {
    expect(escapeHtml(hostile)).to.equal('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;');
  });

  it("writes one row as one line with the number formatted in the table's language", () => {
    expect(fallbackHtml(oneRow, '')).to.equal('<p>Teachers: 4,308 (2024)</p>');
    expect(fallbackHtml({ ...oneRow, lang: 'az', title: 'Müəllimlər' }, '')).to.equal('<p>Müəllimlər: 4.308 (2024)</p>');
    expect(fallbackHtml({ ...oneRow, lang: 'ru', title: 'Учителя' }, '')).to.match(/^<p>Учителя: 4\s308 \(2024\)<\/p>$/);
    // Words already in the title are not repeated; no data is said, in the table's language.
    expect(fallbackHtml({ ...oneRow, title: 'Teachers, 2024', rows: [['2024', null]] }, '')).to.equal('<p>Teachers, 2024: No data</p>');
    expect(fallbackHtml({ ...oneRow, lang: 'ru', rows: [['2024', null]] }, '')).to.contain('Нет данных');
    // A counter's row (with show-delta): the value first, the words it needs, the change named.
    const counter: StatDataTable = {
      ...oneRow,
      columns: ['Metric', 'Region', 'Period', 'Value', 'Change'],
      rows: [['Teachers', 'Azerbaijan', '2024', 4308, 63]],
    };
    expect(fallbackHtml(counter, '')).to.equal('<p>Teachers: 4,308 (Azerbaijan, 2024); Change: 63</p>');
  });

  it('writes a series as a table with caption, headers and a source line', () => {
    const doc = parse(fallbackHtml(series));
    const table = doc.querySelector('table')!;
    expect(table.caption!.textContent).to.equal('Teachers by year');
    expect([...table.tHead!.rows[0]!.cells].map((c) => c.textContent)).to.deep.equal(['Year', 'Teachers', 'Schools']);
    expect([...table.tBodies[0]!.rows].map((r) => [...r.cells].map((c) => c.textContent))).to.deep.equal([
      ['2023', '3,990', '1,002'],
      ['2024', '4,308', 'No data'],
    ]);
    expect(table.tBodies[0]!.rows[0]!.cells[0]!.localName).to.equal('th');
    expect(doc.querySelector('p small')!.textContent).to.equal('Source: Bureau on ICT for Education');
  });

  it('never lets a feed string become markup', () => {
    const evil: StatDataTable = {
      ...series,
      title: hostile,
      columns: [hostile, 'x', 'y'],
      rows: [
        [hostile, 1, 2],
        ['b', 3, 4],
      ],
      source: hostile,
    };
    for (const html of [fallbackHtml(evil), fallbackHtml({ ...evil, rows: [[hostile, 1]] })]) {
      const doc = parse(html);
      expect(doc.querySelector('img')).to.equal(null);
      expect(doc.body.textContent).to.contain('<img src=x onerror="alert(1)">');
    }
    const snippet = elementSnippet({ widget: 'counter', src: 'https://a.example/feed.json', label: '"><script>alert(1)</script>', fallback: evil, dist });
    const doc = parse(snippet);
    expect(doc.querySelectorAll('script').length).to.equal(1);
    expect(doc.querySelector('stat-counter')!.getAttribute('label')).to.equal('"><script>alert(1)</script>');
  });

  it('writes the element with the fallback inside and the script tag, in a <div>, with absolute URLs', () => {
    const snippet = elementSnippet({
      widget: 'counter',
      src: '../data/feed.json',
      base: 'https://stats.example.org/widgets/demo/embed.html',
      metric: 'teachers',
      lang: 'en',
      showDelta: true,
      theme: '',
      fallback: oneRow,
      dist,
    });
    // The shape that WordPress's automatic paragraphs leave whole (test/embed/wordpress.test.ts); the
    // element's box and the fallback's lines as a counter's, shown through a declarative shadow root's
    // slot from the parse (PAGE_SHADOW), the feed preloaded (src/embed/reserve.ts).
    const hidden = 'position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap';
    expect(snippet).to.equal(
      [
        '<div>',
        '<stat-counter src="https://stats.example.org/widgets/data/feed.json" metric="teachers" lang="en" show-delta style="display:inline-block;vertical-align:top"><template shadowrootmode="open"><slot></slot></template>',
        '  <p style="display:flex;flex-direction:column;gap:.15em;margin:0;min-width:7ch;text-align:var(--stat-counter-align,start);font-family:var(--stat-font-family,inherit);padding-bottom:calc(28px + .15em)">' +
          '<span style="font-size:var(--stat-counter-label-size,1em);line-height:1.3;min-height:1.3em">Teachers<span style="font-size:0">:</span></span> ' +
          '<b style="font-size:var(--stat-counter-value-size,2.25em);font-weight:var(--stat-counter-value-weight,700);line-height:1.15;font-variant-numeric:tabular-nums;white-space:nowrap">4,308</b> ' +
          `<span style="${hidden}">(2024)</span></p>`,
        '</stat-counter><link rel="preload" as="fetch" href="https://stats.example.org/widgets/data/feed.json" crossorigin>' +
          '<link rel="preload" as="script" href="https://stats.example.org/widgets/dist/stat-widgets.iife.js"><script defer src="https://stats.example.org/widgets/dist/stat-widgets.js"></script></div>',
      ].join('\n'),
    );
    // The same text as the plain fallback's.
    expect(parse(snippet).querySelector('stat-counter')!.textContent!.trim()).to.equal('Teachers: 4,308 (2024)');
    expect(snippet).not.to.contain('stat-feed');
    // A relative dist is resolved too; a script override wins; javascript: feeds are dropped.
    const other = elementSnippet({ widget: 'map', src: 'javascript:alert(1)', dist: '/d/', script: '/s.js', base: 'https://x.example/p/' });
    expect(other).to.equal('<div>\n<stat-map></stat-map><script defer src="https://x.example/s.js"></script></div>');
  });

  it('finds dist/ from where the code was loaded when not told', () => {
    const snippet = elementSnippet({ widget: 'counter', src: '/demo/data/feed.json', metric: 'teachers' });
    expect(snippet).to.contain(`href="${location.origin}/dist/stat-widgets.iife.js"`);
    expect(snippet).to.contain(`<script defer src="${location.origin}/dist/stat-widgets.js"></script>`);
    expect(snippet).to.contain(`src="${location.origin}/demo/data/feed.json"`);
  });

  it('refuses an unknown widget', () => {
    expect(() => elementSnippet({ widget: 'chart' as 'map', src: 'https://a.example/f.json' })).to.throw(/Unknown widget "chart"/);
  });

  it('builds the embed URL, the iframe and the resize script, and reads the URL back', () => {
    const options = {
      widget: 'map',
      src: 'https://data.example/feed.json',
      metric: 'teachers',
      level: 'economic-region',
      lang: 'az',
      theme: 'dark',
      showDelta: true,
      dist,
    } as const;
    const url = embedUrl(options);
    expect(url).to.equal(
      'https://stats.example.org/widgets/dist/embed/?widget=map&src=https%3A%2F%2Fdata.example%2Ffeed.json&metric=teachers&level=economic-region&lang=az&theme=dark&show-delta=1',
    );
    expect(optionsFromEmbedUrl(url)).to.deep.include({
      widget: 'map',
      src: 'https://data.example/feed.json',
      metric: 'teachers',
      level: 'economic-region',
      lang: 'az',
      theme: 'dark',
      showDelta: true,
      dist,
    });
    expect(() => optionsFromEmbedUrl(`${dist}embed/?widget=map`)).to.throw(/no "src"/);

    const doc = parse(iframeSnippet({ ...options, title: 'Teachers <by> region' }));
    const frame = doc.querySelector('iframe')!;
    expect(frame.src).to.equal(url);
    expect(frame.title).to.equal('Teachers <by> region');
    expect(frame.getAttribute('height')).to.equal('560');
    expect(frame.getAttribute('style')).to.contain('width:100%');
    expect(doc.querySelector('script')!.src).to.equal(`${dist}embed/resize.js`);
    expect(iframeSnippet({ ...options, resize: false })).not.to.contain('<script');
  });

  it('describes an embed as oEmbed rich JSON', () => {
    const description = oembed({ widget: 'counter', src: 'https://data.example/feed.json', metric: 'teachers', dist, fallback: oneRow });
    expect(description).to.deep.include({ type: 'rich', version: '1.0', title: 'Teachers', provider_name: 'stat-widgets', width: 600, height: 130 });
    expect(description.provider_url).to.equal('https://stats.example.org/widgets/');
    expect(description.html).to.contain('<iframe src="https://stats.example.org/widgets/dist/embed/?widget=counter');
    const capped = oembed({ widget: 'counter', src: 'https://d.example/f.json', metric: 'schools', dist, width: '800px' }, 500);
    expect(capped.width).to.equal(500);
    expect(capped.html).to.contain('width="500"');
    expect(capped.title).to.equal('Statistics: schools (counter)');
    expect(JSON.parse(JSON.stringify(description))).to.deep.equal(description);
  });

  it("sets no inline max-width, which would beat a theme's text column; a fixed width still fits a narrow one", () => {
    const full = parse(iframeSnippet({ widget: 'counter', src: 'https://d.example/f.json', dist })).querySelector('iframe')!;
    expect(full.getAttribute('style')).to.equal('display:block;border:0;width:100%');
    const fixed = parse(iframeSnippet({ widget: 'counter', src: 'https://d.example/f.json', dist, width: '480px' })).querySelector('iframe')!;
    expect(fixed.getAttribute('style')).to.equal('display:block;border:0;width:min(480px,100%)');
    // A block theme's text column: a max-width on the content's children. The iframe keeps to it.
    const content = document.createElement('div');
    content.className = 'theme-content';
    content.style.width = '900px';
    content.innerHTML = iframeSnippet({ widget: 'counter', src: 'https://d.example/f.json', dist, resize: false }).replace(/ src="[^"]*"/, '');
    const theme = document.createElement('style');
    theme.textContent = '.theme-content > * { max-width: 250px; margin-inline: auto }';
    document.head.append(theme);
    document.body.append(content);
    try {
      expect(content.querySelector('iframe')!.getBoundingClientRect().width).to.equal(250);
    } finally {
      content.remove();
      theme.remove();
    }
  });

  it('gives oEmbed HTML that WordPress keeps from an untrusted provider: a blockquote link, then an iframe with attributes only', () => {
    const description = oembed({
      widget: 'map',
      src: 'https://data.example/feed.json',
      metric: 'teachers',
      dist,
      page: 'https://stats.example.org/embeds/teachers-map/',
      fallback: series,
    });
    const { html } = description;
    // wp_filter_oembed_result's own pattern: an optional blockquote before the iframe.
    const kept = /(<blockquote>.*?<\/blockquote>)?.*(<iframe.*?><\/iframe>)/s.exec(html)!;
    expect(kept[1]).to.equal('<blockquote><a href="https://stats.example.org/embeds/teachers-map/">Teachers by year</a></blockquote>');
    const frame = parse(kept[2]!).querySelector('iframe')!;
    expect(frame.getAttribute('src')).to.equal('https://stats.example.org/embeds/teachers-map/');
    expect([...frame.attributes].map((a) => a.name).sort()).to.deep.equal(['frameborder', 'height', 'src', 'title', 'width']);
    expect(frame.getAttribute('width'), 'fills the column, and no aspect ratio for the block editor to lock').to.equal('100%');
    expect(frame.getAttribute('height')).to.equal('560');
    // Consumers that keep scripts (a trusted provider) get the resize script too.
    expect(html).to.match(/<\/iframe>\n<script defer src="https:\/\/stats\.example\.org\/widgets\/dist\/embed\/resize\.js"><\/script>$/);
    // A single number is the link's text: readers of feeds and e-mails, where iframes are dropped, get it.
    expect(oembed({ widget: 'counter', src: 'https://d.example/f.json', dist, fallback: oneRow }).html).to.contain('>Teachers: 4,308 (2024)</a></blockquote>');
    expect(fallbackLine(oneRow)).to.equal('Teachers: 4,308 (2024)');
    expect(fallbackLine(series)).to.equal('');
  });

  it('warns of addresses readers elsewhere cannot reach, and of plain http', () => {
    expect(snippetWarnings({ widget: 'counter', src: 'https://data.example/feed.json', dist })).to.deep.equal([]);
    expect(snippetWarnings({ widget: 'counter', src: 'http://localhost:8080/demo/data/feed.json', dist: 'http://localhost:8080/dist/' })).to.deep.equal([
      { url: 'http://localhost:8080', problem: 'local' },
    ]);
    expect(snippetWarnings({ widget: 'counter', src: 'http://data.example/feed.json', dist: 'https://192.168.1.20/dist/' })).to.deep.equal([
      { url: 'https://192.168.1.20', problem: 'local' },
      { url: 'http://data.example', problem: 'http' },
    ]);
    for (const host of ['127.0.0.1', '[::1]', 'stats.localhost', '10.0.0.5', '172.20.1.1']) {
      expect(snippetWarnings({ widget: 'counter', src: 'https://d.example/f.json', dist: `https://${host}/dist/` })[0]?.problem, host).to.equal('local');
    }
    expect(snippetWarnings({ widget: 'counter', src: 'https://d.example/f.json', dist: 'https://172.32.0.1/dist/' })).to.deep.equal([]);
  });

  it('reads a widget element: attributes, its stat-feed, the page language, its numbers', () => {
    const host = document.createElement('div');
    host.lang = 'ru';
    host.innerHTML = '<stat-feed src="/demo/data/feed.json"><stat-map metric="schools" level="economic-region"></stat-map></stat-feed>';
    document.body.append(host);
    const map = host.querySelector('stat-map') as HTMLElement & { dataTable?: () => StatDataTable };
    map.dataTable = () => series;
    const options = optionsFromElement(map);
    host.remove();
    expect(options).to.deep.include({
      widget: 'map',
      src: `${location.origin}/demo/data/feed.json`,
      metric: 'schools',
      level: 'economic-region',
      lang: 'ru',
      fallback: series,
    });
  });
});
