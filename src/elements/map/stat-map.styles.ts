import { css } from 'lit';
import { dataMenuStyles } from '../shared/data-menu.js';
import { controlButton, hostBase, skeleton } from '../shared/shared.styles.js';

export const mapStyles = [
  hostBase,
  skeleton,
  controlButton,
  dataMenuStyles,
  css`
  :host {
    display: block;
    line-height: 1.4;
  }
  figure {
    margin: 0;
  }
  [part='title'] {
    font-weight: 600;
    margin-block-end: 0.5em;
  }
  [part='status'],
  [part='footer'] {
    font-size: 0.85em;
    color: var(--stat-color-muted, #595959);
    margin-block: 0.5em;
  }
  [part='footer'] {
    font-size: 0.75em;
  }
  :host([state='error']) [part='status'] {
    color: var(--stat-color-negative, #b3261e);
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
  [part~='region'] {
    fill: #e6e6e6;
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
  .borders,
  .coarser {
    stroke: var(--stat-map-border-color, #fff);
    stroke-width: 0.6;
  }
  .coarser {
    stroke-width: 1.6;
  }
  .outline {
    stroke: var(--stat-map-outline-color, #666);
    stroke-width: 0.8;
  }
  pattern .hatch {
    stroke: var(--stat-map-no-data-color, #767676);
    stroke-width: 1.5;
  }
  .ground {
    fill: var(--stat-map-no-data-background, #fff);
  }
  circle {
    fill: transparent;
    cursor: pointer;
  }
  .hover {
    stroke: var(--stat-map-selected-color, #000);
    stroke-width: 1.25;
  }
  .halo {
    stroke: #fff;
    stroke-width: 5;
  }
  .selected,
  .focus {
    stroke: var(--stat-map-selected-color, #000);
    stroke-width: 2.5;
  }
  .focus {
    stroke: var(--stat-map-focus-color, #c2410c);
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
    background: #fff;
    color: #1d1d1f;
    border: 1px solid #767676;
    border-radius: var(--stat-radius, 4px);
    box-shadow: 0 2px 6px #0003;
  }
  .muted {
    color: #595959;
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
    border: 1px solid #0004;
    forced-color-adjust: none;
  }
  .no-data {
    background: repeating-linear-gradient(-45deg, var(--stat-map-no-data-color, #767676) 0 1.5px, var(--stat-map-no-data-background, #fff) 0 4px);
  }
  [part='slider'] {
    flex: 1 1 6em;
    min-block-size: 24px;
    margin: 0;
  }
  [aria-pressed='true'] {
    background: #1d1d1f;
    color: #fff;
  }
  button:focus-visible,
  input:focus-visible,
  .table:focus-visible {
    outline: 2px solid var(--stat-map-focus-color, #c2410c);
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
    border-block-end: 1px solid #0002;
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
  }
`,
];
