// The layers of src/ (README, "Layout of the code"), checked by `npm run lint` (depcruise src).
// Dependencies point down: elements → controllers → feed, math, format. The pure layers know no
// element and no Lit; the CLI (Node) loads no DOM code; nothing goes round in a circle.
const DOM_CODE = '^src/(elements|controllers|directives|embed|export)/';
// The embed modules with no DOM code at load (snippet.ts reads `document` only if there is one):
// the CLI publishes embeds with them. The embed page's own code (frame.ts, resize.ts) stays out.
const EMBED_FOR_NODE = '^src/embed/(publish|snippet|params|reserve|zip)\\.ts$';
const LIT = '^node_modules/(lit|lit-html|lit-element|@lit)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'pure-layers-know-no-dom-code',
      comment: 'src/feed, src/math and src/format are pure: no element, controller, directive, embed or export code.',
      severity: 'error',
      from: { path: '^src/(feed|math|format)/' },
      to: { path: DOM_CODE },
    },
    {
      name: 'pure-layers-know-no-lit',
      comment: 'src/feed, src/math and src/format do not load Lit, directly or through another module.',
      severity: 'error',
      from: { path: '^src/(feed|math|format)/' },
      to: { path: LIT, reachable: true },
    },
    {
      name: 'cli-loads-no-dom-code',
      comment:
        'src/cli runs in Node: nothing it loads, directly or not, is element, controller, directive, embed or export code, ' +
        'except the embed modules that run in Node (`stat-widgets embed publish` writes the same snippets and pages as the ' +
        'builder) and src/export/types.ts, which holds only types.',
      severity: 'error',
      from: { path: '^src/cli/' },
      to: { path: DOM_CODE, pathNot: [EMBED_FOR_NODE, '^src/export/types\\.ts$'], reachable: true },
    },
    {
      name: 'cli-loads-no-lit',
      comment: 'src/cli runs in Node: it does not load Lit, directly or through another module.',
      severity: 'error',
      from: { path: '^src/cli/' },
      to: { path: LIT, reachable: true },
    },
    {
      name: 'export-knows-no-element',
      comment: 'src/export (the menu actions, loaded on first use) takes what it needs as arguments, not from the elements.',
      severity: 'error',
      from: { path: '^src/export/' },
      to: { path: '^src/elements/' },
    },
    {
      name: 'no-circular',
      comment: 'No module of src/ imports, directly or not, one that imports it (type-only imports included: layers, not just loading).',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'src-not-to-dev-dep',
      comment: 'What src/ loads at run time is in "dependencies" (the CLI bundles its own into dist/cli/, so it may use dev ones).',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/cli/' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count for the layer rules (a pure layer does not name an element's type either).
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'default', 'node'],
      extensions: ['.ts', '.js', '.json', '.csv'],
    },
  },
};
