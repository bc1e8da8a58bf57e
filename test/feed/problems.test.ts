// Problems as codes and values, worded in English in one place (src/feed/problems.ts).
import { expect } from 'chai';
import { describe as describeValue, problem, problemText } from '../../src/feed/problems.js';
import { validateFeed } from '../../src/feed/validate.js';

describe('problems (src/feed/problems.ts)', () => {
  it('words a code and its values, with what was done after a semicolon', () => {
    expect(problemText('expected', { what: 'a number or null', got: '"12a"', then: 'row dropped' })).to.equal(
      'expected a number or null, got "12a"; row dropped',
    );
    expect(problemText('unknown-region', { got: '"XX"' })).to.equal('unknown region "XX"');
    expect(problemText('duplicate-row', { period: '2024', region: 'AZ', first: 'observations[3]', then: 'row dropped' })).to.equal(
      'duplicate row for period "2024" and region "AZ" (first at observations[3]); row dropped',
    );
    expect(problemText('no-version')).to.equal('missing; this widget reads feed version 1');
  });

  it('a value in the feed that looks like a placeholder stays as it is', () => {
    expect(problemText('unknown-region', { got: '"{then}"', then: 'ignored' })).to.equal('unknown region "{then}"; ignored');
  });

  it('a problem carries its path, code, values and English message', () => {
    expect(problem('observations[1].teachers', 'expected', { what: 'a number', got: 'true' })).to.deep.equal({
      path: 'observations[1].teachers',
      code: 'expected',
      params: { what: 'a number', got: 'true' },
      message: 'expected a number, got true',
    });
  });

  it('the validator reports codes and values; its messages are made from them', () => {
    const result = validateFeed({
      version: 1,
      metrics: [{ id: 'teachers', label: 'T', kind: 'stock' }],
      regions: [],
      observations: [{ period: '2024', region: 'XX', teachers: 1 }],
    });
    expect(result.warnings.map(({ path, code, params }) => ({ path, code, params }))).to.deep.equal([
      { path: 'observations[0].region', code: 'unknown-region', params: { got: '"XX"', then: 'row dropped' } },
    ]);
    for (const warning of result.warnings) expect(warning.message).to.equal(problemText(warning.code, warning.params));
  });

  it('describes values: strings quoted and shortened, other kinds by name', () => {
    expect([undefined, [], {}, null, 5, true, '12a'].map(describeValue)).to.deep.equal(['nothing', 'an array', 'an object', 'null', '5', 'true', '"12a"']);
    expect(describeValue('x'.repeat(50))).to.equal(`"${'x'.repeat(40)}…"`);
  });
});
