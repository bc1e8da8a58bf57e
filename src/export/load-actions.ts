/**
 * The "Get the data" actions (src/export/data-files.ts), fetched when a reader first picks one:
 * a chunk of the ES builds. The drop-in bundle cannot split code, so its build (vite.config.ts,
 * mode 'iife') swaps this file for load-actions.iife.ts, which imports a separate file instead.
 */
export const loadActions = () => import('./data-files.js');
