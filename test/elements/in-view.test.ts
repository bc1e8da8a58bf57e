// Issue 8, part 2: work only where it is seen. Maps and timelines below the fold draw nothing
// (no projection, no paths, no axes) until they come within 200 px of the viewport, while their
// state follows the data; and many widgets resized at once redraw in one animation frame.
import { expect, fixture } from '@open-wc/testing';
import '../../src/elements/feed/define.js';
import '../../src/elements/map/define.js';
import '../../src/elements/timeline/define.js';
import type { StatMap } from '../../src/elements/map/stat-map.js';
import type { StatTimeline } from '../../src/elements/timeline/stat-timeline.js';
import { serveFeed } from '../support/feed-control.js';
import { requireVisiblePage, sleep, until, untilState } from '../support/dom.js';

let demoUrl: string;

before(requireVisiblePage);
before(async () => {
  const demo: unknown = await (await fetch('/demo/data/feed.json')).json();
  demoUrl = (await serveFeed(demo, 'in-view-demo')).url;
});

afterEach(() => window.scrollTo(0, 0));

const regions = (map: Element) => map.shadowRoot!.querySelectorAll('[part~="region"]').length;
const lines = (timeline: Element) => timeline.shadowRoot!.querySelectorAll('[part="line"], [part~="axis"]').length;

describe('work only where it is seen', () => {
  it('a map and a timeline far below the fold are ready but draw nothing until scrolled near, then draw', async () => {
    const root = await fixture<HTMLElement>(
      `<stat-feed src="${demoUrl}"><div style="width:700px">
        <div style="height:4000px"></div>
        <stat-map metric="teachers"></stat-map>
        <stat-timeline></stat-timeline>
      </div></stat-feed>`,
    );
    const map = root.querySelector<StatMap>('stat-map')!;
    const timeline = root.querySelector<StatTimeline>('stat-timeline')!;
    await untilState(map, 'ready', 5000);
    await untilState(timeline, 'ready', 5000);
    expect(map.getBoundingClientRect().top).to.be.greaterThan(window.innerHeight + 1000);
    await sleep(300); // Frames and observer callbacks pass: still nothing drawn.
    expect(regions(map), 'map regions before scrolling').to.equal(0);
    expect(map.shadowRoot!.querySelector('svg[part="map"]'), 'map svg before scrolling').to.equal(null);
    expect(lines(timeline), 'timeline lines and axes before scrolling').to.equal(0);
    // Placeholders hold the drawing's place: the map's 4:3, the timeline's plot height.
    const mapBox = map.shadowRoot!.querySelector('.skeleton')!.getBoundingClientRect();
    expect(mapBox.width).to.equal(700);
    expect(mapBox.height).to.be.closeTo(525, 1);
    expect(timeline.shadowRoot!.querySelector('.skeleton')!.getBoundingClientRect().height).to.equal(300);

    // Just out of sight (150 px below the viewport): within the 200 px margin, so it draws.
    window.scrollTo(0, map.getBoundingClientRect().top + window.scrollY - window.innerHeight - 150);
    await until(() => regions(map) > 50, 3000, 'the map to draw near the viewport');
    expect(map.getBoundingClientRect().top).to.be.greaterThan(window.innerHeight);
    expect(lines(timeline), 'the timeline, further down, still waits').to.equal(0);

    timeline.scrollIntoView();
    await until(() => lines(timeline) > 0, 3000, 'the timeline to draw once scrolled into view');
    expect(timeline.shadowRoot!.querySelectorAll('[part="line"]').length).to.equal(3);
    // Ready once its last regions are in (a first drawing adds them in slices).
    await untilState(map, 'ready', 3000);
  });

  it('20 widgets resized at once redraw together: one animation frame for all, not one each', async () => {
    const root = await fixture<HTMLElement>(
      `<stat-feed src="${demoUrl}"><div style="width:400px">${'<stat-timeline height="120"></stat-timeline>'.repeat(20)}</div></stat-feed>`,
    );
    const box = root.firstElementChild as HTMLElement;
    const timelines = [...root.querySelectorAll<StatTimeline>('stat-timeline')];
    const width = (el: Element) => el.shadowRoot!.querySelector('[part="plot"] > svg')?.getAttribute('width');
    // 20 × 120 px plots: the page is taller than the viewport; scroll each in so that all draw.
    for (const el of timelines) {
      el.scrollIntoView();
      await until(() => width(el) === '400', 3000, 'a timeline drawn at 400 px');
    }

    const raf = window.requestAnimationFrame;
    let frames = 0;
    const redrawnInFrame: number[] = [];
    window.requestAnimationFrame = (callback) =>
      raf((now) => {
        frames++;
        callback(now);
        // Lit renders in microtasks after the callback: count the timelines redrawn before the next task.
        queueMicrotask(() => setTimeout(() => redrawnInFrame.push(timelines.filter((el) => width(el) === '600').length)));
      });
    try {
      box.style.width = '600px';
      await until(() => timelines.every((el) => width(el) === '600'), 3000, 'every timeline redrawn at 600 px');
      await sleep(50);
    } finally {
      window.requestAnimationFrame = raf;
    }
    expect(frames, 'animation frames asked for').to.equal(1);
    expect(redrawnInFrame[0], 'timelines redrawn in that one frame').to.equal(20);
  });
});
