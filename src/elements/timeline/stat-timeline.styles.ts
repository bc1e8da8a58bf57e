import { css } from 'lit';
import { dataMenuStyles } from '../shared/data-menu.js';
import { controlButton, hostBase, skeleton, visuallyHidden } from '../shared/shared.styles.js';

export const timelineStyles = [
  hostBase,
  skeleton,
  visuallyHidden,
  controlButton,
  dataMenuStyles,
  css`
  :host {
    display: block;
    position: relative;
    line-height: 1.4;
    --accent: var(--stat-color-accent, #1f5fa8);
    --muted: var(--stat-color-muted, #595959);
    --card: var(--stat-timeline-card-background, #fff);
  }
  .s1 {
    --series: var(--stat-timeline-color-1, #1f5fa8);
  }
  .s2 {
    --series: var(--stat-timeline-color-2, #b04a00);
  }
  .s3 {
    --series: var(--stat-timeline-color-3, #1b7a4a);
  }
  .s4 {
    --series: var(--stat-timeline-color-4, #8e3b86);
  }
  .s5 {
    --series: var(--stat-timeline-color-5, #7a6300);
  }
  .s6 {
    --series: var(--stat-timeline-color-6, #4d4d4d);
  }
  [part='status'] {
    font-size: 0.85em;
    color: var(--muted);
    margin-block: 0.4em;
  }
  :host([state='error']) [part='status'] {
    color: var(--stat-color-negative, #b3261e);
  }
  .skeleton {
  }
  [part='legend'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.3em 0.8em;
    margin: 0 0 0.5em;
    padding: 0;
    list-style: none;
    font-size: 0.85em;
  }
  .kind {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    fill: currentColor;
  }
  .swatch {
    display: inline-block;
    inline-size: 1em;
    block-size: 3px;
    margin-inline-end: 0.35em;
    vertical-align: 0.25em;
    background: var(--series);
    forced-color-adjust: none;
  }
  [aria-pressed='false'] {
    color: #595959;
    text-decoration: line-through;
    background: #f3f3f3;
  }
  [part='plot'] {
    position: relative;
    outline: none;
    touch-action: pan-y;
    cursor: crosshair;
  }
  [part='plot']:focus-visible,
  button:focus-visible,
  .table:focus-visible,
  a:focus-visible {
    outline: 2px solid var(--accent);
    outline-offset: 2px;
  }
  svg {
    /* SVG paint is inherited: a page's body { fill: …; stroke: … } would outline every shape. */
    fill: initial;
    stroke: initial;
    display: block;
    overflow: visible;
  }
  .overlay {
    position: absolute;
    inset: 0 auto auto 0;
    pointer-events: none;
    will-change: transform;
  }
  [part='plot-area'] {
    fill: none;
  }
  [part~='axis'] text {
    font-size: 12px;
    fill: var(--muted);
    font-variant-numeric: tabular-nums;
  }
  [part='grid'] {
    stroke: var(--stat-timeline-grid-color, #e4e4e4);
  }
  [part~='axis'] line:not([part]) {
    stroke: #8a8a8a;
  }
  [part='line'] {
    fill: none;
    stroke: var(--series);
    stroke-width: var(--stat-timeline-line-width, 2px);
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  [part='point'] {
    fill: var(--series);
  }
  [part='label'] {
    font-size: 12px;
    font-weight: 600;
    fill: var(--series);
    paint-order: stroke;
    stroke: var(--card);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  /* Entry: each line draws itself from the left once the chart is in view. */
  .enter [part='line'] {
    animation: draw var(--stat-duration, 800ms) ease-out;
  }
  .enter [part='point'],
  .enter [part='label'] {
    animation: fade var(--stat-duration, 800ms) ease-out;
  }
  @keyframes draw {
    from {
      stroke-dasharray: 1;
      stroke-dashoffset: 1;
    }
    to {
      stroke-dasharray: 1;
      stroke-dashoffset: 0;
    }
  }
  @keyframes fade {
    from {
      opacity: 0;
    }
  }
  [part~='event'] {
    fill: var(--stat-timeline-event-color, #5c5c5c);
    cursor: pointer;
  }
  [part~='event'] .span {
    opacity: 0.35;
  }
  .event-guide {
    stroke: #5c5c5c;
    stroke-dasharray: 3 3;
  }
  .event-ring {
    fill: none;
    stroke: var(--accent);
    stroke-width: 2;
  }
  [part='selection'] {
    fill: var(--accent);
    opacity: 0.14;
  }
  [part='crosshair'] line {
    stroke: #1d1d1f;
  }
  [part='crosshair'] circle {
    fill: var(--series);
    stroke: var(--card);
    stroke-width: 2;
  }
  [part='readout'],
  [part='event-card'] {
    position: absolute;
    z-index: 1;
    padding: 0.4em 0.6em;
    font-size: 0.8em;
    background: var(--card);
    color: #1d1d1f;
    border: 1px solid #767676;
    border-radius: var(--stat-radius, 4px);
    box-shadow: 0 2px 6px #0003;
    box-sizing: border-box;
  }
  [part='readout'] {
    pointer-events: none;
    will-change: transform;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  [part='readout'].flip {
    transform: translateX(-100%);
  }
  [part='event-card'] {
    transform: translateY(-100%);
    cursor: auto;
  }
  [part='event-card'] p {
    margin: 0.3em 0;
  }
  [part='event-card'] ul {
    margin: 0.2em 0;
    padding-inline-start: 1.2em;
  }
  [part='event-card'] a {
    color: #1a4f8f;
  }
  [part='empty'] {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    color: var(--muted);
    pointer-events: none;
  }
  [part='table-toggle'] {
    margin-block-start: 0.6em;
    font-size: 0.85em;
  }
  .table {
    overflow: auto;
    max-block-size: 24em;
  }
  table {
    margin-block-start: 0.5em;
    border-collapse: collapse;
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.3em;
  }
  th,
  td {
    padding: 0.2em 0.8em 0.2em 0;
    text-align: end;
    border-block-end: 1px solid #0002;
  }
  tr > :first-child,
  [scope='row'] {
    text-align: start;
  }
  @media (prefers-reduced-motion: reduce) {
    .enter [part='line'],
    .enter [part='point'],
    .enter [part='label'] {
      animation: none;
    }
  }
  :host([state='error']) .skeleton {
    animation: none;
  }
  @media (forced-colors: active) {
    [part='line'],
    [part='crosshair'] line {
      stroke: CanvasText;
    }
    [part='label'],
    [part='point'],
    [part~='event'] {
      fill: CanvasText;
    }
    [part='selection'] {
      fill: Highlight;
    }
  }
`,
];
