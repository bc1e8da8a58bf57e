import { css } from 'lit';

/** What every widget's host needs on a page it does not control. */
export const hostBase = css`
  :host {
    font-family: var(--stat-font-family, inherit);
    /* Inherited from the page, with at least 60 % opacity: a theme's body { color: transparent }
       must not hide the numbers. Left to right: the built-in languages are, and a right-to-left
       page would put a minus sign after the number. No text-indent (an old image-replacement hack). */
    color: rgb(from var(--stat-color-text, currentColor) r g b / max(alpha, 0.6));
    direction: ltr;
    text-indent: 0;
  }
  :host([hidden]) {
    display: none;
  }
`;

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

/** The loading placeholder every widget shows at its final size; each sets the size itself. */
export const skeleton = css`
  .skeleton {
    border-radius: var(--stat-radius, 4px);
    background: var(--stat-color-skeleton, color-mix(in srgb, currentColor 12%, transparent));
    animation: pulse 1.4s ease-in-out infinite;
  }
  @keyframes pulse {
    50% {
      opacity: 0.45;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
`;
