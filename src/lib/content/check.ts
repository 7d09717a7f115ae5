/**
 * The content check: validates every file in `content/` with the same zod schemas the build
 * uses, then checks what one file cannot (references between files, translations, links,
 * images, safety rules). Pure: files come in as text; problems come out with file, line,
 * field, message and fix in English and Vietnamese.
 */
import matter from 'gray-matter';
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import type { $ZodType } from 'zod/v4/core';
import { ID_PATTERN } from '../../schemas/common.ts';
import { lessonSchema, type LessonData } from '../../schemas/lesson.ts';
import { moduleSchema } from '../../schemas/module.ts';
import { standaloneQuizSchema, type StandaloneQuiz, type LessonQuiz } from '../../schemas/quiz.ts';
import { sessionSchema, type SessionData } from '../../schemas/session.ts';
import { CONTAINER_DIRECTIVES, parseMarkdown } from '../markdown/parse.ts';
import { PLACEHOLDER } from './scaffold.ts';
import { cueFindings, quizCues, totalCues, type CueFinding, type CueTotals } from '../quiz/cues.ts';
import { parseWith } from '../validation/parse.ts';
import { formatPath, type Bilingual, type Problem } from '../validation/problems.ts';

export interface ContentFile {
  /** Path relative to the project root, with forward slashes: `content/lessons/vi/a.md`. */
  path: string;
  text: string;
}

export interface CheckOptions {
  locales: readonly string[];
  defaultLocale: string;
  /** Phone numbers the site lists (hotlines); any other number in lesson text is flagged. */
  hotlineNumbers: readonly string[];
  /** Files under `public/`, relative to it (`images/a.png`), for image checks. */
  publicFiles: ReadonlySet<string>;
}

const COLLECTIONS = {
  lessons: { ext: '.md', schema: lessonSchema },
  modules: { ext: '.md', schema: moduleSchema },
  sessions: { ext: '.md', schema: sessionSchema },
  quizzes: { ext: '.yaml', schema: standaloneQuizSchema },
} as const;
type CollectionName = keyof typeof COLLECTIONS;

/** Numbers that were once hotlines and must never be presented as current. */
const RETIRED_NUMBERS = ['1800 1567', '18001567'];

/** Site routes that exist without content (for the internal-link check). */
const STATIC_ROUTES = ['/', '/tracks/', '/sessions/', '/reports/', '/search/', '/progress/', '/class/', '/help/', '/about/'];

interface ParsedFile {
  file: ContentFile;
  collection: CollectionName;
  locale: string;
  slug: string;
  data: unknown;
  body: string;
  /** Lines before the body starts (to turn body lines into file lines). */
  bodyOffset: number;
  doc?: Document;
  valid: boolean;
}

const problem = (
  file: string,
  field: string,
  message: Bilingual,
  fix: Bilingual,
  position: { line?: number; column?: number } = {},
  severity: Problem['severity'] = 'error',
): Problem => ({ file, field, message, fix, severity, ...position });

/** Maps a YAML path to a 1-based line/column in the file (`lineOffset` = lines before the YAML). */
function locator(doc: Document | undefined, source: string, lineOffset: number) {
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1);
  const toPosition = (offset: number) => {
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= offset) line++;
    return { line: line + 1 + lineOffset, column: offset - lineStarts[line]! + 1 };
  };
  return (path: ReadonlyArray<PropertyKey>) => {
    if (!doc) return undefined;
    // Walk down as far as the path exists; a missing field points at its parent.
    let node: unknown = doc.contents;
    let keyNode: unknown;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
        if (!pair) break;
        keyNode = pair.key;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key];
        if (!item) break;
        keyNode = undefined;
        node = item;
      } else break;
    }
    const target = (keyNode ?? node) as { range?: [number, number, number] } | null;
    if (!target?.range) return undefined;
    return toPosition(target.range[0]);
  };
}

