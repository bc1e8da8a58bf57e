export type * from './types.js';
export { parsePeriod, comparePeriods, isIsoDate } from './period.js';
export type { PeriodSpan } from './period.js';
export { validateFeed, validateFeedInSteps, parseFeed, parseFeedInSteps, describe } from './validate.js';
export { FeedIndex, textIn } from './select.js';
export type { Reading, CounterReading } from './select.js';
export { subscribeFeed, loadFeed, resolveFeedUrl, clearFeedCache, feedTiming } from './load.js';
export type { FeedSnapshot, FeedStatus, FeedError, FeedOptions } from './load.js';
