import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/csv.ts';
import {
  chartedQuestions,
  compareTests,
  editionChanges,
  formatGain,
  gainOf,
  headcountSummary,
  isRightAnswer,
  percentOf,
  programmeTotals,
  reportFileName,
  summarizeReport,
  testResult,
  type AnswerKey,
  type LeftOut,
} from '../../src/lib/sessions/report.ts';
import { questionsCsvRows, sessionsCsvRows, type QuestionsCsvLabels, type SessionsCsvLabels } from '../../src/lib/sessions/report-csv.ts';
import { emptyHeadcount, type SessionReport, type TestEntry } from '../../src/lib/sessions/schema.ts';

const fact = (answer: 'fact' | 'myth') => ({ type: 'truefalse' as const, options: [{ id: 'fact', correct: answer === 'fact' }, { id: 'myth', correct: answer === 'myth' }] });
const single = (right: string) => ({ type: 'single' as const, options: ['a', 'b', 'c'].map((id) => ({ id, correct: id === right })) });

/** The shape of the class pre/post test: three myth-or-fact statements, three single choices. */
const key: AnswerKey = {
  questions: [
    { id: 'q1', ...fact('myth') },
    { id: 'q2', ...fact('myth') },
    { id: 'q3', ...fact('fact') },
    { id: 'q4', ...single('a') },
    { id: 'q5', ...single('b') },
    { id: 'q6', ...single('a') },
  ],
};

/** Hands counted in a village hall: 20 people, right answers per question. */
const preTallies: TestEntry = { test: null, method: 'tallies', sheets: [], respondents: 20, correct: { q1: 8, q2: 10, q3: 15, q4: 12, q5: 9, q6: 6 } };

/** Four paper sheets typed in after the session. */
const postSheets: TestEntry = {
  test: null,
  method: 'sheets',
  respondents: 0,
  correct: {},
  sheets: [
    { q1: ['myth'], q2: ['myth'], q3: ['fact'], q4: ['a'], q5: ['b'], q6: ['a'] },
    { q1: ['fact'], q2: ['myth'], q3: ['fact'], q4: ['a'], q5: ['b'], q6: ['b'] },
    { q1: ['myth'], q2: ['fact'], q3: ['fact'], q4: ['b'], q5: ['b'], q6: ['a'] },
    { q3: ['fact'] },
  ],
};

describe('per-question results from tallies', () => {
  it('divides the right answers of each question by the people who answered', () => {
    const result = testResult(key, preTallies);
    expect(result.questions.map((q) => q.percent)).toEqual([40, 50, 75, 60, 45, 30]);
    expect(result).toMatchObject({ respondents: 20, correct: 60, total: 120, percent: 50, problems: [] });
  });

  it('counts a question with no tally as nobody right', () => {
    const result = testResult(key, { ...preTallies, correct: { q1: 20 } });
    expect(result.questions.map((q) => q.correct)).toEqual([20, 0, 0, 0, 0, 0]);
  });

  it('flags a question counted with more right answers than people', () => {
    const result = testResult(key, { ...preTallies, correct: { ...preTallies.correct, q4: 25 } });
    expect(result.problems).toEqual([{ kind: 'more-right-than-respondents', question: 'q4' }]);
  });

  it('leaves a question with more right answers than people out of the percentages, keeping the typed number', () => {
    const result = testResult(key, { ...preTallies, correct: { ...preTallies.correct, q4: 25 } });
    expect(result.questions[3]).toEqual({ id: 'q4', correct: 25, total: 20, percent: null, leftOut: true });
    // The other five questions: (8 + 10 + 15 + 9 + 6) / (5 × 20) = 48%.
    expect(result).toMatchObject({ correct: 48, total: 100, percent: 48 });
  });

  it('counts a question with as many right answers as people', () => {
    const result = testResult(key, { ...preTallies, correct: { ...preTallies.correct, q4: 20 } });
    expect(result.questions[3]).toMatchObject({ percent: 100, leftOut: false });
    expect(result.problems).toEqual([]);
  });

  it('has no percentage when nobody was counted', () => {
    const result = testResult(key, { ...preTallies, respondents: 0, correct: {} });
    expect(result.percent).toBeNull();
    expect(result.questions[0]!.percent).toBeNull();
  });
});

