// The snippet builder (demo/embed.html) as an editor uses it: its element snippet speaks the
// page's language by default (no lang), it warns when the snippets would point at this computer,
// and its iframe sets no width that beats a theme's column. Needs the built dist/.
import { expect } from '@open-wc/testing';
import type { PublishConfig } from '../../src/embed/publish.js';
import { until } from '../support/dom.js';

async function load(src: string, width = 1000): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 900px; border: 0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

describe('the snippet builder', function () {
  this.timeout(30000);
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  it("writes an element snippet in the page's language by default: 4.308 on an az page", async () => {
    const builder = await load('/demo/embed.html');
    frames.push(builder);
    const doc = builder.contentDocument!;
    expect(doc.querySelector<HTMLSelectElement>('#lang')!.value, 'Language: as the page').to.equal('');
    const code = doc.getElementById('element-code')!;
    // The snippet's words as a page reads them (its fallback is laid out in styled pieces: src/embed/reserve.ts).
    const words = () => new DOMParser().parseFromString(code.textContent ?? '', 'text/html').body.textContent ?? '';
    await until(() => /Teachers: 4,308/.test(words()), 15000, 'the snippet with its numbers');
    const snippet = code.textContent!;
    expect(snippet).not.to.match(/\slang=/);

    const page = await load(`/__embed-page?lang=az&body=${encodeURIComponent(snippet)}`);
    frames.push(page);
    const counter = page.contentDocument!.querySelector('stat-counter')!;
    await until(() => counter.shadowRoot?.querySelector('[part="value"]')?.textContent?.trim() === '4.308', 10000, 'the counter to show 4.308');
  });

  it("warns that this computer's addresses cannot be reached by readers; the iframe has no inline max-width", async () => {
    const builder = await load('/demo/embed.html');
    frames.push(builder);
    const doc = builder.contentDocument!;
    await until(() => /4,308/.test(doc.getElementById('element-code')!.textContent ?? ''), 15000, 'the snippets');
    const warnings = [...doc.querySelectorAll('#warnings li')].map((li) => li.textContent);
    expect(warnings).to.deep.equal([
      `${location.origin} is this computer or its network: readers elsewhere cannot reach it. Host dist/ and the feed where they can, and set those addresses above.`,
    ]);
    // Read out when they change (a status region around them), and still a list to a screen reader.
    const list = doc.getElementById('warnings')!;
    expect(list.closest('[role="status"]'), 'inside a status region').to.exist;
    expect(list.getAttribute('role'), 'the list keeps its role').to.equal(null);
    // Another dist/ (a CDN over https) for readers: only the feed's address is left to warn about.
    const dist = doc.querySelector<HTMLInputElement>('#dist')!;
    dist.value = 'https://cdn.example/stat-widgets/dist/';
    dist.dispatchEvent(new Event('change', { bubbles: true }));
    await until(
      () => (doc.getElementById('element-code')!.textContent ?? '').includes('https://cdn.example/stat-widgets/dist/stat-widgets.iife.js'),
      5000,
      'the new dist/',
    );
    expect(doc.querySelectorAll('#warnings li').length).to.equal(1);
    expect(doc.getElementById('iframe-code')!.textContent).to.contain('style="display:block;border:0;width:100%"');
    expect(doc.getElementById('page-url')!.textContent).to.equal('https://cdn.example/stat-widgets/embeds/teachers-counter/');
    const config = JSON.parse(doc.getElementById('config-code')!.textContent!) as PublishConfig;
    expect(config.embeds).to.deep.equal([{ name: 'teachers-counter', widget: 'counter', src: `${location.origin}/demo/data/feed.json`, metric: 'teachers' }]);
  });
});
