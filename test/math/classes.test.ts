import { expect } from 'chai';
import { classBreaks, classOf, classRanges, MAX_CLASSES, roundBound, SCHEMES, schemeColors } from '../../src/math/classes.js';

describe('math/classes', () => {
  it('roundBound keeps two significant digits', () => {
    expect([20.4, 1273, 0.347, 7, 0, -56.6].map(roundBound)).to.deep.equal([20, 1300, 0.35, 7, 0, -57]);
  });

  it('classBreaks: quantile thresholds, rounded, strictly increasing, above the minimum and at most the maximum', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1); // 1…100
    expect(classBreaks(values, 5)).to.deep.equal([21, 41, 60, 80]);
    const skewed = [9, 12, 14, 15, 18, 21, 23, 25, 30, 34, 40, 48, 51, 60, 75, 90, 120, 1273];
    const t = classBreaks(skewed, 5);
    expect(t.length).to.equal(4);
    for (let i = 1; i < t.length; i++) expect(t[i]).to.be.greaterThan(t[i - 1]!);
    expect(t[0]).to.be.greaterThan(9);
    expect(t[t.length - 1]).to.be.at.most(1273);
    expect(t.every(Number.isInteger), 'integer data, integer thresholds').to.equal(true);
  });

  it('classBreaks: fewer classes for few or equal values; none for one value', () => {
    expect(classBreaks([5, 5, 5, 5], 5)).to.deep.equal([]);
    expect(classBreaks([7], 5)).to.deep.equal([]);
    expect(classBreaks([], 5)).to.deep.equal([]);
    expect(classBreaks([1, 2], 5)).to.deep.equal([2]);
    expect(classBreaks([1, 1, 1, 1, 9], 3)).to.deep.equal([]);
  });

  it('classBreaks: fractions keep their decimals; at most 9 classes', () => {
    const t = classBreaks([0.12, 0.2, 0.33, 0.41, 0.5, 0.61, 0.77], 3);
    expect(t).to.deep.equal([0.33, 0.5]);
    const many = Array.from({ length: 1000 }, (_, i) => i);
    expect(classBreaks(many, 50).length).to.equal(MAX_CLASSES - 1);
  });

  it('classOf: below the first threshold is class 0; a threshold starts its class', () => {
    const t = [10, 20, 30];
    expect([0, 9.99, 10, 19, 20, 30, 1e6].map((v) => classOf(v, t))).to.deep.equal([0, 0, 1, 1, 2, 3, 3]);
  });

  it('classRanges: integer classes with both bounds included, from the minimum to the maximum', () => {
    expect(classRanges([3, 12, 25, 40, 99], [10, 20, 30])).to.deep.equal([
      { from: 3, to: 9 },
      { from: 10, to: 19 },
      { from: 20, to: 29 },
      { from: 30, to: 99 },
    ]);
    expect(classRanges([0.5, 1.5], [1])).to.deep.equal([
      { from: 0.5, to: 1 },
      { from: 1, to: 1.5 },
    ]);
    expect(classRanges([4, 4], [])).to.deep.equal([{ from: 4, to: 4 }]);
    expect(classRanges([], [])).to.deep.equal([]);
  });

  it('every value falls in the range of its class', () => {
    const values = [9, 12, 14, 15, 18, 21, 23, 25, 30, 34, 40, 48, 51, 60, 75, 90, 120, 1273];
    const t = classBreaks(values, 5);
    const ranges = classRanges(values, t);
    for (const v of values) {
      const r = ranges[classOf(v, t)]!;
      expect(v, `${v} in ${JSON.stringify(r)}`).to.be.within(r.from, r.to);
    }
  });

  it('schemeColors: n distinct colours light to dark; an unknown scheme is blues', () => {
    for (const scheme of Object.keys(SCHEMES)) {
      for (let n = 1; n <= MAX_CLASSES; n++) {
        const colors = schemeColors(scheme, n);
        expect(colors.length).to.equal(n);
        expect(new Set(colors).size, `${scheme} ${n}`).to.equal(n);
      }
      expect(schemeColors(scheme, 5)[4]).to.equal(SCHEMES[scheme]![8]);
    }
    expect(schemeColors('rainbow', 3)).to.deep.equal(schemeColors('blues', 3));
  });
});
