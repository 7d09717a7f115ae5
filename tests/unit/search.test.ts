import { readdirSync, readFileSync } from 'node:fs';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { buildLunrIndex, buildSearchFiles } from '../../src/lib/search/build.ts';
import { createSearchClient, manifestPath } from '../../src/lib/search/client.ts';
import { lessonSearchDocument, readableBody, type SearchDocument } from '../../src/lib/search/document.ts';
import { isSearchManifest, isSearchShard, searchFilesDir, type SearchShard } from '../../src/lib/search/format.ts';
import { asksForHelp } from '../../src/lib/search/help.ts';
import { openWholeIndex, shardOf } from '../../src/lib/search/load.ts';
import { searchIndexUrl } from '../../src/lib/search/paths.ts';
import { parseQuery, QUERY_BOOSTS, searchLessons } from '../../src/lib/search/query.ts';
import { highlight, makeSnippet } from '../../src/lib/search/snippet.ts';
import { suggestedSearches } from '../../src/lib/search/suggest.ts';
import { indexTerms, searchWords, wordForms, wordSequence } from '../../src/lib/search/terms.ts';

function doc(slug: string, fields: Partial<SearchDocument> = {}): SearchDocument {
  return {
    slug, title: slug, summary: '', headings: [], text: '', keywords: [], track: 'student', trackLabel: 'Học sinh',
    ...fields,
  };
}

/** The published files of some lessons by site path, as the build writes them. */
function publish(docs: SearchDocument[], options: { locale?: string; shardTarget?: number } = {}) {
  const locale = options.locale ?? 'vi';
  const { manifest, files } = buildSearchFiles(docs, locale, options);
  const byPath = new Map<string, string>([[manifestPath(locale), JSON.stringify(manifest)]]);
  for (const file of files) byPath.set(searchFilesDir(locale) + file.name, file.content);
  return { manifest, files, byPath };
}

/** Builds, serialises and loads an index (every shard), as the site does between build and browser. */
function indexOf(docs: SearchDocument[], locale = 'vi', shardTarget?: number) {
  const { manifest, byPath } = publish(docs, { locale, shardTarget });
  return openWholeIndex(JSON.parse(JSON.stringify(manifest)), (name) => JSON.parse(byPath.get(searchFilesDir(locale) + name)!) as SearchShard);
}

const slugs = (outcome: ReturnType<typeof searchLessons>) => outcome.results.map((r) => r.doc.slug);

describe('Vietnamese search words', () => {
  it('folds đ and Đ to d and keeps the exact form beside it', () => {
    expect(wordForms('Đường')).toEqual({ exact: 'đường', folded: 'duong' });
    expect(wordForms('đi')).toEqual({ exact: 'đi', folded: 'di' });
  });
  it('reads NFD input exactly like NFC input', () => {
    const nfd = 'Người lạ đòi giữ hộ chiếu'.normalize('NFD');
    expect(nfd).not.toBe(nfd.normalize('NFC'));
    expect(searchWords(nfd)).toEqual(searchWords('Người lạ đòi giữ hộ chiếu'));
    expect(searchWords(nfd).map((w) => w.exact)).toEqual(['người', 'lạ', 'đòi', 'giữ', 'hộ', 'chiếu']);
  });
  it('treats old and new tone placement as the same exact word', () => {
    expect(wordForms('hoà')).toEqual(wordForms('hòa'));
    expect(wordForms('thuỷ')).toEqual({ exact: 'thủy', folded: 'thuy' });
    expect(wordForms('hoá').exact).toBe('hóa');
  });
  it('lower-cases upper-case words, Vietnamese letters included', () => {
    expect(searchWords('VIỆC NHẸ LƯƠNG CAO').map((w) => w.exact)).toEqual(['việc', 'nhẹ', 'lương', 'cao']);
    expect(wordForms('ĐƯỜNG DÂY NÓNG'.split(' ')[0]!)).toEqual({ exact: 'đường', folded: 'duong' });
  });
  it('splits on punctuation and keeps numbers as words', () => {
    expect(searchWords('“Việc nhẹ”, gọi 111 (24/7)!').map((w) => w.exact)).toEqual(['việc', 'nhẹ', 'gọi', '111', '24', '7']);
  });
  it('indexes each word in its exact form and, when different, its folded form', () => {
    expect(indexTerms('Đường mòn TikTok')).toEqual(['đường', 'duong', 'mòn', 'mon', 'tiktok']);
  });
});

