/**
 * "Find a region": a search on every map, for maps of hundreds or thousands of regions that no
 * one finds by eye. The ARIA 1.2 combobox with a list popup (WAI-ARIA APG, "Editable Combobox
 * With List Autocomplete"): focus stays in the input, the arrows move the active option
 * (`aria-activedescendant`), Enter or a click picks it, Escape closes the list, then clears.
 */

import { css, html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { formatNumber } from '../../format/number.js';
import { fill } from '../../format/strings.js';
import { memoizeLast } from '../../math/memo.js';
import type { Choropleth, RegionView } from './choropleth.js';
import { foldName } from '../../format/fold.js';
import { matchNames } from './region-search-match.js';

/** Options shown at most; "N more — keep typing" says how many else match. */
const SHOWN = 10;

export class RegionSearch implements ReactiveController {
  private query = '';
  /** Whether the reader is searching: a query typed (or the list asked for) and nothing picked since. */
  private open = false;
  /** The active option's index; -1: none (Enter picks the first). */
  private active = -1;
  private found: RegionView[] = [];
  private of?: readonly RegionView[];
  private folded: string[] = [];
  /** Matched again only for another query or list: the map renders on every pointer move. */
  private readonly match = memoizeLast(matchNames<RegionView>);

  /** `pick` selects a region as a click on its shape does, and shows it. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly pick: (id: string) => void,
  ) {
    host.addController(this);
  }

  /** A map taken off the page and put back shows no stale list. */
  hostDisconnected(): void {
    this.open = false;
  }

  /** The label, the input, the list of matches (names as the model says them: "Cook, Illinois") and the count line. */
  render({ regions, text, lang }: Choropleth) {
    // Folded once per list of regions, not per key (3,000 names take a few milliseconds), and only
    // once a reader types: until then the list is every name in order (a map's first drawing).
    if (regions !== this.of) [this.of, this.folded] = [regions, []];
    if (this.query && !this.folded.length) this.folded = regions.map((v) => foldName(v.name));
    const { found, more } = this.match(regions, this.folded, this.query, SHOWN);
    this.found = found;
    const { open, active } = this;
    const expanded = open && found.length > 0;
    // The combobox is named by its <label for>, which the rule does not see; the options take no
    // keys of their own: focus stays in the input, whose keydown moves among them (APG pattern).
    // prettier-ignore
    // eslint-disable-next-line lit-a11y/accessible-name, lit-a11y/click-events-have-key-events
    return html`<div part="search" class="search" @focusout=${this.onBlur}><label for="find">${text.findRegion}</label><input id="find" type="text" role="combobox" autocomplete="off" spellcheck="false" aria-autocomplete="list" aria-expanded=${expanded} aria-controls="found" aria-activedescendant=${expanded && active >= 0 ? `found-${active}` : nothing} .value=${this.query} @input=${this.onInput} @keydown=${this.onKey}><ul id="found" role="listbox" aria-label=${text.findRegion} ?hidden=${!expanded} @pointerdown=${(e: Event) => e.preventDefault()}>${!expanded ? nothing : found.map((v, i) => html`<li id="found-${i}" role="option" aria-selected=${i === active} @click=${() => this.choose(v)}>${v.name}</li>`)}</ul><div role="status">${!open ? nothing : found.length ? (more ? fill(text.moreRegions, { count: formatNumber(more, lang) }) : nothing) : text.noRegionMatches}</div></div>`;
  }

  private set(query: string, open: boolean, active = -1): void {
    Object.assign(this, { query, open, active });
    this.host.requestUpdate();
  }

  private choose(region: RegionView): void {
    this.set(region.name, false);
    this.pick(region.id);
  }

  private readonly onInput = (event: Event): void => {
    const { value } = event.target as HTMLInputElement;
    this.set(value, !!value.trim());
  };

  private readonly onBlur = (event: FocusEvent): void => {
    if (!(event.currentTarget as Node).contains(event.relatedTarget as Node | null)) this.set(this.query, false);
  };

  private readonly onKey = (event: KeyboardEvent): void => {
    const { key } = event;
    const { open, active, query } = this;
    // `found` is the query's matches (rendered even while closed): with no query, every region.
    const last = this.found.length - 1;
    const down = key === 'ArrowDown';
    // Closed, the arrows open the list at its first or last option; open, they move and wrap.
    if (down || key === 'ArrowUp') this.set(query, true, !open ? (down ? 0 : last) : down ? (active < last ? active + 1 : 0) : active > 0 ? active - 1 : last);
    else if ((key === 'Home' || key === 'End') && open && active >= 0) this.set(query, true, key === 'Home' ? 0 : last);
    else if (key === 'Enter' && open && last >= 0) this.choose(this.found[Math.max(active, 0)]!);
    else if (key === 'Escape' && (open || query)) this.set(open ? query : '', false);
    else return;
    event.preventDefault();
  };
}

/** The search's look: a small row under the legend and period; the list in the flow below it, as the data menu's (an iframe embed grows to show it). */
export const regionSearchStyles = css`
  .search {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.3em 0.6em;
    margin-block-start: 0.6em;
    font-size: 0.85em;
  }
  .search input {
    font: inherit;
    /* On the label's line down to 320 px: the row wraps on the basis, then the input grows. */
    flex: 1 1 8em;
    min-inline-size: 0;
    max-inline-size: 14em;
    min-block-size: 28px;
    box-sizing: border-box;
    padding: 0.1em 0.5em;
    border: 1px solid var(--_b);
    border-radius: var(--_r);
    background: var(--_bg);
    color: var(--_fg);
  }
  .search ul {
    flex: 1 0 100%;
    max-inline-size: 24em;
    margin: 0;
    padding: 2px;
    list-style: none;
    border: 1px solid var(--_b);
    border-radius: var(--_r);
  }
  .search li {
    padding: 0.25em 0.5em;
    border-radius: var(--_r);
    cursor: pointer;
  }
  .search li:hover {
    background: light-dark(#0000000f, #ffffff1a);
  }
  .search [aria-selected='true'] {
    background: var(--_fg);
    color: var(--_bg);
  }
  .search [role='status'] {
    flex: 1 0 100%;
    color: var(--_m);
  }
  /* Kept in the tree while empty (a live region must be there before it speaks), out of the row. */
  .search [role='status']:empty {
    position: absolute;
  }
  @media print {
    .search {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .search [aria-selected='true'] {
      background: Highlight;
      color: HighlightText;
    }
  }
`;
