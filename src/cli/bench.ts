/**
 * `npm run bench`: prints measured numbers next to their budgets — never a pass or a fail on
 * time, which depends on the machine. Each section is a function returning rows; add a section
 * (page weights, build time, …) by adding it to `SECTIONS`.
 *
 *   node src/cli/bench.ts            every section (but the opt-in Lighthouse one)
 *   node src/cli/bench.ts search     only the named sections (`lighthouse` for Lighthouse scores)
 *   node src/cli/bench.ts --json     rows as JSON (for comparing runs)
 */
import { benchLighthouse } from './bench/lighthouse.ts';
import { benchPages } from './bench/pages.ts';
import { benchSearch } from './bench/search.ts';
import { formatTable, type Row } from './bench/table.ts';

const SECTIONS: Record<string, () => Promise<Row[]>> = {
  pages: benchPages,
  search: benchSearch,
  lighthouse: benchLighthouse,
};
/** Sections that run only when named (they fetch a tool into npx's cache). */
const OPT_IN = new Set(['lighthouse']);

const args = process.argv.slice(2);
const json = args.includes('--json');
const wanted = args.filter((a) => !a.startsWith('--'));
const unknown = wanted.filter((name) => !(name in SECTIONS));
if (unknown.length > 0) {
  console.error(`Unknown bench section(s): ${unknown.join(', ')}. Known: ${Object.keys(SECTIONS).join(', ')}.`);
  process.exit(2);
}

const rows: Row[] = [];
for (const [name, run] of Object.entries(SECTIONS)) {
  if (wanted.length > 0 ? !wanted.includes(name) : OPT_IN.has(name)) continue;
  console.error(`bench: ${name}…`);
  rows.push(...(await run()));
}
console.log(json ? JSON.stringify(rows, null, 2) : formatTable(rows));
