/**
 * Published embeds: one static page per embed, for any static host, that a web editor pastes as
 * a bare URL (WordPress, and any oEmbed consumer that discovers). Each is a folder with
 * `index.html` (the widget, the oEmbed discovery `<link>`, classic scripts only, so it works in
 * WordPress's `sandbox="allow-scripts"`: src/embed/frame.ts) and `oembed.json` (its oEmbed
 * answer). Written by `stat-widgets embed publish` (src/cli/embed-publish.ts) and offered by the
 * snippet builder as a download. No DOM needed.
 */
import { BOOLEAN_OPTIONS, EMBED_ATTRIBUTES, EMBED_WIDGETS, type AttributeOption } from './params.js';
import { embedAttributes, escapeHtml, fallbackHtml, frameTitle, oembed, type EmbedOptions, type OEmbed } from './snippet.js';

/** One embed of a publish config: a folder name and the builder's options. */
export type PublishedEmbed = EmbedOptions & { readonly name: string };

/** What `stat-widgets embed publish` reads. */
export interface PublishConfig {
  /** Absolute URL of the hosted `dist/` (the scripts and the embed's style). */
  readonly dist: string;
  /** Absolute URL of the folder the published embeds are served from (`<base><name>/`). */
  readonly base: string;
  readonly embeds: readonly PublishedEmbed[];
}

/** A mistake in a publish config, at a JSON path (`embeds[2].widget`); `code` names the sentence (src/cli/embed-publish.ts words it). */
export interface PublishProblem {
  readonly path: string;
  readonly code:
    | 'config.object'
    | 'config.url'
    | 'config.embeds'
    | 'embed.object'
    | 'embed.name'
    | 'embed.duplicate'
    | 'embed.widget'
    | 'embed.src'
    | 'embed.unknown'
    | 'embed.type';
  readonly params: Readonly<Record<string, string>>;
}

/** What each option besides `name`, `widget` and `src` must be: the widget's attributes (text or a number, on/off ones true or false), and the iframe's title, width and starting height. */
const OPTION_TYPES: ReadonlyMap<string, 'text' | 'string' | 'number' | 'boolean'> = new Map([
  ...Object.keys(EMBED_ATTRIBUTES).map((option) => [option, BOOLEAN_OPTIONS.has(option as AttributeOption) ? 'boolean' : 'text'] as const),
  ['title', 'string'],
  ['width', 'string'],
  ['frameHeight', 'number'],
]);
const TYPE_OF: Readonly<Record<string, (value: unknown) => boolean>> = {
  text: (value) => typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)),
  string: (value) => typeof value === 'string',
  number: (value) => typeof value === 'number' && value > 0 && Number.isFinite(value),
  boolean: (value) => typeof value === 'boolean',
};
/** Attribute (kebab-case) → option name, to suggest `showDelta` for `show-delta`. */
const BY_ATTRIBUTE = new Map<string, string>(Object.entries(EMBED_ATTRIBUTES).map(([option, attribute]) => [attribute, option]));

/** A wrong config value for a message, as String() writes it ('' for nothing). */
// The value may be any JSON (an object reads `[object Object]`): it is named, not parsed.
// eslint-disable-next-line @typescript-eslint/no-base-to-string -- stringifying any JSON value is the point here
const shown = (value: unknown): string => String(value ?? '');

/** A folder name that is one plain path segment on every file system and in a URL. */
const NAME = /^[a-z0-9][a-z0-9_-]{0,63}$/i;

