/**
 * The map's templates: each draws a part of a model (choropleth.ts) and the element's UI state
 * (selection, focus, tooltip, toggles), computing nothing from the feed. Listeners are the
 * element's methods; Lit calls them with the element as `this`.
 */

import { html, nothing, svg } from 'lit';
import { styleProps } from '../../directives/style-props.js';
import { formatPeriod } from '../../format/number.js';
import { details, percent, TARGET, type Choropleth, type RegionView } from './choropleth.js';

/** The tooltip: whose, where (pixels in the drawing: above `top`, or below `bottom` near the top edge), and whether the pointer put it there. */
export interface Tip {
  readonly id: string;
  readonly x: number;
  readonly top: number;
  readonly bottom: number;
  readonly pointer: boolean;
}

/** The tooltip at a point of the map (a pointer's). */
export const tipAt = (id: string, [x, y]: readonly [number, number]): Tip => ({ id, x, top: y, bottom: y, pointer: true });

/** A region's tooltip for the keyboard: above or below the whole region, not over it. */
export const tipAround = (view: RegionView): Tip => ({ id: view.id, x: view.centroid[0], top: view.box[1], bottom: view.box[3], pointer: false });

type Listener<E extends Event> = (event: E) => void;

/**
 * The drawing: regions as a listbox with one Tab stop (the first `shown`, while a first drawing
 * adds them in slices), lines, tap targets of small areas, and outlines of the selected region,
 * the keyboard's (`active`, ringed while `ring`) and the tooltip's.
 */
export function mapTemplate(
  { projected: map, text, regions, byId, small, fills }: Choropleth,
  shown: number,
  selected: string | null,
  active: string | null,
  ring: boolean,
  tip: string | undefined,
  onPointer: Listener<PointerEvent>,
  onClick: Listener<MouseEvent>,
) {
  const stop = byId.has(active!) ? active : byId.has(selected!) ? selected : regions[0]?.id;
  // Outlines of the selected, focused and hovered regions; a ring around one too small to see.
  const d = (id: string | null | undefined) => {
    const v = id && byId.get(id);
    if (!v) return '';
    const [x, y] = v.centroid;
    return v.size < TARGET / 2 ? `M${x - 9},${y}a9,9 0 1,0 18,0a9,9 0 1,0-18,0` : v.d;
  };
  // The lines come with the first slice of regions, not in the figure's own (a frame of their own on a slow phone).
  const [borders, outline, coarser] = shown ? map.lines : [];
  // With a path per fill, the listbox holds the keyboard's region only (its place among all: aria-posinset).
  const listed = fills.length ? [byId.get(stop!)!] : shown < regions.length ? regions.slice(0, shown) : regions;
  return html`<svg
      part="map"
      class=${map.fitted ? 'fitted' : nothing}
      role="none"
      width=${map.width}
      height=${map.height}
      viewBox="0 0 ${map.width} ${map.height}"
      @pointermove=${onPointer}
      @pointerleave=${onPointer}
      @click=${onClick}
    >
      <pattern id="no-data" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">
        <rect class="ground" width="5" height="5"></rect>
        <path class="hatch" d="M0 0v5"></path>
      </pattern>
      ${fills.map((f) => svg`<path class="fill" style=${styleProps({ fill: f.fill })} d=${f.d}></path>`)}
      <g role="listbox" aria-labelledby="title" aria-describedby="keys">
        ${listed.map(
          (v) =>
            svg`<path part=${v.id === selected ? 'region selected' : 'region'} data-region=${v.id} role="option"
              aria-selected=${v.id === selected} aria-label="${v.name}: ${v.said}"
              aria-setsize=${fills.length ? regions.length : nothing} aria-posinset=${fills.length ? regions.indexOf(v) + 1 : nothing}
              aria-describedby=${tip === v.id ? 'tip' : nothing} tabindex=${v.id === stop ? 0 : -1}
              style=${styleProps({ fill: v.fill })} d=${v.d}></path>`,
        )}
      </g>
      <g aria-hidden="true">
        <path class="borders" d=${borders}></path>
        <path class="coarser" d=${coarser}></path>
        <path class="outline" d=${outline}></path>
        ${small.map((v) => svg`<circle data-region=${v.id} cx=${v.centroid[0]} cy=${v.centroid[1]} r=${TARGET / 2}></circle>`)}
        <path class="hover" d=${tip !== selected ? d(tip) : ''}></path>
        <path class="halo" d=${d(selected)}></path>
        <path class="selected" d=${d(selected)}></path>
        <path class="halo" d=${ring ? d(active) : ''}></path>
        <path class="focus" d=${ring ? d(active) : ''}></path>
      </g>
    </svg>
    <span id="keys" hidden>${text.mapKeys}</span>`;
}

