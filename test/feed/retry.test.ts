// The loaders' one retry policy (src/feed/retry.ts): which failures are retried, and when.
import { expect } from 'chai';
import { LoadError } from '../../src/feed/load-error.js';
import { retryDelay } from '../../src/feed/retry.js';

describe('retry policy (src/feed/retry.ts)', () => {
  const timing = { retryBase: 2000, retryMax: 300_000 };
  const url = 'https://example.org/feed.json';
  const network = new LoadError('network', url, { reason: 'Failed to fetch' });

  it('waits 2, 4, 8 … seconds after 1, 2, 3 … failures in a row, never more than retryMax', () => {
    expect([1, 2, 3, 4, 5].map((failures) => retryDelay(network, failures, timing))).to.deep.equal([2000, 4000, 8000, 16000, 32000]);
    expect(retryDelay(network, 8, timing)).to.equal(256_000);
    expect(retryDelay(network, 9, timing)).to.equal(300_000);
    expect(retryDelay(network, 100, timing)).to.equal(300_000);
    expect(retryDelay(network, 3, { retryBase: 50, retryMax: 120 })).to.equal(120);
  });

  it('a 404, a server error, a timeout and an unusable document back off alike', () => {
    for (const error of [
      new LoadError('timeout', url, { seconds: 15 }),
      new LoadError('http', url, { status: 404, statusText: 'Not Found' }),
      new LoadError('http', url, { status: 503, statusText: 'Service Unavailable' }),
      new LoadError('not-feed', url, { path: '$', problem: 'not JSON: Unexpected token' }),
      new LoadError('not-topology', url),
    ]) {
      expect(
        [1, 2, 3].map((failures) => retryDelay(error, failures, timing)),
        error.message,
      ).to.deep.equal([2000, 4000, 8000]);
    }
  });

  it('a body over the size limit waits retryMax from the first failure: each attempt may cost that many bytes', () => {
    const tooLarge = new LoadError('too-large', url, { limit: 20 * 2 ** 20 });
    expect([1, 2].map((failures) => retryDelay(tooLarge, failures, timing))).to.deep.equal([300_000, 300_000]);
  });
});

describe('LoadError (src/feed/load-error.ts)', () => {
  it('says what failed in English, naming the URL; keeps the kind, the status and the values', () => {
    const url = 'https://example.org/feed.json';
    const http = new LoadError('http', url, { status: 404, statusText: 'Not Found' });
    expect(http).to.be.instanceOf(Error);
    expect(http.message).to.equal('Could not load https://example.org/feed.json: the server answered 404 Not Found');
    expect([http.kind, http.url, http.status]).to.deep.equal(['http', url, 404]);
    expect(http.problems).to.deep.equal([]);
    expect(new LoadError('http', url, { status: 404, statusText: '' }).message).to.equal(`Could not load ${url}: the server answered 404`);
    expect(new LoadError('timeout', url, { seconds: 0.2 }).message).to.equal(`Could not load ${url}: no answer within 0.2 s`);
    expect(new LoadError('too-large', url, { limit: 1024 }).message).to.equal(`Could not load ${url}: the feed is larger than the limit of 1024 bytes`);
    expect(new LoadError('network', url, { reason: 'Failed to fetch' }).message).to.equal(`Could not load ${url}: Failed to fetch`);
    expect(new LoadError('not-topology', url).message).to.equal(`${url} is not a TopoJSON topology`);
    expect(new LoadError('network', url).status).to.equal(undefined);
  });
});
