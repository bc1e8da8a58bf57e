// <stat-timeline> around its model: when it builds the chart again, and what it hands over for its image.
import { expect, fixture } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/elements/timeline/define.js';
import type { StatTimeline } from '../../src/elements/timeline/stat-timeline.js';
import { monthlyFeed } from '../fixtures/timeline-feeds.js';
import { serveFeed } from '../support/feed-control.js';
import { state, until } from '../support/dom.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<SVGElement & HTMLElement>(selector);

async function timeline(attributes = ''): Promise<StatTimeline> {
  const { url } = await serveFeed(monthlyFeed, 'timeline-element');
  const root = await fixture<HTMLElement>(`<div style="width:800px"><stat-timeline src="${url}" ${attributes}></stat-timeline></div>`);
  const el = root.querySelector('stat-timeline')!;
  await until(() => state(el) !== 'loading' && (state(el) === 'error' || !!$(el, '[part="plot"]')), 4000, 'the timeline to draw');
  return el;
}

/** The chart the element draws from (private: the test reads it to tell one build from the next). */
const chartOf = (el: StatTimeline) => (el as unknown as { chart: object | null }).chart;

describe('stat-timeline: the chart is built again only when its inputs change', () => {
  afterEach(() => resetMouse());

  it('hovering, the crosshair, the keyboard, an event card, the table and the theme reuse the chart; a new height, kinds or hidden series rebuild it', async () => {
    const el = await timeline();
    const builds = new Set<object | null>();
    const seen = async () => {
      await el.updateComplete;
      builds.add(chartOf(el));
      return builds.size;
    };
    expect(chartOf(el)).to.not.equal(null);
    expect(await seen()).to.equal(1);

    const box = $(el, '[part="plot"]')!.getBoundingClientRect();
    const crosshair = () => $(el, '[part="crosshair"]')?.getAttribute('data-period');
    for (const dx of [100, 300, 500]) {
      const before = crosshair();
      await sendMouse({ type: 'move', position: [Math.round(box.x + dx), Math.round(box.y + 60)] });
      await until(() => !!crosshair() && crosshair() !== before, 2000, 'the crosshair to move');
    }
    expect(await seen(), 'after moving the crosshair').to.equal(1);

    $(el, '[part="plot"]')!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowDown' });
    await until(() => !!$(el, '[part="event-card"]'), 2000, 'the event card');
    await sendKeys({ press: 'Escape' });
    expect(await seen(), 'after the keyboard and an event card').to.equal(1);

    $(el, '[part="table-toggle"]')!.click();
    el.theme = 'dark';
    el.noMenu = true;
    expect(await seen(), 'after the table and the theme').to.equal(1);

    el.height = 240;
    expect(await seen(), 'a new height').to.equal(2);
    el.events = 'award';
    expect(await seen(), 'other event kinds').to.equal(3);
    $(el, '[part="legend-item"][data-metric="projects"]')!.click();
    expect(await seen(), 'a series hidden').to.equal(4);
    // The same inputs as the last build: nothing to do.
    el.requestUpdate();
    expect(await seen()).to.equal(4);
  });
});

describe('stat-timeline: exportImage()', () => {
  it('hands over the plot’s SVG (not the crosshair’s layer) and the legend’s shown entries with their swatches and shapes', async () => {
    const el = await timeline();
    const parts = el.exportImage();
    expect(parts.chart).to.equal($(el, '[part="plot"] > svg:not(.overlay)'));
    expect(parts.chart!.querySelector('[part="line"]')).to.not.equal(null);
    expect(parts.counters).to.deep.equal([]);
    expect(parts.credit).to.equal('');
    expect(parts.legend.map((item) => item.label)).to.deep.equal(['Teachers', 'Projects', 'Conference', 'Training', 'Award']);

    // A series' swatch is painted in its line's colour; an event kind's shape is its marker's.
    const [teachers, projects, conference] = parts.legend;
    const line = (id: string) => getComputedStyle($(el, `[part="line"][data-metric="${id}"]`)!).stroke;
    expect(getComputedStyle(teachers!.swatch!).backgroundColor).to.equal(line('teachers'));
    expect(getComputedStyle(projects!.swatch!).backgroundColor).to.equal(line('projects'));
    expect(line('teachers')).to.not.equal(line('projects'));
    expect(teachers!.shape).to.equal(null);
    expect(conference!.swatch).to.equal(null);
    expect(conference!.shape).to.be.instanceOf(SVGPathElement);
    expect(conference!.shape!.getAttribute('d')).to.equal($(el, '[part="event"][data-kind="conference"] path')!.getAttribute('d'));

    // What data-files.ts read from the shadow DOM until now: the same entries.
    const scraped = [...el.shadowRoot!.querySelectorAll('[part="legend"] li:not(:has([aria-pressed="false"]))')].map((li) => li.textContent!.trim());
    expect(parts.legend.map((item) => item.label)).to.deep.equal(scraped);
  });

  it('leaves out a hidden series; hands over no chart and no legend while nothing is drawn', async () => {
    const el = await timeline();
    $(el, '[part="legend-item"][data-metric="teachers"]')!.click();
    await el.updateComplete;
    expect(el.exportImage().legend.map((item) => item.label)).to.deep.equal(['Projects', 'Conference', 'Training', 'Award']);

    const broken = await timeline('metrics="nope"');
    expect(state(broken)).to.equal('error');
    expect(broken.exportImage()).to.deep.equal({ chart: null, counters: [], legend: [], credit: '' });
  });
});
