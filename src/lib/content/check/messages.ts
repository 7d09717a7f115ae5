/**
 * Every line the content check prints, keyed by rule id: what is wrong and how to fix it, in
 * English and Vietnamese, with `{placeholders}` the rule fills in. One table, so wording is
 * reviewed and translated in one place, and a rule id names the same mistake in tests and tools.
 */
import type { Bilingual, Problem, ProblemLang } from '../../validation/problems.ts';

/** A placeholder's value: the same in both languages, or one per language. */
export type MessageValue = string | number | Bilingual;
export type MessageValues = Readonly<Record<string, MessageValue>>;

export interface RuleText {
  severity: Problem['severity'];
  message: Bilingual;
  fix: Bilingual;
}

const error = (message: Bilingual, fix: Bilingual): RuleText => ({ severity: 'error', message, fix });
const warning = (message: Bilingual, fix: Bilingual): RuleText => ({ severity: 'warning', message, fix });
const IMAGE_FIX = { en: 'save the image in public/images/ and write ![description](/images/name.png)', vi: 'lưu ảnh vào public/images/ rồi viết ![mô tả](/images/ten-anh.png)' };
const UNLISTED_PHONE = { en: "phone number {number} is not in the site's hotline list", vi: 'số điện thoại {number} không có trong danh sách đường dây nóng của trang' };
/** Wording owned by another module (the zod friendly-error path, the slide measure), passed through. */
const PASSED_THROUGH = { en: '{message}', vi: '{message}' };

