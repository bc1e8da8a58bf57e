// Issue 12, part 3: a light main thread. A count-up frame changes the number's text and does
// nothing else: no reading of the feed again, no new Intl object (counted, not timed). A number
// in view when its data arrives shows at once.
import { expect, fixture } from '@open-wc/testing';
import '../../src/elements/counter/define.js';
import type { StatCounter } from '../../src/elements/counter/stat-counter.js';
import { FeedIndex } from '../../src/feed/select.js';
import { smallFeed } from '../fixtures/small-feed.js';
import { serveFeed } from '../support/feed-control.js';
import { requireVisiblePage, sleep, text, until, untilState, untilValue } from '../support/dom.js';

const INTL = ['NumberFormat', 'DateTimeFormat', 'PluralRules', 'RelativeTimeFormat', 'ListFormat', 'Collator', 'DisplayNames', 'Segmenter'] as const;
const READS = ['counter', 'value', 'latest', 'previous', 'metric', 'region', 'children'] as const;

/** Counts Intl objects made (constructors, and the toLocale… methods that make one inside) and reads of the feed, until `stop()`. */
function count() {
  const counts = { intl: 0, reads: 0 };
  const restore: (() => void)[] = [];
  const wrap = <T extends object>(owner: T, key: keyof T & string, kind: 'intl' | 'reads', construct = false) => {
    const original = owner[key] as unknown as (...args: unknown[]) => unknown;
    if (typeof original !== 'function') return;
    (owner as Record<string, unknown>)[key] = construct
      ? new Proxy(original, { construct: (target, args, newTarget) => (counts[kind]++, Reflect.construct(target, args, newTarget) as object) })
      : function (this: unknown, ...args: unknown[]) {
          counts[kind]++;
          return original.apply(this, args);
        };
    restore.push(() => ((owner as Record<string, unknown>)[key] = original));
  };
  for (const name of INTL) wrap(Intl, name, 'intl', true);
  wrap(Number.prototype, 'toLocaleString', 'intl');
  for (const name of ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString'] as const) wrap(Date.prototype, name, 'intl');
  wrap(String.prototype, 'localeCompare', 'intl');
  for (const name of READS) wrap(FeedIndex.prototype, name, 'reads');
  return { counts, stop: () => restore.forEach((undo) => undo()) };
}

/** Every distinct text of part `value`, on each DOM change, until `stop()`. */
function values(el: Element) {
  const seen: string[] = [];
  const take = () => {
    const value = text(el, 'value') ?? '';
    if (seen[seen.length - 1] !== value) seen.push(value);
  };
  const observer = new MutationObserver(take);
  observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
  take();
  return { seen, stop: () => (observer.disconnect(), take()) };
}

let url = '';
before(requireVisiblePage);
before(async () => void ({ url } = await serveFeed(smallFeed, 'counter-frames')));

describe('stat-counter: the work of an animation frame', () => {
  it('a count-up frame reads nothing from the feed again and makes no Intl object', async () => {
    const el = await fixture<StatCounter>(`<stat-counter src="${url}" metric="teachers" show-delta style="--stat-duration: 400ms"></stat-counter>`);
    await untilValue(el, '4,308');
    // A live change: from 4,308 (the country) to 150 (the north), counted down over 400 ms.
    el.region = 'north';
    await el.updateComplete;
    const shown = values(el);
    const { counts, stop } = count();
    try {
      await until(() => text(el, 'value') === '150', 3000, 'the count to end');
    } finally {
      stop();
      shown.stop();
    }
    expect(shown.seen.length, `frames seen: ${shown.seen.join(' | ')}`).to.be.at.least(3);
    expect(counts.reads, 'reads of the feed during the frames').to.equal(0);
    expect(counts.intl, 'Intl objects made during the frames').to.equal(0);
  });

  it('the change itself is read once, however many frames follow', async () => {
    const el = await fixture<StatCounter>(`<stat-counter src="${url}" metric="teachers" style="--stat-duration: 300ms"></stat-counter>`);
    await untilValue(el, '4,308');
    const { counts, stop } = count();
    try {
      el.region = 'S1';
      await until(() => text(el, 'value') === '70', 3000, 'the count to end');
    } finally {
      stop();
    }
    const once = counts.reads;
    expect(once, 'the change is read').to.be.greaterThan(0);
    const again = count();
    await sleep(100);
    again.stop();
    expect(again.counts.reads, 'nothing read once the count has ended').to.equal(0);
  });
});

describe('stat-counter: the first number', () => {
  it('in view when its data arrives: shows at once, no count-up', async () => {
    const el = document.createElement('stat-counter');
    el.setAttribute('metric', 'schools');
    el.setAttribute('src', (await serveFeed(smallFeed, 'counter-first')).url);
    el.style.setProperty('--stat-duration', '400ms');
    await fixture(el);
    const texts = values(el);
    await untilState(el, 'ready');
    await sleep(500);
    texts.stop();
    expect(texts.seen.filter((t) => /\d/.test(t))).to.deep.equal(['1,141']);
  });

  it('in view, with a feed already loaded (its data there before the first observation): at once too', async () => {
    await fixture<StatCounter>(`<stat-counter src="${url}" metric="teachers"></stat-counter>`);
    const root = await fixture<HTMLElement>(`<div></div>`);
    const el = document.createElement('stat-counter');
    el.setAttribute('src', url);
    el.setAttribute('metric', 'projects');
    el.style.setProperty('--stat-duration', '400ms');
    root.append(el);
    const texts = values(el);
    await untilValue(el, '1,700');
    await sleep(500);
    texts.stop();
    expect(texts.seen.filter((t) => /\d/.test(t))).to.deep.equal(['1,700']);
  });
});