describe('lesson text for search', () => {
  const fixture = matter(readFileSync('tests/fixtures/search/lesson-with-notes-and-quiz.md', 'utf8'));
  const lesson = { slug: 'giu-giay-to', body: fixture.content, data: fixture.data as { title: string; summary: string; keywords: string[] } };
  const searchDoc = lessonSearchDocument(lesson, { track: 'student', trackLabel: 'Học sinh' });
  const { manifest: file, byPath } = publish([searchDoc]);
  const json = [...byPath.values()].join('\n');

  it('keeps list items, headings and scenarios as separate lines', () => {
    expect(readableBody('- Facebook\n- Zalo\n\n## Dấu hiệu\n\nĐi ngay.').text).toBe('Facebook\nZalo\nDấu hiệu\nĐi ngay.');
    expect(searchDoc.headings).toEqual(['Tự giữ giấy tờ']);
    expect(searchDoc.text).toContain('Giữ bản gốc bên mình\nĐể bản sao ở nhà');
    expect(searchDoc.text).toContain('Ở bến xe');
  });
  it('leaves speaker notes out of the index', () => {
    for (const word of ['giảng', 'viên', 'tư', 'quảng', 'ninh', 'quang', 'thảo', 'luận', '111']) expect(file.terms).not.toContain(word);
    expect(json).not.toContain('Quảng Ninh');
    expect(json).not.toContain('đáp án');
  });
  it('leaves the quiz — questions, answers, feedback — out of the index', () => {
    for (const word of ['malaysia', 'bà', 'ngoại', 'ngoai', 'quản', 'đốc', 'xưởng', 'may']) expect(file.terms).not.toContain(word);
    expect(json).not.toContain('Quản đốc');
    expect(json).not.toContain('bà ngoại');
  });
  it('indexes what the lesson page shows: title, summary, headings, body, keywords, track', () => {
    for (const word of ['giấy', 'giay', 'căn', 'cuoc', 'photo', 'bến', 'học', 'sinh']) expect(file.terms).toContain(word);
  });
  it('publishes a manifest, shards and the lesson\'s text for snippets', () => {
    expect(isSearchManifest(file)).toBe(true);
    expect(file.shards.length).toBeGreaterThan(0);
    for (const name of file.shards) expect(isSearchShard(JSON.parse(byPath.get(`search-index/vi/${name}`)!))).toBe(true);
    expect(JSON.parse(byPath.get(`search-index/vi/giu-giay-to.${file.docs[0]!.text}.json`)!).text).toBe(searchDoc.text);
  });
});

