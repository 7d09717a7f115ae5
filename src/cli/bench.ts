/**
 * `npm run bench`: prints measured numbers next to their budgets — never a pass or a fail on
 * time, which depends on the machine. Each section is a function returning rows; add a section
 * (page weights, build time, …) by adding it to `SECTIONS`.
 *
 *   node src/cli/bench.ts                  every section (but the opt-in ones: build, lighthouse)
 *   node src/cli/bench.ts search           only the named sections (`lighthouse` for Lighthouse scores)
 *   node src/cli/bench.ts --lessons 500    the build section: today's content and 500 generated
 *                                          lessons (`--lessons 100,250,500` for several sizes,
 *                                          `--runs 3` for the median of three builds of each)
 *   node src/cli/bench.ts --json           rows as JSON (for comparing runs)
 */
import { benchBuild, lessonCounts } from './bench/build.ts';
import { benchLighthouse } from './bench/lighthouse.ts';
import { benchPages } from './bench/pages.ts';
import { benchSearch } from './bench/search.ts';
import { formatTable, type Row } from './bench/table.ts';

const args = process.argv.slice(2);
/** Options that take a value: their values are not section names. */
const VALUED = new Set(['--lessons', '--runs']);
const json = args.includes('--json');
let lessons: number[] | undefined;
let runs = 1;
try {
  lessons = lessonCounts(args);
  const runsAt = args.indexOf('--runs');
  if (runsAt >= 0) {
    runs = Number(args[runsAt + 1]);
    if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs wants a whole number of builds, not "${args[runsAt + 1]}".`);
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

const SECTIONS: Record<string, () => Promise<Row[]>> = {
  pages: benchPages,
  search: benchSearch,
  build: () => benchBuild({ lessons: lessons ?? [500], runs }),
  lighthouse: benchLighthouse,
};
/** Sections that run only when named: Lighthouse fetches a tool into npx's cache; build takes minutes. */
const OPT_IN = new Set(['lighthouse', 'build']);

const wanted = args.filter((arg, index) => !arg.startsWith('--') && !VALUED.has(args[index - 1] ?? ''));
// `--lessons N` on its own asks for the build section.
if (wanted.length === 0 && lessons) wanted.push('build');
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
