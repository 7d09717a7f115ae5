/**
 * One fixture per authoring mistake, each a real file in tests/fixtures/content-errors/. The
 * exact line an author sees is pinned: file:line:col, field, what is wrong — how to fix it.
 * Every rule of the message table has a case; a new rule without one fails the first test.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent, RULES, type ContentFile, type RuleId } from '../../src/lib/content/check/index.ts';
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

/** Where the check finds each fixture: content path → file under tests/fixtures/. */
type Files = Record<string, string>;
const MODULE: Files = { 'content/modules/vi/nhan-ra-loi-du-do.md': 'content-base/module.md' };
const LESSON: Files = { 'content/lessons/vi/viec-nhe-luong-cao.md': 'content-base/lesson.md' };

interface RuleCase {
  files: Files;
  /** Every line the files raise (untranslated-content warnings aside), in English… */
  en: string[];
  /** …and, for some rules, in Vietnamese. */
  vi?: string[];
  publicFiles?: string[];
}

/** The problems a case raises: all of them, but for warnings about untranslated content. */
function problemsOf(rule: string, c: RuleCase) {
  const files = Object.entries(c.files).map(([path, fixture]) => ({ path, text: read(fixture) }));
  return checkContent(files, { ...options, publicFiles: new Set(c.publicFiles) }).filter(
    (p) => rule === 'translation-missing' || p.rule !== 'translation-missing',
  );
}

