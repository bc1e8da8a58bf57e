/**
 * The drop-in bundle's `loadActions` (vite.config.ts puts it in place of load-actions.ts for
 * mode 'iife'): an IIFE cannot split code, so the actions would sit inline in every page's
 * bundle. Instead it imports `stat-widgets.actions.js`, an ES module built beside it, found from
 * the bundle's own address. That file has its own copy of src/format/strings.ts: its catalogues
 * are adopted by the bundle's, so languages added with `addLanguage` (before or after) reach them.
 */
import { LoadError } from '../feed/load-error.js';
import { scriptUrl } from '../feed/package-url.js';
import { adopt } from '../format/strings.js';

type Actions = typeof import('./actions.js');

let loading: Promise<Actions> | undefined;

export const loadActions = (): Promise<Actions> => {
  const url = new URL('stat-widgets.actions.js', scriptUrl).href;
  return (loading ??= (import(/* @vite-ignore */ url) as Promise<Actions>).then(
    (actions) => {
      actions.catalogues.forEach(adopt);
      return actions;
    },
    (error: unknown) => {
      // The loaders' policy (src/feed/retry.ts) retries every failed load (offline, the file
      // missing). Here the retry is the reader's next pick, not a timer: this one is forgotten.
      loading = undefined;
      throw new LoadError('network', url, { reason: (error as Error).message });
    },
  ));
};
