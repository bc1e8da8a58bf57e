import { css } from 'lit';

/** Text for screen readers only: off screen, still read. Every widget uses it. */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** The widgets' own buttons (table toggle, play, legend), one look for all of them. */
export const controlButton = css`
  button {
    font: inherit;
    min-block-size: 28px;
    padding: 0.1em 0.6em;
    border: 1px solid #767676;
    border-radius: var(--stat-radius, 4px);
    background: #fff;
    color: #1d1d1f;
    cursor: pointer;
  }
`;
