/**
 * What a map shows, computed from the feed, the geometry, the options and the width: values,
 * classes, legend, table, tooltip words, small-area targets. Pure: no Lit, no DOM; the element
 * (stat-map.ts) rebuilds it only when one of its inputs changed, and only draws it.
 */

import { featureName, MANY_SHAPES, objectNames, type GeoLayer, type MapLevel } from '../../feed/geo.js';
import { textIn, type FeedIndex } from '../../feed/select.js';
import type { Problem, Region } from '../../feed/types.js';
import { problem } from '../../feed/problems.js';
import { compareNames } from '../../format/collate.js';
import { formatNumber, formatPeriod, formatValue, formatValueRange } from '../../format/number.js';
import { fill } from '../../format/strings.js';
import { classBreaks, classOf, classRanges, schemeColors } from '../../math/classes.js';
import { nearestInDirection, nearestPoint, type Direction } from '../../math/neighbours.js';
import type { Point, ProjectedMap } from '../../math/projection.js';
import { regionLabels } from './region-names.js';
import type { MapStrings } from './strings.js';

/** Regions drawn smaller than this (pixels) get a round tap target this wide, and a button below the map. */
export const TARGET = 24;

/** Tap targets and buttons only when at most this many areas are small: 3,000 counties would bury the map and the page. */
export const SHORT = 24;

/**
 * Maps of more regions than this draw their fills as one path per colour class and keep one
 * region in the DOM (the keyboard's): 3,200 paths with their own parts and labels cost Lit, style
 * and layout most of a second (profiled on us-atlas's counties).
 */
export const MANY = MANY_SHAPES;

/** A drawn region: where it is and what it shows. */
export interface RegionView {
  /** The feed region's id (the shape's id when the feed lacks the region). */
  readonly id: string;
  /** Its name in the language, told apart from a namesake. */
  readonly name: string;
  readonly d: string;
  readonly centroid: Point;
  readonly box: readonly [number, number, number, number];
  /** The larger side of its bounding box, in pixels. */
  readonly size: number;
  readonly value: number | null;
  /** The value in words: the number in the language, else "no data". */
  readonly said: string;
  /** Its colour class; −1 for "no data". */
  readonly cls: number;
  /** Its fill: the class's colour, the "no data" hatching, or none while the metric is unknown. */
  readonly fill: string | undefined;
  /** Its value's share of the national total (0 to 1), when both are known. */
  readonly share: number | null;
  /** 1 for the largest value (ties share a rank); 0 without a value. */
  readonly rank: number;
  /** Whether the feed has the region (a shape without one is drawn as "no data" and left out of the table). */
  readonly known: boolean;
}

/** A map's model: everything the element draws. */
export interface Choropleth {
  /** The feed and the drawing it was computed from. */
  readonly feed: FeedIndex;
  readonly projected: ProjectedMap;
  /** The metric's label, the language and its strings. */
  readonly label: string;
  /** The metric's unit in the language ('' for none), written with every value. */
  readonly unit: string;
  /** What one area of the level is called: the feed's level label ("County"), else "Area": the table's first heading. */
  readonly area: string;
  readonly lang: string;
  readonly text: MapStrings;
  readonly noData: string;
  /** Whether the metric can be shown; without it every region is blank and there is no legend or table. */
  readonly known: boolean;
  /** By name, in the language's order: the keyboard's order. */
  readonly regions: readonly RegionView[];
  readonly byId: ReadonlyMap<string, RegionView>;
  /** The periods with a regional value (the slider's stops), oldest first; with the shown one. */
  readonly periods: readonly string[];
  readonly shown: string;
  /** "Teachers by district, 2024". */
  readonly caption: string;
  /** The legend: each class's colour and bounds (`1,200–1,500`), lowest first. */
  readonly legend: readonly { readonly color: string; readonly label: string }[];
  /** Regions with a value: a rank's "of N". */
  readonly ranked: number;
  /** Regions too small to tap: a round target each; none when more than `SHORT` are. */
  readonly small: readonly RegionView[];
  /** With more than `MANY` regions: one path per fill (a class, "no data", blank), lowest class first; else none (a path per region). */
  readonly fills: readonly { readonly fill: string | undefined; readonly d: string }[];
  /** The table's rows: the feed's regions, largest value first, "no data" last. */
  readonly rows: readonly RegionView[];
}

/**
 * Reads one period of a metric onto the shapes of a level. Classes are taken over every period,
 * so that a colour means the same numbers all along the slider. Positional, for the element's
 * `memoizeLast`: the model is computed again only when one of these changed.
 * @param layer The level's shapes; `projected`, the same at the map's width (math/projection-cache.ts).
 * @param metric The metric's id; `label`, its name in `lang`.
 * @param period The period asked for; '' for the latest with regional values.
 * @param text The map's strings in `lang`; `noData`, "No data" in it.
 * @param known Whether the metric can be shown (in the feed, no markup mistake); without it every region is blank.
 */
