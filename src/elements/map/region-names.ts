/**
 * What a reader calls each region of a level: its name in the language, and, for a name the level
 * has more than once, the parent's name after it ("Cook, Illinois"), as national statistics sites
 * and gazetteers tell namesakes apart. Pure: no Lit, no DOM.
 */

import { textIn } from '../../feed/select.js';
import type { Feed, RegionLevel } from '../../feed/types.js';

/**
 * Each region of `level` by id: its name in `lang`, with ", Parent" when another region of the
 * level has the same name and the parent's name tells them apart. Namesakes under one parent
 * (Shaki the city and Shaki the district) keep the bare name: the map tells those apart itself.
 */
export function regionLabels({ regions }: Pick<Feed, 'regions'>, level: RegionLevel, lang: string): Map<string, string> {
  const nameOf = new Map(regions.map((r) => [r.id, textIn(r.name, lang)]));
  const ofLevel = regions.filter((r) => r.level === level);
  const count = (labels: string[]) => {
    const seen = new Map<string, number>();
    for (const label of labels) seen.set(label, (seen.get(label) ?? 0) + 1);
    return seen;
  };
  const names = ofLevel.map((r) => nameOf.get(r.id)!);
  const twice = count(names);
  const withParent = ofLevel.map((r, i) => {
    const parent = r.parent && nameOf.get(r.parent);
    return twice.get(names[i]!)! > 1 && parent ? `${names[i]}, ${parent}` : names[i]!;
  });
  const apart = count(withParent);
  return new Map(ofLevel.map((r, i) => [r.id, apart.get(withParent[i]!) === 1 ? withParent[i]! : names[i]!]));
}