const ruleCases: Record<RuleId, RuleCase> = {
  // Files: the fixture is a correct lesson; the mistake is where it is or what it is called.
  'file-location': {
    files: { 'content/lessons/viec-nhe-luong-cao.md': 'content-base/lesson.md' },
    en: [
      'content/lessons/viec-nhe-luong-cao.md  (file)  this file is not where the site looks for content — move it to content/lessons|modules|sessions/<locale>/<slug>.md or content/quizzes/<locale>/<slug>.yaml',
    ],
  },
  'file-extension': {
    files: { 'content/lessons/vi/viec-nhe-luong-cao.markdown': 'content-base/lesson.md' },
    en: ['content/lessons/vi/viec-nhe-luong-cao.markdown  (file)  files in content/lessons/ must end in .md — rename it to viec-nhe-luong-cao.md'],
  },
  'file-locale': {
    files: { 'content/lessons/vn/viec-nhe-luong-cao.md': 'content-base/lesson.md' },
    en: ['content/lessons/vn/viec-nhe-luong-cao.md  (file)  "vn" is not a language of this site — put the file in one of: vi, en'],
    vi: ['content/lessons/vn/viec-nhe-luong-cao.md  (file)  "vn" không phải ngôn ngữ của trang — đặt tệp vào một trong các thư mục: vi, en'],
  },
  'file-slug': {
    files: { 'content/lessons/vi/Viec-Nhe-Luong-Cao.md': 'content-base/lesson.md' },
    en: [
      'content/lessons/vi/Viec-Nhe-Luong-Cao.md  (file name)  the file name "Viec-Nhe-Luong-Cao" is not an ASCII slug — use lower-case a–z, 0–9 and hyphens, without accents, e.g. viec-nhe-luong-cao.md',
    ],
  },

  // Front matter.
  'frontmatter-missing': {
    files: { 'content/lessons/vi/no-frontmatter.md': 'content-errors/lessons/no-frontmatter.md' },
    en: ['content/lessons/vi/no-frontmatter.md:1:1  (frontmatter)  the file does not start with frontmatter — start the file with a line "---", the fields, then another "---"'],
  },
  'yaml-syntax': {
    files: { ...MODULE, 'content/lessons/vi/bad-yaml-indentation.md': 'content-errors/lessons/bad-yaml-indentation.md' },
    en: [
      "content/lessons/vi/bad-yaml-indentation.md:10:1  (YAML)  the YAML cannot be read: this line is indented like a list item but does not start with \"- \" — indent nested fields with exactly two spaces under their parent, and quote text that contains \": \" or starts with a symbol",
    ],
    vi: [
      'content/lessons/vi/bad-yaml-indentation.md:10:1  (YAML)  không đọc được YAML: dòng này thụt lề như một mục danh sách nhưng không bắt đầu bằng "- " — thụt lề trường con đúng hai dấu cách dưới trường cha, và đặt trong ngoặc kép đoạn chữ có ": " hoặc bắt đầu bằng ký hiệu',
    ],
  },
  schema: {
    files: { ...MODULE, 'content/lessons/vi/missing-title.md': 'content-errors/lessons/missing-title.md' },
    en: ['content/lessons/vi/missing-title.md:2:1  title  "title" is missing — add it (in the frontmatter), like: title: "Việc nhẹ lương cao"'],
    vi: ['content/lessons/vi/missing-title.md:2:1  title  thiếu trường "title" — thêm trường này (trong phần khai báo), theo mẫu: title: "Việc nhẹ lương cao"'],
  },
  placeholder: {
    files: { ...MODULE, 'content/lessons/vi/placeholder-left.md': 'content-errors/lessons/placeholder-left.md' },
    en: [
      'content/lessons/vi/placeholder-left.md:3:1  summary  a placeholder is still here: "TODO: một câu về điều người học làm được sau bài." — replace the text starting with "TODO:" with the real content',
      'content/lessons/vi/placeholder-left.md:33:1  (body)  a placeholder is still here: "TODO: viết tình huống mở đầu (2–4 câu)." — replace the text starting with "TODO:" with the real content',
    ],
  },

  // HTML, links, images.
  'html-script': {
    files: { ...MODULE, 'content/lessons/vi/script-tag.md': 'content-errors/lessons/script-tag.md' },
    en: [
      "content/lessons/vi/script-tag.md:39:1  (body)  <script> is not allowed in lessons — remove it; lessons are plain Markdown and must work offline",
    ],
  },
  'html-event-handler': {
    files: { ...MODULE, 'content/lessons/vi/onclick-handler.md': 'content-errors/lessons/onclick-handler.md' },
    en: [
      "content/lessons/vi/onclick-handler.md:39:1  (body)  inline event handler \"onclick=\" is not allowed — remove the HTML and write the content in Markdown",
    ],
  },
  'html-raw': {
    files: { ...MODULE, 'content/lessons/vi/raw-html.md': 'content-errors/lessons/raw-html.md' },
    en: [
      "content/lessons/vi/raw-html.md:39:1  (body)  raw HTML is not allowed in lessons — write it in Markdown (headings ##, lists -, **bold**, directives :::tip)",
    ],
  },
  'link-javascript': {
    files: { ...MODULE, 'content/lessons/vi/javascript-link.md': 'content-errors/lessons/javascript-link.md' },
    en: [
      "content/lessons/vi/javascript-link.md:37:65  (body)  a \"javascript:\" link is not allowed — link to a page of the site (/lessons/<slug>/) or an https:// address",
    ],
  },
  'link-broken': {
    files: { ...MODULE, 'content/lessons/vi/broken-internal-link.md': 'content-errors/lessons/broken-internal-link.md' },
    en: [
      "content/lessons/vi/broken-internal-link.md:37:53  (body)  link \"/lessons/bai-khong-co/\" leads to no page — link to an existing page, e.g. /lessons/<slug>/ with the slug of a lesson file (and a trailing slash)",
    ],
  },
  'image-remote': {
    files: { ...MODULE, 'content/lessons/vi/remote-image.md': 'content-errors/lessons/remote-image.md' },
    en: [
      "content/lessons/vi/remote-image.md:39:1  (body)  remote image \"https://example.com/quang-cao.png\" — the site must work offline — save the image in public/images/ and write ![description](/images/name.png)",
    ],
  },
  'image-missing': {
    files: { ...MODULE, 'content/lessons/vi/missing-image.md': 'content-errors/lessons/missing-image.md' },
    en: ['content/lessons/vi/missing-image.md:39:1  (body)  image "/images/quang-cao-viec-lam.png" does not exist — add the file public/images/quang-cao-viec-lam.png, or fix the path'],
  },
  'image-path': {
    files: { ...MODULE, 'content/lessons/vi/relative-image-path.md': 'content-errors/lessons/relative-image-path.md' },
    en: [
      'content/lessons/vi/relative-image-path.md:39:1  (body)  image path "images/quang-cao-viec-lam.png" must start with /images/ — save the image in public/images/ and write ![description](/images/name.png)',
    ],
  },
  'image-alt': {
    files: { ...MODULE, 'content/lessons/vi/image-without-description.md': 'content-errors/lessons/image-without-description.md' },
    publicFiles: ['images/quang-cao-viec-lam.png'],
    en: [
      'content/lessons/vi/image-without-description.md:39:1  (body)  an image needs a description for people who cannot see it — write it between the brackets: ![a teacher talks with a class](/images/…)',
    ],
  },

  // Markdown structure.
  'directive-unknown': {
    files: { ...MODULE, 'content/lessons/vi/unknown-directive.md': 'content-errors/lessons/unknown-directive.md' },
    en: [
      "content/lessons/vi/unknown-directive.md:37:1  (body)  unknown block \":::meo\" — use one of :::tip, :::warning, :::hotline, :::scenario, :::notes",
    ],
  },
  'section-empty': {
    files: { ...MODULE, 'content/lessons/vi/empty-section.md': 'content-errors/lessons/empty-section.md' },
    en: [
      "content/lessons/vi/empty-section.md:35:1  (body)  section \"Mở đầu\" is empty — write its content below the heading, or remove the heading",
    ],
  },
  'content-warning-section': {
    files: { ...MODULE, 'content/lessons/vi/content-warning-section-missing.md': 'content-errors/lessons/content-warning-section-missing.md' },
    en: [
      "content/lessons/vi/content-warning-section-missing.md  contentWarning.section  no \"## Điều gì xảy ra ở nơi đến\" section in this lesson — copy the exact text of one of the ## headings: \"Dấu hiệu\"",
    ],
  },

  // Phone numbers.
  'phone-retired': {
    files: { ...MODULE, 'content/lessons/vi/retired-hotline.md': 'content-errors/lessons/retired-hotline.md' },
    en: [
      "content/lessons/vi/retired-hotline.md:37:1  (body)  1800 1567 is a retired number and must not be shown as a hotline — use 111, the national hotline (free, 24/7)",
    ],
    vi: [
      'content/lessons/vi/retired-hotline.md:37:1  (body)  1800 1567 là số cũ, không còn dùng — không được ghi như đường dây nóng — dùng 111, tổng đài quốc gia (miễn phí, 24/7)',
    ],
  },
  'phone-unlisted': {
    files: { ...MODULE, 'content/lessons/vi/unlisted-phone-number.md': 'content-errors/lessons/unlisted-phone-number.md' },
    en: [
      "content/lessons/vi/unlisted-phone-number.md:37:1  (body)  phone number 0912 345 678 is not in the site's hotline list — use a number from src/site.config.ts (111, 113) or add local numbers to local.json, not to lessons",
    ],
  },
  'phone-short-unlisted': {
    files: { ...MODULE, 'content/lessons/vi/unlisted-short-number.md': 'content-errors/lessons/unlisted-short-number.md' },
    en: [
      "content/lessons/vi/unlisted-short-number.md:37:1  (body)  phone number 114 is not in the site's hotline list — use 111 or 113, or add the number to the hotline list in src/site.config.ts",
    ],
  },

  // References between files.
  'module-unknown': {
    files: { ...MODULE, 'content/lessons/vi/unknown-module.md': 'content-errors/lessons/unknown-module.md' },
    en: [
      "content/lessons/vi/unknown-module.md:4:1  module  module \"nhan-ra-loi-du-doo\" does not exist — create content/modules/vi/nhan-ra-loi-du-doo.md, or use one of: nhan-ra-loi-du-do",
    ],
    vi: [
      'content/lessons/vi/unknown-module.md:4:1  module  học phần "nhan-ra-loi-du-doo" không tồn tại — tạo content/modules/vi/nhan-ra-loi-du-doo.md, hoặc dùng một trong: nhan-ra-loi-du-do',
    ],
  },
  'quiz-id-taken': {
    files: { ...MODULE, ...LESSON, 'content/quizzes/vi/viec-nhe-luong-cao.yaml': 'content-errors/quizzes/same-slug-as-lesson.yaml' },
    en: [
      'content/lessons/vi/viec-nhe-luong-cao.md:17:1  quiz  quiz id "viec-nhe-luong-cao" is also used by content/quizzes/vi/viec-nhe-luong-cao.yaml — rename the stand-alone quiz file: lesson quizzes are keyed by the lesson slug',
    ],
  },
  'agenda-lesson-unknown': {
    files: { ...MODULE, ...LESSON, 'content/sessions/vi/tiet-hoc.md': 'content-errors/sessions/unknown-agenda-lesson.md' },
    en: [
      'content/sessions/vi/tiet-hoc.md:13:5  agenda[0].lesson  lesson "viec-nhe-luong-ca" does not exist — use the slug (file name without .md) of a lesson in content/lessons/',
    ],
  },
  'session-quiz-missing': {
    files: { ...MODULE, ...LESSON, 'content/sessions/vi/tiet-hoc.md': 'content-errors/sessions/missing-quiz.md' },
    en: ['content/sessions/vi/tiet-hoc.md:18:1  preTest  quiz "kiem-tra-khong-co" does not exist — create content/quizzes/vi/kiem-tra-khong-co.yaml, or fix the slug'],
  },
  'session-quiz-kind': {
    files: {
      ...MODULE,
      ...LESSON,
      'content/sessions/vi/tiet-hoc.md': 'content-errors/sessions/pre-test-is-a-post-test.md',
      'content/quizzes/vi/tiet-hoc-truoc.yaml': 'content-errors/quizzes/pre-test.yaml',
      'content/quizzes/vi/tiet-hoc-sau.yaml': 'content-errors/quizzes/post-test.yaml',
    },
    en: ['content/sessions/vi/tiet-hoc.md:18:1  preTest  quiz "tiet-hoc-sau" is a post test, not a pre test — point preTest to a quiz with "kind: pre"'],
  },
  'agenda-minutes': {
    files: { ...MODULE, ...LESSON, 'content/sessions/vi/tiet-hoc.md': 'content-errors/sessions/agenda-longer-than-duration.md' },
    en: ['content/sessions/vi/tiet-hoc.md:10:1  agenda  agenda minutes add up to 50, but duration is 45 — adjust the minutes or the duration so they match'],
  },
  'pretest-missing': {
    files: { 'content/quizzes/vi/tiet-hoc-sau.yaml': 'content-errors/quizzes/post-test-without-pre.yaml' },
    en: ['content/quizzes/vi/tiet-hoc-sau.yaml:4:1  preTest  pre-test "kiem-tra-dau-buoi" does not exist — use the slug of a quiz file with "kind: pre"'],
  },

  // Translations.
  'translation-orphan': {
    files: { ...MODULE, ...LESSON, 'content/lessons/en/viec-nhe-luong-ca.md': 'content-errors/slug-mismatch-en.md' },
    en: [
      'content/lessons/en/viec-nhe-luong-ca.md  (file name)  no vi original "content/lessons/vi/viec-nhe-luong-ca.md" for this translation — a translation keeps the slug (file name) of its original — rename the file to match',
    ],
  },
  'translation-module': {
    files: {
      ...MODULE,
      ...LESSON,
      'content/modules/vi/hieu-dung-mua-ban-nguoi.md': 'content-base/module.md',
      'content/lessons/en/viec-nhe-luong-cao.md': 'content-errors/translations/other-module-en.md',
    },
    en: ['content/lessons/en/viec-nhe-luong-cao.md:4:1  module  module "hieu-dung-mua-ban-nguoi" differs from the original\'s "nhan-ra-loi-du-do" — write module: nhan-ra-loi-du-do'],
  },
  'translation-quiz': {
    files: { ...MODULE, ...LESSON, 'content/lessons/en/viec-nhe-luong-cao.md': 'content-errors/translations/quiz-ids-differ-en.md' },
    en: [
      'content/lessons/en/viec-nhe-luong-cao.md:17:1  quiz  question and option ids differ from the original — use the same ids, types and answers as the original, in the same order: q1:single:a,b',
    ],
  },
  'translation-missing': {
    files: { ...MODULE, ...LESSON },
    en: [
      'content/lessons/vi/viec-nhe-luong-cao.md  (translation)  no en translation yet (the en site shows the vi text) — translate it to content/lessons/en/viec-nhe-luong-cao.md with the same slug and quiz ids, or at least add "translations: { en: { title, summary } }" to this file\'s front matter',
      'content/modules/vi/nhan-ra-loi-du-do.md  (translation)  no en translation yet (the en site shows the vi text) — translate it to content/modules/en/nhan-ra-loi-du-do.md with the same slug and quiz ids, or at least add "translations: { en: { title, summary } }" to this file\'s front matter',
    ],
    vi: [
      'content/lessons/vi/viec-nhe-luong-cao.md  (translation)  chưa có bản en (trang en hiển thị bản vi) — dịch sang content/lessons/en/viec-nhe-luong-cao.md, giữ nguyên slug và mã câu hỏi, hoặc ít nhất thêm "translations: { en: { title, summary } }" vào phần đầu tệp này',
      'content/modules/vi/nhan-ra-loi-du-do.md  (translation)  chưa có bản en (trang en hiển thị bản vi) — dịch sang content/modules/en/nhan-ra-loi-du-do.md, giữ nguyên slug và mã câu hỏi, hoặc ít nhất thêm "translations: { en: { title, summary } }" vào phần đầu tệp này',
    ],
  },

  // Text pasted from a word processor.
  'indented-code': {
    files: { ...MODULE, 'content/lessons/vi/indented-paragraph.md': 'content-errors/lessons/indented-paragraph.md' },
    en: [
      'content/lessons/vi/indented-paragraph.md:39:1  (body)  this text starts with four spaces or a tab, so it shows as a box of computer code — remove the spaces or tab at the start of its lines (text pasted from a word processor often keeps its indent)',
    ],
    vi: [
      'content/lessons/vi/indented-paragraph.md:39:1  (body)  đoạn này bắt đầu bằng bốn dấu cách hoặc một Tab nên hiện thành khung mã máy tính — xoá dấu cách hoặc Tab ở đầu các dòng (chữ dán từ trình soạn thảo văn bản hay giữ lại thụt lề)',
    ],
  },
  'lettered-answers': {
    files: { ...MODULE, 'content/lessons/vi/lettered-answers.md': 'content-errors/lessons/lettered-answers.md' },
    en: [
      'content/lessons/vi/lettered-answers.md:43:1  (body)  answers lettered A. B. C. are typed as text: a learner cannot choose one or get feedback — make it a quiz question (type: scenario, with feedback on every choice), or keep the situation in a :::scenario block and ask an open question',
    ],
  },
  'list-run-together': {
    files: { ...MODULE, 'content/lessons/vi/numbered-list-on-one-line.md': 'content-errors/lessons/numbered-list-on-one-line.md' },
    en: [
      'content/lessons/vi/numbered-list-on-one-line.md:41:21  (body)  numbered items run together on one line ("1. … 2. …"), so they show as one block of text — start each item on a line of its own: "1. …", then "2. …" on the next line',
    ],
  },
  'quote-mix': {
    files: { ...MODULE, 'content/lessons/vi/mixed-quotes.md': 'content-errors/lessons/mixed-quotes.md' },
    en: [
      'content/lessons/vi/mixed-quotes.md:40:22  (body)  straight (") and curly (“ ”) quotation marks are mixed in the text: 2 straight, 4 curly — use one kind in the whole file: most of it uses curly (“ ”) ones, so change this one and the others like it',
    ],
    vi: [
      'content/lessons/vi/mixed-quotes.md:40:22  (body)  dấu ngoặc kép thẳng (") và cong (“ ”) bị dùng lẫn trong bài: 2 thẳng, 4 cong — dùng một kiểu trong cả tệp: phần lớn tệp dùng ngoặc kép cong (“ ”), nên sửa chỗ này và các chỗ giống nó',
    ],
  },
  'slide-too-long': {
    files: { ...MODULE, 'content/lessons/vi/section-too-long-for-a-slide.md': 'content-errors/lessons/section-too-long-for-a-slide.md' },
    en: [
      'content/lessons/vi/section-too-long-for-a-slide.md:39:1  (body)  slide 4 "Những lời mời hay gặp" is too long for a projector (about 20 lines; 16 fit) — it is shown in small type — split it with a line containing only "---", or move detail into a :::notes block',
    ],
  },

  // Who reads the lesson.
  'content-warning-missing': {
    files: { ...MODULE, 'content/lessons/vi/harm-without-content-warning.md': 'content-errors/lessons/harm-without-content-warning.md' },
    en: [
      'content/lessons/vi/harm-without-content-warning.md:41:36  (body)  the lesson speaks of "giam giữ" but has no content warning — add "contentWarning:" to the front matter, with a gentle "text" and the "section" (the exact ## heading) a learner may skip',
    ],
    vi: [
      'content/lessons/vi/harm-without-content-warning.md:41:36  (body)  bài nói tới "giam giữ" nhưng chưa có cảnh báo nội dung — thêm "contentWarning:" vào phần khai báo, với "text" báo trước nhẹ nhàng và "section" (đúng tiêu đề ##) mà người học có thể bỏ qua',
    ],
  },
  'trainer-notes-missing': {
    files: {
      'content/modules/vi/mo-hinh-bao-cao-vien.md': 'content-errors/modules/trainer-module.md',
      'content/lessons/vi/chuan-bi-tap-huan.md': 'content-errors/lessons/trainer-lesson-without-notes.md',
    },
    en: ['content/lessons/vi/chuan-bi-tap-huan.md  (body)  this lesson of the trainer track has no speaker notes — add a :::notes block under each ## section with what to say, ask and watch for (the presenter view and the printed trainer script show them)'],
  },

  // Answer cues (each fixture is a stand-alone quiz with one cue).
  'cue-longest': {
    files: { 'content/quizzes/vi/luyen-tap.yaml': 'content-errors/quizzes/cue-longest.yaml' },
    en: [
      'content/quizzes/vi/luyen-tap.yaml:5:1  questions  the right option is the longest in 3 of 3 one-answer questions (at most 1) — write every option to the same length and register: trim the right one or give a wrong one the detail a real belief has',
    ],
  },
  'cue-shortest': {
    files: { 'content/quizzes/vi/luyen-tap.yaml': 'content-errors/quizzes/cue-shortest.yaml' },
    en: [
      'content/quizzes/vi/luyen-tap.yaml:5:1  questions  the right option is the shortest in 3 of 3 one-answer questions (at most 1) — write every option to the same length and register: some right options may be the longer ones',
    ],
  },
  'cue-balance': {
    files: { 'content/quizzes/vi/luyen-tap.yaml': 'content-errors/quizzes/cue-balance.yaml' },
    en: [
      'content/quizzes/vi/luyen-tap.yaml:5:1  questions  true/false items are 0 fact and 4 myth: always answering "myth" scores well — make about half the statements facts and half myths; state a fact plainly, never as a double negative',
    ],
    vi: [
      'content/quizzes/vi/luyen-tap.yaml:5:1  questions  câu đúng/sai có 0 sự thật và 4 ngộ nhận: cứ chọn "ngộ nhận" là được điểm cao — viết khoảng một nửa là sự thật, một nửa là ngộ nhận; nêu sự thật một cách thẳng, không dùng phủ định kép',
    ],
  },
  'cue-all-but-one': {
    files: { 'content/quizzes/vi/luyen-tap.yaml': 'content-errors/quizzes/cue-all-but-one.yaml' },
    en: [
      'content/quizzes/vi/luyen-tap.yaml:6:5  questions "dau-hieu"  every option, or every option but one, is right in multiple-answer question "dau-hieu" — keep two or three right options among four or five; make the others beliefs people really hold (facts.md §7)',
    ],
  },
  'cue-position': {
    files: { 'content/quizzes/vi/luyen-tap.yaml': 'content-errors/quizzes/cue-position.yaml' },
    en: [
      'content/quizzes/vi/luyen-tap.yaml:5:1  questions  the right option is option a in 5 of 5 one-answer questions — move the right options so no place is favoured (a first attempt shows the order you wrote)',
    ],
  },
  'cue-absolute': {
    files: { 'content/quizzes/vi/luyen-tap.yaml': 'content-errors/quizzes/cue-absolute.yaml' },
    en: [
      'content/quizzes/vi/luyen-tap.yaml:5:1  questions  absolute words ("only", "always", "never"…) appear only in wrong options (q1, q2) — reword those options without the absolute word, or let a right option carry one',
    ],
  },
};

