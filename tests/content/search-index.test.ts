/**
 * The search index built from the real curriculum: what learners type without diacritics finds
 * what they would find with them, and nothing only trainers or quiz keys should see is indexed.
 */
import { describe, expect, it } from 'vitest';
import { readCatalog, readLessonsAndModules } from '../../src/cli/bench/content.ts';
import { tables } from '../../src/i18n/index.ts';
import { buildSearchFiles } from '../../src/lib/search/build.ts';
import { catalogSearchDocuments } from '../../src/lib/search/document.ts';
import { openWholeIndex } from '../../src/lib/search/load.ts';
import { searchLessons } from '../../src/lib/search/query.ts';
import { indexTerms } from '../../src/lib/search/terms.ts';
import { foldVietnamese } from '../../src/lib/text/fold.ts';

const root = process.cwd();
const docs = catalogSearchDocuments(readCatalog(root, 'vi'), { trackLabel: (track) => tables.vi[`track.${track}` as 'track.student'] });
const { manifest: file, files } = buildSearchFiles(docs, 'vi');
const shards = new Map(files.map((f) => [f.name, f.content]));
const index = openWholeIndex(JSON.parse(JSON.stringify(file)), (name) => JSON.parse(shards.get(name)!));
const slugs = (text: string) => searchLessons(index, text).all.map((r) => r.doc.slug);

describe('search over the curriculum', () => {
  it('finds without diacritics every lesson it finds with them, for every title and keyword', () => {
    for (const query of docs.flatMap((doc) => [doc.title, ...doc.keywords])) {
      const withMarks = slugs(query);
      const without = new Set(slugs(foldVietnamese(query)));
      expect(withMarks.filter((slug) => !without.has(slug)), query).toEqual([]);
    }
  });

  it('"hộ chiếu" lists only lessons with those very words, none for "hồ", "họ" or "chiều" alone', () => {
    const found = searchLessons(index, 'hộ chiếu').all;
    expect(found.length).toBeGreaterThan(2);
    for (const { ref } of found) {
      const doc = docs[ref]!;
      const words = new Set(indexTerms([doc.title, doc.summary, doc.text, ...doc.keywords, ...doc.headings].join('\n')));
      expect(words.has('hộ') || [...words].some((word) => word.startsWith('chiếu')), doc.slug).toBe(true);
    }
    // Typed without marks, the same words also reach lessons that only have "họ", "hồ" or "chiều".
    expect(searchLessons(index, 'ho chieu').all.length).toBeGreaterThan(found.length);
  });

  it('"công an" lists lessons where the two words stand together before those where they do not', () => {
    const phrase = /(?<![\p{L}\p{M}\p{N}])công an(?![\p{L}\p{M}\p{N}])/iu;
    for (const query of ['công an', 'cong an']) {
      const both = searchLessons(index, query).all.filter((r) => r.matchedWords === 2);
      const together = both.map(({ ref }) => phrase.test([docs[ref]!.title, docs[ref]!.summary, docs[ref]!.text].join('\n')));
      expect(together.filter(Boolean).length, query).toBeGreaterThan(2);
      expect(together.filter((t) => !t).length, query).toBeGreaterThan(0);
      // Every lesson with the phrase comes before every lesson without it.
      expect(together, query).toEqual([...together].sort((a, b) => Number(b) - Number(a)));
    }
  });

  it('lists every lesson first when searched by its title, typed with or without diacritics', () => {
    for (const doc of docs) {
      expect(slugs(doc.title)[0], doc.title).toBe(doc.slug);
      expect(slugs(foldVietnamese(doc.title))[0], foldVietnamese(doc.title)).toBe(doc.slug);
    }
  });

  it('indexes no word that only speaker notes or quizzes contain', () => {
    const { lessons } = readLessonsAndModules(root);
    const visible = new Set(docs.flatMap((doc) => indexTerms([doc.title, doc.summary, doc.text, ...doc.keywords, ...doc.headings, doc.trackLabel].join('\n'))));
    const hidden = new Set<string>();
    for (const lesson of lessons.filter((l) => l.locale === 'vi')) {
      for (const block of lesson.body.match(/:::notes\n[\s\S]*?\n:::/g) ?? []) for (const term of indexTerms(block)) hidden.add(term);
      for (const term of indexTerms(JSON.stringify(lesson.data.quiz ?? {}))) hidden.add(term);
    }
    const onlyHidden = [...hidden].filter((term) => !visible.has(term));
    expect(onlyHidden.length).toBeGreaterThan(50);
    const terms = new Set(file.terms);
    expect(onlyHidden.filter((term) => terms.has(term))).toEqual([]);
  });
});
