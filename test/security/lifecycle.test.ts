// Issue 6, part 5: life cycle. Elements in the page (and properties set on them) before the
// elements are defined; elements moved, removed and re-added; `src` changed mid-request; and after
// removal nothing of the widgets is left running: no timer, animation frame, observed element,
// listener on window or document, or request in flight.
//
// The page's timer, frame, observer, listener and fetch functions are wrapped here BEFORE the
// elements are imported (they are imported in a `before` hook). Only what code under /src/ (the
// widgets, not the test framework) asked for is counted, by the caller's stack.
import { expect, fixture } from '@open-wc/testing';
import { feedTiming } from '../../src/feed/load.js';
import { changedFeed, smallFeed } from '../fixtures/small-feed.js';
import { feedStats, serveFeed, setFeed } from '../support/feed-control.js';
import { requireVisiblePage, sleep, state, text, until, untilState, untilValue } from '../support/dom.js';

// ---------------------------------------------------------------------------------------------
// Instrumentation

const fromWidgets = () => /\/src\//.test(new Error().stack?.split('\n').slice(3).join('\n') ?? '');

const timers = new Map<number, string>(); // pending timeout / interval ids → kind
const frames = new Set<number>();
const observed = new Map<object, Set<Element>>();
const listeners = new Map<string, number>(); // "target type" → count
let inFlight = 0;

function wrapTimers(): void {
  const { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci, requestAnimationFrame: raf, cancelAnimationFrame: caf } = window;
  window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    if (!fromWidgets()) return st(handler, ms, ...args);
    const id: number = st(
      (...a: unknown[]) => {
        timers.delete(id);
        if (typeof handler === 'function') (handler as (...x: unknown[]) => void)(...a);
      },
      ms,
      ...args,
    );
    timers.set(id, 'timeout');
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) timers.delete(id);
    ct(id);
  }) as typeof window.clearTimeout;
  window.setInterval = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id = si(handler, ms, ...args);
    if (fromWidgets()) timers.set(id, 'interval');
    return id;
  }) as typeof window.setInterval;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) timers.delete(id);
    ci(id);
  }) as typeof window.clearInterval;
  window.requestAnimationFrame = (callback: FrameRequestCallback) => {
    if (!fromWidgets()) return raf(callback);
    const id = raf((now) => {
      frames.delete(id);
      callback(now);
    });
    frames.add(id);
    return id;
  };
  window.cancelAnimationFrame = (id: number) => {
    frames.delete(id);
    caf(id);
  };
}

function wrapObservers(): void {
  for (const Observer of [IntersectionObserver, ResizeObserver] as const) {
    const proto = Observer.prototype as unknown as {
      observe(target: Element, options?: unknown): void;
      unobserve(target: Element): void;
      disconnect(): void;
    };
    const { observe, unobserve, disconnect } = proto;
    proto.observe = function (this: object, target: Element, options?: unknown) {
      if (!observed.has(this)) observed.set(this, new Set());
      observed.get(this)!.add(target);
      return observe.call(this, target, options);
    };
    proto.unobserve = function (this: object, target: Element) {
      observed.get(this)?.delete(target);
      return unobserve.call(this, target);
    };
    proto.disconnect = function (this: object) {
      observed.delete(this);
      return disconnect.call(this);
    };
  }
}

function wrapListeners(target: Window | Document, name: string): void {
  const add = target.addEventListener.bind(target);
  const remove = target.removeEventListener.bind(target);
  const keys = new WeakMap<object, Set<string>>();
  const key = (type: string, options?: boolean | EventListenerOptions) => `${name} ${type} ${typeof options === 'boolean' ? options : !!options?.capture}`;
  target.addEventListener = (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) => {
    if (listener && fromWidgets()) {
      const k = key(type, options);
      const seen = keys.get(listener) ?? new Set<string>();
      if (!seen.has(k)) {
        seen.add(k);
        keys.set(listener, seen);
        listeners.set(k, (listeners.get(k) ?? 0) + 1);
      }
    }
    add(type, listener as EventListenerOrEventListenerObject, options);
  };
  target.removeEventListener = (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) => {
    const k = key(type, options);
    if (listener && keys.get(listener)?.delete(k)) listeners.set(k, listeners.get(k)! - 1);
    remove(type, listener as EventListenerOrEventListenerObject, options);
  };
}

function wrapFetch(): void {
  const original = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    if (!fromWidgets()) return original(input, init);
    inFlight++;
    const done = () => inFlight--;
    const request = original(input, init);
    request.then((response) => response.clone().arrayBuffer().then(done, done), done);
    return request;
  };
}

