// Issue 12, part 3: a light main thread. A widget of the page draws first in a task of its own,
// not in the task that runs the script, and shows the page's fallback until then; a map draws
// its first picture in slices (a task each) and says `ready` once its numbers are drawn.
import { expect } from '@open-wc/testing';
import '../../src/elements/counter/define.js';
import '../../src/elements/map/define.js';
import '../../src/elements/summary/define.js';
import '../../src/elements/timeline/define.js';
import { elementSnippet, PAGE_SHADOW } from '../../src/embed/snippet.js';
import type { StatMap } from '../../src/elements/map/stat-map.js';
import { BANDS, DrawingSlices, SLICE_MS } from '../../src/elements/map/slices.js';
import type { FeedStatus } from '../../src/feed/load.js';
import { smallFeed } from '../fixtures/small-feed.js';
import { feedUrl, serveFeed, setFeed, uniqueFeedName } from '../support/feed-control.js';
import { onScreen, pageShown, requireVisiblePage, sleep, snippetElement, until } from '../support/dom.js';

before(requireVisiblePage);

/** Drains the microtasks of the current task (a few rounds: promise chains). */
const microtasks = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

describe('the first render waits for a task of its own', () => {
  let host: HTMLElement;
  beforeEach(() => document.body.append((host = document.createElement('div'))));
  afterEach(() => host.remove());

  it('a counter of the page: its fallback stays shown, in its box, through the task that upgraded it', async () => {
    const { url } = await serveFeed(smallFeed);
    host.innerHTML = `<stat-counter src="${url}" metric="teachers"><p style="margin:0;height:40px">Teachers: 4,308</p></stat-counter>`;
    const el = host.querySelector('stat-counter')!;
    // Upgraded (the element is defined), with its state, but not yet rendered.
    expect(el.shadowRoot, 'upgraded').to.not.equal(null);
    expect(el.getAttribute('state')).to.equal('loading');
    await microtasks();
    expect(el.hasUpdated, 'rendered in the same task').to.equal(false);
    expect(el.getBoundingClientRect().height, "the page's fallback shows through, in its box").to.equal(40);
    await el.updateComplete;
    expect(el.hasUpdated).to.equal(true);
    expect(el.shadowRoot!.querySelectorAll('slot').length, 'one slot: the first one gave way to the render').to.equal(1);
    expect(el.getBoundingClientRect().height).to.equal(40);
  });

  it('a map without fallback content draws its placeholder at once: its box tells the in-view observer where it is', async () => {
    const { url } = await serveFeed(smallFeed);
    host.innerHTML = `<div style="height:3000px"></div><stat-map src="${url}" metric="teachers" style="width:600px"></stat-map>`;
    const el = host.querySelector('stat-map')!;
    await microtasks();
    expect(el.hasUpdated, 'rendered in the task that upgraded it').to.equal(true);
    expect(el.getBoundingClientRect().height, 'the placeholder has its height').to.be.greaterThan(100);
    // Far below the viewport, it stays undrawn.
    await sleep(300);
    expect(el.shadowRoot!.querySelectorAll('[part~="region"]').length).to.equal(0);
  });

  it("a counter in another widget's shadow root renders with its host, in the same task", async () => {
    const outer = document.createElement('div');
    host.append(outer);
    const root = outer.attachShadow({ mode: 'open' });
    const { url } = await serveFeed(smallFeed);
    root.innerHTML = `<stat-counter src="${url}" metric="teachers"></stat-counter>`;
    await microtasks();
    expect(root.querySelector('stat-counter')!.hasUpdated).to.equal(true);
  });
});

