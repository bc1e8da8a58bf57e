// What an embed is made of, shared by the snippets (snippet.ts) and the embed page (frame.ts).

/** The widgets an embed can show (the part after `stat-` in the tag). */
export const EMBED_WIDGETS = ['counter', 'map', 'timeline', 'summary'] as const;
export type EmbedWidget = (typeof EMBED_WIDGETS)[number];

/**
 * The widget attributes an embed carries, in the order they are written: option name →
 * attribute (and embed URL parameter) name. `src` is always first and always absolute.
 */
export const EMBED_ATTRIBUTES = {
  src: 'src',
  metric: 'metric',
  metrics: 'metrics',
  region: 'region',
  period: 'period',
  level: 'level',
  scheme: 'scheme',
  classes: 'classes',
  from: 'from',
  to: 'to',
  events: 'events',
  label: 'label',
  height: 'height',
  refresh: 'refresh',
  lang: 'lang',
  theme: 'theme',
  showDelta: 'show-delta',
  noMenu: 'no-menu',
} as const;

export type AttributeOption = keyof typeof EMBED_ATTRIBUTES;
/** Attributes that are on or off (written bare, `show-delta`; `1` in an embed URL). */
export const BOOLEAN_OPTIONS: ReadonlySet<AttributeOption> = new Set(['showDelta', 'noMenu']);