describe('ranking', () => {
  const docs = [
    doc('cay-duong', { title: 'Hàng cây ven biển', text: 'Cây dương mọc ven biển. Dương liễu, dương xỉ: dương, dương, dương.' }),
    doc('duong-mon', { title: 'Đi làm xa', text: 'Không đi đường mòn, lối tắt qua biên giới.' }),
    doc('viec-nhe', { title: 'Việc nhẹ lương cao', summary: 'Bẫy tuyển dụng trên mạng.', text: 'Lương cao, việc nhẹ: dấu hiệu đáng ngờ.' }),
    doc('luong-thang', { title: 'Tính lương tháng', text: 'Lương, lương, lương cao hay thấp: hỏi hợp đồng.', track: 'teacher', trackLabel: 'Giáo viên' }),
  ];
  const index = indexOf(docs);

  it('finds only the spelling typed with diacritics: "đường" never lists "dương"', () => {
    expect(slugs(searchLessons(index, 'đường'))).toEqual(['duong-mon']);
    expect(slugs(searchLessons(index, 'dương'))).toEqual(['cay-duong']);
  });
  it('finds the same lessons without diacritics', () => {
    expect(new Set(slugs(searchLessons(index, 'duong')))).toEqual(new Set(['duong-mon', 'cay-duong']));
    expect(slugs(searchLessons(index, 'viec nhe luong cao'))[0]).toBe('viec-nhe');
    expect(new Set(slugs(searchLessons(index, 'viec nhe luong cao')))).toEqual(new Set(slugs(searchLessons(index, 'việc nhẹ lương cao'))));
  });
  it('finds NFD queries and old tone placement like their usual spelling', () => {
    expect(slugs(searchLessons(index, 'đường'.normalize('NFD')))).toEqual(['duong-mon']);
    const hoa = indexOf([doc('hoa-nhap', { text: 'Tái hòa nhập cộng đồng.' }), doc('hoa', { text: 'Hoa sen.' })]);
    expect(slugs(searchLessons(hoa, 'hoà nhập'))[0]).toBe('hoa-nhap');
    expect(searchLessons(hoa, 'hoà').results[0]?.exactWords).toBe(1);
  });
  it('puts lessons holding every word first, even when another repeats one word more', () => {
    const outcome = searchLessons(index, 'lương cao việc');
    expect(outcome.results[0]?.doc.slug).toBe('viec-nhe');
    expect(outcome.results[0]?.matchedWords).toBe(3);
  });
  it('matches the word being typed as a prefix, and not once it is finished', () => {
    expect(slugs(searchLessons(index, 'luo'))).toContain('viec-nhe');
    expect(searchLessons(index, 'luo ').results).toEqual([]);
    expect(parseQuery('viec nhe luo').map((w) => w.prefix)).toEqual([false, false, true]);
  });
  it('forgives one typo in a longer word', () => {
    expect(slugs(searchLessons(index, 'tuyenn'))).toEqual(['viec-nhe']);
  });
  it('filters by track and counts results per track', () => {
    const outcome = searchLessons(index, 'luong', { track: 'teacher' });
    expect(slugs(outcome)).toEqual(['luong-thang']);
    expect(outcome.byTrack).toEqual({ student: 1, teacher: 1 });
    expect(outcome.all).toHaveLength(2);
  });
  it('scores a single word typed without marks exactly as lunr\'s own query does, from the compact file', () => {
    const lunrIndex = buildLunrIndex(docs);
    const rounded = (score: number) => Math.round(score * 1e9) / 1e9;
    for (const text of ['luong ', 'duong ', 'cao ', 'viec ']) {
      const words = parseQuery(text);
      const theirs = lunrIndex.query((query) => {
        for (const word of words) {
          query.term(word.exact, { usePipeline: false, boost: QUERY_BOOSTS.exact });
          if (word.folded !== word.exact) query.term(word.folded, { usePipeline: false, boost: QUERY_BOOSTS.folded });
        }
      });
      const ours = searchLessons(index, text).all;
      expect(Object.fromEntries(ours.map((r) => [String(r.ref), rounded(r.score)])))
        .toEqual(Object.fromEntries(theirs.map((hit) => [hit.ref, rounded(hit.score)])));
    }
  });
  it('finds nothing for an empty query or punctuation alone', () => {
    expect(searchLessons(index, '').results).toEqual([]);
    expect(searchLessons(index, ' ?! ').results).toEqual([]);
  });
});

/** The lessons of tests/fixtures/search/ranking, as the site indexes them. */
function fixtureLessons(): SearchDocument[] {
  const dir = 'tests/fixtures/search/ranking';
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const file = matter(readFileSync(`${dir}/${name}`, 'utf8'));
      const data = file.data as { title: string; summary: string; keywords: string[] };
      return lessonSearchDocument({ slug: name.replace(/\.md$/, ''), body: file.content, data }, { track: 'student', trackLabel: 'Học sinh' });
    });
}

