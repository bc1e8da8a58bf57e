// Issue 12, part 2: the builder's snippet takes the widget's final box before any script runs.
// Each widget's snippet is written as the builder writes it (elementSnippet() with the widget's own
// dataTable()), put into a bare page of a news site's styles at 320 and 1200 px, and measured: at
// first paint (no script), once the element has upgraded (its feed held back: the fallback shown
// by the widget), and on every frame from the feed's arrival to the end of the count-up. Needs the
// built drop-in bundle (npm run build first; `npm test` does).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/counter/define.js';
import '../../src/elements/summary/define.js';
import '../../src/elements/map/define.js';
import '../../src/elements/timeline/define.js';
import { elementSnippet, type EmbedOptions } from '../../src/embed/snippet.js';
import type { StatDataTable } from '../../src/export/types.js';
import { serveFeed, setFeed } from '../support/feed-control.js';
import { pageShown, requireVisiblePage, sleep, snippetElement, until } from '../support/dom.js';

type Widget = HTMLElement & { dataTable(): StatDataTable | null; updateComplete: Promise<boolean> };

/** A news article's styles (bench/articles/shamakhi.html): its font, line height and table rules apply to the fallback too. */
const PAGE_STYLE = `<style>
body { margin: 0; font: 1.0625rem/1.6 system-ui, sans-serif; color: #1d1d1f; }
table { border-collapse: collapse; width: 100%; font-size: 0.9375rem; }
caption { text-align: start; font-weight: 600; }
th, td { text-align: start; padding: 0.25rem 0.5rem 0.25rem 0; border-bottom: 1px solid #eee; }
p { margin: 0 0 1em; }
</style>`;

const WIDGETS: Record<string, Omit<EmbedOptions, 'src'>> = {
  counter: { widget: 'counter', metric: 'teachers', lang: 'en' },
  'counter with its change, themed': { widget: 'counter', metric: 'schools', lang: 'az', showDelta: true, theme: 'light' },
  summary: { widget: 'summary', lang: 'en' },
  'summary of two, no menu': { widget: 'summary', metrics: 'teachers,projects', lang: 'az', noMenu: true },
  map: { widget: 'map', metric: 'teachers', lang: 'en' },
  'map of economic regions': { widget: 'map', metric: 'schools', level: 'economic-region', lang: 'ru' },
  timeline: { widget: 'timeline', lang: 'en' },
};

/** Widths at which the live widget's bands (legend, small areas' buttons, credit) fit on one line each: below them a map or a timeline grows (src/embed/reserve.ts). */
const ONE_LINE_BANDS = 1000;

let demoFeed: unknown;

before(async function () {
  await requireVisiblePage.call(this);
  demoFeed = await (await fetch('/demo/data/feed.json')).json();
});

/** The builder's snippet for a widget on the demo feed: the widget rendered here, its numbers once settled. */
async function builderSnippet(options: Omit<EmbedOptions, 'src'>, src: string): Promise<string> {
  const root = await fixture<HTMLElement>(html`<div style="width: 412px"></div>`);
  const element = document.createElement(`stat-${options.widget}`) as Widget;
  element.setAttribute('src', '/demo/data/feed.json');
  for (const [name, value] of Object.entries({ metric: options.metric, metrics: options.metrics, level: options.level, lang: options.lang }))
    if (value) element.setAttribute(name, value);
  if (options.showDelta) element.setAttribute('show-delta', '');
  root.append(element);
  let last = '';
  for (let tries = 0; tries < 60; tries++) {
    await element.updateComplete;
    const table = element.getAttribute('state') === 'ready' ? element.dataTable() : null;
    const snippet = table ? elementSnippet({ ...options, src, fallback: table, dist: '/dist/' }) : '';
    if (snippet && snippet === last) return snippet;
    last = snippet;
    await sleep(150);
  }
  throw new Error(`no settled snippet for ${options.widget}`);
}

