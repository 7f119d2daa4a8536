// Compiled with `tsc --noEmit --strict` (bundler resolution) by tests/types.test.mjs: the declarations in
// pkg/ carry the real object shapes, so misuse fails to compile.
import init, { addWorkdays, dayInfo, explainAddWorkdays, calendarCoverage, loadCalendarYear, type DayInfo, type WorkdayCount } from 'jincheng-rules';

async function main(): Promise<void> {
  await init();
  const due: string = addWorkdays('2026-12-18', 10);
  const info: DayInfo = dayInfo(due);
  const kind: 'weekday' | 'weekend' | 'holiday' | 'makeup_workday' = info.kind;
  const name: string | null = info.holiday;
  const count: WorkdayCount = explainAddWorkdays('2026-12-18', 10);
  const years: number[] = count.provisionalYears;
  const first: string | null = calendarCoverage().from;
  loadCalendarYear({ year: 2027, source: 'x', holidays: [{ name: '元旦', days: ['2027-01-01'] }], makeupWorkdays: [] });
  // @ts-expect-error: `workday` is a boolean, not a string
  const wrong: string = info.workday;
  // @ts-expect-error: loadCalendarYear needs `makeupWorkdays`
  loadCalendarYear({ year: 2027, source: 'x', holidays: [] });
  void [kind, name, years, first, wrong];
}
void main;