describe('diacritics the learner typed are respected', () => {
  const index = indexOf(fixtureLessons());

  it('"hộ chiếu" finds "hộ chiếu", never "hồ", "họ" or "chiều"', () => {
    expect(slugs(searchLessons(index, 'hộ chiếu'))).toEqual(['giu-ho-chieu', 'ho-gia-dinh']);
    expect(slugs(searchLessons(index, 'hộ'))).toEqual(['ho-gia-dinh', 'giu-ho-chieu']);
    expect(slugs(searchLessons(index, 'hồ'))).toEqual(['buoi-chieu-ben-ho']);
  });
  it('a word typed without marks still finds every spelling, as before', () => {
    expect(new Set(slugs(searchLessons(index, 'ho chieu')))).toEqual(new Set(['giu-ho-chieu', 'buoi-chieu-ben-ho', 'ho-gia-dinh']));
    expect(new Set(slugs(searchLessons(index, 'ho')))).toEqual(new Set(['giu-ho-chieu', 'buoi-chieu-ben-ho', 'ho-gia-dinh']));
  });
  it('a marked word and an unmarked one can be mixed in one query', () => {
    // "hộ" as typed, "chieu" in any spelling ("chiều" included).
    const mixed = slugs(searchLessons(index, 'hộ chieu'));
    expect(mixed[0]).toBe('giu-ho-chieu');
    expect(new Set(mixed)).toEqual(new Set(['giu-ho-chieu', 'ho-gia-dinh', 'buoi-chieu-ben-ho']));
    const other = searchLessons(index, 'ho chiều').results;
    expect(other[0]!.doc.slug).toBe('buoi-chieu-ben-ho');
    expect(other.find((r) => r.doc.slug === 'giu-ho-chieu')!.matchedWords).toBe(1);
  });
  it('the word being typed matches words that start with exactly what was typed', () => {
    expect(slugs(searchLessons(index, 'hộ chiế'))).toEqual(['giu-ho-chieu', 'ho-gia-dinh']);
    expect(slugs(searchLessons(index, 'chiề'))).toEqual(['buoi-chieu-ben-ho']);
    expect(new Set(slugs(searchLessons(index, 'chie')))).toEqual(new Set(['giu-ho-chieu', 'buoi-chieu-ben-ho']));
  });
  it('a typo never changes a letter the learner marked', () => {
    // One letter too many is forgiven; the marked "ế" stays, so "chiều" is not reached.
    expect(slugs(searchLessons(index, 'chiếuu '))).toEqual(['giu-ho-chieu']);
    expect(slugs(searchLessons(index, 'chiềuu '))).toEqual(['buoi-chieu-ben-ho']);
    // Without marks the typo reaches both spellings, as before.
    expect(new Set(slugs(searchLessons(index, 'chieuu ')))).toEqual(new Set(['giu-ho-chieu', 'buoi-chieu-ben-ho']));
  });
  it('marks only the words that were found', () => {
    const marked = (text: string, query: string) => highlight(text, parseQuery(query)).filter((s) => s.mark).map((s) => s.text);
    expect(marked('Họ giữ hộ chiếu bên hồ vào buổi chiều', 'hộ chiếu ')).toEqual(['hộ', 'chiếu']);
    expect(marked('Họ giữ hộ chiếu bên hồ vào buổi chiều', 'ho chieu ')).toEqual(['Họ', 'hộ', 'chiếu', 'hồ', 'chiều']);
    const snippet = makeSnippet('Chiều nào họ cũng ra hồ. Sau đó giữ hộ chiếu.', parseQuery('hộ chiếu '));
    expect(snippet.segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['hộ', 'chiếu']);
  });
});

