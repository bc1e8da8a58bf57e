import { css } from 'lit';
import { dataMenuStyles } from '../shared/data-menu.js';
import { hostBase, skeleton, visuallyHidden } from '../shared/shared.styles.js';

export const counterStyles = [
  hostBase,
  skeleton,
  visuallyHidden,
  dataMenuStyles,
  css`
  :host {
    display: inline-block;
    vertical-align: top;
    box-sizing: border-box;
    min-inline-size: 7ch;
    text-align: var(--stat-counter-align, start);
  }
  [part=base] {
    display: flex;
    flex-direction: column;
    gap: 0.15em;
  }
  [part=label] {
    font-size: var(--stat-counter-label-size, 1em);
    line-height: 1.3;
    min-block-size: 1.3em;
  }
  [part=value] {
    font-size: var(--stat-counter-value-size, 2.25em);
    font-weight: var(--stat-counter-value-weight, 700);
    line-height: 1.15;
    min-block-size: 1.15em;
    color: var(--stat-counter-value-color, var(--stat-color-accent, inherit));
    /* Same width for every digit: a counting number does not jitter. */
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  [part=delta],
  [part=note],
  [part=status] {
    font-size: 0.85em;
    line-height: 1.3;
    color: var(--_m);
  }
  [part=delta].up {
    color: var(--stat-color-positive, light-dark(#1a6e32, #5cc27a));
  }
  [part=delta].down {
    color: var(--_n);
  }
  /* The final number's width, taken while it counts up: nothing beside the counter moves. */
  [part=value]::after {
    content: attr(data-final);
    display: block;
    block-size: 0;
    overflow: hidden;
    visibility: hidden;
  }
  .empty {
    font-size: 0.5em;
    font-weight: 400;
    color: var(--_m);
  }
  :host([state=error]) .status {
    color: var(--_n);
  }
  /* A counter is narrow: its menu sits at its start. */
  .data-menu {
    align-items: start;
  }
  .skeleton {
    display: inline-block;
    vertical-align: top;
    inline-size: var(--skeleton-width, 4.5ch);
    block-size: 100%;
    min-block-size: 1em;
  }
  [part=label] .skeleton {
    --skeleton-width: 8ch;
    min-block-size: 1.1em;
  }
  [part=delta] .skeleton {
    --skeleton-width: 10ch;
    block-size: 1em;
    min-block-size: 1em;
    vertical-align: -0.15em;
  }
  [part=value] .skeleton {
    block-size: 1.1em;
  }
  @media (forced-colors: active) {
    .skeleton {
      background: Canvas;
      outline: 1px solid CanvasText;
    }
    /* System colours, not forced ones: Chromium forces the paint but reports the author's colour as -webkit-text-fill-color (axe reads it). */
    [part=value],
    [part=delta].up,
    [part=delta].down {
      color: CanvasText;
    }
  }
`,
];
