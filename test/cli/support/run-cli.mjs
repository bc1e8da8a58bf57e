// The Node side of the feed tools' tests: web-test-runner.config.mjs's 'run-cli' command runs
// `node bin/stat-widgets.mjs …` in a fresh temporary directory and hands back what a user
// would see: exit status, stdout, stderr, and the files the command left behind.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const bin = join(root, 'bin/stat-widgets.mjs');
/** Files up to this size come back whole (base64); larger ones as size and hash only. */
const WHOLE = 2 << 20;

function run(args, cwd, env) {
  return new Promise((done) => {
    const started = performance.now();
    const child = spawn(process.execPath, [bin, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60000);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      done({
        status: status ?? signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        ms: Math.round(performance.now() - started),
      });
    });
  });
}

function snapshot(dir) {
  const files = {};
  const walk = (at) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const bytes = readFileSync(path);
        files[relative(dir, path)] = {
          size: bytes.length,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          mtimeMs: statSync(path).mtimeMs,
          ...(bytes.length <= WHOLE ? { base64: bytes.toString('base64') } : {}),
        };
      }
    }
  };
  walk(dir);
  return files;
}

/**
 * payload: {
 *   copy?: { [name]: repoPath }               copied from the repository first (demo/data/observations.csv)
 *   files?: { [name]: string | { base64 } }   then written (over a copy of the same name)
 *   steps: [{ args: string[], env?: {} }]     run one after the other in the same directory
 * }
 * Returns { steps: [{ status, stdout, stderr, ms, files }] }. The locale variables are cleared
 * unless a step sets them, so messages are English unless a test asks otherwise.
 */
export async function runCli(payload) {
  const dir = mkdtempSync(join(tmpdir(), 'stat-widgets-cli-'));
  try {
    for (const [name, from] of Object.entries(payload.copy ?? {})) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      copyFileSync(join(root, from), join(dir, name));
    }
    for (const [name, content] of Object.entries(payload.files ?? {})) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), typeof content === 'string' ? content : Buffer.from(content.base64, 'base64'));
    }
    const base = { ...process.env };
    for (const key of ['LANG', 'LC_ALL', 'LC_MESSAGES', 'LANGUAGE']) delete base[key];
    const steps = [];
    for (const step of payload.steps) {
      const result = await run(step.args, dir, { ...base, ...(step.env ?? {}) });
      steps.push({ ...result, files: snapshot(dir) });
    }
    return { steps };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
