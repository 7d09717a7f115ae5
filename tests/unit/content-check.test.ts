/**
 * One fixture per authoring mistake, each a real file in tests/fixtures/content-errors/. The
 * exact line an author sees is pinned: file:line:col, field, what is wrong — how to fix it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent, type ContentFile } from '../../src/lib/content/check/index.ts';
import { formatProblem } from '../../src/lib/validation/problems.ts';

const fixtures = new URL('../fixtures/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, fixtures), 'utf8');
const options = { locales: ['vi', 'en'], defaultLocale: 'vi', hotlineNumbers: ['111', '113'], publicFiles: new Set<string>() };
const baseModule: ContentFile = { path: 'content/modules/vi/nhan-ra-loi-du-do.md', text: read('content-base/module.md') };
const baseLesson: ContentFile = { path: 'content/lessons/vi/viec-nhe-luong-cao.md', text: read('content-base/lesson.md') };

function errors(files: ContentFile[], lang: 'en' | 'vi' = 'en'): string[] {
  return checkContent(files, options)
    .filter((problem) => problem.severity === 'error')
    .map((problem) => formatProblem(problem, lang));
}

describe('content check on a correct lesson', () => {
  it('finds no error in the base fixtures', () => {
    expect(errors([baseModule, baseLesson])).toEqual([]);
  });

  it('warns, without failing, that a lesson has no English translation yet', () => {
    const warnings = checkContent([baseModule, baseLesson], options).filter((p) => p.severity === 'warning');
    expect(warnings.map((p) => formatProblem(p))).toContain(
      'content/lessons/vi/viec-nhe-luong-cao.md  (translation)  no en translation yet (the en site shows the vi text) — translate it to content/lessons/en/viec-nhe-luong-cao.md with the same slug and quiz ids, or at least add "translations: { en: { title, summary } }" to this file\'s front matter',
    );
  });

  it('is satisfied by an English title and summary in the front matter, without a stub translation file', () => {
    const titled = { ...baseLesson, text: baseLesson.text.replace(/^summary: .*$/m, (line) => `${line}\ntranslations:\n  en:\n    title: "Easy work, high pay"\n    summary: "Spot a fake job offer."`) };
    expect(titled.text).toContain('translations:');
    const problems = checkContent([baseModule, titled], options);
    expect(problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p))).toEqual([]);
    expect(problems.filter((p) => p.field === '(translation)' && p.file === titled.path)).toEqual([]);
  });
});

const lessonCases: Array<[string, string[]]> = [
  ['lessons/bad-yaml-indentation.md', [
      "content/lessons/vi/bad-yaml-indentation.md:10:1  (YAML)  the YAML cannot be read: this line is indented like a list item but does not start with \"- \" — indent nested fields with exactly two spaces under their parent, and quote text that contains \": \" or starts with a symbol",
    ]],
  ['lessons/broken-internal-link.md', [
      "content/lessons/vi/broken-internal-link.md:37:53  (body)  link \"/lessons/bai-khong-co/\" leads to no page — link to an existing page, e.g. /lessons/<slug>/ with the slug of a lesson file (and a trailing slash)",
    ]],
  ['lessons/content-warning-section-missing.md', [
      "content/lessons/vi/content-warning-section-missing.md  contentWarning.section  no \"## Điều gì xảy ra ở nơi đến\" section in this lesson — copy the exact text of one of the ## headings: \"Dấu hiệu\"",
    ]],
  ['lessons/duplicate-option-id.md', [
      "content/lessons/vi/duplicate-option-id.md:27:11  quiz.questions[0].options[1].id  option id \"a\" is used twice in question \"q1\" — give each option its own id (a, b, c, …)",
    ]],
  ['lessons/duplicate-question-id.md', [
      "content/lessons/vi/duplicate-question-id.md:31:7  quiz.questions[1].id  question id \"q1\" is used twice — give each question its own id (q1, q2, …); never reuse an id for a different question",
    ]],
  ['lessons/empty-section.md', [
      "content/lessons/vi/empty-section.md:35:1  (body)  section \"Mở đầu\" is empty — write its content below the heading, or remove the heading",
    ]],
  ['lessons/impossible-date.md', [
      "content/lessons/vi/impossible-date.md:16:1  reviewed  expected a date written YYYY-MM-DD, found \"2026-02-30\" — write the date like 2026-11-27",
    ]],
  ['lessons/javascript-link.md', [
      "content/lessons/vi/javascript-link.md:37:65  (body)  a \"javascript:\" link is not allowed — link to a page of the site (/lessons/<slug>/) or an https:// address",
    ]],
  ['lessons/missing-title.md', [
      "content/lessons/vi/missing-title.md:2:1  title  \"title\" is missing — add it (in the frontmatter), like: title: \"Việc nhẹ lương cao\"",
    ]],
  ['lessons/no-correct-option.md', [
      "content/lessons/vi/no-correct-option.md:22:7  quiz.questions[0].options  no option is marked correct in question \"q1\" — mark exactly one option with \"correct: true\"",
    ]],
  ['lessons/onclick-handler.md', [
      "content/lessons/vi/onclick-handler.md:39:1  (body)  inline event handler \"onclick=\" is not allowed — remove the HTML and write the content in Markdown",
    ]],
  ['lessons/raw-html.md', [
      "content/lessons/vi/raw-html.md:39:1  (body)  raw HTML is not allowed in lessons — write it in Markdown (headings ##, lists -, **bold**, directives :::tip)",
    ]],
  ['lessons/remote-image.md', [
      "content/lessons/vi/remote-image.md:39:1  (body)  remote image \"https://example.com/quang-cao.png\" — the site must work offline — save the image in public/images/ and write ![description](/images/name.png)",
    ]],
  ['lessons/retired-hotline.md', [
      "content/lessons/vi/retired-hotline.md:37:1  (body)  1800 1567 is a retired number and must not be shown as a hotline — use 111, the national hotline (free, 24/7)",
    ]],
  ['lessons/scenario-without-feedback.md', [
      "content/lessons/vi/scenario-without-feedback.md:28:11  quiz.questions[0].options[1].feedback  every choice of scenario question \"q1\" needs feedback — add \"feedback:\" explaining what would happen after this choice",
    ]],
  ['lessons/script-tag.md', [
      "content/lessons/vi/script-tag.md:39:1  (body)  <script> is not allowed in lessons — remove it; lessons are plain Markdown and must work offline",
    ]],
  ['lessons/single-two-correct.md', [
      "content/lessons/vi/single-two-correct.md:22:7  quiz.questions[0].options  a single question has 2 options marked correct in question \"q1\" — keep \"correct: true\" on one option, or change the type to \"multiple\"",
    ]],
  ['lessons/unknown-directive.md', [
      "content/lessons/vi/unknown-directive.md:37:1  (body)  unknown block \":::meo\" — use one of :::tip, :::warning, :::hotline, :::scenario, :::notes",
    ]],
  ['lessons/unknown-field.md', [
      "content/lessons/vi/unknown-field.md:2:1  summary  \"summary\" is missing — add it (in the frontmatter), like: summary: \"One sentence about what the learner will be able to do.\"",
      "content/lessons/vi/unknown-field.md:3:1  sumary  unknown field \"sumary\" — did you mean \"summary\"? Correct the spelling or remove the field",
    ]],
  ['lessons/unknown-module.md', [
      "content/lessons/vi/unknown-module.md:4:1  module  module \"nhan-ra-loi-du-doo\" does not exist — create content/modules/vi/nhan-ra-loi-du-doo.md, or use one of: nhan-ra-loi-du-do",
    ]],
  ['lessons/unlisted-phone-number.md', [
      "content/lessons/vi/unlisted-phone-number.md:37:1  (body)  phone number 0912 345 678 is not in the site's hotline list — use a number from src/site.config.ts (111, 113) or add local numbers to local.json, not to lessons",
    ]],
  ['lessons/wrong-age-band.md', [
      "content/lessons/vi/wrong-age-band.md:7:1  ageBand  \"12+\" is not allowed — use one of: \"11+\", \"13+\", \"15+\", \"adult\"",
    ]],
  ['lessons/wrong-date-format.md', [
      "content/lessons/vi/wrong-date-format.md:16:1  reviewed  expected a date written YYYY-MM-DD, found \"27/11/2026\" — write the date like 2026-11-27",
    ]],

];

describe('content check names file, line, field and fix for each lesson mistake', () => {
  it.each(lessonCases)('%s', (fixture, expected) => {
    const name = fixture.replace('lessons/', '');
    const broken: ContentFile = { path: `content/lessons/vi/${name}`, text: read(`content-errors/${fixture}`) };
    expect(errors([baseModule, broken])).toEqual(expected);
  });
});

describe('content check across files', () => {
  it('rejects a module with a track that does not exist', () => {
    const module: ContentFile = { path: 'content/modules/vi/nhan-ra-loi-du-do.md', text: read('content-errors/modules/wrong-track.md') };
    expect(errors([module, baseLesson])).toEqual([
      'content/modules/vi/nhan-ra-loi-du-do.md:4:1  track  "students" is not allowed — use one of: "student", "teacher", "trainer", "community"',
    ]);
  });

  it('rejects a session whose pre-test does not exist', () => {
    const session: ContentFile = { path: 'content/sessions/vi/tiet-hoc.md', text: read('content-errors/sessions/missing-quiz.md') };
    expect(errors([baseModule, baseLesson, session])).toEqual([
      'content/sessions/vi/tiet-hoc.md:18:1  preTest  quiz "kiem-tra-khong-co" does not exist — create content/quizzes/vi/kiem-tra-khong-co.yaml, or fix the slug',
    ]);
  });

  it('rejects a translation whose slug does not match any original', () => {
    const translation: ContentFile = { path: 'content/lessons/en/viec-nhe-luong-ca.md', text: read('content-errors/slug-mismatch-en.md') };
    expect(errors([baseModule, baseLesson, translation])).toEqual([
      'content/lessons/en/viec-nhe-luong-ca.md  (file name)  no vi original "content/lessons/vi/viec-nhe-luong-ca.md" for this translation — a translation keeps the slug (file name) of its original — rename the file to match',
    ]);
  });

  it('rejects a translation whose quiz ids differ from the original', () => {
    const translation: ContentFile = {
      path: 'content/lessons/en/viec-nhe-luong-cao.md',
      text: read('content-base/lesson.md').replace('        - id: b\n', '        - id: c\n'),
    };
    expect(errors([baseModule, baseLesson, translation])).toEqual([
      'content/lessons/en/viec-nhe-luong-cao.md:17:1  quiz  question and option ids differ from the original — use the same ids, types and answers as the original, in the same order: q1:single:a,b',
    ]);
  });

  it('says why the YAML cannot be read in Vietnamese too, not in the parser\'s English', () => {
    const broken: ContentFile = { path: 'content/lessons/vi/bad-yaml-indentation.md', text: read('content-errors/lessons/bad-yaml-indentation.md') };
    expect(errors([baseModule, broken], 'vi')).toEqual([
      'content/lessons/vi/bad-yaml-indentation.md:10:1  (YAML)  không đọc được YAML: dòng này thụt lề như một mục danh sách nhưng không bắt đầu bằng "- " — thụt lề trường con đúng hai dấu cách dưới trường cha, và đặt trong ngoặc kép đoạn chữ có ": " hoặc bắt đầu bằng ký hiệu',
    ]);
  });

  it('says the same thing in Vietnamese', () => {
    const broken: ContentFile = { path: 'content/lessons/vi/missing-title.md', text: read('content-errors/lessons/missing-title.md') };
    expect(errors([baseModule, broken], 'vi')).toEqual([
      'content/lessons/vi/missing-title.md:2:1  title  thiếu trường "title" — thêm trường này (trong phần khai báo), theo mẫu: title: "Việc nhẹ lương cao"',
    ]);
  });
});
