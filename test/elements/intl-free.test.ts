// Issue 12, part 3: on a page in az, en or ru, drawing a map, a timeline and key figures makes no
// Intl object (a page's first costs 20–40 ms: V8 and ICU readying their locale data; the longest
// task on a page with a map). Counted, not timed. A file of its own: a fresh page, no cached formatter.
import { expect } from '@open-wc/testing';
import '../../src/elements/map/define.js';
import '../../src/elements/summary/define.js';
import '../../src/elements/timeline/define.js';
import { smallFeed } from '../fixtures/small-feed.js';
import { serveFeed } from '../support/feed-control.js';
import { requireVisiblePage, until, untilState } from '../support/dom.js';
import { intlMadeWhile } from '../support/intl-made.js';

/** A map, a timeline and key figures in `lang`, drawn: what they show. */
async function draw(url: string, lang: string): Promise<string> {
  const host = document.createElement('div');
  host.lang = lang;
  host.style.width = '600px';
  host.innerHTML = `<stat-map src="${url}" metric="teachers"></stat-map><stat-timeline src="${url}"></stat-timeline><stat-summary src="${url}" style="--stat-duration:0s"></stat-summary>`;
  document.body.append(host);
  try {
    for (const el of host.children) await untilState(el, 'ready', 5000);
    // A map not yet measured is ready with nothing drawn: its regions are what is waited for.
    const regions = () => host.querySelector('stat-map')!.shadowRoot!.querySelectorAll('[part~="region"]').length;
    await until(() => regions() > 3, 5000, 'the regions to be drawn');
    const summary = host.querySelector('stat-summary')!;
    await summary.updateComplete;
    const counters = [...summary.shadowRoot!.querySelectorAll('stat-counter')];
    await Promise.all(counters.map((c) => c.updateComplete));
    return counters.map((c) => c.shadowRoot!.textContent ?? '').join(' ');
  } finally {
    host.remove();
  }
}

before(requireVisiblePage);

describe('drawing in az, en and ru makes no Intl object', () => {
  let url = '';
  before(async () => void ({ url } = await serveFeed(smallFeed, 'intl-free')));

  for (const [lang, teachers] of [
    ['en', '4,308'],
    ['ru', '4\u00a0308'],
    ['az', '4.308'],
  ] as const) {
    it(`${lang}: a map, a timeline and key figures, with the numbers written as ${lang} writes them`, async () => {
      let shown = '';
      const made = await intlMadeWhile(async () => void (shown = await draw(url, lang)));
      expect(made, 'Intl objects made').to.deep.equal([]);
      expect(shown).to.contain(teachers);
    });
  }

  it('another language is written by Intl (the count sees it)', async () => {
    const made = await intlMadeWhile(async () => void (await draw(url, 'tr')));
    expect(made).to.include('NumberFormat(tr)');
    expect(made).to.include('Collator(tr)');
  });
});
