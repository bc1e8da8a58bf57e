/** A period's span in UTC milliseconds: `start` inclusive, `end` exclusive. */
export interface PeriodSpan {
  readonly start: number;
  readonly end: number;
  readonly granularity: 'year' | 'month' | 'day';
}

const PERIOD = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Like Date.UTC, but years 0–99 stay themselves (Date.UTC reads them as 1900–1999). */
function utc(year: number, month: number, day = 1): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date.getTime();
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `null` for anything else or an impossible date. */
export function parsePeriod(period: string): PeriodSpan | null {
  const match = PERIOD.exec(period);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) {
    return { start: utc(year, 0), end: utc(year + 1, 0), granularity: 'year' };
  }
  const month = Number(match[2]) - 1;
  if (month < 0 || month > 11) return null;
  if (match[3] === undefined) {
    return { start: utc(year, month), end: utc(year, month + 1), granularity: 'month' };
  }
  const day = Number(match[3]);
  const start = utc(year, month, day);
  // utc() rolls 2024-02-31 over into March; a real date survives the round trip.
  if (day < 1 || new Date(start).getUTCMonth() !== month) return null;
  return { start, end: utc(year, month, day + 1), granularity: 'day' };
}

/** Orders periods as dates: by the end of the span, then by its length (a year after its last month). */
export function comparePeriods(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (!pa || !pb) return pa ? 1 : pb ? -1 : 0;
  // Same end: the shorter span first, so a year sorts after its last month and day.
  return pa.end - pb.end || pb.start - pa.start;
}

/** Whether a string is an ISO 8601 date (`YYYY-MM-DD`) or date-time. */
export function isIsoDate(value: string): boolean {
  const day = value.slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !parsePeriod(day)) return false;
  if (value.length === 10) return true;
  return /^T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/.test(value.slice(10)) && !Number.isNaN(Date.parse(value));
}