export function choropleth(
  feed: FeedIndex,
  layer: GeoLayer,
  projected: ProjectedMap,
  metric: string,
  label: string,
  level: MapLevel,
  period: string,
  classes: number,
  scheme: string,
  lang: string,
  text: MapStrings,
  noData: string,
  known: boolean,
): Choropleth {
  const regionOf = regionsByShape(feed.feed.regions, level);
  const regions = layer.ids.map((id) => regionOf.get(id));
  const valueAt = (i: number, period: string) => (known && regions[i] ? feed.value(metric, regions[i]!.id, period) : null);

  // The periods with a regional value: the slider's stops; the last is the default.
  const periods = feed.periods.filter((p) => regions.some((_, i) => valueAt(i, p) !== null));
  const shown = period || periods[periods.length - 1] || feed.latestPeriod || '';
  if (shown && !periods.includes(shown)) periods.push(shown);
  periods.sort((a, b) => feed.periods.indexOf(a) - feed.periods.indexOf(b));

  const all = periods.flatMap((p) => regions.map((_, i) => valueAt(i, p))).filter((v): v is number => v !== null);
  const thresholds = classBreaks(all, classes);
  const ranges = classRanges(all, thresholds);
  // Through the page's --stat-color-class-N when it sets them (a partner's palette), else the scheme's.
  const colors = schemeColors(scheme, ranges.length).map((c, i) => `var(--stat-color-class-${i + 1},${c})`);
  const about = feed.metric(metric);
  const unit = textIn(about?.unit, lang);
  const ownLevel = feed.level(level);
  const levelName = textIn(ownLevel?.label, lang);

  const values = regions.map((_, i) => valueAt(i, shown));
  const ranked = values.filter((v): v is number => v !== null).sort((a, b) => b - a);
  // A value's rank: the first place it holds (ties share it).
  const rankOf = new Map<number, number>();
  ranked.forEach((v, i) => rankOf.has(v) || rankOf.set(v, i + 1));
  const order = compareNames(lang);
  const country = feed.country;
  // A rate is no part of a total: it has no share of one.
  const total = known && country && about?.kind !== 'rate' ? feed.value(metric, country.id, shown) : null;
  const labels = regionLabels(feed.feed, level, lang);
  const views = layer.ids.map((id, i) => {
    const region = regions[i];
    const value = values[i]!;
    const cls = value === null ? -1 : classOf(value, thresholds);
    return {
      id: region?.id ?? id,
      name: (region && labels.get(region.id)) || featureName(layer.features[i]!.properties, lang) || id,
      ...projected.regions[i]!,
      value,
      said: value === null ? noData : formatValue(value, lang, unit),
      cls,
      fill: !known ? undefined : cls < 0 ? 'url(#no-data)' : colors[cls],
      share: value !== null && total ? value / total : null,
      rank: value === null ? 0 : rankOf.get(value)!,
      known: !!region,
      city: layer.features[i]!.properties?.['type'] === 'city',
    };
  });
  // Names said twice are told apart: by the parent's name ("Cook, Illinois", region-names.ts),
  // else a city by the word "city" (the geometry's `type` property), anything left by its id.
  const twice = () => {
    const count = new Map<string, number>();
    for (const v of views) count.set(v.name, (count.get(v.name) ?? 0) + 1);
    return views.filter((v) => count.get(v.name)! > 1);
  };
  for (const v of twice()) if (v.city) v.name += ` (${text.city})`;
  for (const v of twice()) v.name += ` (${v.id})`;
  views.sort((a, b) => order(a.name, b.name));
  const small = views.filter((v) => v.size < TARGET);

  return {
    feed,
    projected,
    label,
    unit,
    area: levelName || text.area,
    lang,
    text,
    noData,
    known,
    regions: views,
    byId: new Map(views.map((v) => [v.id, v])),
    periods,
    shown,
    caption: fill(ownLevel ? text.byLevel : level === 'district' ? text.byDistrict : text.byEconomicRegion, {
      metric: label,
      level: inSentence(levelName, lang),
      period: formatPeriod(shown, lang),
    }),
    legend: ranges.map((r, i) => ({ color: colors[i]!, label: formatValueRange(r.from, r.to, lang, unit) })),
    ranked: ranked.length,
    small: small.length > SHORT ? [] : small,
    fills: views.length > MANY ? fillsOf(views) : [],
    rows: views.filter((v) => v.known).sort((a, b) => (b.value ?? -1e308) - (a.value ?? -1e308) || order(a.name, b.name)),
  };
}