describe('every rule has a fixture and an exact message', () => {
  it('has a case for every rule in the message table', () => {
    expect(Object.keys(ruleCases).sort()).toEqual(Object.keys(RULES).sort());
  });

  it.each(Object.entries(ruleCases))('%s', (rule, c) => {
    const problems = problemsOf(rule, c);
    expect(problems.map((p) => formatProblem(p))).toEqual(c.en);
    expect(problems.map((p) => p.rule)).toEqual(c.en.map(() => rule));
    if (c.vi) expect(problems.map((p) => formatProblem(p, 'vi'))).toEqual(c.vi);
  });
});

/** Front-matter mistakes the zod schemas catch (rule `schema`), worded by the shared friendly-error path. */
const schemaCases: Array<[string, string[]]> = [
  ['duplicate-option-id.md', [
      "content/lessons/vi/duplicate-option-id.md:27:11  quiz.questions[0].options[1].id  option id \"a\" is used twice in question \"q1\" — give each option its own id (a, b, c, …)",
    ]],
  ['duplicate-question-id.md', [
      "content/lessons/vi/duplicate-question-id.md:31:7  quiz.questions[1].id  question id \"q1\" is used twice — give each question its own id (q1, q2, …); never reuse an id for a different question",
    ]],
  ['impossible-date.md', [
      "content/lessons/vi/impossible-date.md:16:1  reviewed  expected a date written YYYY-MM-DD, found \"2026-02-30\" — write the date like 2026-11-27",
    ]],
  ['missing-title.md', [
      "content/lessons/vi/missing-title.md:2:1  title  \"title\" is missing — add it (in the frontmatter), like: title: \"Việc nhẹ lương cao\"",
    ]],
  ['no-correct-option.md', [
      "content/lessons/vi/no-correct-option.md:22:7  quiz.questions[0].options  no option is marked correct in question \"q1\" — mark exactly one option with \"correct: true\"",
    ]],
  ['scenario-without-feedback.md', [
      "content/lessons/vi/scenario-without-feedback.md:28:11  quiz.questions[0].options[1].feedback  every choice of scenario question \"q1\" needs feedback — add \"feedback:\" explaining what would happen after this choice",
    ]],
  ['single-two-correct.md', [
      "content/lessons/vi/single-two-correct.md:22:7  quiz.questions[0].options  a single question has 2 options marked correct in question \"q1\" — keep \"correct: true\" on one option, or change the type to \"multiple\"",
    ]],
  ['unknown-field.md', [
      "content/lessons/vi/unknown-field.md:2:1  summary  \"summary\" is missing — add it (in the frontmatter), like: summary: \"One sentence about what the learner will be able to do.\"",
      "content/lessons/vi/unknown-field.md:3:1  sumary  unknown field \"sumary\" — did you mean \"summary\"? Correct the spelling or remove the field",
    ]],
  ['wrong-age-band.md', [
      "content/lessons/vi/wrong-age-band.md:7:1  ageBand  \"12+\" is not allowed — use one of: \"11+\", \"13+\", \"15+\", \"adult\"",
    ]],
  ['wrong-date-format.md', [
      "content/lessons/vi/wrong-date-format.md:16:1  reviewed  expected a date written YYYY-MM-DD, found \"27/11/2026\" — write the date like 2026-11-27",
    ]],
];

