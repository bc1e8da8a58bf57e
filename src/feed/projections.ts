/**
 * The real projections (src/math/sphere.ts), fetched when a map first needs one: a chunk of the
 * ES builds. The drop-in bundle cannot split code, so its build (vite.config.ts, mode 'iife')
 * swaps this file for projections.iife.ts, which imports `stat-widgets.projections.js` instead.
 */
import type { Sphere } from '../math/projection-cache.js';

export const loadProjections = (): Promise<Sphere> => import('../math/sphere.js');
