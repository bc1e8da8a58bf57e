// Loaded by mocha (`--import`) before the tests that run in Node. In the browser, tests fetch
// static files from the test server, which serves the repository root: a file: URL (a path
// relative to `import.meta.url`) or a root-relative path such as `/src/geo/…`. Node's fetch
// has neither, so those two read the file from the repository here; every other request goes
// to Node's own fetch. The test runner's middleware (`/__feed/…`) is not imitated: tests that
// need it stay in the browser.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = new URL('../../', import.meta.url);
const types = { '.json': 'application/json', '.csv': 'text/csv', '.txt': 'text/plain' };
const nodeFetch = globalThis.fetch;

/** The repository file a request names, or undefined when it is not a static file. */
function staticFile(input) {
  if (input instanceof Request) return undefined;
  const text = String(input);
  if (text.startsWith('file:')) return new URL(text);
  if (text.startsWith('/') && !text.startsWith('//') && !text.startsWith('/__')) return new URL(`.${text}`, root);
  return undefined;
}

globalThis.fetch = async (input, init) => {
  const file = staticFile(input);
  if (!file) return nodeFetch(input, init);
  const path = fileURLToPath(file);
  try {
    const body = await readFile(path);
    return new Response(body, { status: 200, headers: { 'content-type': types[extname(path)] ?? 'application/octet-stream' } });
  } catch (caught) {
    const error = /** @type {NodeJS.ErrnoException} */ (caught);
    if (error.code === 'ENOENT' || error.code === 'EISDIR') return new Response('Not found', { status: 404 });
    throw error;
  }
};
