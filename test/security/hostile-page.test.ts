// A host page with the global CSS a CMS theme may carry. Shadow DOM keeps the page's selectors
// out, but inherited properties (color, font, line-height, direction, text-indent, fill…) cross
// the boundary: the widgets must stay legible and laid out. And they add nothing global.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/counter/define.js';
import '../../src/elements/feed/define.js';
import '../../src/elements/map/define.js';
import '../../src/elements/timeline/define.js';
import { requireVisiblePage, text, until } from '../support/dom.js';

const HOSTILE_CSS = `
  * { margin: 0; padding: 0; box-sizing: content-box !important; border: 0; }
  html { font-size: 62.5%; }
  body { font-size: 9px; line-height: 3; color: transparent; direction: rtl; text-indent: 3em;
    letter-spacing: 0.05em; word-spacing: 0.5em; fill: red; stroke: lime; font-style: italic; }
  svg { width: 100% !important; height: auto; fill: red; stroke: lime; }
  path { stroke: lime !important; fill: red; }
  button { all: unset; }
  div, span, figure, ul, li { float: right; }
  ul { list-style: square; }
`;

const RED = 'rgb(255, 0, 0)';
const LIME = 'rgb(0, 255, 0)';

/** Alpha of a computed colour: `rgb(…)` is opaque, `rgba(…, a)` and `color(… / a)` have their own. */
function alpha(color: string): number {
  if (color === 'transparent') return 0;
  const slash = /\/\s*([\d.]+)\s*\)$/.exec(color);
  if (slash) return Number(slash[1]);
  const rgba = /^rgba\([^,]+,[^,]+,[^,]+,\s*([\d.]+)\)$/.exec(color);
  return rgba ? Number(rgba[1]) : 1;
}

const shadow = (el: Element) => el.shadowRoot!;
const ready = (els: Element[]) => els.every((el) => el.getAttribute('state') === 'ready');

