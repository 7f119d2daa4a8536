// The declarations of the Node build's own functions (Cargo feature `notice`), re-exported by
// entries/node/index.d.mts and index.d.cts (pkg/node/notice.d.ts).
import type { CalendarYear, IsoDate } from '../web/api.js';

/** The options of `parseHolidayNotice`. */
export interface HolidayNoticeOptions {
  /** The year the notice schedules (国务院办公厅关于{year}年部分节假日安排的通知). */
  year: number;
}

/**
 * A notice read by `parseHolidayNotice`: the year's schedule, in the shape `loadCalendarYear`
 * takes (each holiday quotes its notice line), and apart from it the days the notice gives
 * to the previous year (a 元旦 block from 31 December), for that year's schedule.
 */
export interface ParsedHolidayNotice extends CalendarYear {
  /** Present only when the notice gives days to the previous year. */
  previousYear?: { year: number; holidays: { name: string; days: IsoDate[]; quote?: string; source?: string }[]; makeupWorkdays: IsoDate[] };
}

/**
 * Read the State Council's holiday notice (its text) into the schedule `loadCalendarYear`
 * takes; throws `invalid_calendar` naming the line and the fault (Chinese / English),
 * `invalid_argument` for a text that is not a string or a missing `year`. In the Node
 * build only (feature `notice`): the parser would cost the web package ~14 KB gzip, a
 * tenth of its budget (tests/size.test.mjs), for a maintainer's or server's task.
 */
export function parseHolidayNotice(text: string, options: HolidayNoticeOptions): ParsedHolidayNotice;
