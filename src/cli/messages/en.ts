// The CLI's own messages in English. The feed layer's problems are worded by the feed layer
// itself (src/feed/problems.ts: problemText).

import { maybe, n, s, type CliMessages } from './template.js';

export const en: CliMessages = {
  'file.missing': (p) => `cannot read ${s(p, 'file')}: no such file`,
  'file.unreadable': (p) => `cannot read ${s(p, 'file')}: ${s(p, 'reason')}`,
  'file.utf16': () => 'the file is saved as UTF-16 ("Unicode text"); save it as "CSV UTF-8" instead',
  'file.encoding': () => 'the file is not UTF-8 text (the first wrong byte is here); save it as "CSV UTF-8"',
  'csv.empty': () => 'the file is empty; it needs a header line with the column names',
  'csv.tabs': () => 'the values are separated by tabs; save the file as CSV, separated by commas or semicolons',
  'csv.mixed-delimiters': (p) =>
    p['header'] === 'none'
      ? `the header line has no separator, but the lines below are separated by "${s(p, 'rows')}"; separate the column names by "${s(p, 'rows')}" too`
      : `this line is separated by "${s(p, 'rows')}", but the header by "${s(p, 'header')}"${n(p, 'more') ? ` (and ${n(p, 'more')} more line${n(p, 'more') === 1 ? '' : 's'} like it)` : ''}; use one separator in the whole file`,
  'csv.unclosed-quote': () => 'a quote (") opens a value here and is never closed; the rest of the file reads as this one value',
  'csv.after-quote': () => 'text after the closing quote; a quote inside a quoted value is written twice ("")',
  'csv.cell-count': (p) =>
    `this line has ${n(p, 'found')} values but the header has ${n(p, 'expected')}; line skipped` +
    (n(p, 'found') > n(p, 'expected')
      ? `. A value that contains "${s(p, 'delimiter')}" must be in double quotes; numbers are written without separators and with a decimal point (4308, 12.5)`
      : ''),
  'csv.duplicate-column': (p) => `the column "${s(p, 'name')}" appears twice; the second one is ignored`,
  'csv.unnamed-column': () => 'a column with no name in the header holds values; name it or delete it',
  'csv.missing-column': (p) =>
    `missing column "${s(p, 'name')}" (the header has: ${s(p, 'header')})${maybe(p, 'similar', (x) => `; is "${x}" meant to be "${s(p, 'name')}"?`)}`,
  'csv.missing-text-column': (p) =>
    `missing column ${s(p, 'name')}_en (at least one ${s(p, 'name')}_<language> column: ${s(p, 'name')}_en, ${s(p, 'name')}_az, ${s(p, 'name')}_ru …)`,
  'csv.unknown-column': (p) => `unknown column "${s(p, 'name')}"; ignored${maybe(p, 'suggestion', (x) => ` (did you mean "${x}"?)`)}`,
  'csv.unknown-metric-column': (p) =>
    `the column "${s(p, 'name')}" is not a metric in ${s(p, 'metrics')}; its values are ignored${maybe(p, 'suggestion', (x) => ` (did you mean "${x}"?)`)}`,
  'number.thousands': (p) =>
    `"${s(p, 'raw')}" is written with a thousands separator: it probably means ${s(p, 'probably')}. Write numbers without separators (${s(p, 'probably')})` +
    maybe(p, 'otherwise', (x) => `, or ${x} if the comma is a decimal comma`),
  'number.decimal-comma': (p) =>
    `"${s(p, 'raw')}" is written with a decimal comma: it probably means ${s(p, 'probably')}. Write decimals with a point (${s(p, 'probably')})` +
    maybe(p, 'otherwise', (x) => `, or ${x} if the comma separates thousands`),
  'number.invalid': (p) => `expected a number, got "${s(p, 'raw')}"; leave the cell empty if the value is unknown`,
  'date.format': (p) => `"${s(p, 'raw')}" is not written as YYYY, YYYY-MM or YYYY-MM-DD: it probably means ${s(p, 'probably')}`,
  'figures.syntax': (p) => `figures are written name=number, separated by ";" (teachers=59;projects=26); cannot read "${s(p, 'raw')}"`,
  'figures.duplicate': (p) => `the figure "${s(p, 'name')}" is given twice; the first one is used`,
  'meta.unknown-field': (p) =>
    `unknown field "${s(p, 'name')}"; ignored${maybe(p, 'suggestion', (x) => ` (did you mean "${x}"?)`)} (the fields: title_<language>, updated, source_name_<language>, source_url)`,
  'meta.duplicate-field': (p) => `the field "${s(p, 'name')}" is given twice; the first one is used`,
  'json.syntax': (p) => `not JSON: ${s(p, 'message')}`,
  'summary.ok': (p) =>
    `${s(p, 'file')}: no problems (${n(p, 'metrics')} metrics, ${n(p, 'regions')} regions, ${n(p, 'observations')} observations, ${n(p, 'events')} events)`,
  'summary.problems': (p) => `${n(p, 'count')} problem${n(p, 'count') === 1 ? '' : 's'}`,
  'build.wrote': (p) =>
    `wrote ${s(p, 'file')} (${n(p, 'bytes')} bytes): ${n(p, 'metrics')} metrics, ${n(p, 'regions')} regions, ${n(p, 'observations')} observations, ${n(p, 'events')} events`,
  'build.not-written': (p) => `${s(p, 'file')} was not written: fix the problems above and run the command again`,
  'regions.wrote': (p) => `wrote ${s(p, 'file')}: ${n(p, 'count')} regions`,
  'progress.reading': (p) => `reading ${s(p, 'file')}: ${n(p, 'percent')}% (${n(p, 'rows')} rows)`,
  'progress.checking': (p) => `checking ${n(p, 'rows')} rows…`,
  'progress.writing': (p) => `writing ${s(p, 'file')}…`,
  'usage.unknown-command': (p) => `unknown command "${s(p, 'command')}"; see "stat-widgets feed --help"`,
  'usage.unknown-option': (p) => `unknown option "${s(p, 'option')}"; see "stat-widgets feed --help"`,
  'usage.missing-value': (p) => `the option "${s(p, 'option')}" needs a value`,
  'usage.bad-value': (p) => `"${s(p, 'value')}" is not a value for "${s(p, 'option')}" (${s(p, 'allowed')})`,
  'usage.extra-argument': (p) => `unexpected argument "${s(p, 'value')}"`,
  line: (p) => `line ${n(p, 'line')}`,
  // Issue 14, part 5.
  'number.leading-point': (p) =>
    `"${s(p, 'raw')}" is read as ${s(p, 'value')}${n(p, 'more') ? `, and so ${n(p, 'more') === 1 ? 'is 1 more cell' : `are ${n(p, 'more')} more cells`} like it in this column` : ''} (a note: nothing to fix, but a 0 before the point is clearer)`,
  'tidy.no-metric': () => 'no metric id in this row; row ignored',
  'tidy.unread-column': (p) => `the column "${s(p, 'name')}" is not read (a tidy file's values are in period, region, metric and value)`,
  'tidy.unknown-metric': (p) => `"${s(p, 'id')}" is not a metric in ${s(p, 'metrics')}; row ignored${maybe(p, 'suggestion', (x) => ` (did you mean "${x}"?)`)}`,
  'tidy.duplicate': (p) =>
    `a second value of "${s(p, 'metric')}" for period "${s(p, 'period')}" and region "${s(p, 'region')}" (first at ${s(p, 'first')}); the first one is used`,
  'more.cells': (p) => `… and ${n(p, 'count')} more cell${n(p, 'count') === 1 ? '' : 's'} like this in column "${s(p, 'field')}"`,
  'more.lines': (p) => `… and ${n(p, 'count')} more line${n(p, 'count') === 1 ? '' : 's'} like this`,
  'more.items': (p) => `… and ${n(p, 'count')} more like this (${s(p, 'path')})`,
  'did-you-mean': (p) => `(did you mean "${s(p, 'suggestion')}"?)`,
  'summary.notes': (p) => `${n(p, 'count')} note${n(p, 'count') === 1 ? '' : 's'}: read as said above, nothing to fix`,
  'geo.not-geometry': () => `the file is neither TopoJSON (a "Topology") nor GeoJSON (a "FeatureCollection" or "Feature")`,
  'geo.choose-object': (p) => `the topology holds several objects (${s(p, 'objects')}); pick one with --object NAME`,
  'geo.unknown-object': (p) =>
    `the topology has no object "${s(p, 'name')}" (its objects: ${s(p, 'objects')})${maybe(p, 'suggestion', (x) => `; did you mean "${x}"?`)}`,
  'geo.no-id': (p) =>
    `feature ${n(p, 'index')} has no id${maybe(p, 'property', (x) => ` (no property "${x}")`)}; name the property that holds the ids with --id${maybe(p, 'properties', (x) => ` (its properties: ${x})`)}`,
  'geo.duplicate-id': (p) => `feature ${n(p, 'index')} has the id "${s(p, 'id')}" of an earlier feature; it is left out`,
  'geo.no-feature': (p) => `the region "${s(p, 'id')}" has no feature in ${s(p, 'file')}; the map would not draw it`,
  'geo.no-region': (p) =>
    `the feature "${s(p, 'id')}"${maybe(p, 'name', (x) => ` (${x})`)} has no region in ${s(p, 'regions')}; the map would draw it as "no data"${n(p, 'more') ? ` (and so would ${n(p, 'more')} more feature${n(p, 'more') === 1 ? '' : 's'})` : ''}`,
  'usage.geo-option': (p) => `the option "${s(p, 'option')}" is read only with ${s(p, 'with')}`,
};