function parseFile(file: ContentFile, options: CheckOptions, problems: Problem[]): ParsedFile | undefined {
  const match = /^content\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(file.path);
  const collection = match?.[1] as CollectionName | undefined;
  if (!match || !collection || !(collection in COLLECTIONS)) {
    if (file.path.endsWith('README.md') || !file.path.startsWith('content/')) return undefined;
    problems.push(
      problem(
        file.path,
        '(file)',
        { en: 'this file is not where the site looks for content', vi: 'tệp này không nằm ở chỗ trang web đọc nội dung' },
        {
          en: 'move it to content/lessons|modules|sessions/<locale>/<slug>.md or content/quizzes/<locale>/<slug>.yaml',
          vi: 'chuyển tệp vào content/lessons|modules|sessions/<ngôn ngữ>/<slug>.md hoặc content/quizzes/<ngôn ngữ>/<slug>.yaml',
        },
      ),
    );
    return undefined;
  }
  const locale = match[2]!;
  const name = match[3]!;
  const { ext, schema } = COLLECTIONS[collection];
  if (!name.endsWith(ext)) {
    problems.push(
      problem(
        file.path,
        '(file)',
        { en: `files in content/${collection}/ must end in ${ext}`, vi: `tệp trong content/${collection}/ phải có đuôi ${ext}` },
        { en: `rename it to ${name.replace(/\.[^.]*$/, '')}${ext}`, vi: `đổi tên thành ${name.replace(/\.[^.]*$/, '')}${ext}` },
      ),
    );
    return undefined;
  }
  const slug = name.slice(0, -ext.length);
  if (!options.locales.includes(locale)) {
    problems.push(
      problem(
        file.path,
        '(file)',
        { en: `"${locale}" is not a language of this site`, vi: `"${locale}" không phải ngôn ngữ của trang` },
        { en: `put the file in one of: ${options.locales.join(', ')}`, vi: `đặt tệp vào một trong các thư mục: ${options.locales.join(', ')}` },
      ),
    );
    return undefined;
  }
  if (!ID_PATTERN.test(slug)) {
    problems.push(
      problem(
        file.path,
        '(file name)',
        { en: `the file name "${slug}" is not an ASCII slug`, vi: `tên tệp "${slug}" không phải slug ASCII` },
        { en: 'use lower-case a–z, 0–9 and hyphens, without accents, e.g. viec-nhe-luong-cao.md', vi: 'dùng chữ thường a–z, số 0–9 và dấu gạch nối, không dấu, ví dụ viec-nhe-luong-cao.md' },
      ),
    );
    return undefined;
  }

  let data: unknown;
  let body = '';
  let yamlSource: string;
  let yamlOffset: number;
  try {
    if (collection === 'quizzes') {
      yamlSource = file.text;
      yamlOffset = 0;
      const doc = parseDocument(file.text);
      if (doc.errors.length > 0) throw doc.errors[0];
      data = doc.toJS();
    } else {
      if (!/^---\r?\n/.test(file.text)) {
        problems.push(
          problem(
            file.path,
            '(frontmatter)',
            { en: 'the file does not start with frontmatter', vi: 'tệp không bắt đầu bằng phần khai báo (frontmatter)' },
            { en: 'start the file with a line "---", the fields, then another "---"', vi: 'bắt đầu tệp bằng dòng "---", các trường, rồi một dòng "---" nữa' },
            { line: 1, column: 1 },
          ),
        );
        return undefined;
      }
      const parsed = matter(file.text, {});
      data = parsed.data;
      body = parsed.content;
      yamlSource = parsed.matter;
      yamlOffset = 0;
    }
  } catch (error) {
    const err = error as { mark?: { line: number; column: number }; reason?: string; linePos?: Array<{ line: number; col: number }>; message?: string; code?: string };
    const line = err.mark ? err.mark.line + 1 : err.linePos?.[0]?.line;
    const column = err.mark ? err.mark.column + 1 : err.linePos?.[0]?.col;
    const reason = err.reason ?? err.message?.split('\n')[0] ?? 'cannot be read';
    problems.push(
      problem(
        file.path,
        '(YAML)',
        { en: `the YAML cannot be read: ${reason}`, vi: `không đọc được YAML: ${reason}` },
        {
          en: 'indent nested fields with exactly two spaces under their parent, and quote text that contains ": " or starts with a symbol',
          vi: 'thụt lề trường con đúng hai dấu cách dưới trường cha, và đặt trong ngoặc kép đoạn chữ có ": " hoặc bắt đầu bằng ký hiệu',
        },
        { line, column },
      ),
    );
    return undefined;
  }

  const doc = parseDocument(yamlSource);
  // gray-matter's frontmatter text starts right after the opening "---", on line 1.
  const locate = locator(doc, yamlSource, collection === 'quizzes' ? 0 : yamlOffset);
  const result = parseWith(schema as unknown as $ZodType, data ?? {}, {
    file: file.path,
    locate,
    where: collection === 'quizzes' ? undefined : { en: ' (in the frontmatter)', vi: ' (trong phần khai báo)' },
  });
  if (!result.ok) problems.push(...result.problems);
  for (const [path, value] of stringsIn(data)) {
    if (value.includes(PLACEHOLDER)) problems.push(placeholderProblem(file.path, formatPath(path), value, locate(path) ?? {}));
  }
  const bodyOffset = file.text.split('\n').length - body.split('\n').length;
  return {
    file,
    collection,
    locale,
    slug,
    data: result.ok ? result.value : data,
    body,
    bodyOffset,
    doc,
    valid: result.ok,
  };
}

/** Every string in parsed data with its path (for placeholder checks). */
function* stringsIn(value: unknown, path: PropertyKey[] = []): Generator<[PropertyKey[], string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* stringsIn(value[i], [...path, i]);
  else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) yield* stringsIn(inner, [...path, key]);
}