wrapTimers();
wrapObservers();
wrapListeners(window, 'window');
wrapListeners(document, 'document');
wrapFetch();

/** What the widgets still hold. */
function leftovers() {
  return {
    timers: [...timers.values()],
    frames: frames.size,
    observed: [...observed.values()].reduce((n, set) => n + set.size, 0),
    listeners: [...listeners].filter(([, n]) => n > 0).map(([k]) => k),
    inFlight,
  };
}

const nothingLeft = { timers: [], frames: 0, observed: 0, listeners: [], inFlight: 0 };

// ---------------------------------------------------------------------------------------------

const savedTiming = { ...feedTiming };
let counterFeed = { name: '', url: '' };
let preset: HTMLElement;
let inHtml: HTMLElement;

before(requireVisiblePage);

before(async function () {
  this.timeout(10000);
  counterFeed = await serveFeed(smallFeed, 'lifecycle');
  // In the HTML before the script: attributes only.
  inHtml = document.createElement('div');
  inHtml.innerHTML = `<stat-counter src="${counterFeed.url}" metric="teachers" style="--stat-duration: 0s"></stat-counter>`;
  document.body.append(inHtml);
  // Properties set before upgrade, on an element already in the page.
  preset = document.createElement('stat-counter');
  preset.style.setProperty('--stat-duration', '0s');
  document.body.append(preset);
  Object.assign(preset, { src: counterFeed.url, metric: 'schools', region: 'north' });
  expect(customElements.get('stat-counter'), 'not yet defined').to.equal(undefined);
  await import('../../src/all.js');
});

afterEach(() => Object.assign(feedTiming, savedTiming));

async function counterOn(url: string, attributes = ''): Promise<HTMLElement> {
  const root = await fixture<HTMLElement>(`<div><stat-counter src="${url}" metric="teachers" style="--stat-duration: 0s" ${attributes}></stat-counter></div>`);
  return root.querySelector<HTMLElement>('stat-counter')!;
}

