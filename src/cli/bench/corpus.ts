/**
 * A large, realistic Vietnamese curriculum for benchmarks: the project's own content, plus
 * generated lessons recombined from the real lessons' sentences, headings and keywords (so the
 * vocabulary, word lengths and diacritics are those of real lessons), with speaker notes and
 * quizzes like the real ones. Deterministic: the same seed gives the same files.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { readableBody } from '../../lib/search/document.ts';
import { contentDir } from '../content-files.ts';
import { readLessonsAndModules } from './content.ts';

/** A small seeded PRNG (mulberry32): benchmarks must compare like with like. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return { next, int, pick };
}

function isoDay(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}

function sentencesOf(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line) => line.split(/(?<=[.!?…])\s+/))
    .map((s) => s.trim())
    .filter((s) => s.split(/\s+/).length >= 4);
}

/**
 * Copies the project's content folder to `to` and adds lessons until the default locale has
 * `lessons` lessons. Returns the number of generated lessons.
 */
export function generateLessonCorpus(options: { root: string; to: string; lessons: number; seed?: number; locale?: string }): number {
  const locale = options.locale ?? 'vi';
  const { lessons, modules } = readLessonsAndModules(options.root);
  const own = lessons.filter((l) => l.locale === locale);
  const ownModules = modules.filter((m) => m.locale === locale);
  const rng = random(options.seed ?? 20261127);

  const sentences: string[] = [];
  const noteSentences: string[] = [];
  const headings: string[] = [];
  const keywords: string[] = [];
  for (const lesson of own) {
    const notes = lesson.body.match(/:::notes\n([\s\S]*?)\n:::/g) ?? [];
    for (const block of notes) noteSentences.push(...sentencesOf(block.replace(/:::notes|:::/g, '')));
    const { headings: h, text } = readableBody(lesson.body);
    headings.push(...h);
    sentences.push(...sentencesOf(text).filter((s) => !h.includes(s)));
    keywords.push(...lesson.data.keywords);
  }
  const clean = (s: string) => s.replace(/[*_`[\]]/g, '').replace(/\(\/[^)]*\)/g, '');

  rmSync(options.to, { recursive: true, force: true });
  cpSync(contentDir(options.root), options.to, { recursive: true });
  const dir = join(options.to, 'lessons', locale);
  mkdirSync(dir, { recursive: true });

  const count = Math.max(0, options.lessons - own.length);
  for (let i = 1; i <= count; i++) {
    const template = rng.pick(own);
    const paragraph = (n: number) => Array.from({ length: n }, () => clean(rng.pick(sentences))).join(' ');
    const sections: string[] = [paragraph(rng.int(2, 3))];
    const sectionCount = rng.int(4, 6);
    for (let s = 0; s < sectionCount; s++) {
      sections.push(`## ${clean(rng.pick(headings))}`);
      const blocks = rng.int(1, 3);
      for (let b = 0; b < blocks; b++) {
        if (rng.next() < 0.35) sections.push(Array.from({ length: rng.int(3, 6) }, () => `- ${clean(rng.pick(sentences))}`).join('\n'));
        else sections.push(paragraph(rng.int(2, 5)));
      }
      if (rng.next() < 0.25) sections.push(`:::${rng.pick(['tip', 'warning'])}\n${clean(rng.pick(sentences))}\n:::`);
      if (rng.next() < 0.7) sections.push(`:::notes\n${Array.from({ length: rng.int(2, 4) }, () => clean(rng.pick(noteSentences))).join(' ')}\n:::`);
    }
    const data = {
      title: `${clean(rng.pick(headings))}: ${rng.pick(keywords)}`,
      summary: paragraph(2),
      module: rng.pick(ownModules).slug,
      order: 100 + i,
      duration: rng.int(10, 30),
      ageBand: template.data.ageBand,
      objectives: Array.from({ length: 3 }, () => clean(rng.pick(sentences))),
      keyPoints: Array.from({ length: 4 }, () => clean(rng.pick(sentences))),
      keywords: Array.from(new Set(Array.from({ length: rng.int(3, 8) }, () => rng.pick(keywords)))),
      sources: template.data.sources,
      // gray-matter reads YAML dates as Date objects; the schema wants YYYY-MM-DD.
      reviewed: isoDay(template.data.reviewed as unknown),
      ...(rng.next() < 0.6
        ? {
            quiz: {
              passMark: 70,
              questions: Array.from({ length: rng.int(3, 6) }, (_q, n) => ({
                id: `q${n + 1}`,
                type: 'single',
                prompt: clean(rng.pick(sentences)),
                options: [
                  { id: 'a', text: clean(rng.pick(sentences)), correct: true, feedback: clean(rng.pick(sentences)) },
                  { id: 'b', text: clean(rng.pick(sentences)), feedback: clean(rng.pick(sentences)) },
                  { id: 'c', text: clean(rng.pick(sentences)), feedback: clean(rng.pick(sentences)) },
                ],
                explanation: clean(rng.pick(sentences)),
              })),
            },
          }
        : {}),
    };
    const file = `---\n${stringify(data, { lineWidth: 0 })}---\n\n${sections.join('\n\n')}\n`;
    writeFileSync(join(dir, `bai-mau-${String(i).padStart(3, '0')}.md`), file);
  }
  return count;
}