/** A region's name, value, share and rank, beside it. */
export function tipTemplate(model: Choropleth, view: RegionView, { x, top, bottom }: Tip) {
  // Above the region (or pointer), below it near the top edge; shifted left as much as it is
  // right of the frame's left edge, so that it never leaves the frame.
  const shift = (-100 * x) / (model.projected.width || 1);
  const above = top > 90;
  // A tooltip is named by its contents (ARIA: name from contents); the rule wants an aria-label.
  // eslint-disable-next-line lit-a11y/accessible-name
  return html`<div part="tooltip" id="tip" role="tooltip" style=${styleProps({
    left: `${x}px`,
    top: `${above ? top : bottom}px`,
    transform: `translate(${shift}%,${above ? 'calc(-100% - 10px)' : '14px'})`,
  })}>
    <strong>${view.name}</strong>
    <div>${model.label}: ${view.said}</div>
    ${details(model, view).map((line) => html`<div class="muted">${line}</div>`)}
  </div>`;
}

/** The classes' colours and bounds, and the "no data" key; none while the metric is unknown. */
export function legendTemplate({ known, text, noData, legend }: Choropleth) {
  return known
    ? html`<ul part="legend" aria-label=${text.legend}>
        ${legend.map((c) => html`<li><span class="swatch" style=${styleProps({ background: c.color })}></span>${c.label}</li>`)}
        <li><span class="swatch no-data"></span>${noData}</li>
      </ul>`
    : nothing;
}

/** Play/pause and the slider, with more than one period. */
export function periodTemplate({ text, lang, periods, shown }: Choropleth, playing: boolean, onPlay: () => void, onSlider: Listener<Event>) {
  const name = formatPeriod(shown, lang);
  return periods.length > 1
    ? html`<div part="period">
        <button part="play" type="button" aria-pressed=${playing} @click=${onPlay}>
          <span aria-hidden="true">${playing ? '❚❚' : '▶'}</span> ${playing ? text.pause : text.play}
        </button>
        <input
          part="slider"
          type="range"
          max=${periods.length - 1}
          .value=${String(Math.max(0, periods.indexOf(shown)))}
          aria-label=${text.period}
          aria-valuetext=${name}
          @input=${onSlider}
        />
        <output aria-hidden="true">${name}</output>
      </div>`
    : nothing;
}

/** A button for each area of the feed too small to tap on the map. */
export function smallAreasTemplate({ text, small }: Choropleth, selected: string | null, onToggle: (id: string) => void) {
  const known = small.filter((v) => v.known);
  return known.length
    ? html`<div part="small-areas" role="group" aria-labelledby="small">
        <span id="small">${text.smallAreas}:</span>
        ${known.map((v) => html`<button type="button" aria-pressed=${v.id === selected} @click=${() => onToggle(v.id)}>${v.name}</button>`)}
      </div>`
    : nothing;
}

/** "Show as table" and the table, rendered when shown or printed (print rules in the styles), not kept hidden in the DOM. */
export function tableTemplate({ text, lang, label, area, rows }: Choropleth, shown: boolean, printing: boolean, onToggle: () => void) {
  // No share column where no region has one (a rate is no part of a total).
  const share = rows.some((v) => v.share !== null);
  return html`<div><button part="table-toggle" type="button" aria-expanded=${shown} aria-controls="table" @click=${onToggle}>
      ${shown ? text.hideTable : text.showTable}
    </button></div>
    <div id="table" class="table" ?hidden=${!shown} tabindex="0" role="region" aria-labelledby="title">
      ${
        shown || printing
          ? html`<table part="table">
            <thead>
              <tr><th>${area}</th><th>${label}</th>${share ? html`<th>${text.share}</th>` : nothing}</tr>
            </thead>
            <tbody>
              ${rows.map(
                (v) =>
                  html`<tr data-region=${v.id}><th scope="row">${v.name}</th><td>${v.said}</td>${share ? html`<td>${v.share === null ? '' : percent(v.share, text, lang)}</td>` : nothing}</tr>`,
              )}
            </tbody>
          </table>`
          : nothing
      }
    </div>`;
}