describe('words next to each other', () => {
  const index = indexOf(fixtureLessons());

  it('numbers words through title, summary and body, marking each that starts a phrase', () => {
    expect(wordSequence(['Báo Công an', 'Gặp ai, hỏi\nngay.']).map((w) => [w.exact, w.position])).toEqual([
      ['báo', 1], ['công', 2], ['an', 4], ['gặp', 7], ['ai', 8], ['hỏi', 11], ['ngay', 13],
    ]);
  });

  it('"công an" lists the lesson where they stand together before one with "an toàn" and "công việc"', () => {
    for (const query of ['công an', 'cong an', 'công an ']) {
      const outcome = searchLessons(index, query);
      expect(slugs(outcome), query).toEqual(['bao-cong-an', 'an-toan-cong-viec']);
      expect(outcome.results.map((r) => r.adjacentPairs), query).toEqual([1, 0]);
    }
    // Without the phrase, "an toàn … công việc" weighs more: the order is the phrase's doing.
    const apart = searchLessons(index, 'an công');
    expect(apart.results[0]!.doc.slug).toBe('an-toan-cong-viec');
    expect(apart.results.find((r) => r.doc.slug === 'bao-cong-an')!.score).toBeLessThan(apart.results[0]!.score);
  });
  it('counts words as neighbours only within a phrase, not across punctuation or lines', () => {
    const apart = indexOf([
      doc('comma', { text: 'Gặp ai đó ở công, an toàn là trên hết.' }),
      doc('line', { text: 'Đi làm công\nan tâm về nhà.' }),
      doc('phrase', { text: 'Hỏi công an.' }),
    ]);
    const outcome = searchLessons(apart, 'công an');
    expect(outcome.results[0]!.doc.slug).toBe('phrase');
    expect(Object.fromEntries(outcome.results.map((r) => [r.doc.slug, r.adjacentPairs]))).toEqual({ phrase: 1, comma: 0, line: 0 });
  });
  it('counts each neighbouring pair of a longer query', () => {
    const three = indexOf([
      doc('all', { text: 'Báo công an xã ngay.' }),
      doc('two', { text: 'Công an và xã hội.' }),
      doc('none', { text: 'Xã, công, an.' }),
    ]);
    expect(searchLessons(three, 'cong an xa').results.map((r) => [r.doc.slug, r.adjacentPairs])).toEqual([['all', 2], ['two', 1], ['none', 0]]);
  });
});

describe('a search for help', () => {
  const hotlines = ['111', '113'];
  it.each(['111', '113', 'gọi 111', 'help', 'I need help', 'giúp', 'giup', 'trợ giúp', 'tro giup', 'cứu', 'cuu em voi', 'Cứu em với!', 'đường dây nóng'])(
    'offers the help page for "%s"',
    (query) => {
      expect(asksForHelp(query, hotlines)).toBe(true);
    },
  );
  it.each(['', 'mua bán người', 'nghiên cứu tình huống', 'giúp đỡ người trở về', '112', 'việc nhẹ lương cao'])(
    'searches lessons only for "%s"',
    (query) => {
      expect(asksForHelp(query, hotlines)).toBe(false);
    },
  );
});

describe('snippets and highlighting', () => {
  it('marks words matched in any spelling', () => {
    expect(highlight('Việc nhẹ lương cao', parseQuery('luong cao '))).toEqual([
      { text: 'Việc nhẹ ', mark: false },
      { text: 'lương', mark: true },
      { text: ' ', mark: false },
      { text: 'cao', mark: true },
    ]);
  });
  it('marks the word being typed by its prefix', () => {
    expect(highlight('Hộ chiếu', parseQuery('ho chi')).filter((s) => s.mark).map((s) => s.text)).toEqual(['Hộ', 'chiếu']);
  });
  it('cuts the passage holding the most query words, with ellipses and joined lines', () => {
    const text = `${'Mở đầu bài học. '.repeat(20)}\nKhông đi đường mòn.\nGiữ hộ chiếu bên mình. ${'Kết thúc. '.repeat(20)}`;
    const snippet = makeSnippet(text, parseQuery('đường mòn hộ chiếu '), { length: 12, lead: 2 });
    const joined = snippet.segments.map((s) => s.text).join('');
    expect(joined).toBe('… Không đi đường mòn. · Giữ hộ chiếu bên mình. Kết thúc. Kết …');
    expect(snippet.segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['đường', 'mòn', 'hộ', 'chiếu']);
    expect(snippet.wordsFound).toBe(4);
  });
  it('starts at the beginning when nothing matches', () => {
    const snippet = makeSnippet('Một hai ba bốn năm', parseQuery('xyz'), { length: 3 });
    expect(snippet.segments.map((s) => s.text).join('')).toBe('Một hai ba …');
    expect(snippet.wordsFound).toBe(0);
  });
});

