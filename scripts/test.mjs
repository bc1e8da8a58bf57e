// The tests, after `npm run build` (npm test runs both): the Node tests (mocha: the pure layers,
// the WordPress plugin), then the browser tests (web-test-runner in Chromium). Each runner writes
// its totals to a file; the last line is their sum, "N passed, N failed", so CI can tell that
// tests ran. Exits non-zero when either runner failed. test/support/test-files.cjs says which
// file runs where.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const testFiles = require('../test/support/test-files.cjs');
// The two command-line programs, as their packages' "bin" fields name them.
const mocha = join(dirname(require.resolve('mocha/package.json')), 'bin/mocha.js');
const wtr = join(dirname(require.resolve('@web/test-runner')), 'bin.js');

const totalsDir = mkdtempSync(join(tmpdir(), 'stat-widgets-tests-'));

/** Runs one test runner with its output on this terminal; returns its totals. */
function run(name, args) {
  const totalsFile = join(totalsDir, `${name}.json`);
  const { status } = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, TEST_TOTALS_FILE: totalsFile } });
  let totals = { passed: 0, failed: 0, skipped: 0 };
  try {
    totals = JSON.parse(readFileSync(totalsFile, 'utf8'));
  } catch {
    // No totals: the runner stopped before counting (a file that does not load, a crash).
  }
  // A runner that failed with nothing counted as failed is one failure, not a pass.
  if (status !== 0 && totals.failed === 0) totals.failed = 1;
  return totals;
}

const line = ({ passed, failed, skipped }) => `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;

const ignore = testFiles.node.ignore.flatMap((file) => ['--ignore', file]);
const node = run('node', [mocha, '--reporter', 'test/support/mocha-totals.cjs', ...ignore, ...testFiles.node.spec]);
const browser = run('browser', [wtr]);
rmSync(totalsDir, { recursive: true, force: true });

const sum = { passed: node.passed + browser.passed, failed: node.failed + browser.failed, skipped: node.skipped + browser.skipped };
console.log(`\nNode (mocha): ${line(node)}\nChromium (web-test-runner): ${line(browser)}\n${line(sum)}`);
process.exitCode = sum.failed ? 1 : 0;
