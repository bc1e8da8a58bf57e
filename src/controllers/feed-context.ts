import { createContext } from '@lit/context';
import type { FeedSnapshot } from '../feed/load.js';

/** The shared selection: set values only; widgets resolve the defaults (country, latest). */
export interface FeedSelection {
  readonly region?: string | undefined;
  readonly period?: string | undefined;
}

/** What `<stat-feed>` gives the widgets inside it. */
export interface FeedContextValue {
  /** Null when the `<stat-feed>` has no feed (no src, no outer stat-feed). */
  readonly snapshot: FeedSnapshot | null;
  readonly selection: FeedSelection;
  /** Changes the shared selection (`null` returns a field to its default). */
  select(selection: { region?: string | null; period?: string | null }): void;
}

/** Keyed by a global symbol so two copies of the bundle on one page still find each other. */
export const feedContext = createContext<FeedContextValue | undefined>(Symbol.for('stat-widgets.feed'));
