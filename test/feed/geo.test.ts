// Loading the map's geometry (src/feed/geo.ts: read like a feed by src/feed/load.ts) and trying
// again after a failure (src/controllers/geo-controller.ts), on the loaders' one retry policy
// (src/feed/retry.ts). No page needed: the controller's host is a plain object.
import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { GeoController } from '../../src/controllers/geo-controller.js';
import { readTopology, type MapGeometry } from '../../src/feed/geo.js';
import { LoadError } from '../../src/feed/load-error.js';
import { feedTiming, subscribe, type FeedSnapshot } from '../../src/feed/load.js';
import { feedStats, feedUrl, setFeed, uniqueFeedName } from '../support/feed-control.js';

const topology = { type: 'Topology', objects: { districts: { type: 'GeometryCollection', geometries: [] } }, arcs: [] };
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function until(cond: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await cond())) {
    if (performance.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(10);
  }
}

/** A stand-in for a Lit element: connected, counting the updates it is asked for. */
function fakeHost() {
  const host = {
    isConnected: true,
    updates: 0,
    controllers: [] as ReactiveController[],
    addController(controller: ReactiveController) {
      host.controllers.push(controller);
    },
    removeController() {},
    requestUpdate() {
      host.updates++;
    },
    updateComplete: Promise.resolve(true),
  };
  return host;
}

describe('geometry loading (src/feed/geo.ts)', () => {
  const saved = { ...feedTiming };
  afterEach(() => Object.assign(feedTiming, saved));

  /** The first settled snapshot of a geometry URL. */
  async function settled(url: string): Promise<FeedSnapshot<MapGeometry>> {
    let last: FeedSnapshot<MapGeometry> | undefined;
    const end = subscribe(url, readTopology, (snapshot) => (last = snapshot));
    try {
      await until(() => last!.status !== 'loading', 2000, 'an answer');
      return last!;
    } finally {
      end();
    }
  }

  it('a 404 and a document that is not a topology fail with a LoadError', async () => {
    const missing = feedUrl(`no-such-geo-${uniqueFeedName()}`).replace('/__feed/', '/');
    const notFound = (await settled(missing)).error!;
    expect(notFound).to.be.instanceOf(LoadError);
    expect([notFound.kind, notFound.status]).to.deep.equal(['http', 404]);
    expect(notFound.message).to.contain('404');

    const name = uniqueFeedName('geo');
    await setFeed(name, { body: { version: 1 } });
    const wrong = (await settled(feedUrl(name))).error!;
    expect(wrong.kind).to.equal('not-topology');
    expect(wrong.message).to.match(/is not a TopoJSON topology$/);
  });

  it('reads a topology; several maps share one request', async () => {
    const name = uniqueFeedName('geo');
    await setFeed(name, { body: topology });
    const hosts = [fakeHost(), fakeHost(), fakeHost()];
    const geos = hosts.map((host) => new GeoController(host as unknown as ReactiveControllerHost & Element));
    for (const geo of geos) geo.use(feedUrl(name));
    await until(() => geos.every((geo) => geo.topology !== null), 2000, 'the topology');
    expect(geos[0]!.topology!.type).to.equal('Topology');
    expect(geos[1]!.topology).to.equal(geos[0]!.topology);
    expect((await feedStats(name)).requests).to.equal(1);
    for (const geo of geos) geo.hostDisconnected();
  });

  it('the controller shows the error, tries again on the backoff while connected, and recovers by itself', async () => {
    feedTiming.retryBase = 50;
    feedTiming.retryMax = 400;
    const name = uniqueFeedName('geo');
    await setFeed(name, { body: topology, mode: 'down' });
    const host = fakeHost();
    const geo = new GeoController(host as unknown as ReactiveControllerHost & Element);
    geo.use(feedUrl(name));
    await until(() => geo.error !== '', 2000, 'the error');
    expect(geo.error).to.contain('503');
    await until(async () => (await feedStats(name)).requests >= 3, 2000, 'two retries');
    expect(geo.error, 'the error stays shown while retrying').to.contain('503');

    await setFeed(name, { mode: 'ok' });
    await until(() => geo.topology !== null, 2000, 'the topology');
    expect(geo.error).to.equal('');
    const requests = (await feedStats(name)).requests;
    await sleep(500);
    expect((await feedStats(name)).requests, 'no request once loaded').to.equal(requests);
    geo.hostDisconnected();
  });

  it('no retry once the element has left', async () => {
    feedTiming.retryBase = 50;
    feedTiming.retryMax = 400;
    const name = uniqueFeedName('geo');
    await setFeed(name, { body: topology, mode: 'down' });
    const host = fakeHost();
    const geo = new GeoController(host as unknown as ReactiveControllerHost & Element);
    geo.use(feedUrl(name));
    await until(() => geo.error !== '', 2000, 'the error');
    host.isConnected = false;
    geo.hostDisconnected();
    const requests = (await feedStats(name)).requests;
    await sleep(500);
    expect((await feedStats(name)).requests).to.equal(requests);
    await setFeed(name, { mode: 'ok' });
  });
});