describe('per-question results from sheets', () => {
  it('marks every sheet and counts the right answers per question', () => {
    const result = testResult(key, postSheets);
    expect(result.questions.map((q) => [q.correct, q.total])).toEqual([[2, 4], [2, 4], [4, 4], [2, 4], [3, 4], [2, 4]]);
    expect(result.questions.map((q) => q.percent)).toEqual([50, 50, 100, 50, 75, 50]);
  });

  it('counts an unanswered question on a sheet as not right, and the sheet as a respondent', () => {
    const result = testResult(key, { ...postSheets, sheets: [{}] });
    expect(result).toMatchObject({ respondents: 1, correct: 0, total: 6, percent: 0 });
  });

  it('rounds the share of right answers over all questions (15 of 24 is 63%)', () => {
    expect(testResult(key, postSheets)).toMatchObject({ respondents: 4, correct: 15, total: 24, percent: 63 });
  });

  it('ignores the tallies kept from before switching to sheets', () => {
    expect(testResult(key, { ...postSheets, respondents: 99, correct: { q1: 99 } }).respondents).toBe(4);
  });

  it('marks a multiple-choice answer right only with all right options and no other', () => {
    const question = { id: 'q7', type: 'multiple' as const, options: [{ id: 'a', correct: true }, { id: 'b', correct: false }, { id: 'c', correct: true }] };
    expect(isRightAnswer(question, ['a', 'c'])).toBe(true);
    expect(isRightAnswer(question, ['a'])).toBe(false);
    expect(isRightAnswer(question, ['a', 'b', 'c'])).toBe(false);
  });

  it('takes only the first circled option of a single-choice question', () => {
    expect(isRightAnswer(key.questions[3]!, ['a', 'b'])).toBe(true);
    expect(isRightAnswer(key.questions[3]!, ['b', 'a'])).toBe(false);
  });
});

describe('knowledge gain', () => {
  const comparison = compareTests({ key, entry: preTallies }, { key, entry: postSheets });

  it('gives the gain per question in percentage points', () => {
    expect(comparison.questions.map((q) => [q.number, q.pre?.percent, q.post?.percent, q.gain])).toEqual([
      [1, 40, 50, 10],
      [2, 50, 50, 0],
      [3, 75, 100, 25],
      [4, 60, 50, -10],
      [5, 45, 75, 30],
      [6, 30, 50, 20],
    ]);
  });

  it('gives the overall gain from the shown percentages (50% → 63%: +13)', () => {
    expect(comparison.pre?.percent).toBe(50);
    expect(comparison.post?.percent).toBe(63);
    expect(comparison.gain).toBe(13);
  });

  it('has no gain when one test has no results', () => {
    const noPost = compareTests({ key, entry: preTallies }, { key, entry: { ...postSheets, sheets: [] } });
    expect(noPost.gain).toBeNull();
    expect(noPost.questions[0]!.gain).toBeNull();
    expect(gainOf(null, 50)).toBeNull();
  });

  it('pairs questions by id, in the post-test order, keeping questions only one test has', () => {
    const preKey: AnswerKey = { questions: [key.questions[1]!, key.questions[0]!, { id: 'old', ...single('a') }] };
    const postKey: AnswerKey = { questions: [key.questions[0]!, key.questions[1]!] };
    const result = compareTests({ key: preKey, entry: preTallies }, { key: postKey, entry: postSheets });
    expect(result.questions.map((q) => [q.id, q.number, q.pre !== null, q.post !== null])).toEqual([
      ['q1', 1, true, true],
      ['q2', 2, true, true],
      ['old', 3, true, false],
    ]);
    // The overall figures, and the gain, count only the questions both tests asked.
    expect(result.pre).toMatchObject({ correct: 18, total: 40, percent: 45 });
    expect(result.post).toMatchObject({ correct: 4, total: 8, percent: 50 });
    expect(result.gain).toBe(5);
  });

  it('keeps a single test\'s own overall figures when there is nothing to pair it with', () => {
    const preOnly = compareTests({ key, entry: preTallies }, null);
    expect(preOnly.pre).toEqual(testResult(key, preTallies));
  });

  it('names the questions left out, and leaves them out of the gain and the chart', () => {
    const impossible = compareTests({ key, entry: { ...preTallies, correct: { ...preTallies.correct, q4: 25 } } }, { key, entry: postSheets });
    expect(impossible.leftOut).toEqual([{ kind: 'question', test: 'pre', question: 'q4', number: 4, correct: 25, respondents: 20 }]);
    expect(impossible.questions[3]).toMatchObject({ gain: null, post: { percent: 50 } });
    // Both tests count the same five questions: pre 48%, post 65% (13 of 20, without q4's 2 of 4).
    expect(impossible.pre).toMatchObject({ total: 100, percent: 48 });
    expect(impossible.post).toMatchObject({ correct: 13, total: 20, percent: 65 });
    expect(impossible.gain).toBe(17);
    expect(chartedQuestions(impossible).map((q) => q.id)).toEqual(['q1', 'q2', 'q3', 'q5', 'q6']);
    expect(chartedQuestions(comparison)).toHaveLength(6);
  });

  it('writes a gain for people with a sign', () => {
    expect([formatGain(13), formatGain(0), formatGain(-5), formatGain(null)]).toEqual(['+13', '0', '−5', '–']);
  });

  it('rounds percentages to whole numbers, and has none without respondents', () => {
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(2, 3)).toBe(67);
    expect(percentOf(0, 0)).toBeNull();
  });
});

