/**
 * For the page that embeds stat-widgets iframes (`<script defer src=".../dist/embed/resize.js">`):
 * sizes each embed's iframe to its content as the embed reports it, so nothing is clipped and no
 * scroll bar appears inside. No dependencies, no globals, no inline code or styles (it sets only
 * `iframe.style.height`, through the CSSOM, which a Content-Security-Policy allows).
 * It trusts a message only from one of this page's own iframes, and only a number.
 */
const HEIGHT = 'stat-widgets:height';

/** Border and padding that an iframe's CSS height includes (host pages may style iframes). */
function frameExtra(frame: HTMLIFrameElement): number {
  const style = getComputedStyle(frame);
  if (style.boxSizing !== 'border-box') return 0;
  return ['borderTopWidth', 'borderBottomWidth', 'paddingTop', 'paddingBottom'].reduce((sum, key) => sum + (parseFloat(style[key as 'paddingTop']) || 0), 0);
}

/**
 * Hides the link fallback of an oEmbed answer (snippet.ts `oembedHtml`): a `<blockquote>` holding
 * only a link to the iframe's page, shown until the embed reports (what WordPress's wp-embed.js
 * does for the same HTML; this serves hosts that keep the HTML as it is, such as a trusted provider).
 */
function hideFallback(frame: HTMLIFrameElement): void {
  const page = frame.src.replace(/#.*$/, '');
  for (const link of document.querySelectorAll<HTMLAnchorElement>('blockquote > a[href]:only-child')) {
    if (link.href.replace(/#.*$/, '') === page) link.parentElement!.style.display = 'none';
  }
}

addEventListener('message', (event: MessageEvent) => {
  const data = event.data as { type?: unknown; height?: unknown } | null;
  if (typeof data !== 'object' || data === null || data.type !== HEIGHT) return;
  const height = data.height;
  if (typeof height !== 'number' || !(height >= 0 && height <= 100000)) return;
  for (const frame of document.getElementsByTagName('iframe')) {
    if (frame.contentWindow !== event.source || !frame.contentWindow) continue;
    frame.style.height = `${Math.ceil(height + frameExtra(frame))}px`;
    hideFallback(frame);
    // Tell the embed its height is looked after, so it hides its own scroll bars. No data: any origin.
    frame.contentWindow.postMessage({ type: 'stat-widgets:sized' }, '*');
    return;
  }
});

// Embeds that reported before this script ran: ask them again.
for (const frame of document.getElementsByTagName('iframe')) frame.contentWindow?.postMessage({ type: 'stat-widgets:ask' }, '*');
export {}; // A module to the type checker; the build wraps it in a function (no globals).
