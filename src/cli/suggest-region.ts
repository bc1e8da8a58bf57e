// What an unknown region id probably means, for "did you mean": the id with its leading zeros
// ("1001" for the FIPS code "01001", as a spreadsheet drops them), the id of a region whose name
// was written instead ("United Kingdom" → united-kingdom, in any language, whatever the case
// and diacritics), else an id or name a small slip away ("AZ-SLA" → AZ-SAL).

import { foldName } from '../format/fold.js';

type Json = Record<string, unknown>;

/** Damerau-Levenshtein distance (optimal string alignment: a swap of two neighbours is one edit), or `limit + 1` once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** The edits a spelling may be away to be suggested: none for short words, one up to 6 letters, two beyond. */
const allowedEdits = (length: number) => (length <= 3 ? 0 : length <= 6 ? 1 : 2);

const stripZeros = (id: string) => id.replace(/^0+(?=\d)/, '');

export class RegionSuggester {
  private readonly ids = new Set<string>();
  /** Digit ids without their leading zeros → the id. */
  private readonly byNumber = new Map<string, string>();
  /** Normalized ids and names → the id (a name two regions share names neither). */
  private readonly byName = new Map<string, string | null>();
  private readonly cache = new Map<string, string | undefined>();

  constructor(regions: readonly Json[]) {
    for (const region of regions) {
      const id = region['id'];
      if (typeof id !== 'string' || !id) continue;
      this.ids.add(id);
      if (/^\d+$/.test(id)) this.byNumber.set(stripZeros(id), id);
    }
    // Ids first: a name that is also another region's id does not take that id's place.
    for (const id of this.ids) this.byName.set(foldName(id), id);
    for (const region of regions) {
      const id = region['id'];
      if (typeof id !== 'string' || !id) continue;
      const name = region['name'];
      const names = typeof name === 'string' ? [name] : name && typeof name === 'object' ? Object.values(name as Record<string, unknown>) : [];
      for (const text of names) {
        if (typeof text !== 'string') continue;
        const key = foldName(text);
        if (!key) continue;
        const known = this.byName.get(key);
        if (known === undefined) this.byName.set(key, id);
        else if (known !== null && known !== id && foldName(known) !== key) this.byName.set(key, null);
      }
    }
  }

  /** The id an unknown one probably means, or undefined. `got` is the id as the validator describes it (a JSON string). */
  suggest(got: unknown): string | undefined {
    if (typeof got !== 'string' || !got.startsWith('"')) return undefined;
    let raw: string;
    try {
      raw = JSON.parse(got) as string;
    } catch {
      return undefined;
    }
    if (!this.cache.has(raw)) this.cache.set(raw, this.find(raw.trim()));
    return this.cache.get(raw);
  }

  private find(raw: string): string | undefined {
    if (!raw || this.ids.has(raw)) return undefined;
    if (/^\d+$/.test(raw)) return this.byNumber.get(stripZeros(raw));
    const key = foldName(raw);
    const named = this.byName.get(key);
    if (named) return named;
    const limit = allowedEdits(key.length);
    if (!limit) return undefined;
    let best: string | undefined;
    let bestDistance = limit + 1;
    for (const [name, id] of this.byName) {
      if (!id) continue;
      const d = editDistance(key, name, Math.min(limit, bestDistance - 1));
      if (d < bestDistance) {
        best = id;
        bestDistance = d;
      }
    }
    return best;
  }
}
