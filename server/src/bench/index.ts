// `npm run bench -- <name> [--employees N]`: runs one benchmark (or all) on generated data.
import 'reflect-metadata';
import { openHarness, type Harness } from './harness.ts';
import { run as employees } from './employees.ts';
import { run as promotion } from './promotion.ts';
import { run as survey } from './survey.ts';
import { run as workforce } from './workforce.ts';

const BENCHES: Record<string, (h: Harness) => Promise<void>> = {
  employees,
  promotion,
  survey,
  workforce,
};

const args = process.argv.slice(2);
const i = args.indexOf('--employees');
const size = i >= 0 ? Number(args[i + 1]) : 20_000;
const names = args.filter((a, k) => !a.startsWith('--') && args[k - 1] !== '--employees');
const chosen = names.length ? names : Object.keys(BENCHES);
for (const n of chosen) if (!BENCHES[n]) throw new Error(`unknown bench "${n}"; choose from ${Object.keys(BENCHES).join(', ')}`);

const h = await openHarness(size);
try {
  console.log(`database: ${h.employees} employees`);
  for (const n of chosen) await BENCHES[n](h);
} finally {
  await h.close();
}