describe("a summary behind the page's numbers", () => {
  it('readies its counters hidden, each rendering after the summary did, and shows them all at once; the page says what is live', async () => {
    const { url } = await serveFeed(smallFeed);
    const host = document.createElement('div');
    // The count-up's length as by default: readied out of sight, the numbers must still show at once, not count up from zero.
    host.innerHTML = `<stat-summary src="${url}" style="--stat-duration: 800ms"><p style="height:120px;margin:0">Teachers 4,308; schools 512</p></stat-summary>`;
    document.body.append(host);
    const el = host.querySelector('stat-summary')!;
    const root = el.shadowRoot!;
    type Counter = HTMLElement & { hasUpdated: boolean };
    // After each of the summary's updates: what a reader sees, and whether its counters had rendered.
    const seen: { page: boolean; list: boolean; counters: number; rendered: number; state: string | null; values: string }[] = [];
    el.addController({
      hostUpdated: () => {
        const counters = [...root.querySelectorAll<Counter>('stat-counter')];
        const list = root.querySelector('ul');
        seen.push({
          page: pageShown(el),
          list: !!list && list.getClientRects().length > 0,
          counters: counters.length,
          rendered: counters.filter((counter) => counter.hasUpdated).length,
          state: el.getAttribute('state'),
          values: counters.map((counter) => counter.shadowRoot!.querySelector('[part="value"]')?.textContent?.trim()).join(' '),
        });
      },
    });
    try {
      await until(() => el.getAttribute('state') === 'ready', 5000, 'the summary ready');
      await el.updateComplete;
      expect(
        seen.every(({ page, list }) => page !== list),
        `after every update, the page's numbers or the counters: ${JSON.stringify(seen)}`,
      ).to.equal(true);
      const readying = seen.findIndex(({ counters }) => counters > 0);
      const shown = seen.findIndex(({ list }) => list);
      expect(seen[readying], 'the counters made behind the numbers, none rendered yet, the summary not ready').to.deep.include({
        page: true,
        rendered: 0,
        state: 'loading',
      });
      expect(shown, 'shown in a later update').to.be.greaterThan(readying);
      expect(seen[shown]!.rendered, 'shown with every counter rendered').to.equal(seen[shown]!.counters);
      expect(seen[shown]!.values, 'the final numbers at once').to.contain('4,308');
      // In view when shown: no count-up from zero (its observer saw no box while hidden: not "scrolled to").
      await sleep(200);
      const values = [...root.querySelectorAll('stat-counter')].map((counter) => counter.shadowRoot!.querySelector('[part="value"]')?.textContent?.trim());
      expect(values.join(' '), '200 ms later').to.equal(seen[shown]!.values);
    } finally {
      host.remove();
    }
  });
});

describe("the page's numbers are laid out once, as the page typed them", () => {
  let host: HTMLElement;
  beforeEach(() => document.body.append((host = document.createElement('div'))));
  afterEach(() => host.remove());

  const TABLES = {
    map: {
      title: 'Teachers, 2024',
      columns: ['Area', 'Teachers'],
      rows: [
        ['North One', 100],
        ['South One', 70],
        ['East One', 40],
      ],
    },
    timeline: {
      title: 'Teachers',
      columns: ['Period', 'Teachers'],
      rows: [
        ['2022', 3900],
        ['2023', 4180],
        ['2024', 4308],
      ],
    },
  } as const;

  for (const widget of ['map', 'timeline'] as const) {
    it(`a ${widget} of the builder's snippet, parsed by the page: its rows keep their place and line height through the upgrade and first render`, async () => {
      const name = uniqueFeedName('laid-out-once');
      await setFeed(name, { body: smallFeed, mode: 'hang' });
      const table = { ...TABLES[widget], rows: TABLES[widget].rows.map((row) => [...row]), lang: 'en', source: 'Test office', licence: '' };
      const snippet = elementSnippet({ widget, src: feedUrl(name), metric: 'teachers', lang: 'en', fallback: table, dist: '/dist/' });
      const element = snippetElement(snippet);
      expect(element, 'the snippet has its declarative shadow root').to.contain(PAGE_SHADOW);
      // The same numbers typed by hand: the element's markup as a <div>, without the shadow root.
      const typed = element
        .replace(PAGE_SHADOW, '')
        .replace(/^<stat-\w+/, '<div')
        .replace(/<\/stat-\w+>$/, '</div>');
      // A page's own line height (1.6), not the widget's (1.4): the numbers keep the page's.
      host.style.cssText = 'font: 16px/1.6 sans-serif';
      // As the page's parser reads it (innerHTML would leave the <template> inert).
      host.setHTMLUnsafe(`<div style="width: 600px">${element}</div><div style="width: 600px">${typed}</div>`);
      const [el, copy] = [host.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>(`stat-${widget}`)!, host.children[1]!.firstElementChild!];
      try {
        expect(el.querySelector('template'), 'the template became the shadow root').to.equal(null);
        await el.updateComplete;
        expect(el.getAttribute('state')).to.equal('loading');
        expect(el.shadowRoot!.querySelectorAll('slot'), 'one slot: the parsed one').to.have.length(1);
        const rows = (root: Element) => [...root.querySelectorAll('tr')].map((row) => row.getBoundingClientRect());
        const [shown, asTyped] = [rows(el), rows(copy)];
        expect(shown.length).to.equal(4);
        shown.forEach((row, i) => {
          expect(row.height, `row ${i}'s height`).to.equal(asTyped[i]!.height);
          expect(row.top - shown[0]!.top, `row ${i}'s place`).to.equal(asTyped[i]!.top - asTyped[0]!.top);
        });
      } finally {
        await setFeed(name, { mode: 'ok' });
      }
    });
  }
});

