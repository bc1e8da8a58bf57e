// The geometry controller: a map's TopoJSON or GeoJSON, asked for only while its element is
// connected, one request per URL however many maps ask, and a failure said in words.
import { expect, fixture } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { GeoController } from '../../src/controllers/geo-controller.js';
import { sleep, until } from '../support/dom.js';

class GeoHost extends ReactiveElement {
  readonly geometry = new GeoController(this);
  updates = 0;
  protected override update(changed: Map<PropertyKey, unknown>): void {
    super.update(changed);
    this.updates++;
  }
}
customElements.define('geo-test-host', GeoHost);

const TOPOJSON = '/test/fixtures/geo/us-states-4.topo.json';
const GEOJSON = '/test/fixtures/geo/us-states-4.geo.json';
let run = 0;
/** A URL no earlier test asked for (the loader keeps what it loaded per URL). */
const fresh = (path: string) => `${path}?geo-controller-${Date.now()}-${run++}`;

/** The geometry requests made while `body` runs. */
async function requests(body: () => Promise<void>): Promise<string[]> {
  const asked: string[] = [];
  const original = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url.includes('geo-controller-')) asked.push(url);
    return original(input, init);
  };
  try {
    await body();
  } finally {
    window.fetch = original;
  }
  return asked;
}

describe('GeoController', () => {
  it('loads nothing until its element is connected, then the topology, and updates the element', async () => {
    const url = fresh(TOPOJSON);
    const asked = await requests(async () => {
      const host = document.createElement('geo-test-host') as GeoHost;
      host.geometry.use(url);
      await sleep(100);
      expect(host.geometry.topology, 'not connected: nothing loaded').to.equal(null);
      const before = host.updates;
      await fixture(host);
      await until(() => host.geometry.topology !== null, 3000, 'the topology');
      expect(host.geometry.topology!.type).to.equal('Topology');
      expect(host.geometry.error).to.equal('');
      expect(host.updates).to.be.greaterThan(before);
    });
    expect(asked).to.have.length(1);
  });

  it('one request for one URL however many elements ask', async () => {
    const url = fresh(TOPOJSON);
    const asked = await requests(async () => {
      const root = await fixture<HTMLElement>('<div><geo-test-host></geo-test-host><geo-test-host></geo-test-host><geo-test-host></geo-test-host></div>');
      const hosts = [...root.querySelectorAll<GeoHost>('geo-test-host')];
      for (const host of hosts) host.geometry.use(url);
      await until(() => hosts.every((host) => host.geometry.topology !== null), 3000, 'every topology');
      expect(new Set(hosts.map((host) => host.geometry.topology)).size, 'the same decoded object').to.equal(1);
    });
    expect(asked).to.have.length(1);
  });

  it('takes a GeoJSON FeatureCollection as it is', async () => {
    const host = await fixture<GeoHost>('<geo-test-host></geo-test-host>');
    host.geometry.use(fresh(GEOJSON));
    await until(() => host.geometry.topology !== null, 3000, 'the collection');
    expect(host.geometry.topology!.type).to.equal('FeatureCollection');
  });

  it('a URL that answers 404: no geometry, and why in words', async () => {
    const host = await fixture<GeoHost>('<geo-test-host></geo-test-host>');
    host.geometry.use(fresh('/test/fixtures/geo/no-such-map.json'));
    await until(() => host.geometry.error !== '', 5000, 'the error');
    expect(host.geometry.topology).to.equal(null);
    expect(host.geometry.error).to.match(/404/);
  });

  it('a URL it left is not drawn from: another URL clears the geometry until its own is in', async () => {
    const host = await fixture<GeoHost>('<geo-test-host></geo-test-host>');
    host.geometry.use(fresh(TOPOJSON));
    await until(() => host.geometry.topology !== null, 3000, 'the first');
    host.geometry.use(fresh(GEOJSON));
    expect(host.geometry.topology).to.equal(null);
    await until(() => host.geometry.topology !== null, 3000, 'the second');
    expect(host.geometry.topology!.type).to.equal('FeatureCollection');
  });
});
