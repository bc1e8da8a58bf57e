// "Find a region" on the map (src/elements/map/region-search.ts): the ARIA 1.2 combobox, what it
// finds (names in the widget's language, namesakes with their parent's name), and what picking
// a region does (the same selection and event as a click on its shape).
import { expect, fixture } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/elements/feed/define.js';
import '../../src/elements/map/define.js';
import type { StatFeed } from '../../src/elements/feed/stat-feed.js';
import type { StatMap } from '../../src/elements/map/stat-map.js';
import type { StatRegionSelectEvent } from '../../src/events/feed-events.js';
import { twinFeed, twinTopology } from '../fixtures/twin-regions.js';
import { feedUrl, serveFeed, setFeed, uniqueFeedName } from '../support/feed-control.js';
import { nextEvent, requireVisiblePage, state, text, until } from '../support/dom.js';

let twinUrl: string;
let twinGeo: string;
const demoUrl = '/demo/data/feed.json';

before(requireVisiblePage);
before(async () => {
  twinUrl = (await serveFeed(twinFeed, 'twins')).url;
  const geo = uniqueFeedName('twin-geo');
  await setFeed(geo, { body: twinTopology });
  twinGeo = feedUrl(geo);
});

async function mapIn(markup: string, width = 600): Promise<{ root: HTMLElement; map: StatMap }> {
  const root = await fixture<HTMLElement>(`<div style="width:${width}px">${markup}</div>`);
  const map = root.querySelector('stat-map')!;
  await until(() => state(map) === 'ready' && !!map.shadowRoot!.querySelector('[part~=region]'), 4000, 'a drawn map');
  await map.updateComplete;
  return { root, map };
}

const twinMap = (extra = '') => mapIn(`<stat-map src="${twinUrl}" geo="${twinGeo}" metric="teachers" ${extra}></stat-map>`);
const input = (map: StatMap) => map.shadowRoot!.querySelector<HTMLInputElement>('[part=search] input')!;
const listbox = (map: StatMap) => map.shadowRoot!.querySelector<HTMLElement>('[part=search] [role=listbox]')!;
/** The options a reader sees (none while the list is hidden). */
const options = (map: StatMap) => (listbox(map).hidden ? [] : [...listbox(map).querySelectorAll('[role=option]')].map((o) => o.textContent!.trim()));
const line = (map: StatMap) => map.shadowRoot!.querySelector('[part=search] [role=status]')!.textContent!.trim();
const activeOption = (map: StatMap) => {
  const id = input(map).getAttribute('aria-activedescendant');
  return id ? map.shadowRoot!.getElementById(id)!.textContent!.trim() : null;
};
const focusedRegion = (map: StatMap) => map.shadowRoot!.activeElement?.getAttribute('data-region') ?? null;
const regionPath = (map: StatMap, id: string) => map.shadowRoot!.querySelector(`path[data-region="${id}"]`)!;

async function typeIn(map: StatMap, words: string): Promise<void> {
  input(map).focus();
  await sendKeys({ type: words });
  await map.updateComplete;
}

async function press(map: StatMap, key: string): Promise<void> {
  await sendKeys({ press: key });
  await map.updateComplete;
}