interface Box {
  readonly width: number;
  readonly height: number;
  /** Where the paragraph after the widget starts. */
  readonly after: number;
}

describe("the builder's snippet takes the widget's final box before any script runs", function () {
  this.timeout(60000);
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  for (const [name, options] of Object.entries(WIDGETS)) {
    for (const width of [320, 1200]) {
      const whole = (options.widget !== 'map' && options.widget !== 'timeline') || width >= ONE_LINE_BANDS;
      it(`${name} at ${width} px: ${whole ? 'first paint, upgrade, data and count-up in one box' : 'first paint and upgrade in one box'}`, async () => {
        const { name: feed, url } = await serveFeed(demoFeed, 'reserve');
        await setFeed(feed, { mode: 'hang' });
        const snippet = await builderSnippet(options, url);
        // The element alone: the page loads the script later, when the test says.
        const element = snippetElement(snippet);
        const frame = document.createElement('iframe');
        frame.style.cssText = `width: ${width + 40}px; height: 1500px; border: 0`;
        const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
        frame.src = `/__embed-page?body=${encodeURIComponent(`${PAGE_STYLE}<p>Before</p><div id="box" style="width: ${width}px">${element}</div><p id="after">After</p>`)}`;
        document.body.append(frame);
        frames.push(frame);
        await loaded;
        const doc = frame.contentDocument!;
        const win = frame.contentWindow!;
        const widget = doc.querySelector<Widget>(`#box > stat-${options.widget}`)!;
        const box = (): Box => {
          const rect = widget.getBoundingClientRect();
          return { width: rect.width, height: rect.height, after: doc.getElementById('after')!.getBoundingClientRect().top };
        };
        // A counter's change is worded by the live widget ("+41 since 2023", its previous period), which
        // the fallback cannot know: its line may be wider, so an inline-block counter's width is not held.
        const keys = options.widget === 'counter' && options.showDelta ? (['height', 'after'] as const) : (['width', 'height', 'after'] as const);
        const within = (seen: Box, first: Box, when: string) => {
          for (const key of keys)
            expect(Math.abs(seen[key] - first[key]), `${key} ${when}: ${seen[key]} against ${first[key]} at first paint`).to.be.at.most(1);
        };

        const first = box();
        expect(first.height, 'a box at first paint').to.be.above(40);
        // The numbers shown from the parse through the snippet's declarative shadow root; the widget keeps its slot.
        const pageSlot = widget.shadowRoot?.querySelector('slot');
        expect(pageSlot?.assignedElements().length, "the snippet's slot shows the numbers at first paint").to.be.above(0);
        const script = doc.createElement('script');
        script.src = '/dist/stat-widgets.iife.js';
        doc.head.append(script);
        await until(() => widget.hasAttribute('state'), 8000, 'the upgrade');
        await widget.updateComplete;
        expect(widget.getAttribute('state')).to.equal('loading');
        expect(widget.shadowRoot!.querySelector('slot'), 'the same slot after the upgrade and first render').to.equal(pageSlot);
        within(box(), first, 'once upgraded, while the feed loads');
        if (!whole) return;

        // Every frame from the feed's arrival until the widget is drawn and has counted up.
        const seen: Box[] = [];
        let sampling = true;
        const sample = () => {
          seen.push(box());
          if (sampling) win.requestAnimationFrame(sample);
        };
        win.requestAnimationFrame(sample);
        await setFeed(feed, { mode: 'ok' });
        await until(() => widget.getAttribute('state') === 'ready', 8000, 'the feed');
        const drawn = () => !pageShown(widget) && !widget.shadowRoot!.querySelector('.skeleton');
        await until(drawn, 8000, 'the widget drawn');
        await sleep(1200); // --stat-duration: 800 ms of count-up
        sampling = false;
        expect(seen.length, 'frames sampled').to.be.above(10);
        seen.forEach((each, i) => within(each, first, `in frame ${i} of ${seen.length} after the feed came`));
      });
    }
  }
});