describe('a map draws its first picture in slices', () => {
  it('says ready only once its regions are drawn', async () => {
    // The feed is held until the map has its width, so that it is drawn (in slices) as soon as the feed is in.
    const name = uniqueFeedName('slices');
    await setFeed(name, { body: smallFeed, mode: 'hang' });
    const el = document.createElement('stat-map') as StatMap;
    el.setAttribute('src', feedUrl(name));
    el.setAttribute('metric', 'teachers');
    el.style.width = '600px';
    // What the regions were when the state turned ready, seen at that moment.
    const drawnWhenReady: number[] = [];
    new MutationObserver(() => {
      if (el.getAttribute('state') === 'ready') drawnWhenReady.push(el.shadowRoot!.querySelectorAll('[part~="region"]').length);
    }).observe(el, { attributeFilter: ['state'] });
    // And what was drawn while it was loading (seen as the paths came).
    const drawnWhileLoading: number[] = [];
    const paths = new MutationObserver(() => {
      const drawn = el.shadowRoot!.querySelectorAll('[part~="region"]').length;
      if (drawn && el.getAttribute('state') === 'loading') drawnWhileLoading.push(drawn);
    });
    document.body.append(el);
    paths.observe(el.shadowRoot!, { subtree: true, childList: true });
    try {
      await el.updateComplete;
      await sleep(200);
      await setFeed(name, { body: smallFeed, mode: 'ok' });
      await until(() => drawnWhenReady.length > 0, 5000, 'the map to be ready');
      expect(drawnWhenReady[0], 'regions drawn when ready').to.be.greaterThan(5);
      // Drawn in slices: fewer regions first, all of them by the time it is ready.
      expect(drawnWhileLoading.length, 'regions drawn while loading').to.be.greaterThan(0);
      expect(Math.min(...drawnWhileLoading)).to.be.lessThan(drawnWhenReady[0]!);
      await sleep(100);
      expect(el.shadowRoot!.querySelectorAll('[part~="region"]').length, 'nothing drawn after ready').to.equal(drawnWhenReady[0]);
    } finally {
      paths.disconnect();
      el.remove();
      await setFeed(name, { mode: 'ok' });
    }
  });

  it('once drawn, a redraw in slices keeps the picture until the new one is in (no blank frame)', async () => {
    const { url } = await serveFeed(smallFeed);
    const host = document.createElement('div');
    host.style.width = '600px';
    host.innerHTML = `<stat-map src="${url}" metric="teachers"></stat-map>`;
    document.body.append(host);
    const el = host.querySelector('stat-map')!;
    const svg = () => el.shadowRoot!.querySelector('svg[part="map"]');
    const now = performance.now.bind(performance);
    try {
      await until(() => el.getAttribute('state') === 'ready' && !!svg(), 5000, 'the map drawn');
      const drawn = svg()!;
      // A slow device: the next derivation finds its slice spent at its first look at the clock,
      // so that it goes on in a task of its own (the method is private: patched on this element only).
      const derive = el['derive'].bind(el);
      let slow = 1;
      el['derive'] = () => {
        let calls = 0;
        if (slow-- > 0) performance.now = () => now() + (calls++ ? 60 : 0);
        try {
          derive();
        } finally {
          performance.now = now;
        }
      };
      const seen: (Element | null)[] = [];
      el.addController({ hostUpdated: () => void seen.push(svg()) });
      host.style.width = '400px';
      await until(() => svg()?.getAttribute('width') === '400', 5000, 'the new width');
      expect(seen.length, 'updates in between').to.be.greaterThan(1);
      expect(
        seen.every((picture) => picture !== null),
        'a picture after every update',
      ).to.equal(true);
      expect(seen[0], 'the old picture while the new one is made').to.equal(drawn);
    } finally {
      performance.now = now;
      host.remove();
    }
  });

  it("behind the page's numbers, the figure is built a band a task and shown whole: never the numbers and the figure both, never neither", async () => {
    const { url } = await serveFeed(smallFeed);
    const host = document.createElement('div');
    host.style.width = '600px';
    host.innerHTML = `<stat-map src="${url}" metric="teachers"><p style="height:500px;margin:0">Teachers, 2024: North One 100, South One 70</p></stat-map>`;
    document.body.append(host);
    const el = host.querySelector('stat-map')!;
    const root = el.shadowRoot!;
    // Each update as a reader would see it after it, and which of the figure's parts were made by then.
    const seen: { page: boolean; figure: boolean; parts: string }[] = [];
    el.addController({
      hostUpdated: () => {
        const figure = root.querySelector('figure');
        const parts = ['map', 'legend', 'search', 'table-toggle', 'menu'].filter((name) => root.querySelector(`[part="${name}"]`)).join(' ');
        seen.push({ page: pageShown(el), figure: onScreen(figure), parts });
      },
    });
    try {
      await until(() => el.getAttribute('state') === 'ready' && !!root.querySelector('[part~="region"]'), 5000, 'the map drawn');
      expect(
        seen.every(({ page, figure }) => page !== figure),
        "after every update, the page's numbers or the figure",
      ).to.equal(true);
      const shown = seen.findIndex(({ figure }) => figure);
      expect(seen[shown]!.parts, 'the figure shown whole').to.equal('map legend search table-toggle menu');
      // Made behind the numbers in an update each: the drawing, the legend and search, the table's button, the menu (with which it shows).
      const made = (parts: string) => seen.findIndex((update) => update.parts === parts);
      expect([made('map'), made('map legend search'), made('map legend search table-toggle'), shown], 'the updates that made them').to.satisfy(
        (order: number[]) => order[0]! >= 0 && order.every((update, i) => i === 0 || update > order[i - 1]!),
      );
    } finally {
      host.remove();
    }
  });

  describe('DrawingSlices', () => {
    /** A host that counts the updates asked for. */
    const host = () => {
      const h = { state: 'ready' as FeedStatus, updates: 0, requestUpdate: () => void h.updates++ };
      return h;
    };

    it('goes on in a task of its own after its slice, and is loading until then', async () => {
      const h = host();
      const slices = new DrawingSlices(h);
      const now = performance.now();
      expect(slices.yielding(now), 'a fresh task').to.equal(false);
      expect(slices.yielding(now - SLICE_MS), 'a slice spent').to.equal(true);
      expect(h.state, 'not ready while drawing').to.equal('loading');
      expect(h.updates, 'the next slice waits for a task').to.equal(0);
      await sleep(0);
      expect(h.updates).to.equal(1);
    });

    it("yields before a step that would not fit the slice's rest, but never twice at a task's start", () => {
      const h = host();
      const slices = new DrawingSlices(h);
      expect(slices.yielding(performance.now() - 3, SLICE_MS), 'a first drawing would not fit: yield').to.equal(true);
      expect(slices.yielding(performance.now(), SLICE_MS), 'at the start of a task it runs, however long').to.equal(false);
      expect(slices.yielding(performance.now() - 3, 2), 'a step that fits').to.equal(false);
    });

    it('steps: each costly step at the start of a slice, then the drawing in a slice of its own', () => {
      const h = host();
      const slices = new DrawingSlices(h);
      const ran: string[] = [];
      // 6 ms into a slice of 10: a step of 5 would not fit; nothing runs.
      expect(slices.steps(performance.now() - 6, [() => ran.push('collator')])).to.equal(true);
      expect(ran).to.deep.equal([]);
      // A fresh task: the step runs; then the drawing would not fit the rest.
      const slow = () => {
        const until = performance.now() + 4;
        while (performance.now() < until);
        ran.push('collator');
      };
      expect(slices.steps(performance.now(), [slow])).to.equal(true);
      expect(ran).to.deep.equal(['collator']);
      // Steps that cost nothing (made already): on to the drawing in the same task.
      expect(slices.steps(performance.now(), [() => ran.push('again')])).to.equal(false);
    });

    it("draw: the first drawing's regions a slice's worth at a time, loading until all are in; then all at once", async () => {
      const h = host();
      const slices = new DrawingSlices(h);
      slices.draw(80, performance.now());
      expect(slices.shown, 'the first slice: the figure without its regions').to.equal(0);
      expect(h.state, 'not ready with regions left').to.equal('loading');
      await sleep(0);
      expect(h.updates, 'the next slice asked for').to.equal(1);
      slices.painted(); // No region drawn: no cost learnt.
      slices.draw(80, performance.now());
      expect(slices.shown, 'no cost known yet: the least, 16').to.equal(16);
      // That slice cost 4 ms for its 16 regions (0.25 ms each): a slice of 10 ms fits 40 more.
      const started = performance.now() - 4;
      slices.draw(80, started);
      expect(slices.shown).to.equal(16 + 16); // Still the cost of the slice before.
      slices.painted();
      h.state = 'ready';
      slices.draw(80, performance.now());
      expect(slices.shown, 'as many as the measured cost fits in a slice').to.be.within(32 + 16, 80);
      while (slices.shown < 80) slices.draw(80, performance.now());
      slices.draw(80, performance.now());
      expect(slices.shown, 'drawn: everything from then on').to.equal(Infinity);
    });

    it("draw behind the page's numbers: the figure's bands a slice each, then its regions; a path per fill too", async () => {
      for (const total of [80, 0]) {
        const h = host();
        const slices = new DrawingSlices(h);
        const built: number[] = [];
        for (let i = 0; i < BANDS; i++) {
          slices.draw(total, performance.now(), true);
          built.push(slices.built);
          expect(slices.shown, `${total} regions: none while the bands are built`).to.equal(0);
        }
        expect(built, 'a band a slice').to.deep.equal(Array.from({ length: BANDS }, (_, i) => i + 1));
        await sleep(0);
        expect(h.updates, 'each asked for the next slice').to.equal(BANDS);
        slices.draw(total, performance.now(), true);
        expect(slices.shown, 'then the regions, as without the numbers').to.equal(total ? 16 : Infinity);
      }
    });

    it('once drawn, redraws in one go up to 50 ms (no blank map between slices)', () => {
      const h = host();
      const slices = new DrawingSlices(h);
      slices.drawn = true;
      const now = performance.now();
      expect(slices.yielding(now - 20, SLICE_MS)).to.equal(false);
      expect(h.state).to.equal('ready');
      expect(slices.yielding(now - 60)).to.equal(true);
    });
  });
});