describe('around the index', () => {
  it('suggests keywords taking turns between tracks, each spelling once', () => {
    const suggestions = suggestedSearches([
      doc('a', { keywords: ['việc nhẹ lương cao', 'tuyển dụng'] }),
      doc('b', { keywords: ['viec nhe luong cao', 'hộ chiếu'] }),
      doc('c', { keywords: ['giáo án'], track: 'teacher' }),
    ], 4);
    expect(suggestions).toEqual(['việc nhẹ lương cao', 'giáo án', 'tuyển dụng', 'hộ chiếu']);
  });
  it('publishes the index at a stable URL under the base path', () => {
    expect(searchIndexUrl('/hoc/', 'vi')).toBe('/hoc/search-index/vi.json');
    expect(searchIndexUrl('/', 'en')).toBe('/search-index/en.json');
  });
  it('rejects a file of another format', () => {
    expect(isSearchManifest({ format: 1, docs: [], terms: [], vectors: [], fields: [] })).toBe(false);
    expect(isSearchManifest({ format: 2, docs: [], terms: [], shards: ['a.json'], shardFrom: ['a'] })).toBe(false);
    expect(isSearchManifest(null)).toBe(false);
    expect(isSearchShard({ format: 2, terms: ['a'], weights: [], positions: [] })).toBe(false);
  });
});

