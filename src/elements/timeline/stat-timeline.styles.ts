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
    --accent: var(--_a);
    --muted: var(--_m);
    --card: var(--stat-timeline-card-background, var(--_bg));
    --ev: var(--stat-timeline-event-color, light-dark(#5c5c5c, #a1a1a6));
  }
  /* Not on the host: the page's content inside it (the fallback) keeps the page's line height,
     as before the upgrade, and is not laid out again (issue 12). */
  [part='base'] {
    line-height: 1.4;
  }
  .s1 {
    --series: var(--stat-timeline-color-1, var(--stat-color-series-1, light-dark(#1f5fa8, #7ab0f0)));
  }
  .s2 {
    --series: var(--stat-timeline-color-2, var(--stat-color-series-2, light-dark(#b04a00, #f5a25d)));
  }
  .s3 {
    --series: var(--stat-timeline-color-3, var(--stat-color-series-3, light-dark(#1b7a4a, #5cc98a)));
  }
  .s4 {
    --series: var(--stat-timeline-color-4, var(--stat-color-series-4, light-dark(#8e3b86, #e39ad9)));
  }
  .s5 {
    --series: var(--stat-timeline-color-5, var(--stat-color-series-5, light-dark(#7a6300, #dcc251)));
  }
  .s6 {
    --series: var(--stat-timeline-color-6, var(--stat-color-series-6, light-dark(#4d4d4d, #c4c4c4)));
  }
  [part='status'] {
    font-size: 0.85em;
    color: var(--muted);
    margin-block: 0.4em;
  }
  :host([state='error']) .status {
    color: var(--_n);
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
  }
  /* On the svg itself: its fill reset (below) would paint the marks black on a dark theme. */
  .kind svg {
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
    color: var(--_m);
    text-decoration: line-through;
    background: light-dark(#f3f3f3, #2c2c2e);
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
    stroke: var(--stat-timeline-grid-color, light-dark(#e4e4e4, #3a3a3c));
  }
  [part~='axis'] line:not([part]) {
    stroke: var(--_b);
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
    fill: var(--ev);
    cursor: pointer;
  }
  [part~='event'] .span {
    opacity: 0.35;
  }
  .event-guide {
    stroke: var(--ev);
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
    stroke: var(--_fg);
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
    color: var(--_fg);
    border: 1px solid var(--_b);
    border-radius: var(--_r);
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
    color: light-dark(#1a4f8f, #8cbcff);
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
    border-block-end: 1px solid light-dark(#0002, #fff3);
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
    /* One system colour for every series (the labels at the lines' ends tell them apart). */
    .s1,
    .s2,
    .s3,
    .s4,
    .s5,
    .s6 {
      --series: CanvasText;
    }
    :host {
      --ev: CanvasText;
    }
    [part='grid'] {
      stroke: GrayText;
    }
    [part='selection'] {
      fill: Highlight;
    }
  }
  @media print {
    /* On paper: the whole chart at the page's width, the tables of values, no controls or cards. */
    .table {
      display: block !important;
      overflow: visible;
      max-block-size: none;
    }
    [part='plot'] {
      block-size: auto !important;
    }
    svg {
      max-inline-size: 100%;
      block-size: auto;
    }
    [part='table-toggle'],
    .overlay,
    [part='readout'],
    [part='event-card'] {
      display: none;
    }
    [part='plot'],
    [part='legend'],
    tr {
      break-inside: avoid;
    }
    .swatch {
      -webkit-print-color-adjust: exact;
      print-color-adjust: exact;
    }
  }
`,
];