export const RULES = {
  // Files: where a file is and what it is called.
  'file-location': error(
    { en: 'this file is not where the site looks for content', vi: 'tệp này không nằm ở chỗ trang web đọc nội dung' },
    { en: 'move it to content/lessons|modules|sessions/<locale>/<slug>.md or content/quizzes/<locale>/<slug>.yaml', vi: 'chuyển tệp vào content/lessons|modules|sessions/<ngôn ngữ>/<slug>.md hoặc content/quizzes/<ngôn ngữ>/<slug>.yaml' }),
  'file-extension': error(
    { en: 'files in content/{collection}/ must end in {ext}', vi: 'tệp trong content/{collection}/ phải có đuôi {ext}' },
    { en: 'rename it to {name}{ext}', vi: 'đổi tên thành {name}{ext}' }),
  'file-locale': error(
    { en: '"{locale}" is not a language of this site', vi: '"{locale}" không phải ngôn ngữ của trang' },
    { en: 'put the file in one of: {locales}', vi: 'đặt tệp vào một trong các thư mục: {locales}' }),
  'file-slug': error(
    { en: 'the file name "{slug}" is not an ASCII slug', vi: 'tên tệp "{slug}" không phải slug ASCII' },
    { en: 'use lower-case a–z, 0–9 and hyphens, without accents, e.g. viec-nhe-luong-cao.md', vi: 'dùng chữ thường a–z, số 0–9 và dấu gạch nối, không dấu, ví dụ viec-nhe-luong-cao.md' }),

  // Front matter: readable YAML that matches the collection's schema.
  'frontmatter-missing': error(
    { en: 'the file does not start with frontmatter', vi: 'tệp không bắt đầu bằng phần khai báo (frontmatter)' },
    { en: 'start the file with a line "---", the fields, then another "---"', vi: 'bắt đầu tệp bằng dòng "---", các trường, rồi một dòng "---" nữa' }),
  'yaml-syntax': error(
    { en: 'the YAML cannot be read: {reason}', vi: 'không đọc được YAML: {reason}' },
    { en: 'indent nested fields with exactly two spaces under their parent, and quote text that contains ": " or starts with a symbol', vi: 'thụt lề trường con đúng hai dấu cách dưới trường cha, và đặt trong ngoặc kép đoạn chữ có ": " hoặc bắt đầu bằng ký hiệu' }),
  /** A schema issue, worded by the friendly-error path the site config and progress imports share. */
  schema: error(PASSED_THROUGH, { en: '{fix}', vi: '{fix}' }),
  placeholder: error(
    { en: 'a placeholder is still here: "{excerpt}"', vi: 'vẫn còn chỗ chưa viết: "{excerpt}"' },
    { en: 'replace the text starting with "{placeholder}" with the real content', vi: 'thay đoạn bắt đầu bằng "{placeholder}" bằng nội dung thật' }),

  // HTML in Markdown: lessons are plain Markdown.
  'html-script': error(
    { en: '<{tag}> is not allowed in lessons', vi: 'không được dùng <{tag}> trong bài học' },
    { en: 'remove it; lessons are plain Markdown and must work offline', vi: 'xoá thẻ này; bài học chỉ dùng Markdown và phải chạy được khi không có mạng' }),
  'html-event-handler': error(
    { en: 'inline event handler "{attribute}=" is not allowed', vi: 'không được dùng thuộc tính sự kiện "{attribute}="' },
    { en: 'remove the HTML and write the content in Markdown', vi: 'xoá đoạn HTML và viết nội dung bằng Markdown' }),
  'html-raw': error(
    { en: 'raw HTML is not allowed in lessons', vi: 'không được dùng HTML trong bài học' },
    { en: 'write it in Markdown (headings ##, lists -, **bold**, directives :::tip)', vi: 'viết bằng Markdown (tiêu đề ##, danh sách -, **đậm**, khối :::tip)' }),

  // Links.
  'link-javascript': error(
    { en: 'a "javascript:" link is not allowed', vi: 'không được dùng liên kết "javascript:"' },
    { en: 'link to a page of the site (/lessons/<slug>/) or an https:// address', vi: 'liên kết tới một trang của site (/lessons/<slug>/) hoặc địa chỉ https://' }),
  'link-broken': error(
    { en: 'link "{url}" leads to no page', vi: 'liên kết "{url}" không dẫn tới trang nào' },
    { en: 'link to an existing page, e.g. /lessons/<slug>/ with the slug of a lesson file (and a trailing slash)', vi: 'liên kết tới trang có thật, ví dụ /lessons/<slug>/ với slug là tên tệp bài học (có dấu / ở cuối)' }),

  // Images: local files, described.
  'image-remote': error(
    { en: 'remote image "{url}" — the site must work offline', vi: 'ảnh từ nơi khác "{url}" — trang phải chạy được khi không có mạng' }, IMAGE_FIX),
  'image-missing': error(
    { en: 'image "{url}" does not exist', vi: 'không có ảnh "{url}"' },
    { en: 'add the file public{url}, or fix the path', vi: 'thêm tệp public{url}, hoặc sửa đường dẫn' }),
  'image-path': error(
    { en: 'image path "{url}" must start with /images/', vi: 'đường dẫn ảnh "{url}" phải bắt đầu bằng /images/' }, IMAGE_FIX),
  'image-alt': error(
    { en: 'an image needs a description for people who cannot see it', vi: 'ảnh cần có mô tả cho người không nhìn thấy' },
    { en: 'write it between the brackets: ![a teacher talks with a class](/images/…)', vi: 'viết mô tả trong ngoặc vuông: ![cô giáo nói chuyện với lớp](/images/…)' }),

  // Markdown structure.
  'directive-unknown': error(
    { en: 'unknown block ":::{name}"', vi: 'khối ":::{name}" không tồn tại' },
    { en: 'use one of {blocks}', vi: 'dùng một trong {blocks}' }),
  'section-empty': error(
    { en: 'section "{title}" is empty', vi: 'mục "{title}" trống' },
    { en: 'write its content below the heading, or remove the heading', vi: 'viết nội dung dưới tiêu đề, hoặc xoá tiêu đề' }),
  'content-warning-section': error(
    { en: 'no "## {section}" section in this lesson', vi: 'bài không có mục "## {section}"' },
    { en: 'copy the exact text of one of the ## headings: {headings}', vi: 'chép đúng chữ của một tiêu đề ##: {headings}' }),

  // Phone numbers: only the site's hotlines.
  'phone-retired': error(
    { en: '{number} is a retired number and must not be shown as a hotline', vi: '{number} là số cũ, không còn dùng — không được ghi như đường dây nóng' },
    { en: 'use 111, the national hotline (free, 24/7)', vi: 'dùng 111, tổng đài quốc gia (miễn phí, 24/7)' }),
  'phone-unlisted': error(UNLISTED_PHONE,
    { en: 'use a number from src/site.config.ts (111, 113) or add local numbers to local.json, not to lessons', vi: 'dùng số trong src/site.config.ts (111, 113); số địa phương ghi vào local.json, không ghi vào bài học' }),
  'phone-short-unlisted': error(UNLISTED_PHONE,
    { en: 'use 111 or 113, or add the number to the hotline list in src/site.config.ts', vi: 'dùng 111 hoặc 113, hoặc thêm số vào danh sách đường dây nóng trong src/site.config.ts' }),

  // References between files.
  'module-unknown': error(
    { en: 'module "{module}" does not exist', vi: 'học phần "{module}" không tồn tại' },
    { en: 'create content/modules/{locale}/{module}.md, or use one of: {modules}', vi: 'tạo content/modules/{locale}/{module}.md, hoặc dùng một trong: {modules}' }),
  'quiz-id-taken': error(
    { en: 'quiz id "{slug}" is also used by content/quizzes/{locale}/{slug}.yaml', vi: 'mã bài kiểm tra "{slug}" trùng với content/quizzes/{locale}/{slug}.yaml' },
    { en: 'rename the stand-alone quiz file: lesson quizzes are keyed by the lesson slug', vi: 'đổi tên tệp bài kiểm tra riêng: bài kiểm tra trong bài học dùng slug của bài học làm mã' }),
  'agenda-lesson-unknown': error(
    { en: 'lesson "{lesson}" does not exist', vi: 'bài học "{lesson}" không tồn tại' },
    { en: 'use the slug (file name without .md) of a lesson in content/lessons/', vi: 'dùng slug (tên tệp, bỏ .md) của một bài trong content/lessons/' }),
  'session-quiz-missing': error(
    { en: 'quiz "{slug}" does not exist', vi: 'bài kiểm tra "{slug}" không tồn tại' },
    { en: 'create content/quizzes/{locale}/{slug}.yaml, or fix the slug', vi: 'tạo content/quizzes/{locale}/{slug}.yaml, hoặc sửa slug' }),
  'session-quiz-kind': error(
    { en: 'quiz "{slug}" is a {kind} test, not a {wanted} test', vi: 'bài kiểm tra "{slug}" có kind: {kind}, không phải {wanted}' },
    { en: 'point {field} to a quiz with "kind: {wanted}"', vi: 'trỏ {field} tới bài kiểm tra có "kind: {wanted}"' }),
  'agenda-minutes': warning(
    { en: 'agenda minutes add up to {total}, but duration is {duration}', vi: 'tổng số phút trong chương trình là {total}, nhưng duration là {duration}' },
    { en: 'adjust the minutes or the duration so they match', vi: 'sửa số phút hoặc duration cho khớp' }),
  'pretest-missing': error(
    { en: 'pre-test "{slug}" does not exist', vi: 'bài kiểm tra trước "{slug}" không tồn tại' },
    { en: 'use the slug of a quiz file with "kind: pre"', vi: 'dùng slug của tệp bài kiểm tra có "kind: pre"' }),

  // Translations mirror the default language.
  'translation-orphan': error(
    { en: 'no {defaultLocale} original "{original}" for this translation', vi: 'bản dịch này không có bản gốc "{original}"' },
    { en: 'a translation keeps the slug (file name) of its original — rename the file to match', vi: 'bản dịch giữ nguyên slug (tên tệp) của bản gốc — đổi tên tệp cho khớp' }),
  'translation-module': error(
    { en: 'module "{module}" differs from the original\'s "{original}"', vi: 'học phần "{module}" khác bản gốc "{original}"' },
    { en: 'write module: {original}', vi: 'viết module: {original}' }),
  'translation-quiz': error(
    { en: 'question and option ids differ from the original', vi: 'mã câu hỏi và lựa chọn khác bản gốc' },
    { en: 'use the same ids, types and answers as the original, in the same order: {shape}', vi: 'dùng đúng mã, loại câu và đáp án như bản gốc, theo cùng thứ tự: {shape}' }),
  'translation-missing': warning(
    { en: 'no {locale} translation yet (the {locale} site shows the {defaultLocale} text)', vi: 'chưa có bản {locale} (trang {locale} hiển thị bản {defaultLocale})' },
    { en: 'translate it to content/{collection}/{locale}/{slug}.md with the same slug and quiz ids, or at least add "translations: { {locale}: { title, summary } }" to this file\'s front matter', vi: 'dịch sang content/{collection}/{locale}/{slug}.md, giữ nguyên slug và mã câu hỏi, hoặc ít nhất thêm "translations: { {locale}: { title, summary } }" vào phần đầu tệp này' }),

  // Text pasted from a word processor.
  'indented-code': warning(
    { en: 'this text starts with four spaces or a tab, so it shows as a box of computer code', vi: 'đoạn này bắt đầu bằng bốn dấu cách hoặc một Tab nên hiện thành khung mã máy tính' },
    { en: 'remove the spaces or tab at the start of its lines (text pasted from a word processor often keeps its indent)', vi: 'xoá dấu cách hoặc Tab ở đầu các dòng (chữ dán từ trình soạn thảo văn bản hay giữ lại thụt lề)' }),
  'lettered-answers': warning(
    { en: 'answers lettered {letters} are typed as text: a learner cannot choose one or get feedback', vi: 'các đáp án {letters} được gõ thành chữ: người học không chọn được và không nhận được phản hồi' },
    { en: 'make it a quiz question (type: scenario, with feedback on every choice), or keep the situation in a :::scenario block and ask an open question', vi: 'chuyển thành câu hỏi trong quiz (type: scenario, mỗi lựa chọn có feedback), hoặc để tình huống trong khối :::scenario và hỏi một câu hỏi mở' }),
  'list-run-together': warning(
    { en: 'numbered items run together on one line ("1. … 2. …"), so they show as one block of text', vi: 'các mục đánh số bị viết liền trên một dòng ("1. … 2. …") nên hiện thành một khối chữ' },
    { en: 'start each item on a line of its own: "1. …", then "2. …" on the next line', vi: 'viết mỗi mục trên một dòng riêng: "1. …", rồi "2. …" ở dòng dưới' }),
  'quote-mix': warning(
    { en: 'straight (") and curly (“ ”) quotation marks are mixed in the text: {straight} straight, {curly} curly', vi: 'dấu ngoặc kép thẳng (") và cong (“ ”) bị dùng lẫn trong bài: {straight} thẳng, {curly} cong' },
    { en: 'use one kind in the whole file: most of it uses {kind} ones, so change this one and the others like it', vi: 'dùng một kiểu trong cả tệp: phần lớn tệp dùng ngoặc kép {kind}, nên sửa chỗ này và các chỗ giống nó' }),

  /** A slide too crowded for a projector, worded by the slide measure (shared with the build log). */
  'slide-too-long': warning(PASSED_THROUGH, { en: '{fix}', vi: '{fix}' }),

  // Who reads the lesson.
  'content-warning-missing': warning(
    { en: 'the lesson speaks of "{term}" but has no content warning', vi: 'bài nói tới "{term}" nhưng chưa có cảnh báo nội dung' },
    { en: 'add "contentWarning:" to the front matter, with a gentle "text" and the "section" (the exact ## heading) a learner may skip', vi: 'thêm "contentWarning:" vào phần khai báo, với "text" báo trước nhẹ nhàng và "section" (đúng tiêu đề ##) mà người học có thể bỏ qua' }),
  'trainer-notes-missing': warning(
    { en: 'this lesson of the trainer track has no speaker notes', vi: 'bài thuộc lộ trình giảng viên nhưng chưa có ghi chú cho người trình bày' },
    { en: 'add a :::notes block under each ## section with what to say, ask and watch for (the presenter view and the printed trainer script show them)', vi: 'thêm khối :::notes dưới mỗi mục ## với điều cần nói, câu cần hỏi và điều cần để ý (màn hình người trình bày và bản in kịch bản hiện các ghi chú này)' }),

  // Answer cues that let a learner who never reads pass (content guide: questions that measure).
  'cue-longest': warning(
    { en: 'the right option is the longest in {count} of {oneAnswer} one-answer questions (at most {allowed})', vi: 'lựa chọn đúng là lựa chọn dài nhất ở {count}/{oneAnswer} câu một đáp án (tối đa {allowed})' },
    { en: 'write every option to the same length and register: trim the right one or give a wrong one the detail a real belief has', vi: 'viết các lựa chọn dài ngắn và giọng văn như nhau: rút gọn lựa chọn đúng hoặc viết lựa chọn sai đủ chi tiết như một niềm tin có thật' }),
  'cue-shortest': warning(
    { en: 'the right option is the shortest in {count} of {oneAnswer} one-answer questions (at most {allowed})', vi: 'lựa chọn đúng là lựa chọn ngắn nhất ở {count}/{oneAnswer} câu một đáp án (tối đa {allowed})' },
    { en: 'write every option to the same length and register: some right options may be the longer ones', vi: 'viết các lựa chọn dài ngắn và giọng văn như nhau: để một số lựa chọn đúng là lựa chọn dài hơn' }),
  'cue-balance': warning(
    { en: 'true/false items are {fact} fact and {myth} myth: always answering "{more}" scores well', vi: 'câu đúng/sai có {fact} sự thật và {myth} ngộ nhận: cứ chọn "{more}" là được điểm cao' },
    { en: 'make about half the statements facts and half myths; state a fact plainly, never as a double negative', vi: 'viết khoảng một nửa là sự thật, một nửa là ngộ nhận; nêu sự thật một cách thẳng, không dùng phủ định kép' }),
  'cue-all-but-one': warning(
    { en: 'every option, or every option but one, is right in multiple-answer question "{question}"', vi: 'câu nhiều đáp án "{question}" có tất cả hoặc gần hết lựa chọn đều đúng' },
    { en: 'keep two or three right options among four or five; make the others beliefs people really hold (facts.md §7)', vi: 'giữ hai hoặc ba lựa chọn đúng trong bốn hoặc năm; các lựa chọn còn lại là điều người ta thật sự tin (facts.md §7)' }),
  'cue-position': warning(
    { en: 'the right option is option {letter} in {count} of {oneAnswer} one-answer questions', vi: 'lựa chọn đúng là lựa chọn {letter} ở {count}/{oneAnswer} câu một đáp án' },
    { en: 'move the right options so no place is favoured (a first attempt shows the order you wrote)', vi: 'đổi chỗ các lựa chọn đúng để không vị trí nào được ưu tiên (lần làm đầu tiên giữ thứ tự bạn viết)' }),
  'cue-absolute': warning(
    { en: 'absolute words ("only", "always", "never"…) appear only in wrong options ({questions})', vi: 'từ tuyệt đối ("chỉ", "luôn", "không bao giờ"…) chỉ xuất hiện ở lựa chọn sai ({questions})' },
    { en: 'reword those options without the absolute word, or let a right option carry one', vi: 'viết lại các lựa chọn đó không dùng từ tuyệt đối, hoặc để một lựa chọn đúng cũng có' }),
} satisfies Record<string, RuleText>;

