// The translation tables are typed by code: a code without an Azerbaijani or Russian sentence
// fails the type-check (`npx tsc --noEmit`, which checks test/ too). Each `@ts-expect-error`
// below is a table missing one code; if the tables stopped being typed by code, the directive
// would have no error to expect and tsc would fail instead.
import { expect } from 'chai';
import type { ProblemCode } from '../../src/feed/problems.js';
import { az, azFeed } from '../../src/cli/messages/az.js';
import { ruFeed, ruMessages } from '../../src/cli/messages/ru.js';
import type { CliMessages, FeedMessages } from '../../src/cli/messages/template.js';
import type { CliCode } from '../../src/cli/problems.js';

describe('message codes (type-checked)', () => {
  it("a table of the CLI's messages missing a code is refused", () => {
    const { line: _line, ...withoutLine } = az;
    // @ts-expect-error: 'line' has no Azerbaijani sentence.
    const incomplete: CliMessages = withoutLine;
    expect(Object.keys(incomplete)).to.not.include('line');
  });

  it("a table of the feed's problems missing a code, or a word of a vocabulary, is refused", () => {
    const { 'duplicate-row': _row, ...withoutRow } = ruFeed.problems;
    // @ts-expect-error: 'duplicate-row' has no Russian sentence.
    const incomplete: FeedMessages = { ...ruFeed, problems: withoutRow };
    const { ignored: _ignored, ...withoutIgnored } = azFeed.consequences;
    // @ts-expect-error: the consequence 'ignored' has no Azerbaijani words.
    const incompleteWords: FeedMessages = { ...azFeed, consequences: withoutIgnored };
    expect(Object.keys(incomplete.problems)).to.not.include('duplicate-row');
    expect(Object.keys(incompleteWords.consequences)).to.not.include('ignored');
    expect(Object.keys(ruMessages).length).to.equal(Object.keys(az).length);
  });

  it("the CLI's codes and the feed's problem codes do not overlap (a code means one message)", () => {
    const disjoint: [Extract<CliCode, ProblemCode>] extends [never] ? true : false = true;
    expect(disjoint).to.equal(true);
  });
});
