// Tests run in the system's Chromium (Debian package); nothing downloads a browser.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { feedServer } from './test/support/feed-server.mjs';
import { cspServer } from './test/support/csp-server.mjs';
import { embedServer, framesPlugin } from './test/support/embed-server.mjs';
import { loneBundle } from './test/support/lone-bundle.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { measure, moduleClosure } from './scripts/sizes.mjs';
import testFiles from './test/support/test-files.cjs';
import { CHROMIUM, CHROMIUM_ARGS } from './test/support/chromium.mjs';

/**
 * `plugin`, but files under `prefix` are served as they are. With a `target`, the esbuild plugin
 * rewrites every .js file too: the built bundles under dist/ reached the tests reformatted, with
 * "use strict" above their first line (V8's compile hint must be that line). Served untouched, a
 * broken bundle fails as it would on a page.
 */
function untouched(prefix, plugin) {
  const transform = plugin.transform.bind(plugin);
  plugin.transform = (context) => (context.path.startsWith(prefix) ? undefined : transform(context));
  return plugin;
}

export default {
  // The pure layers' tests run in Node (npm test runs mocha first); test/support/test-files.cjs.
  files: testFiles.browser,
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 2,
  // Element tests wait for real timers (refresh, backoff); keep them comfortably inside this.
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 600000,
  browserStartTimeout: 60000,
  plugins: [
    framesPlugin(), // evaluates in frames a page cannot reach: embeds in a sandbox (test/embed/wordpress.test.ts)
    {
      // Byte budgets: the tests ask Node for the sizes of built files (the same code as `npm run size`).
      name: 'byte-sizes',
      executeCommand({ command, payload }) {
        if (command !== 'byte-sizes') return undefined;
        const files = payload.closure ? moduleClosure(payload.file) : [payload.file];
        return { files, ...measure(files) };
      },
    },
    {
      // The feed tools' Node side (files, exit status, gzip): runs `node bin/stat-widgets.mjs …`
      // in a temporary directory (test/cli/support/run-cli.mjs); test/cli/command.test.ts asks.
      name: 'run-cli',
      async executeCommand({ command, payload }) {
        if (command !== 'run-cli') return undefined;
        const { runCli } = await import('./test/cli/support/run-cli.mjs');
        return runCli(payload);
      },
    },
    {
      // Media features the emulateMedia command does not pass to puppeteer (forced-colors):
      // through the DevTools protocol, on one session per page so that the setting stays.
      // Payload: { media?: 'print' | '', features: [{ name, value }] } (test/elements/themes.test.ts).
      name: 'emulate-media-features',
      async executeCommand({ command, payload, session }) {
        if (command !== 'emulate-media-features') return undefined;
        const page = session.browser.getPage(session.id);
        const cdp = (page.__mediaSession ??= await page.createCDPSession());
        await cdp.send('Emulation.setEmulatedMedia', { media: payload.media ?? '', features: payload.features ?? [] });
        return true;
      },
    },
    untouched(
      '/dist/',
      esbuildPlugin({
        ts: true,
        target: 'es2022',
        tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
      }),
    ),
  ],
  middleware: [feedServer(), cspServer(), embedServer(), loneBundle()],
  browsers: [
    chromeLauncher({
      // A browser context per test page: in one shared context Chromium hides every page but
      // one, and a hidden page runs no animation frames (fixtures, tweens and refreshes stall).
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
      launchOptions: {
        executablePath: CHROMIUM,
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
};
