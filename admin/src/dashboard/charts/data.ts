// Pure helpers behind the dashboard's charts (no React): shares, scales and "the rest" groups.

export interface Datum {
  key: string;
  label: string;
  value: number;
}

/** Percentage of `part` in `total`, one decimal; 0 when there is no total. */
export function share(part: number, total: number): number {
  return total > 0 ? Math.round((part / total) * 1000) / 10 : 0;
}

/** Bar length in percent of the largest value (a bar with a value is never invisible). */
export function barPercent(value: number, max: number): number {
  if (max <= 0 || value <= 0) return 0;
  return Math.max(1.5, Math.min(100, (value / max) * 100));
}

/**
 * The first `limit` items, and the rest summed into one `others` item (so a chart of 40 units
 * stays readable while the total stays right). Items keep their order.
 */
export function topWithRest<T extends Datum>(items: T[], limit: number, others: (count: number, value: number) => Datum): (T | Datum)[] {
  if (items.length <= limit) return items;
  const rest = items.slice(limit);
  return [...items.slice(0, limit), others(rest.length, rest.reduce((s, d) => s + d.value, 0))];
}

/** The calendar year whose annual ratings are complete: the one before `today` (YYYY-MM-DD). */
export function lastCompletedYear(today: string): number {
  return Number(today.slice(0, 4)) - 1;
}

/**
 * Points of a line through `values` in a `width` x `height` box (y grows downward), split into runs
 * where values are missing, scaled between `min` and `max`.
 */
export function linePoints(values: (number | null)[], width: number, height: number, min: number, max: number): { x: number; y: number }[][] {
  const span = max - min || 1;
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const runs: { x: number; y: number }[][] = [];
  let run: { x: number; y: number }[] = [];
  values.forEach((v, i) => {
    if (v === null) {
      if (run.length) runs.push(run);
      run = [];
      return;
    }
    const x = values.length > 1 ? i * step : width / 2;
    run.push({ x, y: height - ((v - min) / span) * height });
  });
  if (run.length) runs.push(run);
  return runs;
}
