#!/usr/bin/env node
// Writes a feed's CSV files (the layouts `stat-widgets feed build` reads) from a feed.json:
//
//   node scripts/feed-to-csv.mjs [feed.json] [dir]      (default: demo/data/feed.json, its directory)
//
// It made the demo's sample CSVs from the feed that scripts/make-sample-feed.mjs writes; run
// both again if the sample feed changes, then `npm run build` checks that the CSVs give the
// same feed back, byte for byte. Also a way in for anyone who holds a feed.json already.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const input = resolve(process.argv[2] ?? 'demo/data/feed.json');
const dir = resolve(process.argv[3] ?? dirname(input));
const feed = JSON.parse(readFileSync(input, 'utf8'));

const LANGS = ['en', 'az', 'ru'];
const cell = (value) => {
  const text = value === undefined || value === null ? '' : String(value);
  return /[",\r\n]/.test(text) || text.trim() !== text ? `"${text.replace(/"/g, '""')}"` : text;
};
const write = (name, rows) => writeFileSync(join(dir, name), rows.map((row) => row.map(cell).join(',')).join('\n') + '\n');
/** The languages a text field uses across items, en, az, ru first. */
const langsOf = (items, key) => {
  const found = new Set(LANGS);
  for (const item of items) if (item[key] && typeof item[key] === 'object') Object.keys(item[key]).forEach((l) => found.add(l));
  return [...found];
};
const text = (value, lang) => (typeof value === 'string' ? (lang === 'en' ? value : '') : value?.[lang]);
const textColumns = (items, key) => langsOf(items, key).map((lang) => [`${key}_${lang}`, (item) => text(item[key], lang)]);
const table = (name, items, columns) => write(name, [columns.map(([head]) => head), ...items.map((item) => columns.map(([, get]) => get(item)))]);
const field = (key) => [key, (item) => item[key]];

const meta = [['field', 'value']];
for (const lang of langsOf([feed], 'title')) if (text(feed.title, lang) !== undefined) meta.push([`title_${lang}`, text(feed.title, lang)]);
if (feed.updated) meta.push(['updated', feed.updated]);
for (const lang of langsOf([feed.source ?? {}], 'name'))
  if (text(feed.source?.name, lang) !== undefined) meta.push([`source_name_${lang}`, text(feed.source.name, lang)]);
meta.push(['source_url', feed.source?.url]);
write('meta.csv', meta);

table('metrics.csv', feed.metrics, [
  field('id'),
  field('kind'),
  ...textColumns(feed.metrics, 'label'),
  ...textColumns(feed.metrics, 'description'),
  field('unit'),
]);
table('regions.csv', feed.regions, [field('id'), field('level'), field('parent'), ...textColumns(feed.regions, 'name'), field('geo')]);
const metricIds = feed.metrics.map((metric) => metric.id);
table('observations.csv', feed.observations, [field('period'), field('region'), ...metricIds.map(field)]);
const figures = (event) =>
  event.figures
    ? Object.entries(event.figures)
        .map(([name, value]) => `${name}=${value}`)
        .join(';')
    : '';
table('events.csv', feed.events ?? [], [
  field('date'),
  field('end'),
  field('kind'),
  field('region'),
  ...textColumns(feed.events ?? [], 'title'),
  ...textColumns(feed.events ?? [], 'summary'),
  field('url'),
  ['figures', figures],
]);
console.log(`wrote meta.csv, metrics.csv, regions.csv, observations.csv, events.csv in ${dir}`);
