// mocha's spec reporter, which also writes the totals to the file named by TEST_TOTALS_FILE, for
// scripts/test.mjs to add up with the browser tests' (summary-reporter.mjs does the same there).
const { writeFileSync } = require('node:fs');
const { reporters, Runner } = require('mocha');

class SpecWithTotals extends reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once(Runner.constants.EVENT_RUN_END, () => {
      const { passes, failures, pending } = runner.stats ?? { passes: 0, failures: 0, pending: 0 };
      if (process.env.TEST_TOTALS_FILE) writeFileSync(process.env.TEST_TOTALS_FILE, JSON.stringify({ passed: passes, failed: failures, skipped: pending }));
    });
  }
}

module.exports = SpecWithTotals;
