// The README's API tables and the generated custom-elements.json (from the elements' JSDoc,
// `npm run build`) must say the same thing: a name missing from either side fails, and so does
// a manifest entry without a description.
import { expect } from '@open-wc/testing';

const manifest = await (await fetch('/custom-elements.json')).json();
const readme = await (await fetch('/README.md')).text();

const elements = manifest.modules.flatMap((mod) => mod.declarations ?? []).filter((d) => d.tagName);

/** The README section of one element: from `### \`<tag>\`` to the next heading of level 2 or 3. */
function sectionOf(tag) {
  const start = readme.indexOf(`### \`<${tag}>\``);
  if (start < 0) return null;
  const rest = readme.slice(start + 4);
  const end = rest.search(/\n#{2,3} /);
  return end < 0 ? rest : rest.slice(0, end);
}

/** Every markdown table of a section: its header cells and rows of cells (`\|` inside a cell kept). */
function tablesOf(section) {
  const tables = [];
  let current = null;
  for (const line of section.split('\n')) {
    if (!line.startsWith('|')) {
      current = null;
      continue;
    }
    const cells = line
      .replace(/\\\|/g, '\u0000')
      .split('|')
      .slice(1, -1)
      // eslint-disable-next-line no-control-regex -- U+0000 holds the place of an escaped pipe
      .map((cell) => cell.replace(/\u0000/g, '|').trim());
    if (cells.every((cell) => /^:?-+:?$/.test(cell))) continue;
    if (!current) tables.push((current = { header: cells.map((c) => c.toLowerCase()), rows: [] }));
    else current.rows.push(cells);
  }
  return tables;
}

/**
 * The names in one column of the tables whose first header cell is `first`: every `code` span of
 * a cell before any "(" (`part-a`, `part-b` (with `x`)), except range ends such as `-6`.
 */
function namesIn(tables, first, column = 0) {
  const names = new Set();
  for (const table of tables.filter((t) => t.header[0] === first)) {
    for (const row of table.rows) {
      for (const [, code] of (row[column] ?? '')
        .replace(/\(\)/g, '')
        .split('(')[0]
        .matchAll(/`([^`]+)`/g)) {
        const name = code.replace(/^<|>$/g, '');
        if (!/^-[^-]/.test(name)) names.add(name);
      }
    }
  }
  return [...names].sort();
}

const sorted = (list) => [...new Set(list)].sort();
const publicFields = (d) => (d.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.privacy && !m.name.startsWith('_'));
const publicMethods = (d) =>
  (d.members ?? []).filter((m) => m.kind === 'method' && !m.static && !m.privacy && !m.name.startsWith('_') && !m.inheritedFrom?.package);

describe('README API tables agree with custom-elements.json', () => {
  it('the manifest lists every element', () => {
    expect(elements.map((d) => d.tagName).sort()).to.include.members(['stat-counter', 'stat-feed', 'stat-map', 'stat-timeline']);
  });

  for (const element of elements) {
    describe(`<${element.tagName}>`, () => {
      const section = sectionOf(element.tagName);
      const tables = section ? tablesOf(section) : [];

      it('has a README section', () => {
        expect(section, `README: ### \`<${element.tagName}>\``).to.be.a('string');
      });

      it('attributes: README table = manifest', () => {
        expect(namesIn(tables, 'attribute')).to.deep.equal(sorted((element.attributes ?? []).map((a) => a.name)));
      });

      it('properties: README table = manifest', () => {
        // `lang` is the browser's own property (HTMLElement.lang), listed for readers, not declared by us.
        const documented = namesIn(tables, 'attribute', 1).filter((name) => !(name in HTMLElement.prototype));
        expect(documented).to.deep.equal(sorted(publicFields(element).map((m) => m.name)));
      });

      it('methods: README table = manifest', () => {
        expect(namesIn(tables, 'method')).to.deep.equal(sorted(publicMethods(element).map((m) => m.name)));
      });

      it('events: README table = manifest', () => {
        expect(namesIn(tables, 'event')).to.deep.equal(sorted((element.events ?? []).map((e) => e.name)));
      });

      it('parts: README table = manifest', () => {
        expect(namesIn(tables, 'part')).to.deep.equal(sorted((element.cssParts ?? []).map((p) => p.name)));
      });

      it('CSS custom properties: README table = manifest', () => {
        expect(namesIn(tables, 'css custom property')).to.deep.equal(sorted((element.cssProperties ?? []).map((p) => p.name)));
      });

      it('every attribute, property, method, event, part and custom property has a description in the manifest', () => {
        const entries = [
          ...(element.attributes ?? []).map((e) => ['attribute', e]),
          ...publicFields(element).map((e) => ['property', e]),
          ...publicMethods(element).map((e) => ['method', e]),
          ...(element.events ?? []).map((e) => ['event', e]),
          ...(element.cssParts ?? []).map((e) => ['part', e]),
          ...(element.cssProperties ?? []).map((e) => ['custom property', e]),
          ...(element.slots ?? []).map((e) => ['slot', e]),
        ];
        const undescribed = entries.filter(([, e]) => !e.description?.trim()).map(([kind, e]) => `${kind} ${e.name || '(default)'}`);
        expect(undescribed).to.deep.equal([]);
        expect(element.description || element.summary, 'the element’s own description')
          .to.be.a('string')
          .and.not.equal('');
      });
    });
  }
});