/** A level's label inside a sentence: "County" → "county", but "NUTS 2 region" stays. */
function inSentence(label: string, lang: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label[0]!.toLocaleLowerCase(lang) + label.slice(1) : label;
}

/** The regions' outlines joined by fill: one path each. */
function fillsOf(views: readonly RegionView[]): { fill: string | undefined; d: string }[] {
  const byFill = new Map<string | undefined, string[]>();
  for (const v of [...views].sort((a, b) => a.cls - b.cls)) {
    const list = byFill.get(v.fill) ?? [];
    byFill.set(v.fill, list);
    list.push(v.d);
  }
  return [...byFill].map(([fill, ds]) => ({ fill, d: ds.join('') }));
}

/** The shapes (by index in the layer) of feed regions with a value of the metric in any period: what `fit="data"` fits. */
export function shapesWithData(feed: FeedIndex, layer: GeoLayer, level: MapLevel, metric: string): number[] {
  const regionOf = regionsByShape(feed.feed.regions, level);
  return layer.ids.flatMap((id, i) => {
    const region = regionOf.get(id);
    return region && feed.periods.some((p) => feed.value(metric, region.id, p) !== null) ? [i] : [];
  });
}

/** Feed regions of a level, by the shape they are drawn with (`geo`, else their id). */
function regionsByShape(all: readonly Region[], level: MapLevel): Map<string, Region> {
  const regionOf = new Map<string, Region>();
  for (const region of all) if (region.level === level) regionOf.set(region.geo ?? region.id, region);
  return regionOf;
}

/** A share (0 to 1) as the language writes a percentage with one decimal: `12.5%`, `12,5 %`. */
export function percent(share: number, text: MapStrings, lang: string): string {
  return fill(text.percent, { value: formatNumber(Math.round(share * 1000) / 10, lang, 1) });
}

/** A region's share of the national total and its rank, for the tooltip (none without a value). */
export function details({ text, lang, ranked }: Choropleth, view: RegionView): string[] {
  return view.value === null
    ? []
    : [
        ...(view.share === null ? [] : [fill(text.shareOfTotal, { share: percent(view.share, text, lang) })]),
        fill(text.rank, { rank: formatNumber(view.rank, lang), count: formatNumber(ranked, lang) }),
      ];
}

/**
 * The table's columns and cells: area, value, and the share of the national total in percent
 * (rounded as shown) when any is known; numbers unformatted, null for "no data".
 */
export function tableCells({ text, label, area, rows }: Choropleth): { columns: string[]; cells: (string | number | null)[][] } {
  const share = rows.some((v) => v.share !== null);
  return {
    columns: [area, label, ...(share ? [`${text.share} (%)`] : [])],
    cells: rows.map((v) => [v.name, v.value, ...(share ? [v.share === null ? null : Math.round(v.share * 1000) / 10] : [])]),
  };
}

const ARROWS: Readonly<Record<string, Direction>> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/**
 * Where a key moves the keyboard from a region: an arrow to the nearest region in its direction,
 * Home and End to the first and the last (by name); null when none is ahead, undefined for other keys.
 */
export function regionByKey({ regions }: Choropleth, from: RegionView, key: string): RegionView | null | undefined {
  const direction = ARROWS[key];
  if (direction)
    return (
      regions[
        nearestInDirection(
          regions.map((v) => v.centroid),
          regions.indexOf(from),
          direction,
        )
      ] ?? null
    );
  return key === 'Home' ? regions[0] : key === 'End' ? regions[regions.length - 1] : undefined;
}

/** The small area whose centre is nearest to a point in the drawing, within a tap target's reach. */
export function smallAreaAt({ small }: Choropleth, point: Point): RegionView | undefined {
  return small[
    nearestPoint(
      small.map((v) => v.centroid),
      small.map((_, i) => i),
      point,
      TARGET,
    )
  ];
}

/** Feed regions of the level without a shape, and shapes without a region: the map's warnings. */
export function mismatches(all: readonly Region[], layer: GeoLayer, level: MapLevel, object = objectNames(level).at(-1)!): Problem[] {
  const drawn = new Set(layer.ids);
  const regionOf = regionsByShape(all, level);
  return [
    ...all.flatMap((r, i) =>
      r.level === level && !drawn.has(r.geo ?? r.id) ? [problem(`regions[${i}]`, 'no-shape', { id: r.geo ?? r.id, object, then: 'not drawn' })] : [],
    ),
    ...layer.ids.flatMap((id, i) =>
      regionOf.has(id) ? [] : [problem(`objects.${object}.geometries[${i}]`, 'no-feature-region', { id, then: 'drawn as "no data"' })],
    ),
  ];
}
