// A page served with a strict Content Security Policy, for test/security/csp.test.js. The test
// runner's own pages carry no CSP header and we cannot set one there, so this middleware serves
// its own: the drop-in bundle by a plain <script src>, the page's script as a file of its own (an
// inline one would be blocked), and one of each widget on the demo feed.

/** The policy the widgets are tested under (README, "Security and host pages"). */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "require-trusted-types-for 'script'",
  // lit-html creates one Trusted Types policy of that name for its templates; nothing else does.
  'trusted-types lit-html',
].join('; ');

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>stat-widgets under a strict CSP</title>
    <link rel="stylesheet" href="/__csp/page.css" />
    <!-- First: it must be listening before the widgets run. -->
    <script src="/__csp/page.js"></script>
    <script src="/dist/stat-widgets.iife.js"></script>
  </head>
  <body>
    <main>
      <stat-counter src="/demo/data/feed.json" metric="teachers" show-delta></stat-counter>
      <stat-feed src="/demo/data/feed.json">
        <stat-counter metric="schools"></stat-counter>
        <stat-map metric="teachers"></stat-map>
        <stat-timeline metrics="teachers,schools"></stat-timeline>
      </stat-feed>
    </main>
  </body>
</html>
`;

// Every violation the document reports, in order, for the test to read from window.
const SCRIPT = `window.cspViolations = [];
document.addEventListener('securitypolicyviolation', function (event) {
  window.cspViolations.push({
    directive: event.effectiveDirective || event.violatedDirective,
    blockedURI: event.blockedURI,
    sample: event.sample,
    source: event.sourceFile + ':' + event.lineNumber + ':' + event.columnNumber,
  });
});
`;

const CSS = `body { margin: 0; font: 16px/1.4 sans-serif; }
main { width: 640px; }
stat-counter, stat-map, stat-timeline, stat-feed { --stat-duration: 0s; }
`;

const FILES = {
  '/__csp/page.html': ['text/html', PAGE],
  '/__csp/page.js': ['application/javascript', SCRIPT],
  '/__csp/page.css': ['text/css', CSS],
};

export function cspServer() {
  return async function cspServerMiddleware(ctx, next) {
    const file = FILES[ctx.path];
    if (!file) return next();
    ctx.set('Content-Security-Policy', STRICT_CSP);
    ctx.set('Cache-Control', 'no-store');
    ctx.type = file[0];
    ctx.body = file[1];
  };
}
