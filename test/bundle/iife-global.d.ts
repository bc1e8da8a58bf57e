// The one global of the drop-in bundle (dist/stat-widgets.iife.js: every export of src/all.ts),
// for the plain-JS tests that load it with a <script> tag. Written out rather than
// `typeof import('../../src/all.js')`, which would check src/ again under tsconfig.browser-js.json.
declare global {
  var StatWidgets: {
    addLanguage(lang: string, strings: Record<string, string>): void;
    [name: string]: unknown;
  };
}

export {};
