/**
 * Names as a reader compares them, whatever the keyboard: lower case, no diacritics, `ı` and `ə`
 * as `i` and `e` (Azerbaijani), a few letters spelt out (`ß`, `ø`, `æ`…), anything else between
 * words one space: `Şəki–Zaqatala` → `seki zaqatala`. The map's "Find a region" and the feed
 * tools' "did you mean" both match names this way.
 */
export function foldName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/ə/g, 'e')
    .replace(/ß/g, 'ss')
    .replace(/[øœæłđ]/g, (c) => ({ ø: 'o', œ: 'oe', æ: 'ae', ł: 'l', đ: 'd' })[c]!)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
