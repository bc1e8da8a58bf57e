/**
 * The "Get the data" menu's strings, and the column headings of a counter's data table. They
 * sit in the chunk every widget loads (the menu is on every widget): keep them short. What only
 * the actions say ("Copied", "Source") is in src/export/strings.ts, loaded with them.
 */

import { catalogue } from '../../format/strings.js';

export interface DataMenuStrings {
  /** The menu button's accessible name. */
  readonly getData: string;
  readonly downloadCsv: string;
  readonly downloadSvg: string;
  readonly downloadPng: string;
  readonly copyEmbed: string;
  /** Said when an action cannot run (its code could not be fetched). */
  readonly actionFailed: string;
  /** A counter's data table: its columns. */
  readonly metric: string;
  readonly region: string;
  readonly period: string;
  readonly value: string;
  readonly change: string;
}

const strings = catalogue<DataMenuStrings>(
  {
    getData: 'Get the data',
    downloadCsv: 'Download data (CSV)',
    downloadSvg: 'Download image (SVG)',
    downloadPng: 'Download image (PNG)',
    copyEmbed: 'Copy embed code',
    actionFailed: 'That did not work. Please try again.',
    metric: 'Indicator',
    region: 'Region',
    period: 'Period',
    value: 'Value',
    change: 'Change',
  },
  {
    az: {
      getData: 'Məlumatları əldə et',
      downloadCsv: 'Məlumatları yüklə (CSV)',
      downloadSvg: 'Şəkli yüklə (SVG)',
      downloadPng: 'Şəkli yüklə (PNG)',
      copyEmbed: 'Yerləşdirmə kodunu kopyala',
      actionFailed: 'Alınmadı. Yenidən cəhd edin.',
      metric: 'Göstərici',
      region: 'Ərazi',
      period: 'Dövr',
      value: 'Dəyər',
      change: 'Dəyişiklik',
    },
    ru: {
      getData: 'Получить данные',
      downloadCsv: 'Скачать данные (CSV)',
      downloadSvg: 'Скачать изображение (SVG)',
      downloadPng: 'Скачать изображение (PNG)',
      copyEmbed: 'Копировать код для вставки',
      actionFailed: 'Не получилось. Попробуйте ещё раз.',
      metric: 'Показатель',
      region: 'Территория',
      period: 'Период',
      value: 'Значение',
      change: 'Изменение',
    },
  },
);

/** Adds or replaces a language's menu strings; missing keys fall back to English. */
export const registerDataMenuStrings = strings.register;

/** The menu's strings for a language (`az-Latn-AZ` → `az`), else English. */
export const dataMenuStringsFor = strings.pick;
