// Calendar dates, the one way for the server and the panel. A date the user reads or a rule
// compares (birth date, TMT, decree date, period) is a `YYYY-MM-DD` string end to end: no Date
// object crosses a boundary, so no time zone shifts a day. "Today" is the day in Asia/Jakarta (WIB)
// and comes from a Clock, which tests set instead of reading the machine's time.
import { TZDate } from '@date-fns/tz';
import { addDays as addDaysFns, addMonths as addMonthsFns, addYears as addYearsFns, differenceInCalendarDays, differenceInYears, format, isValid, parse } from 'date-fns';

/** A calendar date as `YYYY-MM-DD`. */
export type IsoDate = string;

export const JAKARTA = 'Asia/Jakarta';

/** Where "now" comes from: the system clock in production, a fixed one in tests. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock stopped at `at` (an instant, or a Jakarta calendar date taken at 08:00 WIB). */
export function fixedClock(at: Date | IsoDate): Clock {
  const instant = typeof at === 'string' ? new Date(`${at}T01:00:00Z`) : at;
  return { now: () => new Date(instant) };
}

/** The calendar date of an instant in a time zone (Asia/Jakarta by default). */
export function dateIn(instant: Date, timeZone = JAKARTA): IsoDate {
  return format(new TZDate(instant, timeZone), 'yyyy-MM-dd');
}

/** Today's date in Asia/Jakarta by the clock. */
export function today(clock: Clock = systemClock): IsoDate {
  return dateIn(clock.now());
}

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

// Dates are parsed and formatted in the process's local zone on both ends, so the calendar day
// never moves whatever the zone is.
const toDate = (date: IsoDate): Date => parse(date, 'yyyy-MM-dd', new Date(2000, 0, 1));
const fromDate = (d: Date): IsoDate => format(d, 'yyyy-MM-dd');

/** Whether `value` is a real calendar date written `YYYY-MM-DD` (2023-02-29 is not). */
export function isIsoDate(value: string): boolean {
  return PATTERN.test(value) && isValid(toDate(value)) && fromDate(toDate(value)) === value;
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

export function monthOf(date: IsoDate): number {
  return Number(date.slice(5, 7));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDate(addDaysFns(toDate(date), days));
}

/** Months later (or earlier); the day is clamped to the month's end (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  return fromDate(addMonthsFns(toDate(date), months));
}

/** Years later (or earlier), like PostgreSQL's `date + interval 'n years'`: 29 Feb becomes 28 Feb in a common year. */
export function addYears(date: IsoDate, years: number): IsoDate {
  return fromDate(addYearsFns(toDate(date), years));
}

/** Whole years from `from` to `to` (an age on a date; years in a rank). */
export function wholeYears(from: IsoDate, to: IsoDate): number {
  return differenceInYears(toDate(to), toDate(from));
}

/**
 * Whole months from `from` to `to`, as PostgreSQL's `age()` counts them (31 Jan to 28 Feb is 0
 * months; date-fns' differenceInMonths would count the month's last day as a whole month).
 */
export function wholeMonths(from: IsoDate, to: IsoDate): number {
  const months = (yearOf(to) - yearOf(from)) * 12 + (monthOf(to) - monthOf(from));
  return months - (Number(to.slice(8)) < Number(from.slice(8)) ? 1 : 0);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(toDate(to), toDate(from));
}

/** The 1st of the month of `date`. */
export function firstOfMonth(date: IsoDate): IsoDate {
  return `${date.slice(0, 7)}-01`;
}

/** The 1st of the month after `date`'s month. */
export function firstOfNextMonth(date: IsoDate): IsoDate {
  return addMonths(firstOfMonth(date), 1);
}

/** `date` itself when it is the 1st of a month, else the 1st of the next month. */
export function firstOfMonthOnOrAfter(date: IsoDate): IsoDate {
  return date.endsWith('-01') ? date : firstOfNextMonth(date);
}

/** The last day of `date`'s year. */
export function endOfYear(date: IsoDate | number): IsoDate {
  return `${typeof date === 'number' ? date : yearOf(date)}-12-31`;
}

/** The first day of `date`'s year. */
export function startOfYear(date: IsoDate | number): IsoDate {
  return `${typeof date === 'number' ? date : yearOf(date)}-01-01`;
}

/** The earlier / later of two dates. */
export const minDate = (a: IsoDate, b: IsoDate): IsoDate => (a <= b ? a : b);
export const maxDate = (a: IsoDate, b: IsoDate): IsoDate => (a >= b ? a : b);
