/**
 * `npm run new:lesson` — writes a new lesson from the template, asking for what is missing:
 *
 *   npm run new:lesson -- --track student --module nhan-ra-loi-du-do --title "Đi làm xa an toàn"
 *   npm run new:lesson -- --locale en --slug di-lam-xa-an-toan   (starts an English translation)
 *
 * The slug is derived from the Vietnamese title (đ→d, tones removed). It never overwrites a file.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import matter from 'gray-matter';
import { lessonSlug, PLACEHOLDER, renderLessonTemplate } from '../lib/content/scaffold.ts';
import { TRACKS } from '../schemas/common.ts';
import { contentDir, readContentFiles } from './content-files.ts';

function flag(args: string[], name: string): string | undefined {
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  return args[i]!.includes('=') ? args[i]!.split('=').slice(1).join('=') : args[i + 1];
}

const args = process.argv.slice(2);
const root = process.cwd();
const dir = contentDir(root);
const interactive = process.stdin.isTTY && !args.includes('--no-input');
const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;

async function ask(question: string, given: string | undefined, choices?: readonly string[]): Promise<string> {
  if (given) return given;
  if (!rl) throw new Error(`missing --${question} (run in a terminal to be asked, or pass the flag)`);
  const hint = choices?.length ? ` (${choices.join(', ')})` : '';
  for (;;) {
    const answer = (await rl.question(`${question}${hint}: `)).trim();
    if (answer && (!choices || choices.includes(answer))) return answer;
  }
}

function fail(message: string): never {
  console.error(message);
  rl?.close();
  process.exit(1);
}

const files = readContentFiles(root);
const modules = files
  .filter((f) => f.path.startsWith('content/modules/vi/'))
  .map((f) => ({ slug: f.path.split('/').pop()!.replace(/\.md$/, ''), data: matter(f.text).data as { track?: string } }));

try {
  const locale = await ask('locale', flag(args, 'locale') ?? (rl ? undefined : 'vi'), ['vi', 'en']);
  if (locale === 'en') {
    const slug = await ask('slug', flag(args, 'slug'));
    const original = join(dir, 'lessons', 'vi', `${slug}.md`);
    const target = join(dir, 'lessons', 'en', `${slug}.md`);
    if (!existsSync(original)) fail(`There is no Vietnamese lesson content/lessons/vi/${slug}.md to translate.`);
    if (existsSync(target)) fail(`content/lessons/en/${slug}.md already exists — not overwritten.`);
    mkdirSync(dirname(target), { recursive: true });
    const text = readFileSync(original, 'utf8').replace(/\n---\n/, `\n---\n\n${PLACEHOLDER} translate every text into English; keep ids, slugs and structure, then delete this line.\n`);
    writeFileSync(target, text, { flag: 'wx' });
    console.log(`Wrote content/lessons/en/${slug}.md — translate it, then run: npm run content:check`);
  } else {
    const track = await ask('track', flag(args, 'track'), TRACKS);
    const trackModules = modules.filter((m) => m.data.track === track).map((m) => m.slug).sort();
    const module = await ask('module', flag(args, 'module'), trackModules);
    if (!trackModules.includes(module)) fail(`Module "${module}" is not in the ${track} track. Choose one of: ${trackModules.join(', ') || '(none yet: create content/modules/vi/<slug>.md first)'}`);
    const title = await ask('title', flag(args, 'title'));
    const slug = flag(args, 'slug') ?? lessonSlug(title);
    if (!slug) fail('The title gives an empty slug; pass --slug.');
    const target = join(dir, 'lessons', 'vi', `${slug}.md`);
    if (existsSync(target)) fail(`content/lessons/vi/${slug}.md already exists — not overwritten. Choose another title or --slug.`);
    const orders = files
      .filter((f) => f.path.startsWith('content/lessons/vi/'))
      .map((f) => matter(f.text).data as { module?: string; order?: number })
      .filter((d) => d.module === module)
      .map((d) => d.order ?? 0);
    const order = Math.max(0, ...orders) + 1;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, renderLessonTemplate({ title, module, order, today: new Date().toISOString().slice(0, 10) }), { flag: 'wx' });
    console.log(`Wrote content/lessons/vi/${slug}.md (module ${module}, order ${order}).`);
    console.log(`Replace every "${PLACEHOLDER}", then run: npm run content:check`);
  }
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
rl?.close();
