// Minifies the CSS inside Lit's css`` templates at build time (vite.config.ts): comments and
// white space go. The space before a colon stays: `.menu :focus-visible` (anything focused
// inside .menu) and `.menu:focus-visible` (the menu itself) are different selectors.
export function minifyCss(body) {
  return body
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}
