import { css } from 'lit';
import { dataMenuStyles } from '../shared/data-menu.js';
import { controlButton, hostBase, skeleton } from '../shared/shared.styles.js';
import { regionSearchStyles } from './region-search.js';

export const mapStyles = [
  hostBase,
  skeleton,
  controlButton,
  dataMenuStyles,
  regionSearchStyles,
  css`
  :host {
    display: block;
    --sel: var(--stat-map-selected-color, light-dark(#000, #fff));
    --ring: var(--stat-map-focus-color, light-dark(#c2410c, #ff8f57));
  }
  /* Not on the host: the page's content inside it (the fallback) keeps the page's line height,
     as before the upgrade, and is not laid out again (issue 12). */
  figure {
    margin: 0;
    line-height: 1.4;
  }
  /* The figure built behind the page's numbers (stat-map.ts render): laid out a band at a time,
     unseen and taking no room, so that showing it styles and lays out little (hidden, it was all
     done in the frame that shows it: 30-40 ms on Lighthouse's traced phone, issue 12). */
  .behind {
    visibility: hidden;
    block-size: 0;
    overflow: hidden;
  }
  [part='title'] {
    font-weight: 600;
    margin-block-end: 0.5em;
  }
  [part='status'],
  [part='footer'] {
    font-size: 0.85em;
    color: var(--_m);
    margin-block: 0.5em;
  }
  [part='footer'] {
    font-size: 0.75em;
  }
  /* No credit (another geometry without credit=""): no empty line under the map. */
  [part='footer']:empty {
    display: none;
  }
  :host([state='error']) .status {
    color: var(--_n);
  }
  .frame {
    position: relative;
  }
  .skeleton {
    /* The shape of Azerbaijan's map, so that the drawing replaces it without a jump. */
    aspect-ratio: 4 / 3;
  }
  svg {
    /* SVG paint is inherited: a page's body { fill: …; stroke: … } would outline every shape. */
    fill: initial;
    stroke: initial;
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    overflow: visible;
  }
  svg.fitted {
    overflow: hidden;
  }
  [part~='region'] {
    fill: light-dark(#e6e6e6, #3a3a3c);
    outline: none;
    cursor: pointer;
    /* Recolouring over time fades; reduced motion and --stat-duration: 0s make it instant. */
    transition: fill calc(var(--stat-duration, 800ms) / 2);
  }
  path:not([part]) {
    fill: none;
    pointer-events: none;
    stroke-linejoin: round;
  }
  path.fill {
    fill: light-dark(#e6e6e6, #3a3a3c);
    pointer-events: auto;
    cursor: pointer;
    /* Many regions: the borders between them are the fills' own strokes (no mesh). */
    stroke: var(--stat-map-border-color, var(--_bg));
    stroke-width: 0.4;
  }
  .borders,
  .coarser {
    stroke: var(--stat-map-border-color, var(--_bg));
    stroke-width: 0.6;
  }
  .coarser {
    stroke-width: 1.6;
  }
  .outline {
    stroke: var(--stat-map-outline-color, light-dark(#666, #999));
    stroke-width: 0.8;
  }
  pattern .hatch {
    stroke: var(--stat-map-no-data-color, var(--_b));
    stroke-width: 1.5;
  }
  .ground {
    fill: var(--stat-map-no-data-background, var(--_bg));
  }
  circle {
    fill: transparent;
    cursor: pointer;
  }
  .hover {
    stroke: var(--sel);
    stroke-width: 1.25;
  }
  .halo {
    stroke: var(--_bg);
    stroke-width: 5;
  }
  .selected,
  .focus {
    stroke: var(--sel);
    stroke-width: 2.5;
  }
  .focus {
    stroke: var(--ring);
    stroke-dasharray: 5 3;
  }
  [part='tooltip'] {
    position: absolute;
    pointer-events: none;
    max-inline-size: min(18em, 100%);
    inline-size: max-content;
    box-sizing: border-box;
    padding: 0.4em 0.6em;
    font-size: 0.875em;
    background: var(--_bg);
    color: var(--_fg);
    border: 1px solid var(--_b);
    border-radius: var(--_r);
    box-shadow: 0 2px 6px #0003;
  }
  .muted {
    color: var(--_m);
  }
  [part='legend'],
  [part='period'],
  [part='small-areas'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.3em 0.8em;
    margin: 0.6em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.85em;
  }
  [part='small-areas'] {
    gap: 0.3em;
  }
  .swatch {
    display: inline-block;
    vertical-align: -0.1em;
    inline-size: 1.1em;
    block-size: 0.8em;
    margin-inline-end: 0.3em;
    border: 1px solid light-dark(#0004, #fff6);
    forced-color-adjust: none;
  }
  .no-data {
    background: repeating-linear-gradient(-45deg, var(--stat-map-no-data-color, var(--_b)) 0 1.5px, var(--stat-map-no-data-background, var(--_bg)) 0 4px);
  }
  [part='slider'] {
    flex: 1 1 6em;
    min-block-size: 24px;
    margin: 0;
  }
  [aria-pressed='true'] {
    background: var(--_fg);
    color: var(--_bg);
  }
  button:focus-visible,
  input:focus-visible,
  .table:focus-visible {
    outline: 2px solid var(--ring);
    outline-offset: 2px;
  }
  [part='table-toggle'] {
    margin-block-start: 0.6em;
    font-size: 0.85em;
  }
  .table {
    overflow-x: auto;
  }
  table {
    margin-block-start: 0.5em;
    border-collapse: collapse;
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    padding: 0.2em 0.8em 0.2em 0;
    text-align: end;
    border-block-end: 1px solid light-dark(#0002, #fff3);
  }
  th:first-child {
    text-align: start;
  }
  @media (prefers-reduced-motion: reduce) {
    [part~='region'] {
      transition: none;
    }
  }
  :host([state='error']) .skeleton {
    animation: none;
  }
  @media (forced-colors: active) {
    .borders,
    .coarser,
    .outline {
      stroke: CanvasText;
    }
    .selected,
    .hover,
    .focus {
      stroke: Highlight;
    }
    /* The class colours stay (forced-color-adjust: none on the swatches; fills are not forced). */
    .swatch {
      border-color: CanvasText;
    }
    [aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
    }
  }
  @media print {
    /* On paper: the table of values in full, no controls, the colours of the classes kept. */
    .table {
      display: block !important;
      overflow: visible;
    }
    [part='table-toggle'],
    [part='period'],
    [part='small-areas'],
    [part='tooltip'] {
      display: none;
    }
    .frame,
    [part='legend'],
    tr {
      break-inside: avoid;
    }
    .swatch,
    .fill,
    [part~='region'] {
      -webkit-print-color-adjust: exact;
      print-color-adjust: exact;
    }
  }
`,
];
