// Every class and type; registers nothing (import `stat-widgets/define` for that).
export { StatFeed } from './elements/feed/stat-feed.js';
export { StatCounter } from './elements/counter/stat-counter.js';
export { StatSummary } from './elements/summary/stat-summary.js';
export { StatMap } from './elements/map/stat-map.js';
export { StatTimeline } from './elements/timeline/stat-timeline.js';
export { StatPeriodSelectEvent } from './events/period-events.js';
export { StatWidget } from './elements/shared/stat-widget.js';
export type { StatDataTable, WidgetImageParts, ImageLine, ImageLegendItem } from './export/types.js';
export { StatFeedLoadEvent, StatFeedErrorEvent, StatFeedWarningEvent, StatRegionSelectEvent } from './events/feed-events.js';
export { feedContext } from './controllers/feed-context.js';
export type { FeedContextValue, FeedSelection } from './controllers/feed-context.js';
export * from './feed/index.js';
export { stringsFor } from './format/strings.js';
export type { LanguageStrings, UiStrings } from './format/strings.js';
/** `registerStrings`: the earlier name of `addLanguage`, kept for pages that use it. */
export { addLanguage, addLanguage as registerStrings } from './elements/shared/stat-widget.js';
export { formatNumber, formatDelta, formatPeriod } from './format/number.js';