describe('a sharded index: a query downloads only what it needs', () => {
  const docs = [
    ...fixtureLessons(),
    doc('viec-nhe', { title: 'Việc nhẹ lương cao', summary: 'Bẫy tuyển dụng trên mạng.', text: 'Lương cao, việc nhẹ: dấu hiệu đáng ngờ.' }),
    doc('duong-mon', { title: 'Đi làm xa', text: 'Không đi đường mòn, lối tắt qua biên giới.', track: 'community', trackLabel: 'Cộng đồng' }),
  ];
  // Tiny shards, so words land in many different files.
  const { manifest, byPath } = publish(docs, { shardTarget: 150 });
  const whole = indexOf(docs, 'vi', 150);

  function session(fail?: (path: string) => boolean) {
    const reads: string[] = [];
    const client = createSearchClient({
      locale: 'vi',
      read: async (path) => {
        reads.push(path);
        if (fail?.(path)) throw new Error('offline');
        return JSON.parse(byPath.get(path)!) as unknown;
      },
    });
    return { client, reads };
  }
  const shardPath = (term: string) => `search-index/vi/${manifest.shards[shardOf(whole, whole.termIds.get(term)!)]}`;

  it('puts every term in exactly one shard, the one its folded form points to, with all its spellings', () => {
    const seen = new Map<string, number>();
    manifest.shards.forEach((name, number) => {
      const shard = JSON.parse(byPath.get(`search-index/vi/${name}`)!) as SearchShard;
      for (const term of shard.terms) {
        expect(seen.has(term), term).toBe(false);
        seen.set(term, number);
        expect(shardOf(whole, whole.termIds.get(term)!), term).toBe(number);
      }
    });
    expect([...seen.keys()].sort()).toEqual(manifest.terms);
    expect(seen.get('hộ')).toBe(seen.get('ho'));
    expect(seen.get('hồ')).toBe(seen.get('ho'));
  });

  it('reads the manifest and the shards of the query\'s words, nothing else', async () => {
    expect(manifest.shards.length).toBeGreaterThan(10);
    const { client, reads } = session();
    const outcome = await client.search('hộ chiếu');
    expect(outcome.results.map((r) => r.doc.slug)).toEqual(['giu-ho-chieu', 'ho-gia-dinh']);
    expect(reads[0]).toBe('search-index/vi.json');
    expect(new Set(reads.slice(1))).toEqual(new Set([shardPath('hộ'), shardPath('chiếu')]));
    expect(reads.length).toBeLessThanOrEqual(3);
  });

  it('finds, from its shards, exactly what the whole index finds, in the same order with the same scores', async () => {
    for (const query of ['hộ chiếu', 'ho chieu', 'hộ chiế', 'chie', 'công an', 'cong an xa', 'viec nhe luong cao', 'luo', 'tuyenn', 'đường', 'duong mon', 'an công']) {
      const { client } = session();
      const sharded = await client.search(query);
      const all = searchLessons(whole, query);
      expect(sharded.all.map((r) => [r.doc.slug, r.matchedWords, r.adjacentPairs, r.exactWords, r.score]), query)
        .toEqual(all.all.map((r) => [r.doc.slug, r.matchedWords, r.adjacentPairs, r.exactWords, r.score]));
    }
  });

  it('forgives a typo in a word\'s first letter, which lives in another shard', async () => {
    expect(whole.termIds.has('huyển')).toBe(false);
    expect(shardPath('tuyển')).not.toBe(shardPath('hộ'));
    const { client, reads } = session();
    expect((await client.search('huyển ')).results.map((r) => r.doc.slug)).toEqual(['viec-nhe']);
    expect(reads).toEqual(['search-index/vi.json', shardPath('tuyển')]);
  });

  it('fetches a lesson\'s text only when its result is shown', async () => {
    const { client, reads } = session();
    const outcome = await client.search('duong mon');
    expect(reads.some((path) => path.includes('duong-mon.'))).toBe(false);
    const text = await client.text(outcome.results[0]!.doc);
    expect(text.text).toBe('Không đi đường mòn, lối tắt qua biên giới.');
    expect(reads.at(-1)).toBe(`search-index/vi/duong-mon.${manifest.docs.find((d) => d.slug === 'duong-mon')!.text}.json`);
  });

  it('retries a file that failed to arrive', async () => {
    let offline = true;
    const { client } = session((path) => offline && path.includes('/s-'));
    await expect(client.search('hộ chiếu')).rejects.toThrow('offline');
    offline = false;
    expect((await client.search('hộ chiếu')).results).toHaveLength(2);
  });

  it('names shards and texts by their content: a changed lesson gets a new text file name, the others keep theirs', () => {
    const same = publish(docs, { shardTarget: 150 });
    expect(same.manifest).toEqual(manifest);
    const changed = publish(docs.map((d) => (d.slug === 'duong-mon' ? { ...d, text: `${d.text} Gọi 111.` } : d)), { shardTarget: 150 });
    const text = (m: typeof manifest, slug: string) => m.docs.find((d) => d.slug === slug)!.text;
    expect(text(changed.manifest, 'duong-mon')).not.toBe(text(manifest, 'duong-mon'));
    for (const { slug } of docs.filter((d) => d.slug !== 'duong-mon')) expect(text(changed.manifest, slug)).toBe(text(manifest, slug));
    // The shard holding the new word has a new name (lunr's weights depend on every lesson, so others may too).
    const changedIndex = openWholeIndex(changed.manifest, (name) => JSON.parse(changed.byPath.get(`search-index/vi/${name}`)!) as SearchShard);
    expect(manifest.shards).not.toContain(changed.manifest.shards[shardOf(changedIndex, changedIndex.termIds.get('111')!)]);
  });
});
