/**
 * The drop-in bundle's and `dist/cdn/`'s `loadProjections` (vite.config.ts puts it in place of
 * projections.ts): it imports `dist/stat-widgets.projections.js`, a self-contained ES module
 * (mode 'projections'), found from the script's own address (feed/package-url.ts), so that the
 * built-in map keeps its bytes.
 */
import type { Sphere } from '../math/projection-cache.js';
import { LoadError } from './load-error.js';
import { packageFileUrl } from './package-url.js';

let loading: Promise<Sphere> | undefined;

export const loadProjections = (): Promise<Sphere> => {
  const url = packageFileUrl('stat-widgets.projections.js');
  return (loading ??= (import(/* @vite-ignore */ url) as Promise<Sphere>).catch((error: unknown) => {
    // Forgotten, so that the next map that needs it tries again.
    loading = undefined;
    throw new LoadError('network', url, { reason: (error as Error).message });
  }));
};