describe('life cycle', function () {
  this.timeout(15000);

  describe('before the elements are defined', () => {
    after(() => {
      inHtml.remove();
      preset.remove();
    });

    it('an element in the HTML before the script upgrades and shows its number', async () => {
      const el = inHtml.querySelector('stat-counter')!;
      await untilValue(el, '4,308');
      expect(state(el)).to.equal('ready');
    });

    it('properties set before upgrade are used (metric "schools", region "north")', async () => {
      await untilState(preset, 'ready');
      expect(text(preset, 'label')).to.equal('Schools');
      expect(text(preset, 'value'), 'N1 + N2 schools in 2024').to.equal('15');
      expect((preset as unknown as { metric: string }).metric).to.equal('schools');
      // The property is Lit's accessor again (not an own property hiding it): changes render.
      expect(Object.prototype.hasOwnProperty.call(preset, 'metric')).to.equal(false);
      (preset as unknown as { metric: string }).metric = 'teachers';
      await untilValue(preset, '150');
    });
  });

  describe('moved, removed and re-added', () => {
    it('moved while its request is under way: one request, and it shows the number', async () => {
      const { name, url } = await serveFeed(smallFeed, 'move');
      await setFeed(name, { mode: 'hang' });
      const el = await counterOn(url);
      await until(async () => (await feedStats(name)).requests === 1, 3000, 'the request');
      const elsewhere = await fixture<HTMLElement>('<section></section>');
      elsewhere.append(el); // A move: disconnected and connected in one go.
      await sleep(100);
      await setFeed(name, { mode: 'ok' });
      await untilValue(el, '4,308');
      expect((await feedStats(name)).requests, 'requests').to.equal(1);
    });

    it('moved when ready: no new request; it keeps refreshing in its new place', async () => {
      const { name, url } = await serveFeed(smallFeed, 'move');
      const el = await counterOn(url, 'refresh="0.3"');
      await untilValue(el, '4,308');
      const elsewhere = await fixture<HTMLElement>('<section></section>');
      elsewhere.append(el);
      await sleep(100);
      expect((await feedStats(name)).requests, 'no request for the move').to.equal(1);
      await setFeed(name, { body: changedFeed((doc) => ((doc.observations[2] as Record<string, unknown>)['teachers'] = 5000)) });
      await untilValue(el, '5,000');
    });

    it('removed, then re-added later: shows the number at once without a new request, and refreshes again', async () => {
      const { name, url } = await serveFeed(smallFeed, 'readd');
      const el = await counterOn(url, 'refresh="0.3"');
      await untilValue(el, '4,308');
      const parent = el.parentElement!;
      el.remove();
      await sleep(500);
      expect((await feedStats(name)).requests, 'no refresh while removed').to.equal(1);
      parent.append(el);
      await sleep(50);
      expect(text(el, 'value')).to.equal('4,308');
      expect(state(el)).to.equal('ready');
      await setFeed(name, { body: changedFeed((doc) => ((doc.observations[2] as Record<string, unknown>)['teachers'] = 5000)) });
      await untilValue(el, '5,000');
    });
  });

  describe('src changed mid-request (the stale answer is dropped)', () => {
    for (const [tag, attributes] of [
      ['stat-map', 'metric="teachers"'],
      ['stat-timeline', 'metrics="teachers"'],
    ] as const) {
      it(`${tag}: shows the second feed; the first one's late answer changes nothing`, async () => {
        const first = await serveFeed(
          changedFeed((doc) => ((doc as { title?: unknown }).title = 'First')),
          'first',
        );
        await setFeed(first.name, { mode: 'hang' });
        const second = await serveFeed(smallFeed, 'second');
        const root = await fixture<HTMLElement>(`<div style="width: 600px"><${tag} src="${first.url}" ${attributes}></${tag}></div>`);
        const el = root.querySelector<HTMLElement & { src: string }>(tag)!;
        await until(async () => (await feedStats(first.name)).requests === 1, 3000, 'the first request');
        el.src = second.url;
        await untilState(el, 'ready');
        const drawn = el.shadowRoot!.innerHTML;
        await setFeed(first.name, { mode: 'ok', body: { version: 2 } });
        await sleep(300);
        expect(state(el)).to.equal('ready');
        expect(el.shadowRoot!.innerHTML).to.equal(drawn);
      });
    }
  });

  describe('after removal nothing is left running', () => {
    it('every widget, refreshing, with a tween, a map playing and a failing feed: no timer, frame, observer, listener or request left', async () => {
      feedTiming.retryBase = 200;
      const demo = await serveFeed(await (await fetch('/demo/data/feed.json')).text(), 'leak');
      const failing = await serveFeed(smallFeed, 'leak-down');
      const hanging = await serveFeed(smallFeed, 'leak-hang');
      await setFeed(failing.name, { mode: 'down' });
      await setFeed(hanging.name, { mode: 'hang' });
      const root = await fixture<HTMLElement>(`<div style="width: 640px">
        <stat-feed src="${demo.url}" refresh="0.2">
          <stat-counter metric="teachers" show-delta></stat-counter>
          <stat-map metric="teachers"></stat-map>
          <stat-timeline metrics="teachers,schools"></stat-timeline>
        </stat-feed>
        <stat-counter src="${demo.url}" refresh="0.3" metric="schools"></stat-counter>
        <stat-map src="${demo.url}" refresh="0.3" metric="schools"></stat-map>
        <stat-timeline src="${demo.url}" refresh="0.3" metrics="teachers"></stat-timeline>
        <stat-counter src="${failing.url}" refresh="0.2" metric="teachers"></stat-counter>
        <stat-counter src="${hanging.url}" refresh="0.2" metric="teachers"></stat-counter>
      </div>`);
      const widgets = [...root.querySelectorAll<HTMLElement>('stat-counter, stat-map, stat-timeline')];
      await until(() => widgets.slice(0, 6).every((el) => state(el) === 'ready'), 8000, 'the widgets ready');
      await until(() => !!root.querySelector('stat-map')!.shadowRoot!.querySelector('[part~="region"]'), 5000, 'the map drawn');
      // Something of each kind is under way before the removal.
      root.querySelector('stat-map')!.shadowRoot!.querySelector<HTMLElement>('[part="play"]')?.click();
      await sleep(400);
      const before = leftovers();
      expect(before.timers.length, 'timers while mounted').to.be.greaterThan(0);
      expect(before.observed, 'observed elements while mounted').to.be.greaterThan(0);
      expect(before.listeners, 'listeners while mounted').to.include('document visibilitychange false');
      expect(before.inFlight, 'the hanging request').to.be.at.least(1);

      root.remove();
      await sleep(300);
      expect(leftovers()).to.deep.equal(nothingLeft);
      await setFeed(hanging.name, { mode: 'ok' });
    });
  });
});
