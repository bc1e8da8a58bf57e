// Which test files run where (.mocharc.cjs and web-test-runner.config.mjs read this).
// The pure layers' tests run in Node (mocha + tsx, `expect` from 'chai'): the runner itself shows
// that they need no DOM. A new file in one of these folders runs in Node too. The WordPress
// plugin's tests (PHP and a web server, driven from Node) run there as well.
const NODE_FOLDERS = ['feed', 'math', 'format', 'cli'];

// In those folders, what needs the browser or the test server stays in web-test-runner, and why.
const BROWSER_ONLY = {
  'test/feed/load.test.ts': "the test server's /__feed middleware (status codes, delays, CORS, caching)",
  'test/format/date.test.ts': "Intl's output as Chromium's ICU writes it: Node 20's puts thin spaces around a range's dash",
  'test/cli/command.test.ts': "the runner's run-cli command, which runs bin/stat-widgets.mjs in a temporary directory",
  'test/cli/embed-publish.test.ts': "the runner's run-cli command",
  'test/cli/check-url.test.ts': "the runner's run-cli command, against the test server's /__feed middleware",
  'test/feed/package-url.test.ts': "where this code was loaded from: the page's location",
  'test/feed/geo.test.ts': "the test server's /__feed middleware (a geometry that fails, then answers)",
};

module.exports = {
  node: {
    spec: [`test/{${NODE_FOLDERS.join(',')}}/**/*.test.{ts,js,mjs}`, 'test/wordpress/**/*.test.mjs'],
    ignore: Object.keys(BROWSER_ONLY),
  },
  browser: [`test/!(${[...NODE_FOLDERS, 'wordpress'].join('|')})/**/*.test.{ts,js}`, ...Object.keys(BROWSER_ONLY)],
};
