import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, type ContentFile } from '../../src/lib/content/check/index.ts';
import { lessonSlug, PLACEHOLDER, renderLessonTemplate } from '../../src/lib/content/scaffold.ts';
import { formatProblem } from '../../src/lib/validation/problems.ts';

const options = { locales: ['vi', 'en'], defaultLocale: 'vi', hotlineNumbers: ['111', '113'], publicFiles: new Set<string>() };
const moduleFile: ContentFile = {
  path: 'content/modules/vi/giu-an-toan-tim-tro-giup.md',
  text: readFileSync(new URL('../fixtures/content-base/module.md', import.meta.url), 'utf8').replace('nhan-ra', 'giu-an-toan'),
};
const errors = (files: ContentFile[]) =>
  checkContent(files, options).filter((p) => p.severity === 'error').map((p) => formatProblem(p));

/** What an author does: replace each placeholder with real words. */
const fillIn = (text: string) => text.replaceAll(new RegExp(`${PLACEHOLDER}[^"\\n]*`, 'g'), 'Nội dung đã viết xong.');

describe('lesson scaffold', () => {
  it('derives the ASCII slug from the Vietnamese title', () => {
    expect(lessonSlug('Đi làm xa an toàn')).toBe('di-lam-xa-an-toan');
    expect(lessonSlug('“Việc nhẹ, lương cao” trên mạng')).toBe('viec-nhe-luong-cao-tren-mang');
  });

  const template = renderLessonTemplate({ title: 'Đi làm xa an toàn', module: 'giu-an-toan-tim-tro-giup', order: 4, today: '2026-11-27' });
  const path = 'content/lessons/vi/di-lam-xa-an-toan.md';

  it('is refused by the content check while placeholders remain', () => {
    const found = errors([moduleFile, { path, text: template }]);
    expect(found.length).toBeGreaterThan(10);
    expect(found).toContain(
      'content/lessons/vi/di-lam-xa-an-toan.md:3:1  summary  a placeholder is still here: "TODO: một câu: sau bài này người học làm được gì." — replace the text starting with "TODO:" with the real content',
    );
  });

  it('passes the content check once its placeholders are filled', () => {
    expect(errors([moduleFile, { path, text: fillIn(template) }])).toEqual([]);
  });
});

describe('npm run new:lesson', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const run = (args: string[]) =>
    execFileSync(process.execPath, ['src/cli/new-lesson.ts', '--no-input', ...args], {
      env: { ...process.env, VUNG_BUOC_CONTENT: dir },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });

  it('writes a lesson in the chosen module and refuses to overwrite it', () => {
    dir = mkdtempSync(join(tmpdir(), 'vb-scaffold-'));
    cpSync('content', dir, { recursive: true });
    // The new lesson goes after the module's last one, whatever the curriculum holds today.
    const orders = readdirSync(join(dir, 'lessons/vi'))
      .map((name) => readFileSync(join(dir, 'lessons/vi', name), 'utf8'))
      .filter((text) => /^module: giu-an-toan-tim-tro-giup$/m.test(text))
      .map((text) => Number(/^order: (\d+)$/m.exec(text)![1]));
    const out = run(['--track', 'student', '--module', 'giu-an-toan-tim-tro-giup', '--title', 'Khi bạn đi làm thêm mùa hè']);
    expect(out).toContain(`Wrote content/lessons/vi/khi-ban-di-lam-them-mua-he.md (module giu-an-toan-tim-tro-giup, order ${Math.max(...orders) + 1}).`);
    const written = readFileSync(join(dir, 'lessons/vi/khi-ban-di-lam-them-mua-he.md'), 'utf8');
    expect(written).toContain('title: "Khi bạn đi làm thêm mùa hè"');
    expect(() => run(['--track', 'student', '--module', 'giu-an-toan-tim-tro-giup', '--title', 'Khi bạn đi làm thêm mùa hè'])).toThrow(
      /already exists — not overwritten/,
    );
    expect(readFileSync(join(dir, 'lessons/vi/khi-ban-di-lam-them-mua-he.md'), 'utf8')).toBe(written);
  });

  it('refuses a module from another track', () => {
    dir = mkdtempSync(join(tmpdir(), 'vb-scaffold-'));
    cpSync('content', dir, { recursive: true });
    expect(() => run(['--track', 'teacher', '--module', 'giu-an-toan-tim-tro-giup', '--title', 'Bài mới'])).toThrow(
      /Module "giu-an-toan-tim-tro-giup" is not in the teacher track/,
    );
  });
});
