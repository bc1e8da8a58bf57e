// Published embeds (src/embed/publish.ts): one static page and its oEmbed answer per embed, the
// same files `stat-widgets embed publish` writes and the snippet builder's zip holds.
import { expect } from '@open-wc/testing';
import { checkPublishConfig, publishedFiles, publishedOEmbed, publishedPage, publishedUrl, type PublishConfig } from '../../src/embed/publish.js';
import { crc32, zipFiles } from '../../src/embed/zip.js';

const config: PublishConfig = {
  dist: 'https://cdn.example/stat-widgets@1/dist/',
  base: 'https://stats.example.org/embeds/',
  embeds: [
    { name: 'teachers', widget: 'counter', src: '../data/feed.json', metric: 'teachers', lang: 'az', showDelta: true, label: 'Müəllimlər <"&>' },
    { name: 'schools-map', widget: 'map', src: 'https://stats.example.org/data/feed.json', metric: 'schools', width: '480px' },
  ],
};

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('published embeds', () => {
  it('writes a folder per embed: index.html and oembed.json', () => {
    expect(Object.keys(publishedFiles(config))).to.deep.equal([
      'teachers/index.html',
      'teachers/oembed.json',
      'schools-map/index.html',
      'schools-map/oembed.json',
    ]);
    expect(publishedUrl(config, 'teachers')).to.equal('https://stats.example.org/embeds/teachers/');
  });

  it('the page: the widget in its HTML, the discovery link in <head>, classic scripts and a style sheet from dist/, nothing inline', () => {
    const doc = parse(publishedPage(config, config.embeds[0]!));
    expect(doc.documentElement.lang).to.equal('az');
    const link = doc.head.querySelector('link[rel="alternate"][type="application/json+oembed"]')!;
    expect(link.getAttribute('href')).to.equal('https://stats.example.org/embeds/teachers/oembed.json');
    const scripts = [...doc.querySelectorAll('script')];
    expect(scripts.map((s) => s.getAttribute('src'))).to.deep.equal([
      'https://cdn.example/stat-widgets@1/dist/stat-widgets.iife.js',
      'https://cdn.example/stat-widgets@1/dist/embed/frame.js',
    ]);
    // Modules from an opaque origin need CORS; classic scripts do not.
    expect(scripts.every((s) => !s.type && s.defer && !s.textContent)).to.equal(true);
    expect(doc.querySelector('link[rel="stylesheet"]')!.getAttribute('href')).to.equal('https://cdn.example/stat-widgets@1/dist/embed/frame.css');
    expect(doc.querySelectorAll('style, [style]').length).to.equal(0);
    const widget = doc.querySelector('#embed > stat-counter')!;
    expect(widget.getAttribute('src'), 'a relative feed is resolved against base').to.equal('https://stats.example.org/data/feed.json');
    expect(widget.getAttribute('label')).to.equal('Müəllimlər <"&>');
    expect(widget.hasAttribute('show-delta')).to.equal(true);
    expect(doc.title).to.equal('Statistics: Müəllimlər <"&> (counter)');
  });

  it('the oEmbed answer: width, height, and HTML showing the published page', () => {
    const answer = publishedOEmbed(config, config.embeds[1]!);
    expect(answer).to.deep.include({ type: 'rich', version: '1.0', width: 480, height: 560, provider_url: 'https://stats.example.org/embeds/' });
    const doc = parse(answer.html);
    expect(doc.querySelector('blockquote > a')!.getAttribute('href')).to.equal('https://stats.example.org/embeds/schools-map/');
    expect(doc.querySelector('iframe')!.getAttribute('src')).to.equal('https://stats.example.org/embeds/schools-map/');
    expect(doc.querySelector('iframe')!.getAttribute('width')).to.equal('480');
    expect(JSON.parse(publishedFiles(config)['schools-map/oembed.json']!)).to.deep.equal(answer);
  });

  it('says what is wrong with a config, each at its place', () => {
    expect(checkPublishConfig([]).problems.map((p) => p.code)).to.deep.equal(['config.object']);
    const { config: none, problems } = checkPublishConfig({
      dist: '/dist/',
      base: 'https://x.example/e/',
      embeds: [
        { name: 'a', widget: 'counter', src: 'https://x.example/f.json', 'show-delta': true },
        { name: 'A', widget: 'chart', src: 'javascript:alert(1)' },
        { name: '../up', widget: 'map', src: 'f.json', showDelta: 'yes' },
        7,
      ],
    });
    expect(none).to.equal(null);
    expect(problems.map((p) => [p.path, p.code, p.params['suggestion'] ?? ''])).to.deep.equal([
      ['dist', 'config.url', ''],
      ['embeds[0].show-delta', 'embed.unknown', 'showDelta'],
      ['embeds[1].name', 'embed.duplicate', ''],
      ['embeds[1].widget', 'embed.widget', ''],
      ['embeds[1].src', 'embed.src', ''],
      ['embeds[2].name', 'embed.name', ''],
      ['embeds[2].showDelta', 'embed.type', ''],
      ['embeds[3]', 'embed.object', ''],
    ]);
    const typed = checkPublishConfig({
      ...config,
      embeds: [{ name: 'b', widget: 'map', src: 'f.json', title: 5, frameHeight: '300', classes: 5, toString: 1, fallback: {} }],
    });
    expect(typed.problems.map((p) => [p.path, p.code, p.params['type'] ?? ''])).to.deep.equal([
      ['embeds[0].title', 'embed.type', 'string'],
      ['embeds[0].frameHeight', 'embed.type', 'number'],
      ['embeds[0].toString', 'embed.unknown', ''],
      ['embeds[0].fallback', 'embed.unknown', ''],
    ]);
    expect(checkPublishConfig({ ...config, embeds: [] }).problems.map((p) => p.code)).to.deep.equal(['config.embeds']);
    expect(checkPublishConfig({ ...config, base: 'https://stats.example.org/embeds' }).config!.base).to.equal('https://stats.example.org/embeds/');
  });
});

describe('zip of the published files', () => {
  it('CRC-32 as zip has it', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).to.equal(0xcbf43926);
  });

  it('stores each file under its path, UTF-8 names, the same bytes every time', () => {
    const files = { 'teachers/index.html': '<p>Müəllimlər</p>', 'teachers/oembed.json': '{}' };
    const zip = zipFiles(files);
    expect(zipFiles(files)).to.deep.equal(zip);
    const view = new DataView(zip.buffer);
    // The end record: two entries; the central directory where it says.
    const end = zip.length - 22;
    expect(view.getUint32(end, true)).to.equal(0x06054b50);
    expect(view.getUint16(end + 10, true)).to.equal(2);
    let at = view.getUint32(end + 16, true);
    const decoder = new TextDecoder();
    const read: Record<string, string> = {};
    for (let i = 0; i < 2; i++) {
      expect(view.getUint32(at, true)).to.equal(0x02014b50);
      const size = view.getUint32(at + 24, true);
      const nameLength = view.getUint16(at + 28, true);
      const local = view.getUint32(at + 42, true);
      const name = decoder.decode(zip.subarray(at + 46, at + 46 + nameLength));
      expect(view.getUint16(local + 8, true), 'stored').to.equal(0);
      const start = local + 30 + view.getUint16(local + 26, true);
      const data = zip.subarray(start, start + size);
      expect(view.getUint32(local + 14, true)).to.equal(crc32(data));
      read[name] = decoder.decode(data);
      at += 46 + nameLength;
    }
    expect(read).to.deep.equal(files);
  });
});