describe('content check names file, line, field and fix for each schema mistake', () => {
  it.each(schemaCases)('%s', (name, expected) => {
    const broken: ContentFile = { path: `content/lessons/vi/${name}`, text: read(`content-errors/lessons/${name}`) };
    expect(errors([baseModule, broken])).toEqual(expected);
  });

  it('rejects a module with a track that does not exist', () => {
    const module: ContentFile = { path: 'content/modules/vi/nhan-ra-loi-du-do.md', text: read('content-errors/modules/wrong-track.md') };
    expect(errors([module, baseLesson])).toEqual([
      'content/modules/vi/nhan-ra-loi-du-do.md:4:1  track  "students" is not allowed — use one of: "student", "teacher", "trainer", "community"',
    ]);
  });
});

/** A lesson whose body is `body` (the base lesson's front matter), to show what a rule must let pass. */
const lessonWithBody = (body: string): ContentFile => ({ path: baseLesson.path, text: `${baseLesson.text.split('\n---\n')[0]}\n---\n\n${body}\n` });
const rulesRaisedBy = (body: string) => checkContent([baseModule, lessonWithBody(body)], options).map((p) => p.rule).filter((rule) => rule !== 'translation-missing');

describe('rules let ordinary writing pass', () => {
  it('takes "số 150.000 đồng" and "tổng đài 111." for what they are, not for numbers to call', () => {
    expect(rulesRaisedBy('## Dấu hiệu\n\nHọ đòi số 150.000 đồng tiền phí, rồi số 120,5 triệu. Gọi tổng đài 111.')).toEqual([]);
  });

  it('lets a nested list, a fenced block and a long wrapped line pass as indented text', () => {
    const nested = '## Dấu hiệu\n\n- Lời mời:\n    - lương cao\n    - đi ngay\n\nMột câu dài\n    viết tiếp ở dòng sau.\n\n```\n111\n```';
    expect(rulesRaisedBy(nested)).toEqual([]);
  });

  it('lets lettered options pass in speaker notes and :::scenario blocks, and "a) … b)" within a sentence', () => {
    const notes = ':::notes\nCho lớp bình chọn:\nA. Đi ngay.\nB. Hỏi bố mẹ.\n:::';
    const scenario = ':::scenario[Lan]\nLan được rủ đi làm xa.\n\na) Đi ngay.\nb) Hỏi bố mẹ.\n:::';
    const prose = 'Có hai việc cần làm: a) hỏi bố mẹ, b) gọi 111.\n\nA. Lincoln từng nói về tự do.';
    expect(rulesRaisedBy(`## Dấu hiệu\n\nĐọc kỹ.\n\n${notes}\n\n${scenario}\n\n${prose}`)).toEqual([]);
  });

  it('lets numbered lists, steps in a sentence and amounts pass as run-together lists', () => {
    const body = '## Dấu hiệu\n\n1. Hỏi tên công ty.\n2. Kể với bố mẹ.\n\nBước 1. Hỏi bố mẹ, bước 2. gọi 111.\n\nLương 1.500.000 đồng, phí 2.000.000 đồng.';
    expect(rulesRaisedBy(body)).toEqual([]);
  });

  it('counts only the text a learner reads for mixed quotation marks, not code or link titles', () => {
    const body = '## Dấu hiệu\n\nCô nói: “Hãy hỏi lại.” Xem [bài học](/lessons/viec-nhe-luong-cao/ "Việc nhẹ") và mã `"q1"`.';
    expect(rulesRaisedBy(body)).toEqual([]);
  });

  it('lets a long section pass once it is split with "---"', () => {
    const long = read('content-errors/lessons/section-too-long-for-a-slide.md').split('\n---\n')[1]!;
    const paragraphs = long.split('\n\n');
    const middle = paragraphs.findIndex((paragraph) => paragraph.startsWith('## Những')) + 4;
    const split = [...paragraphs.slice(0, middle), '---', ...paragraphs.slice(middle)].join('\n\n');
    expect(rulesRaisedBy(long.trim())).toEqual(['slide-too-long']);
    expect(rulesRaisedBy(split.trim())).toEqual([]);
  });

  it('asks for no content warning where harm words name a topic or a programme, or sit in speaker notes', () => {
    const topics = 'Bài 15+ (từ lớp 10): thêm chủ đề nặng như bóc lột tình dục, ép kết hôn.';
    const programme = '4. Hợp tác liên ngành chống mua bán người và xâm hại trẻ em; mở rộng những mô hình làm tốt.';
    const notes = ':::notes\nNạn nhân kể đã bị đánh đập, bị giam giữ.\n:::';
    expect(rulesRaisedBy(`## Dấu hiệu\n\n${topics}\n\n${programme}\n\n${notes}`)).toEqual([]);
  });

  it('asks for a content warning in an English lesson that describes harm', () => {
    const english: ContentFile = { path: 'content/lessons/en/viec-nhe-luong-cao.md', text: read('content-errors/translations/quiz-ids-differ-en.md').replace('        - id: c\n', '        - id: b\n').replace('Mai sees a job advert online.', 'Mai was locked up and beaten when she asked to go home.') };
    const problems = checkContent([baseModule, baseLesson, english], options).filter((p) => p.rule === 'content-warning-missing');
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column} ${formatProblem(p).split('  ')[2]}`)).toEqual([
      'content/lessons/en/viec-nhe-luong-cao.md:33:9 the lesson speaks of "locked up" but has no content warning — add "contentWarning:" to the front matter, with a gentle "text" and the "section" (the exact ## heading) a learner may skip',
    ]);
  });

  it('asks for speaker notes only in trainer-track lessons, and finds them inside a callout too', () => {
    const trainerModule: ContentFile = { path: 'content/modules/vi/mo-hinh-bao-cao-vien.md', text: read('content-errors/modules/trainer-module.md') };
    const trainerLesson = read('content-errors/lessons/trainer-lesson-without-notes.md');
    const withNotes = trainerLesson.replace('In sẵn phiếu kiểm tra đầu buổi.', 'In sẵn phiếu.\n\n::::tip\nMẹo.\n\n:::notes\nHỏi hiệu trưởng ai là người phụ trách bảo vệ trẻ em.\n:::\n::::');
    const studentLesson = trainerLesson.replace('module: mo-hinh-bao-cao-vien', 'module: nhan-ra-loi-du-do');
    const rules = (text: string) => checkContent([baseModule, trainerModule, { path: 'content/lessons/vi/bai.md', text }], options).map((p) => p.rule);
    expect(rules(trainerLesson)).toContain('trainer-notes-missing');
    expect(rules(withNotes)).not.toContain('trainer-notes-missing');
    expect(rules(studentLesson)).not.toContain('trainer-notes-missing');
  });
});