describe('results entered for an older edition of a test', () => {
  const current = { pre: { slug: 'kiem-tra', version: 2, key }, post: { slug: 'kiem-tra', version: 2, key } };
  const stamped = (entry: TestEntry, version: number): TestEntry => ({ ...entry, test: { slug: 'kiem-tra', version } });

  it('names the test, both editions and how many entered questions the current one no longer has', () => {
    const oldSheets = stamped({ ...postSheets, sheets: [...postSheets.sheets, { q1: ['myth'], q9: ['a'] }, { q9: ['b'], q10: ['a'] }] }, 1);
    expect(editionChanges({ pre: stamped(preTallies, 2), post: oldSheets }, current)).toEqual([
      { test: 'post', recorded: { slug: 'kiem-tra', version: 1 }, current: { slug: 'kiem-tra', version: 2 }, unmatched: 2 },
    ]);
  });

  it('counts tallies by the questions they were typed for', () => {
    const oldTallies = stamped({ ...preTallies, correct: { ...preTallies.correct, old1: 3 } }, 1);
    expect(editionChanges({ pre: oldTallies, post: stamped(postSheets, 2) }, current).map((change) => [change.test, change.unmatched])).toEqual([['pre', 1]]);
  });

  it('says nothing for the current edition, for older reports that recorded none, or for a test with no results', () => {
    expect(editionChanges({ pre: stamped(preTallies, 2), post: stamped(postSheets, 2) }, current)).toEqual([]);
    expect(editionChanges({ pre: preTallies, post: postSheets }, current)).toEqual([]);
    expect(editionChanges({ pre: stamped({ ...preTallies, respondents: 0 }, 1), post: stamped({ ...postSheets, sheets: [] }, 1) }, current)).toEqual([]);
  });
});

describe('headcounts', () => {
  it('totals women and men, and checks the age groups add up to the same', () => {
    const summary = headcountSummary({ female: 12, male: 9, age: { under16: 0, from16to17: 2, from18to35: 10, from36to59: 6, from60: 3 }, ethnicMinority: 7 });
    expect(summary).toMatchObject({ total: 21, ageTotal: 21, ageMismatch: false, ethnicMinority: 7, ethnicTooMany: false });
  });

  it('flags age groups that do not add up to the participants, and leaves them out (women plus men stand)', () => {
    const summary = headcountSummary({ female: 12, male: 9, age: { under16: 0, from16to17: 0, from18to35: 10, from36to59: 0, from60: 0 } });
    expect(summary).toMatchObject({ ageMismatch: true, age: null, total: 21, female: 12, male: 9, ageTotal: 10 });
    expect(summary.leftOut).toEqual([{ kind: 'age', ageTotal: 10, total: 21 }]);
  });

  it('keeps age groups that add up to the participants', () => {
    const summary = headcountSummary({ female: 2, male: 1, age: { under16: 3, from16to17: 0, from18to35: 0, from36to59: 0, from60: 0 } });
    expect(summary.age).toEqual({ under16: 3, from16to17: 0, from18to35: 0, from36to59: 0, from60: 0 });
    expect(summary.leftOut).toEqual([]);
  });

  it('does not flag age groups nobody counted', () => {
    expect(headcountSummary({ ...emptyHeadcount(), female: 5 }).ageMismatch).toBe(false);
  });

  it('flags more ethnic-minority participants than participants, and leaves that count out', () => {
    const summary = headcountSummary({ ...emptyHeadcount(), female: 2, ethnicMinority: 3 });
    expect(summary).toMatchObject({ ethnicTooMany: true, ethnicMinority: null, total: 2 });
    expect(summary.leftOut).toEqual([{ kind: 'ethnic', ethnicMinority: 3, total: 2 }]);
  });
});

