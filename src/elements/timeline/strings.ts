/**
 * The timeline's own UI strings (the shared ones, "Loading…", "No data"…, come from
 * `format/strings.ts`). They live here so that pages without a timeline do not download them:
 * the shared catalogue sits in the chunk every widget loads (the map's strings cost the
 * counter-only page 1.2 KB gzipped there, measured 2026-11-23).
 */

import { catalogue } from '../../format/strings.js';

export interface TimelineStrings {
  /** The chart's name; `{metrics}`, `{region}`, `{from}` and `{to}` are replaced. */
  readonly label: string;
  /** How to use the keyboard (the chart's description, read when it takes focus). */
  readonly timelineKeys: string;
  readonly legend: string;
  /** Legend buttons' titles; `{series}` is replaced by the metric's label. */
  readonly showSeries: string;
  readonly hideSeries: string;
  /** Said when a period is selected; `{period}` is replaced. */
  readonly selected: string;
  readonly showTable: string;
  readonly hideTable: string;
  /** The table's first column. */
  readonly period: string;
  readonly events: string;
  readonly event: string;
  readonly date: string;
  /** Where an event took place (a table heading). */
  readonly place: string;
  readonly kind: string;
  /** The link of an event that has a `url`. */
  readonly more: string;
  readonly conference: string;
  readonly training: string;
  readonly award: string;
  readonly competition: string;
  readonly milestone: string;
  readonly other: string;
}

const en: TimelineStrings = {
  label: '{metrics} in {region}, {from}–{to}',
  timelineKeys:
    'Left and right arrow keys move between periods, Home and End go to the first and last, up and down arrow keys move between events, Enter selects the period.',
  legend: 'Legend',
  showSeries: 'Show {series}',
  hideSeries: 'Hide {series}',
  selected: '{period} selected',
  showTable: 'Show as table',
  hideTable: 'Hide table',
  period: 'Period',
  events: 'Events',
  event: 'Event',
  date: 'Date',
  place: 'Place',
  kind: 'Kind',
  more: 'More about this event',
  conference: 'Conference',
  training: 'Training',
  award: 'Award',
  competition: 'Competition',
  milestone: 'Milestone',
  other: 'Event',
};

const strings = catalogue<TimelineStrings>(en, {
  az: {
    label: '{region}: {metrics}, {from}–{to}',
    timelineKeys:
      'Sol və sağ ox düymələri dövrlər arasında keçir, Home və End birinciyə və sonuncuya keçir, yuxarı və aşağı ox düymələri tədbirlər arasında keçir, Enter dövrü seçir.',
    legend: 'Şərti işarələr',
    showSeries: '{series}: göstər',
    hideSeries: '{series}: gizlət',
    selected: '{period} seçildi',
    showTable: 'Cədvəl kimi göstər',
    hideTable: 'Cədvəli gizlət',
    period: 'Dövr',
    events: 'Tədbirlər',
    event: 'Tədbir',
    date: 'Tarix',
    place: 'Yer',
    kind: 'Növ',
    more: 'Tədbir haqqında ətraflı',
    conference: 'Konfrans',
    training: 'Təlim',
    award: 'Mükafat',
    competition: 'Müsabiqə',
    milestone: 'Mühüm hadisə',
    other: 'Tədbir',
  },
  ru: {
    label: '{metrics}, {region}, {from}–{to}',
    timelineKeys:
      'Стрелки влево и вправо — переход между периодами, Home и End — к первому и последнему, стрелки вверх и вниз — переход между событиями, Enter — выбрать период.',
    legend: 'Легенда',
    showSeries: 'Показать: {series}',
    hideSeries: 'Скрыть: {series}',
    selected: 'Выбран период: {period}',
    showTable: 'Показать таблицей',
    hideTable: 'Скрыть таблицу',
    period: 'Период',
    events: 'События',
    event: 'Событие',
    date: 'Дата',
    place: 'Место',
    kind: 'Тип',
    more: 'Подробнее о событии',
    conference: 'Конференция',
    training: 'Обучение',
    award: 'Награда',
    competition: 'Конкурс',
    milestone: 'Важное событие',
    other: 'Событие',
  },
});

/** Adds or replaces a language's strings; missing keys fall back to English. */
export const registerTimelineStrings = strings.register;

/** The strings for a language (`az-Latn-AZ` → `az`), else English. */
export const timelineStringsFor = strings.pick;
