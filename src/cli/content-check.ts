/**
 * `npm run content:check [-- --lang vi|en]` — checks every file in content/ with the same
 * schemas and rules as the build, and prints one line per problem:
 * `path:line:col  field  message — how to fix`, grouped by file, then a summary.
 * Exit code 1 when there is any error (warnings alone pass).
 */
import { formatProblem, type ProblemLang } from '../lib/validation/problems.ts';
import { runContentCheck, runQuizCueReport } from './run-content-check.ts';

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
for (const [locale, totals] of runQuizCueReport(root)) {
  const percent = (n: number, of: number) => (of === 0 ? '0' : Math.round((n * 100) / of).toString());
  console.log(
    lang === 'vi'
      ? `Dấu hiệu đoán mò (${locale}): đáp án đúng dài nhất ở ${totals.longestRight}/${totals.oneAnswer} câu một đáp án (${percent(totals.longestRight, totals.oneAnswer)}%), ngắn nhất ở ${totals.shortestRight}; đúng/sai ${totals.fact} sự thật, ${totals.myth} ngộ nhận; câu nhiều đáp án "gần hết đều đúng" ${totals.allButOne}/${totals.multiple}; người không đọc bài vẫn đạt ${totals.guessable.length}/${totals.quizzes} bài kiểm tra.`
      : `Answer cues (${locale}): right option longest in ${totals.longestRight}/${totals.oneAnswer} one-answer questions (${percent(totals.longestRight, totals.oneAnswer)}%), shortest in ${totals.shortestRight}; true/false ${totals.fact} fact, ${totals.myth} myth; multiple-answer "all but one" ${totals.allButOne}/${totals.multiple}; a non-reader passes ${totals.guessable.length}/${totals.quizzes} quizzes.`,
  );
}
process.exitCode = errors > 0 ? 1 : 0;
