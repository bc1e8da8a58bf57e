// The feed controller: an element's feed (own src or the nearest <stat-feed>), its view of it
// (region and period resolved, the markup mistakes in words), and the selection it makes.
import { expect, fixture } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import '../../src/elements/feed/define.js';
import type { FeedContextValue } from '../../src/controllers/feed-context.js';
import { FeedController } from '../../src/controllers/feed-controller.js';
import type { StatFeed } from '../../src/elements/feed/stat-feed.js';
import { smallFeed } from '../fixtures/small-feed.js';
import { serveFeed, setFeed } from '../support/feed-control.js';
import { requireVisiblePage, until } from '../support/dom.js';

/** An element with nothing but a feed controller; `src` is handed to it as a widget's willUpdate does. */
class TestHost extends ReactiveElement {
  readonly feed = new FeedController(this);
  src = '';
  updates = 0;
  protected override update(changed: Map<PropertyKey, unknown>): void {
    this.feed.use(this.src);
    super.update(changed);
    this.updates++;
  }
}
customElements.define('stat-test-host', TestHost);

let url = '';
before(requireVisiblePage);
before(async () => void ({ url } = await serveFeed(smallFeed, 'feed-controller')));

/** A host with its own feed, once the feed is in. */
async function ownHost(src = url): Promise<TestHost> {
  const host = document.createElement('stat-test-host') as TestHost;
  host.src = src;
  await fixture(host);
  await until(() => host.feed.snapshot?.status === 'ready', 3000, 'the feed');
  return host;
}

/** A host inside a `<stat-feed>`, once the feed is in. */
async function sharedHost(): Promise<{ host: TestHost; feed: StatFeed }> {
  const root = await fixture<StatFeed>(`<stat-feed src="${url}"><stat-test-host></stat-test-host></stat-feed>`);
  const host = root.querySelector<TestHost>('stat-test-host')!;
  await until(() => host.feed.snapshot?.status === 'ready', 3000, 'the feed');
  return { host, feed: root };
}

describe('FeedController: the view', () => {
  it('region: the own one, else the <stat-feed>’s selection, else the country; period: the own one, else the selection', async () => {
    const { host, feed } = await sharedHost();
    expect(host.feed.view({ region: '' }).region).to.equal('AZ');
    expect(host.feed.view({ region: 'S1' }).region).to.equal('S1');
    expect(host.feed.view({ period: '' }).period).to.equal(undefined);
    feed.region = 'N1';
    feed.period = '2023';
    await feed.updateComplete;
    await host.updateComplete;
    expect(host.feed.view({ region: '', period: '' })).to.include({ region: 'N1', period: '2023' });
    expect(host.feed.view({ region: 'S1', period: '2022' })).to.include({ region: 'S1', period: '2022' });
  });

  it('with a feed of its own, the <stat-feed> around it is not followed', async () => {
    const root = await fixture<StatFeed>(`<stat-feed src="${url}" region="N1"><div></div></stat-feed>`);
    const host = await ownHost();
    root.querySelector('div')!.append(host);
    await host.updateComplete;
    expect(host.feed.view({ region: '' }).region).to.equal('AZ');
  });

  it('metrics: the ids of the list, in order, split at spaces and commas', async () => {
    const host = await ownHost();
    expect(host.feed.view({ metrics: 'projects, teachers schools' }).metrics).to.deep.equal(['projects', 'teachers', 'schools']);
    expect(host.feed.view({ metrics: '' }).metrics).to.deep.equal([]);
  });

  it('says each markup mistake in English, naming the attribute (the words the widgets’ tests read)', async () => {
    const host = await ownHost();
    const mistake = (request: Parameters<FeedController['view']>[0]) => host.feed.view(request).mistake;
    expect(mistake({ metric: 'teachers', region: '' })).to.equal('');
    expect(mistake({ metric: '' })).to.equal('the metric attribute is required');
    expect(mistake({ metric: 'pupils' })).to.equal('metric="pupils" is not in the feed');
    expect(mistake({ metrics: 'teachers pupils' })).to.equal('metrics="teachers pupils": "pupils" is not in the feed');
    expect(mistake({ metrics: 'a,teachers,b' })).to.equal('metrics="a,teachers,b": "a", "b" are not in the feed');
    expect(mistake({ region: 'XX' })).to.equal('region="XX" is not in the feed');
    expect(mistake({ metric: 'teachers' }), 'no region asked: none checked').to.equal('');

    const lonely = await fixture<TestHost>('<stat-test-host></stat-test-host>');
    expect(lonely.feed.view({ metric: 'teachers' }).mistake).to.equal('no feed: set src, or place the test-host inside <stat-feed>');
    expect(lonely.feed.view({ metric: '' }).mistake, 'the missing attribute first').to.equal('the metric attribute is required');
  });

  it('finds no mistake in a feed that is not in yet', async () => {
    const { name, url: slow } = await serveFeed(smallFeed, 'feed-controller-loading');
    await setFeed(name, { mode: 'hang' });
    try {
      const host = document.createElement('stat-test-host') as TestHost;
      host.src = slow;
      await fixture(host);
      expect(host.feed.snapshot?.status).to.equal('loading');
      expect(host.feed.view({ metric: 'pupils', region: '' })).to.include({ mistake: '', region: '' });
      expect(host.feed.view({ metric: 'pupils', region: 'XX' })).to.include({ mistake: '', region: 'XX' });
    } finally {
      await setFeed(name, { mode: 'ok' });
    }
  });

  it('is computed again only when the feed, the selection or the request changed', async () => {
    const { host, feed } = await sharedHost();
    const first = host.feed.view({ metric: 'teachers', region: '' });
    expect(host.feed.view({ metric: 'teachers', region: '' }), 'same inputs: the same view').to.equal(first);
    expect(host.feed.view({ metric: 'schools', region: '' })).to.not.equal(first);
    const again = host.feed.view({ metric: 'teachers', region: '' });
    feed.region = 'S1';
    await feed.updateComplete;
    expect(host.feed.view({ metric: 'teachers', region: '' }), 'a new selection').to.not.equal(again);
  });
});