function placeholderProblem(file: string, field: string, text: string, position: { line?: number; column?: number }): Problem {
  const excerpt = text.trim().length > 50 ? `${text.trim().slice(0, 50)}…` : text.trim();
  return problem(
    file,
    field,
    { en: `a placeholder is still here: "${excerpt}"`, vi: `vẫn còn chỗ chưa viết: "${excerpt}"` },
    { en: `replace the text starting with "${PLACEHOLDER}" with the real content`, vi: `thay đoạn bắt đầu bằng "${PLACEHOLDER}" bằng nội dung thật` },
    position,
  );
}

/** Phone-like numbers in text: long numbers and 1800/1900 lines. */
const PHONE_PATTERN = /(?<![\d.,])(?:(?:\+84|0)\d{2,3}[ .-]?\d{3}[ .-]?\d{3,4}|1[89]00[ .-]?\d{3,4}(?:[ .-]?\d{2,3})?)(?![\d])/g;
/** Short numbers right after a verb or noun of calling (`gọi 114`, `call 115`, `số 112`). */
const SHORT_CALL_PATTERN = /(?:gọi|số|tổng đài|đường dây|call|dial|line)\s+(1\d\d)(?![\d.,])/giu;

function digits(value: string): string {
  return value.replace(/\D/g, '');
}

