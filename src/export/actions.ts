/**
 * Entry point of `dist/stat-widgets.actions.js`: the "Get the data" actions as one ES module
 * that the drop-in bundle imports on first use (load-actions.iife.ts). It carries its own copy
 * of the string catalogues' module, so it hands its catalogues over to the bundle's, where
 * `addLanguage` reaches them.
 */
export { runAction } from './data-files.js';
export { catalogues } from '../format/strings.js';
