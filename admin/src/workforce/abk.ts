// The arithmetic of ASN-RULES §10, for the live totals while a task is being edited (the server's
// computation, shown once saved, is the authority: workforce.rules.ts).
export type Period = 'DAY' | 'WEEK' | 'MONTH' | 'YEAR';

export interface AbkValues {
  effective: number;
  multipliers: Record<Period, number>;
  roundUp: boolean;
}

export interface TaskDraft {
  volume: number;
  period: Period;
  standardMinutes: number;
}

/** Settings of the government from the `settings` query (abk.*). */
export function abkValues(settings: { key: string; value: number }[]): AbkValues {
  const v = (k: string, fallback: number) => settings.find((s) => s.key === k)?.value ?? fallback;
  return {
    effective: v('abk.effectiveMinutesPerYear', 75_000),
    multipliers: { DAY: v('abk.multiplier.day', 250), WEEK: v('abk.multiplier.week', 50), MONTH: v('abk.multiplier.month', 12), YEAR: v('abk.multiplier.year', 1) },
    roundUp: v('abk.rounding', 0) === 1,
  };
}

const cents = (x: number) => Math.round(x * 100);

export function taskMinutes(t: TaskDraft, a: AbkValues): number {
  return (cents(t.volume) * cents(a.multipliers[t.period]) * cents(t.standardMinutes)) / 1_000_000;
}

/** Total workload, required staff (two decimals, half up) and whole people. */
export function totals(tasks: TaskDraft[], a: AbkValues, bezetting: number): { total: number; required: number; rounded: number; ej: number | null } {
  const total = tasks.reduce((s, t) => s + taskMinutes(t, a), 0);
  const required = Math.round((total / a.effective) * 100 + 1e-9) / 100;
  const rounded = a.roundUp ? Math.ceil(required - 1e-9) : Math.floor(required + 0.5 + 1e-9);
  const ej = bezetting > 0 ? Math.round((total / (bezetting * a.effective)) * 100 + 1e-9) / 100 : null;
  return { total, required, rounded, ej };
}
