import { css } from 'lit';
import { dataMenuStyles } from '../shared/data-menu.js';
import { hostBase, visuallyHidden } from '../shared/shared.styles.js';

export const summaryStyles = [
  hostBase,
  visuallyHidden,
  dataMenuStyles,
  css`
  :host {
    display: block;
    box-sizing: border-box;
  }
  [part='base'] {
    display: grid;
    /* As many columns as fit (a row of three at 1200 px, one column at 320 px), never wider than
       the summary itself: min() keeps one cell from overflowing a container narrower than the minimum. */
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--stat-summary-min-item-width, 10rem)), 1fr));
    gap: var(--stat-summary-gap, 1rem 2rem);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* No counters, or counters readied behind the page's numbers (stat-summary.ts). */
  [part='base'][hidden] {
    display: none;
  }
  [part='item'] {
    min-inline-size: 0;
  }
  stat-counter {
    display: block;
    min-inline-size: 0;
  }
  /* The summary says once, below the list, what each counter would repeat. */
  stat-counter::part(status) {
    display: none;
  }
  [part='status'] {
    margin: 0.5em 0 0;
    font-size: 0.85em;
    line-height: 1.3;
    color: var(--_m, var(--stat-color-muted, #595959));
  }
  :host([state='error']) .status {
    color: var(--_n, var(--stat-color-negative, #b3261e));
  }
`,
];
