import { expect } from '@open-wc/testing';
import { FeedIndex, validateFeed } from '../../src/feed/index.js';
import { smallFeed } from '../fixtures/small-feed.js';

describe('smoke', () => {
  it('reads the small feed', () => {
    const result = validateFeed(smallFeed);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const index = new FeedIndex(result.feed);
    expect(index.counter('teachers', 'AZ').value).to.equal(4308);
    expect(index.value('schools', 'south', '2024')).to.equal(10);
    expect(index.value('teachers', 'south', '2024')).to.equal(null);
  });
});
