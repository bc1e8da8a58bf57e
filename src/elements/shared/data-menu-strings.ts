/**
 * The "Get the data" menu's strings, and the column headings of a counter's data table. They
 * sit in the chunk every widget loads (the menu is on every widget): keep them short.
 */

import { catalogue } from '../../format/strings.js';

export interface DataMenuStrings {
  /** The menu button's accessible name. */
  readonly getData: string;
  readonly downloadCsv: string;
  readonly downloadSvg: string;
  readonly downloadPng: string;
  readonly copyEmbed: string;
  /** Said (live region) once the embed code is on the clipboard. */
  readonly copied: string;
  /** Said when the clipboard refused: the code is shown, selected, to copy by hand. */
  readonly copyByHand: string;
  /** The credit line of files: `Source: Bureau… https://…`. */
  readonly source: string;
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
    copied: 'Copied',
    copyByHand: 'Press Ctrl+C to copy the embed code',
    source: 'Source',
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
      copied: 'Kopyalandı',
      copyByHand: 'Kodu kopyalamaq üçün Ctrl+C düymələrini basın',
      source: 'Mənbə',
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
      copied: 'Скопировано',
      copyByHand: 'Нажмите Ctrl+C, чтобы скопировать код',
      source: 'Источник',
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
