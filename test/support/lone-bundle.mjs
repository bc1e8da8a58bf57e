// The built drop-in bundle served alone at /__lone-bundle/stat-widgets.iife.js: a site that
// copied the bundle but not stat-widgets.actions.js beside it (which answers 404 there).
import { readFile } from 'node:fs/promises';

export function loneBundle() {
  return async function loneBundleMiddleware(ctx, next) {
    if (!ctx.path.startsWith('/__lone-bundle/')) return next();
    if (ctx.path !== '/__lone-bundle/stat-widgets.iife.js') {
      ctx.status = 404;
      return;
    }
    ctx.type = 'text/javascript';
    ctx.body = await readFile(new URL('../../dist/stat-widgets.iife.js', import.meta.url));
  };
}
