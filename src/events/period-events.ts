/**
 * A period was selected on a widget (the timeline: a click, a tap, Enter). Its own module, not in
 * `feed-events.ts`: that one sits in the chunk every widget loads, and this class put the
 * counter-only page over its budget (by 6 bytes gzipped, measured 2026-11-23).
 */
export class StatPeriodSelectEvent extends Event {
  static readonly type = 'stat-period-select';
  /** `period`: the selected period's id (`2024`, `2024-06`, `2024-06-30`). */
  constructor(readonly period: string) {
    super(StatPeriodSelectEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'stat-period-select': StatPeriodSelectEvent;
  }
}