describe('stat-map: find a region', () => {
  it('typing "cook" lists Cook, Illinois and Cook, Minnesota; Enter selects the first, as a click would, and shows it on the map', async () => {
    const { map } = await twinMap();
    const field = input(map);
    expect(field.getAttribute('role')).to.equal('combobox');
    expect(field.labels![0]!.textContent!.trim()).to.equal('Find a region');
    expect(field.getAttribute('aria-expanded')).to.equal('false');
    expect(field.getAttribute('aria-controls')).to.equal(listbox(map).id);
    await typeIn(map, 'cook');
    expect(options(map)).to.deep.equal(['Cook, Illinois', 'Cook, Minnesota']);
    expect(field.getAttribute('aria-expanded')).to.equal('true');
    expect(line(map), 'no count line when all are shown').to.equal('');

    const selected = nextEvent(map, 'stat-region-select');
    await press(map, 'Enter');
    expect(((await selected) as StatRegionSelectEvent).region).to.equal('17031');
    await map.updateComplete;
    expect(regionPath(map, '17031').getAttribute('aria-selected')).to.equal('true');
    expect(regionPath(map, '17031').getAttribute('part')).to.equal('region selected');
    expect(map.shadowRoot!.querySelector('.selected')!.getAttribute('d'), 'outlined on the map').to.equal(regionPath(map, '17031').getAttribute('d'));
    // Focus moves to the region on the map: its tooltip names it with its state; arrows go on from there.
    expect(focusedRegion(map)).to.equal('17031');
    expect(text(map, 'tooltip')).to.contain('Cook, Illinois').and.contain('Teachers: 100');
    expect(field.value).to.equal('Cook, Illinois');
    expect(options(map), 'the list closes').to.deep.equal([]);
    expect(field.getAttribute('aria-expanded')).to.equal('false');
    await press(map, 'ArrowUp');
    expect(focusedRegion(map), 'keyboard navigation among regions goes on from the found one').to.equal('17043');
  });

  it('arrows move the active option (wrapping), Home and End; Enter picks the active one; Escape closes, then clears', async () => {
    const root = await fixture<HTMLElement>(`<div style="width:600px"><stat-feed src="${twinUrl}">
      <stat-map geo="${twinGeo}" metric="teachers"></stat-map></stat-feed></div>`);
    const map = root.querySelector('stat-map')!;
    await until(() => state(map) === 'ready' && !!map.shadowRoot!.querySelector('[part~=region]'), 4000, 'a drawn map');
    await typeIn(map, 'lake');
    // In the map's order of names (the language's collation).
    expect(options(map)).to.deep.equal(['Lake of the Woods', 'Lake, Illinois', 'Lake, Minnesota']);
    expect(activeOption(map)).to.equal(null);
    await press(map, 'ArrowDown');
    expect(activeOption(map)).to.equal('Lake of the Woods');
    expect(listbox(map).querySelector('[aria-selected=true]')!.textContent!.trim()).to.equal('Lake of the Woods');
    await press(map, 'End');
    expect(activeOption(map)).to.equal('Lake, Minnesota');
    await press(map, 'ArrowDown');
    expect(activeOption(map), 'wraps to the first').to.equal('Lake of the Woods');
    await press(map, 'ArrowUp');
    expect(activeOption(map), 'wraps to the last').to.equal('Lake, Minnesota');
    await press(map, 'Home');
    await press(map, 'ArrowDown');
    expect(activeOption(map)).to.equal('Lake, Illinois');
    expect(map.shadowRoot!.activeElement, 'focus stays in the input').to.equal(input(map));

    await press(map, 'Escape');
    expect(options(map)).to.deep.equal([]);
    expect(input(map).getAttribute('aria-expanded')).to.equal('false');
    expect(input(map).value).to.equal('lake');
    await press(map, 'Escape');
    expect(input(map).value).to.equal('');

    // With nothing typed, ArrowDown lists every region (by name).
    await press(map, 'ArrowDown');
    expect(options(map)).to.deep.equal(['Cook, Illinois', 'Cook, Minnesota', 'DuPage', 'Hennepin', 'Lake of the Woods', 'Lake, Illinois', 'Lake, Minnesota']);
    expect(activeOption(map)).to.equal('Cook, Illinois');
    await press(map, 'ArrowDown');
    const selected = nextEvent(map, 'stat-region-select');
    await press(map, 'Enter');
    expect(((await selected) as StatRegionSelectEvent).region).to.equal('27031');
    expect(root.querySelector<StatFeed>('stat-feed')!.region, 'the <stat-feed> selection follows').to.equal('27031');

    // Picking the selected region again keeps it selected (a search never clears).
    await typeIn(map, '');
    input(map).select();
    await sendKeys({ type: 'cook, m' });
    await map.updateComplete;
    expect(options(map)).to.deep.equal(['Cook, Minnesota']);
    await press(map, 'Enter');
    expect(root.querySelector<StatFeed>('stat-feed')!.region).to.equal('27031');
  });

  it('a click on an option selects it; leaving the input closes the list', async () => {
    const { map } = await twinMap();
    await typeIn(map, 'cook');
    const option = [...listbox(map).querySelectorAll('[role=option]')][1]!;
    const box = option.getBoundingClientRect();
    const selected = nextEvent(map, 'stat-region-select');
    await sendMouse({ type: 'click', position: [Math.round(box.left + 10), Math.round(box.top + box.height / 2)] });
    expect(((await selected) as StatRegionSelectEvent).region).to.equal('27031');
    await map.updateComplete;
    expect(regionPath(map, '27031').getAttribute('aria-selected')).to.equal('true');
    expect(input(map).value).to.equal('Cook, Minnesota');
    expect(options(map)).to.deep.equal([]);

    await typeIn(map, 'x');
    expect(line(map)).to.equal('No region matches');
    input(map).blur();
    await map.updateComplete;
    expect(line(map)).to.equal('');
  });

  it('namesakes are told apart by their state in the tooltip, the table and the data', async () => {
    const { map } = await twinMap();
    (regionPath(map, '27075') as SVGElement).focus();
    await map.updateComplete;
    expect(text(map, 'tooltip')).to.contain('Lake, Minnesota');
    expect(regionPath(map, '17097').getAttribute('aria-label')).to.match(/^Lake, Illinois: /);
    expect(regionPath(map, '27053').getAttribute('aria-label'), 'a name said once stays bare').to.match(/^Hennepin: /);
    map.shadowRoot!.querySelector<HTMLButtonElement>('[part=table-toggle]')!.click();
    await map.updateComplete;
    const names = [...map.shadowRoot!.querySelectorAll('[part=table] tbody th')].map((th) => th.textContent!.trim());
    expect(names).to.include.members(['Cook, Illinois', 'Cook, Minnesota', 'Lake, Illinois', 'Lake, Minnesota', 'Lake of the Woods']);
    expect(map.dataTable()!.rows.map((row) => row[0])).to.deep.equal(names);
  });

  it('is accessible with the list open, with a count line, and with no match (axe)', async () => {
    const { map } = await mapIn(`<stat-map src="${demoUrl}" metric="teachers"></stat-map>`);
    await expect(map).to.be.accessible();
    await typeIn(map, 'a');
    expect(options(map)).to.have.length(10);
    expect(line(map)).to.match(/^\d+ more — keep typing$/);
    await press(map, 'ArrowDown');
    await expect(map).to.be.accessible();
    await typeIn(map, 'zzz');
    expect(options(map)).to.deep.equal([]);
    expect(input(map).getAttribute('aria-expanded')).to.equal('false');
    expect(line(map)).to.equal('No region matches');
    await expect(map).to.be.accessible();
  });

  it('speaks the widget’s language and finds names as a reader types them: "seki" finds Şəki, "baki" Bakı', async () => {
    const { map } = await mapIn(`<stat-map src="${demoUrl}" metric="teachers" lang="az"></stat-map>`);
    expect(input(map).labels![0]!.textContent!.trim()).to.equal('Ərazi axtar');
    await typeIn(map, 'seki');
    expect(options(map)).to.deep.equal(['Şəki', 'Şəki (şəhər)']);
    await press(map, 'Escape');
    await press(map, 'Escape');
    await typeIn(map, 'baki');
    expect(options(map)[0]).to.equal('Bakı');
    await press(map, 'Escape');
    await press(map, 'Escape');
    await typeIn(map, 'a');
    expect(line(map)).to.match(/^daha \d+ — yazmağa davam edin$/);
    await typeIn(map, 'qqq');
    expect(line(map)).to.equal('Uyğun ərazi yoxdur');
    map.lang = 'ru';
    await map.updateComplete;
    expect(input(map).labels![0]!.textContent!.trim()).to.equal('Найти территорию');
    expect(line(map)).to.equal('Нет подходящих территорий');
  });

  it('at 320 px: the search fits beside its label, with no sideways scrolling', async () => {
    await setViewport({ width: 360, height: 800 });
    try {
      const { map } = await mapIn(`<stat-map src="${demoUrl}" metric="teachers"></stat-map>`, 320);
      await typeIn(map, 'sh');
      const search = map.shadowRoot!.querySelector('[part=search]')!.getBoundingClientRect();
      expect(search.width).to.be.at.most(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
      for (const option of listbox(map).querySelectorAll('[role=option]'))
        expect(option.getBoundingClientRect().height, 'options are 24 px targets').to.be.at.least(24);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
