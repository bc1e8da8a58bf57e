import { expect } from 'chai';
import { memoizeLast } from '../../src/math/memo.js';

describe('math/memo', () => {
  it('computes once for the same arguments and again when one changes', () => {
    let runs = 0;
    const derive = memoizeLast((feed: object, metric: string) => {
      runs += 1;
      return { feed, metric };
    });
    const feed = {};
    const first = derive(feed, 'teachers');
    expect(derive(feed, 'teachers')).to.equal(first);
    expect(runs).to.equal(1);
    expect(derive(feed, 'schools')).to.not.equal(first);
    expect(derive({}, 'schools').metric).to.equal('schools');
    expect(runs).to.equal(3);
  });

  it('treats NaN as unchanged and a new object with the same contents as changed', () => {
    let runs = 0;
    const derive = memoizeLast((value: number, options: object) => ((runs += 1), value + Object.keys(options).length));
    const options = {};
    derive(NaN, options);
    derive(NaN, options);
    expect(runs).to.equal(1);
    derive(NaN, {});
    expect(runs).to.equal(2);
  });
});