export type RuleId = keyof typeof RULES;

/** The `{reason}` of `yaml-syntax` for the YAML mistakes authors make most, by the parser's message. */
const YAML_REASONS: ReadonlyArray<readonly [RegExp, Bilingual]> = [
  [/^Sequence item without - indicator/, { en: 'this line is indented like a list item but does not start with "- "', vi: 'dòng này thụt lề như một mục danh sách nhưng không bắt đầu bằng "- "' }],
  [/^Nested mappings are not allowed in compact mappings/, { en: 'a value contains ": ", or the next line is indented under it', vi: 'một giá trị có ": ", hoặc dòng sau bị thụt lề vào trong nó' }],
  [/^All mapping items must start at the same column/, { en: 'fields at the same level are not indented the same', vi: 'các trường cùng cấp không thụt lề bằng nhau' }],
  [/^Implicit (?:map )?keys need/, { en: 'a line has no ":" after its field name', vi: 'một dòng thiếu dấu ":" sau tên trường' }],
  [/^Map keys must be unique/, { en: 'a field is written twice', vi: 'một trường được viết hai lần' }],
  [/^Missing closing .?quote/, { en: 'a quotation mark is not closed', vi: 'thiếu dấu ngoặc kép đóng' }],
  [/^Unexpected scalar at node end/, { en: 'there is text after a closing quotation mark', vi: 'có chữ sau dấu ngoặc kép đóng' }],
  [/^Tabs are not allowed as indentation/, { en: 'a tab is used to indent (use spaces)', vi: 'dùng phím Tab để thụt lề (hãy dùng dấu cách)' }],
  [/^Plain value cannot start with reserved character/, { en: 'a value starts with @ or ` without quotation marks', vi: 'một giá trị bắt đầu bằng @ hoặc ` mà không có ngoặc kép' }],
];

/** Why the YAML parser gave up, in the author's words when known, else the parser's own. */
export function yamlReason(parserMessage: string): MessageValue {
  const known = YAML_REASONS.find(([pattern]) => pattern.test(parserMessage));
  if (known) return known[1];
  return /^[A-Z][a-z]/.test(parserMessage) ? parserMessage[0]!.toLowerCase() + parserMessage.slice(1) : parserMessage;
}

/** Fills a template's `{placeholders}`; a missing value is a bug in the rule, so it throws. */
export function fillTemplate(template: string, values: MessageValues, lang: ProblemLang, rule: string): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`content check rule "${rule}" gave no value for {${name}}`);
    return typeof value === 'object' ? value[lang] : String(value);
  });
}

/** A rule's message and fix in both languages, with its values filled in. */
export function ruleText(rule: RuleId, values: MessageValues = {}): RuleText {
  const text: RuleText = RULES[rule];
  const fill = (pair: Bilingual): Bilingual => ({ en: fillTemplate(pair.en, values, 'en', rule), vi: fillTemplate(pair.vi, values, 'vi', rule) });
  return { severity: text.severity, message: fill(text.message), fix: fill(text.fix) };
}
