// Every class and type; registers nothing (import `stat-widgets/define` for that).
export { StatFeed } from './elements/feed/stat-feed.js';
export { StatCounter } from './elements/counter/stat-counter.js';
export { StatMap } from './elements/map/stat-map.js';
export { StatTimeline } from './elements/timeline/stat-timeline.js';
export { StatPeriodSelectEvent } from './events/period-events.js';
export { StatWidget } from './elements/shared/stat-widget.js';
export { StatFeedLoadEvent, StatFeedErrorEvent, StatFeedWarningEvent, StatRegionSelectEvent } from './events/feed-events.js';
export { feedContext } from './controllers/feed-context.js';
export type { FeedContextValue, FeedSelection } from './controllers/feed-context.js';
export * from './feed/index.js';
export { registerStrings, stringsFor } from './format/strings.js';
export type { UiStrings } from './format/strings.js';
export { formatNumber, formatDelta, formatPeriod } from './format/number.js';
