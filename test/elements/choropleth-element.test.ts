// The map element around its model: when it derives the model again (the one guard,
// src/math/memo.ts), and what it hands over for its image (exportImage).
import { expect, fixture } from '@open-wc/testing';
import '../../src/elements/map/define.js';
import type { Choropleth } from '../../src/elements/map/choropleth.js';
import type { StatMap } from '../../src/elements/map/stat-map.js';
import { serveFeed } from '../support/feed-control.js';
import { requireVisiblePage, until } from '../support/dom.js';

let demoUrl: string;

before(requireVisiblePage);
before(async () => {
  demoUrl = (await serveFeed(await (await fetch('/demo/data/feed.json')).json(), 'map-model')).url;
});

const regions = (map: StatMap) => [...map.shadowRoot!.querySelectorAll<SVGPathElement>('[part~="region"]')];

async function mapIn(markup: string): Promise<{ root: HTMLElement; map: StatMap }> {
  const root = await fixture<HTMLElement>(`<div style="width:600px">${markup}</div>`);
  const map = root.querySelector('stat-map')!;
  await until(() => map.getAttribute('state') === 'ready' && regions(map).length > 0, 4000, 'a drawn map');
  await map.updateComplete;
  return { root, map };
}

/** Every model the map has drawn after each update from now on: one per derivation. */
function modelsOf(map: StatMap): { readonly models: Set<Choropleth>; updates: number } {
  // The model is private: read here only to count how often it is made.
  const seen = { models: new Set<Choropleth>([map['model']!]), updates: 0 };
  map.addController({
    hostUpdated: () => {
      seen.updates += 1;
      seen.models.add(map['model']!);
    },
  });
  return seen;
}

describe('stat-map: deriving', () => {
  it('hover, focus, the tooltip and the table redraw without deriving the model again; new inputs do', async () => {
    const { root, map } = await mapIn(`<stat-map src="${demoUrl}" metric="teachers" period="2023" style="--stat-duration: 0s"></stat-map>`);
    const seen = modelsOf(map);
    const svg = map.shadowRoot!.querySelector('svg')!;
    for (const path of regions(map).slice(0, 20)) {
      const box = path.getBoundingClientRect();
      path.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true, clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 }));
      await map.updateComplete;
    }
    svg.dispatchEvent(new PointerEvent('pointerleave'));
    await map.updateComplete;
    for (const path of regions(map).slice(20, 30)) {
      path.focus();
      await map.updateComplete;
    }
    map.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
    await map.updateComplete;
    expect(seen.updates, 'the pointer, focus and table redrew').to.be.greaterThan(25);
    expect(seen.models.size, 'the model was not derived again').to.equal(1);

    // Each new input derives a new model: at once, or in a slice after (a busy machine), the old picture kept meanwhile.
    const derived = (count: number, what: string) => until(() => seen.models.size === count, 3000, `a model for ${what}`);
    map.period = '2024';
    await derived(2, 'another period');
    map.classes = 3;
    await derived(3, 'other classes');
    map.lang = 'az';
    await derived(4, 'another language');
    root.style.width = '500px';
    await until(() => svg.isConnected && map.shadowRoot!.querySelector('svg')!.getAttribute('width') === '500', 3000, 'the new width');
    expect(seen.models.size, 'another width').to.equal(5);
  });
});

describe('stat-map: exportImage', () => {
  it('hands over its drawing, the legend’s entries with their swatches, and its credit line', async () => {
    const { map } = await mapIn(`<stat-map src="${demoUrl}" metric="schools" classes="4"></stat-map>`);
    const parts = map.exportImage();
    expect(parts.chart).to.equal(map.shadowRoot!.querySelector('svg[part="map"]'));
    expect(parts.counters).to.deep.equal([]);
    const items = [...map.shadowRoot!.querySelectorAll('[part="legend"] li')];
    expect(items).to.have.length(5);
    expect(parts.legend.map((item) => item.label)).to.deep.equal(items.map((li) => li.textContent!.trim()));
    expect(parts.legend.map((item) => item.swatch)).to.deep.equal(items.map((li) => li.querySelector('.swatch')));
    expect(parts.legend.at(-1)!.label).to.equal('No data');
    expect(parts.legend.at(-1)!.swatch!.classList.contains('no-data')).to.equal(true);
    expect(parts.credit).to.equal(map.shadowRoot!.querySelector('[part="footer"]')!.textContent!.trim());
    expect(parts.credit).to.contain('Natural Earth');
  });

  it('a credit of its own; none for another geometry; no legend for an unknown metric; no chart without a drawing', async () => {
    const { map } = await mapIn(`<stat-map src="${demoUrl}" metric="teachers" credit="Boundaries: ours"></stat-map>`);
    expect(map.exportImage().credit).to.equal('Boundaries: ours');
    map.credit = '';
    map.geo = '/src/geo/azerbaijan-regions.topo.json?copy';
    await map.updateComplete;
    expect(map.exportImage().credit).to.equal('');

    const unknown = await fixture<StatMap>(`<stat-map src="${demoUrl}" metric="pupils"></stat-map>`);
    await until(() => unknown.getAttribute('state') === 'error', 4000, 'the error');
    await until(() => regions(unknown).length > 0, 4000, 'the blank map');
    expect(unknown.exportImage().legend).to.deep.equal([]);

    const waiting = await fixture<StatMap>(`<stat-map metric="teachers"></stat-map>`);
    await until(() => waiting.getAttribute('state') === 'error', 4000, 'no feed');
    expect(waiting.exportImage()).to.include({ chart: null }).and.to.deep.include({ counters: [], legend: [] });
  });
});