function checkBody(parsed: ParsedFile, options: CheckOptions, known: KnownContent, problems: Problem[]): void {
  const { file, bodyOffset } = parsed;
  let root: Root;
  try {
    root = parseMarkdown(parsed.body);
  } catch {
    return;
  }
  const at = (node: { position?: { start: { line: number; column: number } } }) =>
    node.position ? { line: node.position.start.line + bodyOffset, column: node.position.start.column } : {};
  const hotlineDigits = new Set(options.hotlineNumbers.map(digits));

  visit(root, (node) => {
    if (node.type === 'html') {
      const html = node.value;
      const script = /<\s*(script|iframe|object|embed)\b/i.exec(html);
      const handler = /\son[a-z]+\s*=/i.exec(html);
      if (script) {
        problems.push(
          problem(
            file.path,
            '(body)',
            { en: `<${script[1]!.toLowerCase()}> is not allowed in lessons`, vi: `không được dùng <${script[1]!.toLowerCase()}> trong bài học` },
            { en: 'remove it; lessons are plain Markdown and must work offline', vi: 'xoá thẻ này; bài học chỉ dùng Markdown và phải chạy được khi không có mạng' },
            at(node),
          ),
        );
      } else if (handler) {
        problems.push(
          problem(
            file.path,
            '(body)',
            { en: `inline event handler "${handler[0].trim().replace(/\s*=$/, '')}=" is not allowed`, vi: `không được dùng thuộc tính sự kiện "${handler[0].trim().replace(/\s*=$/, '')}="` },
            { en: 'remove the HTML and write the content in Markdown', vi: 'xoá đoạn HTML và viết nội dung bằng Markdown' },
            at(node),
          ),
        );
      } else if (!/^<!--[\s\S]*-->$/.test(html.trim()) && !/^<\/[a-z][a-z0-9]*\s*>$/i.test(html.trim())) {
        problems.push(
          problem(
            file.path,
            '(body)',
            { en: 'raw HTML is not allowed in lessons', vi: 'không được dùng HTML trong bài học' },
            { en: 'write it in Markdown (headings ##, lists -, **bold**, directives :::tip)', vi: 'viết bằng Markdown (tiêu đề ##, danh sách -, **đậm**, khối :::tip)' },
            at(node),
          ),
        );
      }
    }
    if (node.type === 'link' || node.type === 'definition') {
      const url = node.url.trim();
      if (/^javascript:/i.test(url)) {
        problems.push(
          problem(
            file.path,
            '(body)',
            { en: 'a "javascript:" link is not allowed', vi: 'không được dùng liên kết "javascript:"' },
            { en: 'link to a page of the site (/lessons/<slug>/) or an https:// address', vi: 'liên kết tới một trang của site (/lessons/<slug>/) hoặc địa chỉ https://' },
            at(node),
          ),
        );
      } else if (url.startsWith('/')) {
        checkInternalLink(url, parsed, known, problems, at(node));
      }
    }
    if (node.type === 'image') {
      const url = node.url.trim();
      if (/^(?:https?:)?\/\//i.test(url) || /^data:/i.test(url)) {
        problems.push(
          problem(
            file.path,
            '(body)',
            { en: `remote image "${url}" — the site must work offline`, vi: `ảnh từ nơi khác "${url}" — trang phải chạy được khi không có mạng` },
            { en: 'save the image in public/images/ and write ![description](/images/name.png)', vi: 'lưu ảnh vào public/images/ rồi viết ![mô tả](/images/ten-anh.png)' },
            at(node),
          ),
        );
      } else if (url.startsWith('/') && !options.publicFiles.has(url.replace(/^\/+/, '').split(/[?#]/)[0]!)) {
        problems.push(
          problem(
            file.path,
            '(body)',
            { en: `image "${url}" does not exist`, vi: `không có ảnh "${url}"` },
            { en: `add the file public${url}, or fix the path`, vi: `thêm tệp public${url}, hoặc sửa đường dẫn` },
            at(node),
          ),
        );
      } else if (!url.startsWith('/')) {
        problems.push(
          problem(
            file.path,
            '(body)',
            { en: `image path "${url}" must start with /images/`, vi: `đường dẫn ảnh "${url}" phải bắt đầu bằng /images/` },
            { en: 'save the image in public/images/ and write ![description](/images/name.png)', vi: 'lưu ảnh vào public/images/ rồi viết ![mô tả](/images/ten-anh.png)' },
            at(node),
          ),
        );
      }
      if (!node.alt?.trim()) {
        problems.push(
          problem(
            file.path,
            '(body)',
            { en: 'an image needs a description for people who cannot see it', vi: 'ảnh cần có mô tả cho người không nhìn thấy' },
            { en: 'write it between the brackets: ![a teacher talks with a class](/images/…)', vi: 'viết mô tả trong ngoặc vuông: ![cô giáo nói chuyện với lớp](/images/…)' },
            at(node),
          ),
        );
      }
    }
    if (node.type === 'containerDirective' && !(CONTAINER_DIRECTIVES as readonly string[]).includes(node.name)) {
      problems.push(
        problem(
          file.path,
          '(body)',
          { en: `unknown block ":::${node.name}"`, vi: `khối ":::${node.name}" không tồn tại` },
          { en: `use one of ${CONTAINER_DIRECTIVES.map((n) => `:::${n}`).join(', ')}`, vi: `dùng một trong ${CONTAINER_DIRECTIVES.map((n) => `:::${n}`).join(', ')}` },
          at(node),
        ),
      );
    }
    if ((node.type === 'text' || node.type === 'inlineCode') && node.value.includes(PLACEHOLDER)) {
      problems.push(placeholderProblem(file.path, '(body)', node.value, at(node)));
    }
    if (node.type === 'text') {
      const text = node.value;
      for (const retired of RETIRED_NUMBERS) {
        if (text.includes(retired)) {
          problems.push(
            problem(
              file.path,
              '(body)',
              { en: `${retired} is a retired number and must not be shown as a hotline`, vi: `${retired} là số cũ, không còn dùng — không được ghi như đường dây nóng` },
              { en: 'use 111, the national hotline (free, 24/7)', vi: 'dùng 111, tổng đài quốc gia (miễn phí, 24/7)' },
              at(node),
            ),
          );
        }
      }
      for (const match of text.matchAll(PHONE_PATTERN)) {
        const number = match[0];
        if (RETIRED_NUMBERS.some((r) => digits(r) === digits(number))) continue;
        if (hotlineDigits.has(digits(number))) continue;
        problems.push(
          problem(
            file.path,
            '(body)',
            { en: `phone number ${number} is not in the site's hotline list`, vi: `số điện thoại ${number} không có trong danh sách đường dây nóng của trang` },
            { en: 'use a number from src/site.config.ts (111, 113) or add local numbers to local.json, not to lessons', vi: 'dùng số trong src/site.config.ts (111, 113); số địa phương ghi vào local.json, không ghi vào bài học' },
            at(node),
          ),
        );
      }
      for (const match of text.matchAll(SHORT_CALL_PATTERN)) {
        const number = match[1]!;
        if (hotlineDigits.has(number)) continue;
        problems.push(
          problem(
            file.path,
            '(body)',
            { en: `phone number ${number} is not in the site's hotline list`, vi: `số điện thoại ${number} không có trong danh sách đường dây nóng của trang` },
            { en: 'use 111 or 113, or add the number to the hotline list in src/site.config.ts', vi: 'dùng 111 hoặc 113, hoặc thêm số vào danh sách đường dây nóng trong src/site.config.ts' },
            at(node),
          ),
        );
      }
    }
  });

  // Empty sections: a `##` heading with nothing (but notes) before the next one.
  const children = root.children;
  children.forEach((node, index) => {
    if (node.type !== 'heading' || node.depth !== 2) return;
    let hasContent = false;
    for (let i = index + 1; i < children.length; i++) {
      const next = children[i]!;
      if (next.type === 'heading' && next.depth <= 2) break;
      if (next.type === 'containerDirective' && next.name === 'notes') continue;
      if (next.type === 'thematicBreak') continue;
      hasContent = true;
      break;
    }
    if (!hasContent) {
      problems.push(
        problem(
          file.path,
          '(body)',
          { en: `section "${toString(node)}" is empty`, vi: `mục "${toString(node)}" trống` },
          { en: 'write its content below the heading, or remove the heading', vi: 'viết nội dung dưới tiêu đề, hoặc xoá tiêu đề' },
          at(node),
        ),
      );
    }
  });

  if (parsed.collection === 'lessons' && parsed.valid) {
    const data = parsed.data as LessonData;
    const section = data.contentWarning?.section;
    if (section) {
      const headings = children
        .filter((node): node is Extract<RootContent, { type: 'heading' }> => node.type === 'heading' && node.depth === 2)
        .map((node) => toString(node).trim());
      if (!headings.some((h) => h.normalize('NFC').toLowerCase() === section.normalize('NFC').trim().toLowerCase())) {
        problems.push(
          problem(
            file.path,
            'contentWarning.section',
            { en: `no "## ${section}" section in this lesson`, vi: `bài không có mục "## ${section}"` },
            { en: `copy the exact text of one of the ## headings: ${headings.map((h) => `"${h}"`).join(', ')}`, vi: `chép đúng chữ của một tiêu đề ##: ${headings.map((h) => `"${h}"`).join(', ')}` },
          ),
        );
      }
    }
  }
}

interface KnownContent {
  /** slug → locales that have it, per collection. */
  lessons: Map<string, Set<string>>;
  modules: Map<string, Set<string>>;
  sessions: Map<string, Set<string>>;
  quizzes: Map<string, Set<string>>;
}

function checkInternalLink(url: string, parsed: ParsedFile, known: KnownContent, problems: Problem[], at: { line?: number; column?: number }): void {
  const path = url.split(/[?#]/)[0]!;
  const match = /^\/(?:(en)\/)?(lessons|sessions|quizzes|tracks)\/([^/]+)\/((?:slides\/(?:presenter\/)?|print\/(?:large\/|script\/|attendance\/(?:neutral\/)?)?|report\/)?)$/.exec(path);
  const bare = path.replace(/^\/en\//, '/');
  if (STATIC_ROUTES.includes(bare) || STATIC_ROUTES.includes(path)) return;
  if (match) {
    const [, , kind, slug] = match;
    const pool =
      kind === 'lessons' ? known.lessons : kind === 'sessions' ? known.sessions : kind === 'quizzes' ? known.quizzes : undefined;
    if (kind === 'tracks' ? ['student', 'teacher', 'trainer', 'community'].includes(slug!) : pool?.has(slug!)) return;
  }
  problems.push(
    problem(
      parsed.file.path,
      '(body)',
      { en: `link "${url}" leads to no page`, vi: `liên kết "${url}" không dẫn tới trang nào` },
      {
        en: 'link to an existing page, e.g. /lessons/<slug>/ with the slug of a lesson file (and a trailing slash)',
        vi: 'liên kết tới trang có thật, ví dụ /lessons/<slug>/ với slug là tên tệp bài học (có dấu / ở cuối)',
      },
      at,
    ),
  );
}

function quizShape(quiz: LessonQuiz | StandaloneQuiz | undefined): string[] {
  if (!quiz) return [];
  return quiz.questions.map((q) => `${q.id}:${q.type}:${(q.options ?? []).map((o) => o.id).join(',')}${q.answer ? `=${q.answer}` : ''}`);
}

/** Checks every content file; returns problems sorted by file, then line. */
export function checkContent(files: readonly ContentFile[], options: CheckOptions): Problem[] {
  const problems: Problem[] = [];
  const parsed: ParsedFile[] = [];
  for (const file of files) {
    const result = parseFile(file, options, problems);
    if (result) parsed.push(result);
  }
  const known: KnownContent = { lessons: new Map(), modules: new Map(), sessions: new Map(), quizzes: new Map() };
  for (const p of parsed) {
    const map = known[p.collection];
    if (!map.has(p.slug)) map.set(p.slug, new Set());
    map.get(p.slug)!.add(p.locale);
  }
  const find = (collection: CollectionName, locale: string, slug: string) =>
    parsed.find((p) => p.collection === collection && p.locale === locale && p.slug === slug);

  for (const p of parsed) {
    if (p.collection !== 'quizzes') checkBody(p, options, known, problems);
    if (!p.valid) continue;
    const position = (path: PropertyKey[]) => {
      const loc = p.doc ? locatorFor(p)(path) : undefined;
      return loc ?? {};
    };

    // Translations mirror the default language.
    if (p.locale !== options.defaultLocale) {
      const original = find(p.collection, options.defaultLocale, p.slug);
      if (!original) {
        problems.push(
          problem(
            p.file.path,
            '(file name)',
            { en: `no ${options.defaultLocale} original "content/${p.collection}/${options.defaultLocale}/${p.slug}${COLLECTIONS[p.collection].ext}" for this translation`, vi: `bản dịch này không có bản gốc "content/${p.collection}/${options.defaultLocale}/${p.slug}${COLLECTIONS[p.collection].ext}"` },
            { en: 'a translation keeps the slug (file name) of its original — rename the file to match', vi: 'bản dịch giữ nguyên slug (tên tệp) của bản gốc — đổi tên tệp cho khớp' },
          ),
        );
      } else if (original.valid) {
        if (p.collection === 'lessons') {
          const mine = p.data as LessonData;
          const theirs = original.data as LessonData;
          if (mine.module !== theirs.module) {
            problems.push(
              problem(
                p.file.path,
                'module',
                { en: `module "${mine.module}" differs from the original's "${theirs.module}"`, vi: `học phần "${mine.module}" khác bản gốc "${theirs.module}"` },
                { en: `write module: ${theirs.module}`, vi: `viết module: ${theirs.module}` },
                position(['module']),
              ),
            );
          }
        }
        if (p.collection === 'lessons' || p.collection === 'quizzes') {
          const mine = quizShape((p.data as LessonData | StandaloneQuiz) && ('quiz' in (p.data as object) ? (p.data as LessonData).quiz : (p.data as StandaloneQuiz)));
          const theirs = quizShape('quiz' in (original.data as object) ? (original.data as LessonData).quiz : (original.data as StandaloneQuiz));
          if (p.collection === 'quizzes' || mine.length > 0 || theirs.length > 0) {
            if (mine.join('|') !== theirs.join('|')) {
              problems.push(
                problem(
                  p.file.path,
                  p.collection === 'lessons' ? 'quiz' : 'questions',
                  { en: 'question and option ids differ from the original', vi: 'mã câu hỏi và lựa chọn khác bản gốc' },
                  { en: `use the same ids, types and answers as the original, in the same order: ${theirs.join('; ') || '(no quiz)'}`, vi: `dùng đúng mã, loại câu và đáp án như bản gốc, theo cùng thứ tự: ${theirs.join('; ') || '(không có câu hỏi)'}` },
                  position([p.collection === 'lessons' ? 'quiz' : 'questions']),
                ),
              );
            }
          }
        }
      }
    }

    if (p.collection === 'lessons') {
      const data = p.data as LessonData;
      if (!known.modules.get(data.module)?.has(options.defaultLocale)) {
        problems.push(
          problem(
            p.file.path,
            'module',
            { en: `module "${data.module}" does not exist`, vi: `học phần "${data.module}" không tồn tại` },
            {
              en: `create content/modules/${options.defaultLocale}/${data.module}.md, or use one of: ${[...known.modules.keys()].sort().join(', ') || '(none yet)'}`,
              vi: `tạo content/modules/${options.defaultLocale}/${data.module}.md, hoặc dùng một trong: ${[...known.modules.keys()].sort().join(', ') || '(chưa có)'}`,
            },
            position(['module']),
          ),
        );
      }
      if (p.locale === options.defaultLocale && known.quizzes.has(p.slug) && data.quiz) {
        problems.push(
          problem(
            p.file.path,
            'quiz',
            { en: `quiz id "${p.slug}" is also used by content/quizzes/${p.locale}/${p.slug}.yaml`, vi: `mã bài kiểm tra "${p.slug}" trùng với content/quizzes/${p.locale}/${p.slug}.yaml` },
            { en: 'rename the stand-alone quiz file: lesson quizzes are keyed by the lesson slug', vi: 'đổi tên tệp bài kiểm tra riêng: bài kiểm tra trong bài học dùng slug của bài học làm mã' },
            position(['quiz']),
          ),
        );
      }
    }

    const quiz = quizOf(p);
    if (quiz) {
      const base = p.collection === 'lessons' ? ['quiz'] : [];
      for (const finding of cueFindings(quizCues(quiz.questions, p.locale))) {
        const index = finding.kind === 'all-but-one' ? quiz.questions.findIndex((q) => q.id === finding.questionId) : -1;
        problems.push(cueProblem(p.file.path, finding, position(index >= 0 ? [...base, 'questions', index] : [...base, 'questions'])));
      }
    }

    if (p.collection === 'sessions') {
      const data = p.data as SessionData;
      data.agenda.forEach((item, index) => {
        if (item.lesson && !known.lessons.has(item.lesson)) {
          problems.push(
            problem(
              p.file.path,
              `agenda[${index}].lesson`,
              { en: `lesson "${item.lesson}" does not exist`, vi: `bài học "${item.lesson}" không tồn tại` },
              { en: 'use the slug (file name without .md) of a lesson in content/lessons/', vi: 'dùng slug (tên tệp, bỏ .md) của một bài trong content/lessons/' },
              position(['agenda', index, 'lesson']),
            ),
          );
        }
      });
      for (const field of ['preTest', 'postTest'] as const) {
        const slug = data[field];
        if (!slug) continue;
        const quiz = find('quizzes', p.locale, slug) ?? find('quizzes', options.defaultLocale, slug);
        if (!quiz) {
          problems.push(
            problem(
              p.file.path,
              field,
              { en: `quiz "${slug}" does not exist`, vi: `bài kiểm tra "${slug}" không tồn tại` },
              { en: `create content/quizzes/${options.defaultLocale}/${slug}.yaml, or fix the slug`, vi: `tạo content/quizzes/${options.defaultLocale}/${slug}.yaml, hoặc sửa slug` },
              position([field]),
            ),
          );
        } else if (quiz.valid) {
          const kind = (quiz.data as StandaloneQuiz).kind;
          const wanted = field === 'preTest' ? 'pre' : 'post';
          if (kind !== wanted) {
            problems.push(
              problem(
                p.file.path,
                field,
                { en: `quiz "${slug}" is a ${kind} test, not a ${wanted} test`, vi: `bài kiểm tra "${slug}" có kind: ${kind}, không phải ${wanted}` },
                { en: `point ${field} to a quiz with "kind: ${wanted}"`, vi: `trỏ ${field} tới bài kiểm tra có "kind: ${wanted}"` },
                position([field]),
              ),
            );
          }
        }
      }
      const total = data.agenda.reduce((sum, item) => sum + item.minutes, 0);
      if (total !== data.duration) {
        problems.push(
          problem(
            p.file.path,
            'agenda',
            { en: `agenda minutes add up to ${total}, but duration is ${data.duration}`, vi: `tổng số phút trong chương trình là ${total}, nhưng duration là ${data.duration}` },
            { en: 'adjust the minutes or the duration so they match', vi: 'sửa số phút hoặc duration cho khớp' },
            position(['agenda']),
            'warning',
          ),
        );
      }
    }

    if (p.collection === 'quizzes') {
      const data = p.data as StandaloneQuiz;
      if (data.preTest) {
        const pre = find('quizzes', p.locale, data.preTest) ?? find('quizzes', options.defaultLocale, data.preTest);
        if (!pre) {
          problems.push(
            problem(
              p.file.path,
              'preTest',
              { en: `pre-test "${data.preTest}" does not exist`, vi: `bài kiểm tra trước "${data.preTest}" không tồn tại` },
              { en: 'use the slug of a quiz file with "kind: pre"', vi: 'dùng slug của tệp bài kiểm tra có "kind: pre"' },
              position(['preTest']),
            ),
          );
        }
      }
    }
  }

  // Untranslated content, as warnings (the site falls back to the default language).
  for (const collection of ['lessons', 'modules', 'sessions'] as const) {
    for (const [slug, locales] of known[collection]) {
      if (!locales.has(options.defaultLocale)) continue;
      const original = find(collection, options.defaultLocale, slug);
      const titled = (original?.valid ? (original.data as { translations?: Record<string, unknown> }).translations : undefined) ?? {};
      for (const locale of options.locales) {
        if (locales.has(locale)) continue;
        if (locale in titled) continue;
        problems.push(
          problem(
            `content/${collection}/${options.defaultLocale}/${slug}.md`,
            '(translation)',
            { en: `no ${locale} translation yet (the ${locale} site shows the ${options.defaultLocale} text)`, vi: `chưa có bản ${locale} (trang ${locale} hiển thị bản ${options.defaultLocale})` },
            {
              en: `translate it to content/${collection}/${locale}/${slug}.md with the same slug and quiz ids, or at least add "translations: { ${locale}: { title, summary } }" to this file's front matter`,
              vi: `dịch sang content/${collection}/${locale}/${slug}.md, giữ nguyên slug và mã câu hỏi, hoặc ít nhất thêm "translations: { ${locale}: { title, summary } }" vào phần đầu tệp này`,
            },
            {},
            'warning',
          ),
        );
      }
    }
  }

  return problems.sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
}

/**
 * Answer cues over the whole curriculum, per locale: how often the right option is the longest,
 * the fact/myth balance, "all but one" multiple-answer questions, and the quizzes a learner who
 * never reads could pass. Files that do not parse are left out (the check reports them).
 */
export function quizCueReport(files: readonly ContentFile[], options: CheckOptions): Map<string, CueTotals> {
  const parsed = files.map((file) => parseFile(file, options, [])).filter((p): p is ParsedFile => Boolean(p));
  const report = new Map<string, CueTotals>();
  for (const locale of options.locales) {
    const quizzes = parsed
      .filter((p) => p.locale === locale)
      .map((p) => ({ p, quiz: quizOf(p) }))
      .filter((entry): entry is { p: ParsedFile; quiz: LessonQuiz | StandaloneQuiz } => Boolean(entry.quiz))
      .map(({ p, quiz }) => ({ id: p.file.path, locale, questions: quiz.questions, passMark: quiz.passMark }));
    if (quizzes.length > 0) report.set(locale, totalCues(quizzes));
  }
  return report;
}

/** The quiz a parsed file carries: a lesson's `quiz`, or a stand-alone quiz file. */
function quizOf(p: ParsedFile): LessonQuiz | StandaloneQuiz | undefined {
  if (!p.valid) return undefined;
  if (p.collection === 'lessons') return (p.data as LessonData).quiz;
  if (p.collection === 'quizzes') return p.data as StandaloneQuiz;
  return undefined;
}

const OPTION_LETTERS = 'abcdefghij';

/** A cue that lets a non-reader pass, as a warning with the fix (content guide: questions that measure). */
function cueProblem(file: string, finding: CueFinding, at: { line?: number; column?: number }): Problem {
  const field = 'questions';
  switch (finding.kind) {
    case 'longest':
      return problem(
        file,
        field,
        { en: `the right option is the longest in ${finding.longestRight} of ${finding.oneAnswer} one-answer questions (at most ${finding.allowed})`, vi: `lựa chọn đúng là lựa chọn dài nhất ở ${finding.longestRight}/${finding.oneAnswer} câu một đáp án (tối đa ${finding.allowed})` },
        { en: 'write every option to the same length and register: trim the right one or give a wrong one the detail a real belief has', vi: 'viết các lựa chọn dài ngắn và giọng văn như nhau: rút gọn lựa chọn đúng hoặc viết lựa chọn sai đủ chi tiết như một niềm tin có thật' },
        at,
        'warning',
      );
    case 'shortest':
      return problem(
        file,
        field,
        { en: `the right option is the shortest in ${finding.shortestRight} of ${finding.oneAnswer} one-answer questions (at most ${finding.allowed})`, vi: `lựa chọn đúng là lựa chọn ngắn nhất ở ${finding.shortestRight}/${finding.oneAnswer} câu một đáp án (tối đa ${finding.allowed})` },
        { en: 'write every option to the same length and register: some right options may be the longer ones', vi: 'viết các lựa chọn dài ngắn và giọng văn như nhau: để một số lựa chọn đúng là lựa chọn dài hơn' },
        at,
        'warning',
      );
    case 'balance': {
      const more = finding.myth > finding.fact ? { en: 'myth', vi: 'ngộ nhận' } : { en: 'fact', vi: 'sự thật' };
      return problem(
        file,
        field,
        { en: `true/false items are ${finding.fact} fact and ${finding.myth} myth: always answering "${more.en}" scores well`, vi: `câu đúng/sai có ${finding.fact} sự thật và ${finding.myth} ngộ nhận: cứ chọn "${more.vi}" là được điểm cao` },
        { en: 'make about half the statements facts and half myths; state a fact plainly, never as a double negative', vi: 'viết khoảng một nửa là sự thật, một nửa là ngộ nhận; nêu sự thật một cách thẳng, không dùng phủ định kép' },
        at,
        'warning',
      );
    }
    case 'all-but-one':
      return problem(
        file,
        `${field} "${finding.questionId}"`,
        { en: `every option, or every option but one, is right in multiple-answer question "${finding.questionId}"`, vi: `câu nhiều đáp án "${finding.questionId}" có tất cả hoặc gần hết lựa chọn đều đúng` },
        { en: 'keep two or three right options among four or five; make the others beliefs people really hold (facts.md §7)', vi: 'giữ hai hoặc ba lựa chọn đúng trong bốn hoặc năm; các lựa chọn còn lại là điều người ta thật sự tin (facts.md §7)' },
        at,
        'warning',
      );
    case 'position': {
      const letter = OPTION_LETTERS[finding.position] ?? String(finding.position + 1);
      return problem(
        file,
        field,
        { en: `the right option is option ${letter} in ${finding.count} of ${finding.oneAnswer} one-answer questions`, vi: `lựa chọn đúng là lựa chọn ${letter} ở ${finding.count}/${finding.oneAnswer} câu một đáp án` },
        { en: 'move the right options so no place is favoured (a first attempt shows the order you wrote)', vi: 'đổi chỗ các lựa chọn đúng để không vị trí nào được ưu tiên (lần làm đầu tiên giữ thứ tự bạn viết)' },
        at,
        'warning',
      );
    }
    case 'absolute':
      return problem(
        file,
        field,
        { en: `absolute words ("only", "always", "never"…) appear only in wrong options (${finding.questionIds.join(', ')})`, vi: `từ tuyệt đối ("chỉ", "luôn", "không bao giờ"…) chỉ xuất hiện ở lựa chọn sai (${finding.questionIds.join(', ')})` },
        { en: 'reword those options without the absolute word, or let a right option carry one', vi: 'viết lại các lựa chọn đó không dùng từ tuyệt đối, hoặc để một lựa chọn đúng cũng có' },
        at,
        'warning',
      );
  }
}

function locatorFor(p: ParsedFile) {
  if (p.collection === 'quizzes') return locator(p.doc, p.file.text, 0);
  const parsed = matter(p.file.text, {});
  return locator(p.doc, parsed.matter, 0);
}
