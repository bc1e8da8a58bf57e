// A bare HTML page around a snippet, as a web editor's page would be: GET /__embed-page?body=<html>
// serves `<!doctype html>…<body>{body}</body>` with no other script or style, so the test sees the
// snippet work (or, in a sandboxed iframe, not run) exactly as pasted. Test server only.
export function embedServer() {
  return async function embedServerMiddleware(ctx, next) {
    if (ctx.path !== '/__embed-page') return next();
    const body = String(ctx.query.body ?? '');
    ctx.type = 'text/html; charset=utf-8';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>A page with a snippet</title>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
  };
}
