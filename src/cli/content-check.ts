/**
 * `npm run content:check [-- --lang vi|en]` — checks every file in content/ with the same
 * schemas and rules as the build, and prints one line per problem:
 * `path:line:col  field  message — how to fix`, grouped by file, then a summary.
 * Exit code 1 when there is any error (warnings alone pass).
 */
import { formatProblem, type ProblemLang } from '../lib/validation/problems.ts';
import { runContentCheck } from './run-content-check.ts';

function chooseLang(argv: readonly string[], env: NodeJS.ProcessEnv): ProblemLang {
  const flag = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const value = flag >= 0 ? (argv[flag]!.includes('=') ? argv[flag]!.split('=')[1] : argv[flag + 1]) : undefined;
  if (value === 'vi' || value === 'en') return value;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

const lang = chooseLang(process.argv.slice(2), process.env);
const root = process.cwd();
const problems = runContentCheck(root);
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;

let currentFile = '';
for (const problem of problems) {
  if (problem.file !== currentFile) {
    if (currentFile) console.log('');
    currentFile = problem.file;
    console.log(problem.file);
  }
  const tag = problem.severity === 'warning' ? (lang === 'vi' ? 'cảnh báo' : 'warning') : lang === 'vi' ? 'lỗi' : 'error';
  console.log(`  ${tag}: ${formatProblem(problem, lang)}`);
}
if (problems.length > 0) console.log('');
console.log(
  lang === 'vi'
    ? `Kiểm tra nội dung: ${errors} lỗi, ${warnings} cảnh báo.`
    : `Content check: ${errors} error(s), ${warnings} warning(s).`,
);
process.exitCode = errors > 0 ? 1 : 0;