describe('FeedController: the selection', () => {
  it('inside <stat-feed>: select() sets the <stat-feed>’s selection, which every widget inside follows', async () => {
    const { host, feed } = await sharedHost();
    host.feed.select({ region: 'N2' });
    await feed.updateComplete;
    expect(feed.region).to.equal('N2');
    expect(host.feed.selection.region).to.equal('N2');
    host.feed.select({ region: null });
    await feed.updateComplete;
    expect(host.feed.selection.region).to.equal(undefined);
  });

  it('with a feed of its own: select() keeps its own selection and updates the element; null returns a field to its default', async () => {
    const host = await ownHost();
    const updates = host.updates;
    host.feed.select({ region: 'N1' });
    await host.updateComplete;
    expect(host.updates, 'updated').to.equal(updates + 1);
    expect(host.feed.selection).to.deep.equal({ region: 'N1', period: undefined });
    host.feed.select({ period: '2023' });
    expect(host.feed.selection, 'a field left out stays').to.deep.equal({ region: 'N1', period: '2023' });
    expect(host.feed.view({ region: '', period: '' })).to.include({ region: 'N1', period: '2023' });
    host.feed.select({ region: null });
    expect(host.feed.selection).to.deep.equal({ region: undefined, period: '2023' });
  });
});

describe('FeedController: a feed handed over by a parent widget', () => {
  it('is used in place of the <stat-feed>’s, which it no longer follows', async () => {
    const { host, feed } = await sharedHost();
    const other = await ownHost();
    const selected: unknown[] = [];
    const given: FeedContextValue = { snapshot: other.feed.snapshot, selection: { region: 'S1' }, select: (choice) => selected.push(choice) };
    host.feed.hand(given);
    expect(host.feed.snapshot).to.equal(other.feed.snapshot);
    expect(host.feed.view({ region: '' }).region).to.equal('S1');
    host.feed.select({ region: 'N1' });
    expect(selected).to.deep.equal([{ region: 'N1' }]);
    feed.region = 'N2';
    await feed.updateComplete;
    expect(host.feed.view({ region: '' }).region, 'the <stat-feed>’s selection is not taken').to.equal('S1');
  });
});