function isHttpUrl(value: unknown): value is string {
  try {
    return typeof value === 'string' && /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}

const folder = (url: string) => (url.endsWith('/') ? url : `${url}/`);

/** Checks a publish config read from JSON: the config with `dist` and `base` ending in `/`, or its problems. */
export function checkPublishConfig(value: unknown): { config: PublishConfig | null; problems: PublishProblem[] } {
  const problems: PublishProblem[] = [];
  const add = (path: string, code: PublishProblem['code'], params: Record<string, string> = {}) => problems.push({ path, code, params });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    add('', 'config.object');
    return { config: null, problems };
  }
  const { dist, base, embeds } = value as Record<string, unknown>;
  for (const [key, url] of [
    ['dist', dist],
    ['base', base],
  ] as const)
    if (!isHttpUrl(url)) add(key, 'config.url', { value: shown(url) });
  if (!Array.isArray(embeds) || embeds.length === 0) add('embeds', 'config.embeds');
  const names = new Set<string>();
  for (const [i, embed] of (Array.isArray(embeds) ? embeds : []).entries()) {
    const at = `embeds[${i}]`;
    if (typeof embed !== 'object' || embed === null || Array.isArray(embed)) {
      add(at, 'embed.object');
      continue;
    }
    const entry = embed as Record<string, unknown>;
    const name = entry['name'];
    if (typeof name !== 'string' || !NAME.test(name)) add(`${at}.name`, 'embed.name', { value: shown(name) });
    else if (names.has(name.toLowerCase())) add(`${at}.name`, 'embed.duplicate', { value: name });
    else names.add(name.toLowerCase());
    if (!(EMBED_WIDGETS as readonly string[]).includes(entry['widget'] as string))
      add(`${at}.widget`, 'embed.widget', { value: shown(entry['widget']), allowed: EMBED_WIDGETS.join(', ') });
    let src = false;
    try {
      src = typeof entry['src'] === 'string' && entry['src'] !== '' && isHttpUrl(new URL(entry['src'], isHttpUrl(base) ? folder(base) : undefined).href);
    } catch {
      // Reported below.
    }
    if (!src) add(`${at}.src`, 'embed.src', { value: shown(entry['src']) });
    for (const [key, option] of Object.entries(entry)) {
      if (key === 'name' || key === 'widget' || key === 'src') continue;
      const type = OPTION_TYPES.get(key);
      if (!type) add(`${at}.${key}`, 'embed.unknown', { value: key, suggestion: BY_ATTRIBUTE.get(key) ?? '' });
      else if (!TYPE_OF[type]!(option)) add(`${at}.${key}`, 'embed.type', { value: key, type });
    }
  }
  if (problems.length) return { config: null, problems };
  return { config: { dist: folder(dist as string), base: folder(base as string), embeds: embeds as PublishedEmbed[] }, problems };
}

/** The address a published embed is served from: `<base><name>/`. */
export function publishedUrl(config: Pick<PublishConfig, 'base'>, name: string): string {
  return new URL(`${encodeURIComponent(name)}/`, folder(config.base)).href;
}

/** One embed's options with the config's addresses: its page, `dist/`, and relative feeds resolved against `base`. */
function withAddresses(config: Pick<PublishConfig, 'dist' | 'base'>, embed: PublishedEmbed): EmbedOptions {
  return { ...embed, dist: folder(config.dist), base: folder(config.base), page: publishedUrl(config, embed.name) };
}

/** The published page's oEmbed answer (its `provider_url` is where the embeds are published). */
export function publishedOEmbed(config: Pick<PublishConfig, 'dist' | 'base'>, embed: PublishedEmbed): OEmbed {
  return { ...oembed(withAddresses(config, embed)), provider_url: folder(config.base) };
}

/**
 * The published page: the widget in its static HTML (with its numbers inside when the embed has
 * a `fallback`), the oEmbed discovery link (in `<head>`, where WordPress looks for it), and only
 * classic scripts and a style sheet from `dist/`: in an opaque-origin sandbox a module script
 * from another origin would need CORS, a classic one does not. No inline script or style.
 */
export function publishedPage(config: Pick<PublishConfig, 'dist' | 'base'>, embed: PublishedEmbed): string {
  const options = withAddresses(config, embed);
  const tag = `stat-${embed.widget}`;
  const dist = options.dist!;
  const title = escapeHtml(frameTitle(options));
  const attributes = embedAttributes(options)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
  const fallback = fallbackHtml(options.fallback, '        ');
  const oembedUrl = new URL('oembed.json', options.page).href;
  return `<!doctype html>
<html lang="${escapeHtml(embed.lang || 'en')}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <link rel="alternate" type="application/json+oembed" href="${escapeHtml(oembedUrl)}" title="${title}" />
    <link rel="stylesheet" href="${escapeHtml(`${dist}embed/frame.css`)}" />
    <script defer src="${escapeHtml(`${dist}stat-widgets.iife.js`)}"></script>
    <script defer src="${escapeHtml(`${dist}embed/frame.js`)}"></script>
  </head>
  <body>
    <main id="embed">
      <${tag}${attributes}>${fallback ? `\n${fallback}\n      ` : ''}</${tag}>
    </main>
  </body>
</html>
`;
}

/** Every published file, by path under the output folder: `<name>/index.html` and `<name>/oembed.json` per embed. */
export function publishedFiles(config: PublishConfig): Record<string, string> {
  const files: Record<string, string> = {};
  for (const embed of config.embeds) {
    files[`${embed.name}/index.html`] = publishedPage(config, embed);
    files[`${embed.name}/oembed.json`] = `${JSON.stringify(publishedOEmbed(config, embed), null, 2)}\n`;
  }
  return files;
}
