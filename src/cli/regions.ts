// The regions CSV template: for the map geometry the package ships (src/geo/regions.csv, a
// copy of the geometry's region table: the country, its 14 economic regions and 78 districts),
// or for any geometry's features (`feed regions --from`), with the ids the map's features
// carry, so publishers start from the right ids.

import { parseCsv } from './csv.js';

import type { GeoFeature } from './geometry.js';

/** The template's columns: the layout `feed build` reads as regions.csv. */
export const REGION_COLUMNS = ['id', 'level', 'parent', 'name_en', 'name_az', 'name_ru', 'geo'] as const;

/** The country's row: the geometry's table lists only districts and their economic regions. */
const COUNTRY = ['AZ', 'country', '', 'Azerbaijan', 'Azərbaycan', 'Азербайджан', ''];

/**
 * The template's rows (header first) from the geometry's region table: the country, then each
 * economic region in order of first appearance (parent AZ), then the districts in the table's
 * order (parent: their economic region). `geo` is left empty: the ids are the map's own.
 */
export function regionsTemplate(geoTable: string): string[][] {
  const { header, records } = parseCsv(geoTable);
  const column = (name: string) => {
    const index = header.cells.indexOf(name);
    if (index < 0) throw new Error(`the region table has no column "${name}"`);
    return index;
  };
  const [id, en, az, ru, economic, economicEn, economicAz, economicRu] = [
    'id',
    'name_en',
    'name_az',
    'name_ru',
    'economic_region',
    'economic_region_en',
    'economic_region_az',
    'economic_region_ru',
  ].map(column) as [number, number, number, number, number, number, number, number];
  const economicRegions = new Map<string, string[]>();
  const districts: string[][] = [];
  for (const { cells } of records) {
    const region = cells[economic]!;
    if (!economicRegions.has(region))
      economicRegions.set(region, [region, 'economic-region', 'AZ', cells[economicEn]!, cells[economicAz]!, cells[economicRu]!, '']);
    districts.push([cells[id]!, 'district', region, cells[en]!, cells[az]!, cells[ru]!, '']);
  }
  return [[...REGION_COLUMNS], COUNTRY, ...economicRegions.values(), ...districts];
}

/**
 * The template's rows (header first) for a geometry's features, in its order: each feature's id,
 * the level given, no parent, its name as `name_en` (and its own `name_az`, `name_ru`… when the
 * geometry has them). Parents and coarser levels are the publisher's to add.
 */
export function regionsFromFeatures(features: readonly GeoFeature[], level: string): string[][] {
  return [
    [...REGION_COLUMNS],
    ...features.map((feature) => [feature.id, level, '', feature.names['en'] || feature.name, feature.names['az'] ?? '', feature.names['ru'] ?? '', '']),
  ];
}
