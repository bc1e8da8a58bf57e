// Ends web-test-runner's output with "N passed, N failed". Under scripts/test.mjs (`npm test`), which
// adds these to the Node tests' and prints the total last, the totals go to TEST_TOTALS_FILE instead.
import { writeFileSync } from 'node:fs';

function count(suite, totals) {
  if (!suite) return;
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites) count(child, totals);
}

export function summaryReporter() {
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that failed to load or threw outside a test has no results: count it as failed.
        if (!session.passed && session.errors.length) totals.failed += session.errors.length;
      }
      if (process.env.TEST_TOTALS_FILE) {
        writeFileSync(process.env.TEST_TOTALS_FILE, JSON.stringify(totals));
        return;
      }
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      // Printed after the default reporter's own summary, as the very last line.
      setTimeout(() => process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed${skipped}\n`), 0);
    },
  };
}