const report = (id: string, date: string, place: string, female: number, male: number, pre: TestEntry, post: TestEntry): SessionReport => ({
  id,
  session: 'hop-thon-90-phut',
  trainer: '',
  placeType: 'village',
  date,
  place,
  notes: '',
  headcount: { female, male, age: { under16: 0, from16to17: 0, from18to35: female + male, from36to59: 0, from60: 0 } },
  pre,
  post,
  createdAt: `${date}T08:00:00.000Z`,
  updatedAt: `${date}T08:00:00.000Z`,
});
const empty: TestEntry = { test: null, method: 'tallies', sheets: [], respondents: 0, correct: {} };
const keys = { pre: key, post: key };

describe('what the programmes count', () => {
  const first = summarizeReport(report('aaaaaaaa', '2026-11-20', 'Thôn Nà Phìn', 12, 8, preTallies, postSheets), keys);
  const second = summarizeReport(
    report('bbbbbbbb', '2026-11-27', 'Bản Cốc', 5, 5, { ...preTallies, respondents: 10, correct: { q1: 5, q2: 5, q3: 5, q4: 5, q5: 5, q6: 5 } }, { ...preTallies, respondents: 10, correct: { q1: 8, q2: 8, q3: 8, q4: 8, q5: 8, q6: 8 } }),
    keys,
  );
  const noTests = summarizeReport(report('cccccccc', '2026-11-28', 'Tổ 3', 4, 0, empty, empty), keys);

  it('summarises one session held', () => {
    expect(first).toMatchObject({
      date: '2026-11-20',
      place: 'Thôn Nà Phìn',
      headcount: { total: 20 },
      pre: { respondents: 20, correct: 60, total: 120, percent: 50 },
      post: { respondents: 4, correct: 15, total: 24, percent: 63 },
      gain: 13,
    });
    expect(noTests).toMatchObject({ pre: null, post: null, gain: null });
  });

  it('counts sessions held and attendances, and the gain over sessions with both tests', () => {
    const totals = programmeTotals([first, second, noTests]);
    expect(totals).toMatchObject({ sessionsHeld: 3, attendances: 34, female: 21, male: 13, sessionsWithGain: 2 });
    // Pre: (60 + 30) / (120 + 60) = 50%. Post: (15 + 48) / (24 + 60) = 75%.
    expect([totals.prePercent, totals.postPercent, totals.gain]).toEqual([50, 75, 25]);
  });

  /** The page's sentence for a figure left out (the component builds it from the UI strings). */
  const describeLeftOut = (item: LeftOut): string =>
    item.kind === 'question'
      ? `Câu ${item.number} (${item.test}): ${item.correct} đúng > ${item.respondents} người, không tính.`
      : item.kind === 'age'
        ? `Nhóm tuổi (${item.ageTotal}) ≠ ${item.total}, không tính.`
        : `Dân tộc thiểu số (${item.ethnicMinority}) > ${item.total}, không tính.`;

  const sessionsLabels: SessionsCsvLabels = {
    date: 'Ngày', place: 'Địa điểm', session: 'Buổi', participants: 'Số người', female: 'Nữ', male: 'Nam',
    age: { under16: 'Dưới 16', from16to17: '16–17', from18to35: '18–35', from36to59: '36–59', from60: 'Từ 60' },
    ethnicMinority: 'Dân tộc thiểu số', preRespondents: 'Số làm bài đầu buổi', prePercent: 'Đúng đầu buổi (%)',
    postRespondents: 'Số làm bài cuối buổi', postPercent: 'Đúng cuối buổi (%)', gain: 'Tăng (điểm %)', total: (n) => `Tổng: ${n} buổi`,
    note: 'Lưu ý', describeLeftOut,
  };

  it('writes one CSV row per session held and a totals row', () => {
    const rows = sessionsCsvRows([first, noTests], { 'hop-thon-90-phut': 'Họp thôn 90 phút' }, sessionsLabels);
    expect(rows).toEqual([
      ['Ngày', 'Địa điểm', 'Buổi', 'Số người', 'Nữ', 'Nam', 'Dưới 16', '16–17', '18–35', '36–59', 'Từ 60', 'Dân tộc thiểu số', 'Số làm bài đầu buổi', 'Đúng đầu buổi (%)', 'Số làm bài cuối buổi', 'Đúng cuối buổi (%)', 'Tăng (điểm %)', 'Lưu ý'],
      ['2026-11-20', 'Thôn Nà Phìn', 'Họp thôn 90 phút', 20, 12, 8, 0, 0, 20, 0, 0, null, 20, 50, 4, 63, 13, ''],
      ['2026-11-28', 'Tổ 3', 'Họp thôn 90 phút', 4, 4, 0, 0, 0, 4, 0, 0, null, undefined, undefined, undefined, undefined, null, ''],
      // No session counted ethnic-minority participants: the total is empty too, not 0.
      ['Tổng: 2 buổi', '', '', 24, 16, 8, 0, 0, 24, 0, 0, undefined, '', 50, '', 63, 13, ''],
    ]);
  });

  it('leaves empty cells in the CSV text for figures that were not taken', () => {
    const text = toCsv(sessionsCsvRows([noTests], {}, sessionsLabels));
    expect(text.split('\r\n')[1]).toBe('2026-11-28,Tổ 3,hop-thon-90-phut,4,4,0,0,0,4,0,0,,,,,,,');
  });

  it('leaves impossible figures out of the sessions CSV and its totals, and says why in the last column', () => {
    const wrongAges = report('dddddddd', '2026-11-29', 'Bản Mới', 6, 4, { ...preTallies, respondents: 10, correct: { q1: 5, q2: 5, q3: 5, q4: 50, q5: 5, q6: 5 } }, empty);
    wrongAges.headcount = { female: 6, male: 4, age: { under16: 0, from16to17: 0, from18to35: 7, from36to59: 0, from60: 0 }, ethnicMinority: 12 };
    const summary = summarizeReport(wrongAges, keys);
    expect(summary.pre).toMatchObject({ respondents: 10, correct: 25, total: 50, percent: 50 });
    const rows = sessionsCsvRows([first, summary], {}, sessionsLabels);
    expect(rows[2]).toEqual([
      '2026-11-29', 'Bản Mới', 'hop-thon-90-phut', 10, 6, 4, undefined, undefined, undefined, undefined, undefined, null, 10, 50, undefined, undefined, null,
      'Nhóm tuổi (7) ≠ 10, không tính. Dân tộc thiểu số (12) > 10, không tính. Câu 4 (pre): 50 đúng > 10 người, không tính.',
    ]);
    // Totals: every participant counts; the age groups only from sessions whose groups add up.
    expect(rows[3]!.slice(3, 12)).toEqual([30, 18, 12, 0, 0, 20, 0, 0, undefined]);
  });

  const questionLabels: QuestionsCsvLabels = {
    question: 'Câu', text: 'Nội dung', preCorrect: 'Đúng (đầu)', preTotal: 'Làm bài (đầu)', prePercent: '% đầu',
    postCorrect: 'Đúng (cuối)', postTotal: 'Làm bài (cuối)', postPercent: '% cuối', gain: 'Tăng', questionNumber: 'Câu {n}', overall: 'Cả bài',
    note: 'Lưu ý', describeLeftOut,
  };

  it('writes one CSV row per question and one for the whole test', () => {
    const rows = questionsCsvRows(compareTests({ key, entry: preTallies }, { key, entry: postSheets }), { q1: 'Tự nguyện đi theo…' }, questionLabels);
    expect(rows[0]).toEqual(['Câu', 'Nội dung', 'Đúng (đầu)', 'Làm bài (đầu)', '% đầu', 'Đúng (cuối)', 'Làm bài (cuối)', '% cuối', 'Tăng', 'Lưu ý']);
    expect(rows[1]).toEqual(['Câu 1', 'Tự nguyện đi theo…', 8, 20, 40, 2, 4, 50, 10, '']);
    expect(rows[4]).toEqual(['Câu 4', 'q4', 12, 20, 60, 2, 4, 50, -10, '']);
    expect(rows.at(-1)).toEqual(['Cả bài', '', 60, 120, 50, 15, 24, 63, 13, '']);
    expect(rows).toHaveLength(8);
  });

  it('leaves a question left out empty in the per-question CSV, with the reason in its row', () => {
    const rows = questionsCsvRows(compareTests({ key, entry: { ...preTallies, correct: { ...preTallies.correct, q4: 25 } } }, { key, entry: postSheets }), {}, questionLabels);
    expect(rows[4]).toEqual(['Câu 4', 'q4', undefined, undefined, undefined, 2, 4, 50, null, 'Câu 4 (pre): 25 đúng > 20 người, không tính.']);
    expect(rows.at(-1)).toEqual(['Cả bài', '', 48, 100, 48, 13, 20, 65, 17, '']);
  });

  it('names downloads in plain ASCII', () => {
    expect(reportFileName(['báo cáo', 'hop-thon-90-phut', '2026-11-27'], 'csv')).toBe('bao-cao-hop-thon-90-phut-2026-11-27.csv');
    expect(reportFileName(['', 'Đồng Văn'], 'json')).toBe('dong-van.json');
  });
});