describe('a hostile host page', function () {
  this.timeout(15000);
  before(requireVisiblePage);

  let sheet: HTMLStyleElement;
  before(() => {
    sheet = document.createElement('style');
    sheet.textContent = HOSTILE_CSS;
    document.head.append(sheet);
  });
  after(() => sheet.remove());

  async function mount() {
    const root = await fixture<HTMLElement>(html`<div id="box" style="width: 480px; --stat-duration: 0s">
      <stat-feed src="/demo/data/feed.json">
        <stat-counter metric="teachers" show-delta></stat-counter>
        <stat-map metric="teachers"></stat-map>
        <stat-timeline metrics="teachers,schools"></stat-timeline>
      </stat-feed>
    </div>`);
    const counter = root.querySelector('stat-counter')!;
    const map = root.querySelector('stat-map')!;
    const timeline = root.querySelector('stat-timeline')!;
    await until(() => ready([counter, map, timeline]), 10000, 'every widget ready');
    await until(() => shadow(map).querySelectorAll('[part~="region"]').length > 0, 5000, 'the map drawn');
    await until(() => !!shadow(timeline).querySelector('[part="line"]'), 5000, 'the timeline drawn');
    return { root, counter, map, timeline };
  }

  it('the counter’s number is visible, readable and reads left to right', async () => {
    const { counter } = await mount();
    const value = shadow(counter).querySelector<HTMLElement>('[part="value"]')!;
    expect(text(counter, 'value')).to.equal('4,308');
    const style = getComputedStyle(value);
    expect(alpha(style.color), `value colour ${style.color}`).to.be.greaterThan(0.5);
    expect(alpha(getComputedStyle(shadow(counter).querySelector('[part="label"]')!).color), 'label colour').to.be.greaterThan(0.5);
    expect(parseFloat(style.fontSize), 'value font-size').to.be.at.least(16);
    expect(style.direction, 'the number’s direction').to.equal('ltr');
    expect(style.visibility).to.equal('visible');
    // The digits are laid out left to right: "4" left of "8".
    const range = document.createRange();
    const node = [...value.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes('4,308'))!;
    const at = node.textContent!.indexOf('4,308');
    range.setStart(node, at);
    range.setEnd(node, at + 1);
    const first = range.getBoundingClientRect().left;
    range.setStart(node, at + 4);
    range.setEnd(node, at + 5);
    expect(range.getBoundingClientRect().left, '"8" right of "4"').to.be.greaterThan(first);
    // The delta reads "+63 since 2023" in that order (a right-to-left page would reorder it).
    const delta = shadow(counter).querySelector<HTMLElement>('[part="delta"]')!;
    expect(getComputedStyle(delta).direction).to.equal('ltr');
  });

  it('every widget has a size, stays inside its container and does not overflow it', async () => {
    const { root, counter, map, timeline } = await mount();
    const box = root.getBoundingClientRect();
    for (const el of [counter, map, timeline]) {
      const r = el.getBoundingClientRect();
      expect(r.width, `${el.localName} width`).to.be.greaterThan(0);
      expect(r.height, `${el.localName} height`).to.be.greaterThan(0);
      expect(r.left, `${el.localName} left`).to.be.at.least(box.left - 0.5);
      expect(r.right, `${el.localName} right`).to.be.at.most(box.right + 0.5);
    }
    expect(root.scrollWidth, 'no horizontal overflow').to.be.at.most(root.clientWidth + 1);
    const svg = shadow(map).querySelector('svg[part="map"]')!.getBoundingClientRect();
    expect(svg.width).to.be.greaterThan(200);
    expect(svg.right).to.be.at.most(box.right + 0.5);
    const plot = shadow(timeline).querySelector('[part="plot"]')!.getBoundingClientRect();
    expect(plot.height).to.be.greaterThan(100);
    expect(plot.right).to.be.at.most(box.right + 0.5);
    // The number's text starts inside the counter (no text-indent pushing it out).
    const value = shadow(counter).querySelector('[part="value"]')!;
    const range = document.createRange();
    range.selectNodeContents(value);
    const t = range.getBoundingClientRect();
    const c = counter.getBoundingClientRect();
    expect(t.left, 'value text inside the counter').to.be.at.least(c.left - 0.5);
    expect(t.left - c.left, 'value text at the counter’s start (no text-indent, left to right)').to.be.below(1);
    expect(t.right, 'value text inside the counter').to.be.at.most(c.right + 0.5);
  });

  it('the map keeps its colours and the timeline its lines', async () => {
    const { map, timeline } = await mount();
    const regions = [...shadow(map).querySelectorAll<SVGPathElement>('[part~="region"]')];
    const fills = regions.map((p) => getComputedStyle(p).fill);
    expect(
      fills.filter((f) => f === RED),
      'red regions',
    ).to.deep.equal([]);
    expect(new Set(fills).size, 'classes of colour').to.be.greaterThan(2);
    const lime = [...shadow(map).querySelectorAll('svg *')].filter((p) => getComputedStyle(p).stroke === LIME || getComputedStyle(p).fill === RED);
    expect(
      lime.map((p) => `${p.localName}.${p.getAttribute('class') ?? p.getAttribute('part')} ${getComputedStyle(p).stroke} ${getComputedStyle(p).fill}`),
      'map strokes and fills',
    ).to.deep.equal([]);
    const timelineLime = [...shadow(timeline).querySelectorAll('svg *')].filter((p) => getComputedStyle(p).stroke === LIME || getComputedStyle(p).fill === RED);
    expect(
      timelineLime.map((p) => `${p.localName}.${p.getAttribute('class') ?? p.getAttribute('part')} ${getComputedStyle(p).stroke} ${getComputedStyle(p).fill}`),
      'timeline strokes and fills',
    ).to.deep.equal([]);
    const lines = [...shadow(timeline).querySelectorAll('[part="line"]')];
    expect(lines).to.have.length(2);
    for (const line of lines) {
      expect(getComputedStyle(line).stroke).to.not.equal(LIME);
      expect(getComputedStyle(line).fill).to.not.equal(RED);
    }
    for (const t of shadow(timeline).querySelectorAll('text')) {
      expect(getComputedStyle(t).fill, 'axis label fill').to.not.equal(RED);
      expect(alpha(getComputedStyle(t).fill), 'axis label visible').to.be.greaterThan(0.5);
    }
    const legend = shadow(map).querySelector<HTMLElement>('[part="legend"]')!;
    expect(alpha(getComputedStyle(legend).color), 'legend colour').to.be.greaterThan(0.5);
  });

  it('adds no style sheet to the document, adopted or not, after mounting and removing every widget', async () => {
    const sheets = document.styleSheets.length;
    const adopted = document.adoptedStyleSheets.length;
    const { root } = await mount();
    expect(document.styleSheets.length).to.equal(sheets);
    expect(document.adoptedStyleSheets.length).to.equal(adopted);
    root.remove();
    expect(document.styleSheets.length).to.equal(sheets);
    expect(document.adoptedStyleSheets.length).to.equal(adopted);
  });

  it('the drop-in bundle adds one global of its own, StatWidgets, to a fresh page', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = '<!doctype html><html><head></head><body></body></html>';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow! as Window & typeof globalThis;
    const before = new Set(Object.getOwnPropertyNames(win));
    const script = win.document.createElement('script');
    script.src = new URL('/dist/stat-widgets.iife.js', location.href).href;
    await new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
      win.document.head.append(script);
    });
    const added = Object.getOwnPropertyNames(win).filter((name) => !before.has(name));
    frame.remove();
    // Lit's own, on every page with Lit, shared by every copy of it (README, "Security and host
    // pages"): the versions loaded (its warning about several copies) and its decorators' metadata.
    const lit = ['litElementVersions', 'litHtmlVersions', 'litPropertyMetadata', 'reactiveElementVersions'];
    expect(added.filter((name) => !lit.includes(name))).to.deep.equal(['StatWidgets']);
  });
});
