// Every sentence the feed tools say, in English, Azerbaijani and Russian: the CLI's own messages
// (messages/en.ts, az.ts, ru.ts) and the feed layer's problems, which come as codes and values
// (src/feed/problems.ts words them in English; az.ts and ru.ts in their languages). Each table is
// typed by its codes, so a code without a sentence in a language fails the type-check.

import { problemText, type Consequence, type Expectation, type ValueWord } from '../feed/problems.js';
import { az, azFeed } from './messages/az.js';
import { en } from './messages/en.js';
import { ruFeed, ruMessages } from './messages/ru.js';
import type { CliCode, CliMessages, FeedMessages, MessageCode, Params } from './messages/template.js';

/** The languages the tools speak. */
export type Lang = 'en' | 'az' | 'ru';
export const LANGS: readonly Lang[] = ['en', 'az', 'ru'];

/** Picks the language: `--lang`, else the locale in LC_ALL, LC_MESSAGES or LANG (`az_AZ.UTF-8`), else English. */
export function pickLang(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): Lang {
  for (const value of [flag, env['LC_ALL'], env['LC_MESSAGES'], env['LANG']]) {
    if (!value) continue;
    const code = value.toLowerCase().slice(0, 2);
    return (LANGS as readonly string[]).includes(code) ? (code as Lang) : 'en';
  }
  return 'en';
}

const CLI: Readonly<Record<Lang, CliMessages>> = { en, az, ru: ruMessages };
const FEED: Readonly<Record<Exclude<Lang, 'en'>, FeedMessages>> = { az: azFeed, ru: ruFeed };

/** The codes of the CLI's own messages; a test checks that each language has each one. */
export const MESSAGE_CODES = Object.keys(en) as CliCode[];

const isCliCode = (code: MessageCode): code is CliCode => Object.hasOwn(en, code);

/** The sentence for a message code in a language: the CLI's own, or a feed problem's. */
export function message(lang: Lang, code: MessageCode, params: Params = {}): string {
  if (isCliCode(code)) return CLI[lang][code](params);
  if (lang === 'en') return problemText(code, params);
  const words = FEED[lang];
  const { got, what, then } = params;
  const text = words.problems[code]({
    ...params,
    got: typeof got === 'string' && Object.hasOwn(words.values, got) ? words.values[got as ValueWord] : got,
    what: what === undefined ? what : words.expectations[what as Expectation],
  });
  return then === undefined ? text : `${text}; ${words.consequences[then as Consequence]}`;
}

/** Whether a language has its own sentence for a CLI code (for the tests). */
export function hasMessage(lang: Lang, code: string): boolean {
  return Object.hasOwn(CLI[lang], code);
}
