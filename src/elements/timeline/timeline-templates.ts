/**
 * The timeline's pieces as Lit templates: each draws part of a built chart (`timeline-chart.ts`)
 * and the element's state it is given; none computes from the feed.
 */

import { html, nothing, svg } from 'lit';
import { styleProps } from '../../directives/style-props.js';
import type { EventKind } from '../../feed/types.js';
import { formatPeriod } from '../../format/number.js';
import { fill } from '../../format/strings.js';
import type { TimelineStrings } from './strings.js';
import { valueText, type Chart } from './timeline-chart.js';

/** A five-pointed star, outer radius 6.5, inner 2.8. */
const STAR = `M${Array.from({ length: 10 }, (_, i) => {
  const r = i % 2 ? 2.8 : 6.5;
  const a = (Math.PI * i) / 5 - Math.PI / 2;
  return `${(r * Math.cos(a)).toFixed(2)},${(r * Math.sin(a)).toFixed(2)}`;
}).join('L')}Z`;

/** One shape per event kind, centred on 0,0, about 11 px across. */
const SHAPES: Readonly<Record<EventKind, string>> = {
  conference: 'M5.5,0A5.5,5.5 0 1 1-5.5,0A5.5,5.5 0 1 1 5.5,0Z',
  training: 'M-4.5-4.5h9v9h-9Z',
  award: STAR,
  competition: 'M0-5.5L5.5,4.5H-5.5Z',
  milestone: 'M0-6L6,0L0,6L-6,0Z',
  other: 'M-1.75-5.5h3.5v3.75h3.75v3.5h-3.75v3.75h-3.5v-3.75h-3.75v-3.5h3.75Z',
};

type Listener<E extends Event> = (event: E) => void;

const kindIcon = (kind: EventKind) => html`<svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true"><path d=${SHAPES[kind]}></path></svg>`;

export function axesTemplate(chart: Chart) {
  const { left, right, top, bottom } = chart;
  return svg`<rect part="plot-area" x=${left} y=${top} width=${right - left} height=${bottom - top}></rect>
    <g part="axis value-axis">
      ${chart.yTicks.map(
        (t) => svg`<line part="grid" data-value=${t.value} x1=${left} x2=${right} y1=${t.y} y2=${t.y}></line>
          <text x=${left - 6} y=${t.y} dy="0.32em" text-anchor="end">${t.label}</text>`,
      )}
    </g>
    <g part="axis time-axis">
      <line x1=${left} x2=${right} y1=${bottom} y2=${bottom}></line>
      ${chart.xTicks.map(
        (t) => svg`<line x1=${t.x} x2=${t.x} y1=${bottom} y2=${bottom + 4}></line>
          <text x=${t.x} y=${chart.labelY} text-anchor="middle">${t.label}</text>`,
      )}
    </g>`;
}

/** The shown lines with their dots and labels, and the event markers (`data-index`: the event's). */
export function seriesTemplate(chart: Chart, onEnter: Listener<PointerEvent>, onLeave: Listener<PointerEvent>, onClick: Listener<MouseEvent>) {
  const shown = chart.series.filter((s) => s.visible);
  // Each line draws itself in when it first appears (CSS, over --stat-duration; none under reduced motion).
  return svg`<g class="enter">
      ${shown.map(
        (s) => svg`<path part="line" class="s${s.slot}" data-metric=${s.id} d=${s.d} pathLength="1"></path>
          ${s.dots.map((p) => svg`<circle part="point" class="s${s.slot}" data-metric=${s.id} data-period=${chart.periods[p.period]} cx=${p.x} cy=${p.y} r="3.5"></circle>`)}`,
      )}
      ${shown.map((s) =>
        s.end
          ? svg`<text part="label" class="s${s.slot}" x=${chart.wide ? chart.right + 6 : s.end.x} y=${s.end.labelY} dy="0.32em"
              text-anchor=${chart.wide ? 'start' : 'end'}>${s.label}</text>`
          : nothing,
      )}
    </g>
    <g class="events" @pointerover=${onEnter} @pointerout=${onLeave} @click=${onClick}>
      ${chart.events.map(
        // Listeners on the group, not 3 on every marker: 50 timelines' markers held 0.2 MB of listeners (bench).
        (e, i) => svg`<g part="event" class=${e.kind} data-date=${e.date} data-kind=${e.kind} data-index=${i}
            transform="translate(${e.x},${e.y})">
            ${e.x2 - e.x > 1 ? svg`<rect class="span" x="0" y="-2.5" width=${e.x2 - e.x} height="5" rx="2.5"></rect>` : nothing}
            <path d=${SHAPES[e.kind]}></path>
          </g>`,
      )}
    </g>`;
}

/** The band of the selected period (its index; none for -1). */
export function selectionTemplate(chart: Chart, i: number) {
  if (i < 0) return nothing;
  const span = chart.spans[i]!;
  const x0 = chart.x(span.start);
  const full = chart.x(span.end) - x0;
  // A period narrower than 2 px (a day of ten years) still shows, as a 2 px line on its middle.
  const w = Math.max(2, full);
  return svg`<rect part="selection" data-period=${chart.periods[i]} x=${x0 + (full - w) / 2} y=${chart.top}
    width=${w} height=${chart.bottom - chart.top}></rect>`;
}

