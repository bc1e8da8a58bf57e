/**
 * The "Find a region" search's matching: names folded so that a reader types what the keyboard
 * has ("seki" finds "Şəki", "baki" finds "Bakı", "ganja" finds "Gəncə"), names that start with the
 * query first, then names with a word that does, then names that hold it. Pure: no Lit, no DOM.
 */

import { foldName } from '../../format/fold.js';

/** The first `limit` matches of a query among names (folded by `foldName`), best first (an empty query: every name, in order); `more`: how many else match. */
export function matchNames<T>(items: readonly T[], folded: readonly string[], query: string, limit: number): { found: T[]; more: number } {
  // No query, no folding: a first fold compiles its Unicode patterns and readies normalizing (3–7 ms at full speed), in a map's first drawing.
  const q = query && foldName(query);
  const ranked: T[][] = [[], [], []];
  if (q) {
    folded.forEach((name, i) => {
      const at = name.indexOf(q);
      // 0: the name starts with it; 1: a word does ("lake" in "Salt Lake"); 2: anywhere else.
      if (at >= 0) ranked[at === 0 ? 0 : /[\p{L}\p{N}]/u.test(name[at - 1]!) ? 2 : 1]!.push(items[i]!);
    });
  }
  const all = q ? ranked.flat() : [...items];
  return { found: all.slice(0, limit), more: Math.max(0, all.length - limit) };
}
