/**
 * The map's own UI strings. They live here, not in `format/strings.ts`, so that pages without a
 * map do not download them: that catalogue sits in the chunk every widget loads, and the map's
 * three languages cost the counter-only page 1.2 KB gzipped (measured 2026-11-23).
 */

import { catalogue } from '../../format/strings.js';

export interface MapStrings {
  /** The caption; `{metric}` and `{period}` are replaced. */
  readonly byDistrict: string;
  readonly byEconomicRegion: string;
  /** The caption by a level of the feed's own; `{level}` is its label, as inside a sentence. */
  readonly byLevel: string;
  /** How to use the keyboard (the region list's description). */
  readonly mapKeys: string;
  readonly showTable: string;
  readonly hideTable: string;
  /** The table's first column. */
  readonly area: string;
  readonly share: string;
  /** `{share}` is replaced by a percentage. */
  readonly shareOfTotal: string;
  /** `{value}` is replaced by a number: `12.5%`, `12,5 %`. */
  readonly percent: string;
  /** `{rank}` and `{count}` are replaced. */
  readonly rank: string;
  readonly legend: string;
  readonly play: string;
  readonly pause: string;
  readonly period: string;
  /** The buttons for areas too small to tap on the map. */
  readonly smallAreas: string;
  /** The search's label (and its list's name). */
  readonly findRegion: string;
  /** The search found nothing. */
  readonly noRegionMatches: string;
  /** Under the search's list: `{count}` more regions match than are shown. */
  readonly moreRegions: string;
  readonly mapError: string;
  /** Added to a city's name when a district has the same name: `Shaki (city)`. */
  readonly city: string;
  /** The credit line of the built-in geometry. */
  readonly credit: string;
}

const en: MapStrings = {
  byDistrict: '{metric} by district, {period}',
  byEconomicRegion: '{metric} by economic region, {period}',
  byLevel: '{metric} by {level}, {period}',
  mapKeys: 'Arrow keys move between areas, Enter selects, Escape clears the selection.',
  showTable: 'Show as table',
  hideTable: 'Hide table',
  area: 'Area',
  share: 'Share',
  shareOfTotal: '{share} of the national total',
  percent: '{value}%',
  rank: 'rank {rank} of {count}',
  legend: 'Legend',
  play: 'Play',
  pause: 'Pause',
  period: 'Period',
  smallAreas: 'Small areas',
  findRegion: 'Find a region',
  noRegionMatches: 'No region matches',
  moreRegions: '{count} more — keep typing',
  mapError: 'The map could not be loaded',
  city: 'city',
  credit: 'Boundaries: Natural Earth (public domain); economic regions per Decree No. 1386 of 7 July 2021.',
};

const strings = catalogue<MapStrings>(en, {
  az: {
    byDistrict: '{metric} rayonlar üzrə, {period}',
    byEconomicRegion: '{metric} iqtisadi rayonlar üzrə, {period}',
    byLevel: '{metric} {level} üzrə, {period}',
    mapKeys: 'Ox düymələri ərazilər arasında keçir, Enter seçir, Escape seçimi ləğv edir.',
    showTable: 'Cədvəl kimi göstər',
    hideTable: 'Cədvəli gizlət',
    area: 'Ərazi',
    share: 'Pay',
    shareOfTotal: 'ölkə üzrə cəmin {share}-i',
    percent: '{value}%',
    rank: 'sıra: {rank} / {count}',
    legend: 'Şərti işarələr',
    play: 'Oynat',
    pause: 'Dayandır',
    period: 'Dövr',
    smallAreas: 'Kiçik ərazilər',
    findRegion: 'Ərazi axtar',
    noRegionMatches: 'Uyğun ərazi yoxdur',
    moreRegions: 'daha {count} — yazmağa davam edin',
    mapError: 'Xəritəni yükləmək mümkün olmadı',
    city: 'şəhər',
    credit: 'Sərhədlər: Natural Earth (ictimai sərvət); iqtisadi rayonlar 7 iyul 2021-ci il tarixli 1386 nömrəli Fərmana əsasən.',
  },
  ru: {
    byDistrict: '{metric} по районам, {period}',
    byEconomicRegion: '{metric} по экономическим районам, {period}',
    byLevel: '{metric} (уровень: {level}), {period}',
    mapKeys: 'Стрелки — переход между территориями, Enter — выбрать, Escape — снять выбор.',
    showTable: 'Показать таблицей',
    hideTable: 'Скрыть таблицу',
    area: 'Территория',
    share: 'Доля',
    shareOfTotal: '{share} от общего числа по стране',
    percent: '{value}\u00a0%',
    rank: 'место {rank} из {count}',
    legend: 'Легенда',
    play: 'Воспроизвести',
    pause: 'Пауза',
    period: 'Период',
    smallAreas: 'Небольшие территории',
    findRegion: 'Найти территорию',
    noRegionMatches: 'Нет подходящих территорий',
    moreRegions: 'ещё {count} — продолжайте ввод',
    mapError: 'Не удалось загрузить карту',
    city: 'город',
    credit: 'Границы: Natural Earth (общественное достояние); экономические районы по Указу № 1386 от 7 июля 2021 года.',
  },
});

/** Adds or replaces a language's strings; missing keys fall back to English. */
export const registerMapStrings = strings.register;

/** The strings for a language (`az-Latn-AZ` → `az`), else English. */
export const mapStringsFor = strings.pick;