/** The crosshair at period `i` and the guide to the active event (either may be -1). */
export function crosshairTemplate(chart: Chart, i: number, activeEvent: number) {
  const event = chart.events[activeEvent];
  return svg`${
    event
      ? svg`<line class="event-guide" x1=${event.x} x2=${event.x} y1=${chart.top} y2=${event.y}></line>
      <circle class="event-ring" cx=${event.x} cy=${event.y} r="9"></circle>`
      : nothing
  }
    ${
      i >= 0 && i < chart.xs.length
        ? svg`<g part="crosshair" data-period=${chart.periods[i]}>
          <line x1=${chart.xs[i]} x2=${chart.xs[i]} y1=${chart.top} y2=${chart.bottom}></line>
          ${chart.series.map((s) =>
            s.visible && s.values[i] != null ? svg`<circle class="s${s.slot}" cx=${chart.xs[i]} cy=${chart.y(s.values[i]!)} r="4"></circle>` : nothing,
          )}
        </g>`
        : nothing
    }`;
}

/** The values at period `i` (none while an event's card shows). */
export function readoutTemplate(chart: Chart, i: number, activeEvent: number, language: string, noData: string) {
  if (i < 0 || i >= chart.xs.length || activeEvent >= 0) return nothing;
  const x = chart.xs[i]!;
  const flip = x > chart.width / 2;
  return html`<div part="readout" class=${flip ? 'flip' : ''} aria-hidden="true" style=${styleProps({ left: `${flip ? x - 10 : x + 10}px`, top: `${chart.top}px` })}>
    <strong>${formatPeriod(chart.periods[i]!, language)}</strong>
    ${chart.series.map((s) => (s.visible ? html`<div><span class="swatch s${s.slot}"></span>${s.label} <b>${valueText(s.values[i]!, language, noData, s.unit)}</b></div>` : nothing))}
  </div>`;
}

/** The card of event `activeEvent` (-1: none). */
export function cardTemplate(chart: Chart, activeEvent: number, text: TimelineStrings, onEnter: Listener<PointerEvent>, onLeave: Listener<PointerEvent>) {
  const e = chart.events[activeEvent];
  if (!e) return nothing;
  const width = Math.min(260, chart.width - 8);
  const left = Math.max(4, Math.min(chart.width - width - 4, e.x - width / 2));
  return html`<div part="event-card" style=${styleProps({ left: `${left}px`, top: `${e.y - 14}px`, width: `${width}px` })}
    @pointerenter=${onEnter} @pointerleave=${onLeave}>
    <div class="kind">${kindIcon(e.kind)} ${text[e.kind]} · ${e.dates}</div>
    <strong>${e.title}</strong>
    ${e.place ? html`<div>${e.place}</div>` : nothing}
    ${e.summary ? html`<p>${e.summary}</p>` : nothing}
    ${e.figures.length ? html`<ul>${e.figures.map(([label, value]) => html`<li>${label}: <b>${value}</b></li>`)}</ul>` : nothing}
    ${e.url ? html`<a href=${e.url} target="_blank" rel="noopener">${text.more}</a>` : nothing}
  </div>`;
}

/** The series' buttons (`data-metric`), then the event kinds shown. */
export function legendTemplate(chart: Chart, text: TimelineStrings, onToggle: Listener<MouseEvent>) {
  return html`<ul part="legend" aria-label=${text.legend}>
    ${chart.series.map(
      (s) => html`<li>
        <button part="legend-item" type="button" data-metric=${s.id} aria-pressed=${s.visible ? 'true' : 'false'}
          title=${fill(s.visible ? text.hideSeries : text.showSeries, { series: s.label })} @click=${onToggle}>
          <span class="swatch s${s.slot}"></span>${s.label}
        </button>
      </li>`,
    )}
    ${chart.kinds.map((kind) => html`<li class="kind">${kindIcon(kind)}${text[kind]}</li>`)}
  </ul>`;
}

/** The "Show as table" button and the tables, rendered when shown or printed. */
export function tableTemplate(
  chart: Chart,
  text: TimelineStrings,
  open: boolean,
  printing: boolean,
  language: string,
  noData: string,
  onToggle: Listener<MouseEvent>,
) {
  // The tables are rendered when shown or printed (print rules in the styles), not kept hidden in the DOM: 10,000 periods are 10,000 rows.
  return html`<button part="table-toggle" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls="table" @click=${onToggle}>
      ${open ? text.hideTable : text.showTable}
    </button>
    <div id="table" class="table" ?hidden=${!open} tabindex=${open ? '0' : '-1'} role="region" aria-label=${chart.label}>
      ${open || printing ? tables(chart, text, language, noData) : nothing}
    </div>`;
}

function tables(chart: Chart, text: TimelineStrings, language: string, noData: string) {
  const { series, events } = chart;
  return html`<table part="table">
      <caption>${chart.label}</caption>
      <thead>
        <tr><th scope="col">${text.period}</th>${series.map((s) => html`<th scope="col">${s.label}</th>`)}</tr>
      </thead>
      <tbody>
        ${chart.periods.map(
          (p, i) =>
            html`<tr data-period=${p}><th scope="row">${formatPeriod(p, language)}</th>${series.map((s) => html`<td>${valueText(s.values[i]!, language, noData, s.unit)}</td>`)}</tr>`,
        )}
      </tbody>
    </table>
    ${
      events.length
        ? html`<table part="table">
          <caption>${text.events}</caption>
          <thead>
            <tr><th scope="col">${text.date}</th><th scope="col">${text.event}</th><th scope="col">${text.kind}</th><th scope="col">${text.place}</th></tr>
          </thead>
          <tbody>
            ${events.map(
              (e) => html`<tr data-date=${e.date}>
                <td>${e.dates}</td>
                <th scope="row">${e.url ? html`<a href=${e.url} target="_blank" rel="noopener">${e.title}</a>` : e.title}</th>
                <td>${text[e.kind]}</td>
                <td>${e.place}</td>
              </tr>`,
            )}
          </tbody>
        </table>`
        : nothing
    }`;
}
