import { describe, expect, it } from 'vitest';
import { parseMarkdown, plainText } from '../../src/lib/markdown/parse.ts';
import { buildReadingView } from '../../src/lib/lesson/reading.ts';
import { splitIntoSlides } from '../../src/lib/slides/split.ts';
import { buildDeck, checkSlideLengths, measureDeck } from '../../src/lib/slides/deck.ts';
import { estimateSlideLines, SLIDE_LINE_BUDGET, slideDensity, slideLengthProblems, wrappedLines } from '../../src/lib/slides/measure.ts';
import { clampSlide, commandForKey, hashForSlide, moveTo, slideFromHash, swipeCommand, typeDigit, typedTarget } from '../../src/lib/slides/navigation.ts';
import {
  elapsedMs,
  formatClock,
  formatDuration,
  isFresh,
  minutesPerSlide,
  paceOf,
  pauseTimer,
  plannedSlides,
  readTimerState,
  RESET_TIMER,
  startTimer,
  timerOnSlideChange,
} from '../../src/lib/slides/timer.ts';
import { deckSyncKey, readDeckMessage } from '../../src/lib/slides/sync.ts';
import { formatProblem } from '../../src/lib/validation/problems.ts';

const labels = { tip: 'Mẹo', warning: 'Cẩn thận', hotline: 'Gọi để được giúp', scenario: 'Tình huống' };
const slidesOf = (source: string) => splitIntoSlides(parseMarkdown(source));
const summary = (source: string) =>
  slidesOf(source).map((slide) => ({ title: slide.title, part: slide.part, parts: slide.parts, text: plainText(slide.nodes), notes: plainText(slide.notes.flatMap((n) => ('children' in n ? n.children : []) as never[])) }));

describe('splitting a lesson into slides', () => {
  it('starts a slide at every ## heading', () => {
    expect(slidesOf('## Một\n\nA.\n\n## Hai\n\nB.').map((s) => [s.kind, s.title, plainText(s.nodes)])).toEqual([
      ['section', 'Một', 'A.'],
      ['section', 'Hai', 'B.'],
    ]);
  });

  it('keeps ### headings inside the slide of their ## section', () => {
    expect(slidesOf('## Một\n\n### Chi tiết\n\nA.').map((s) => plainText(s.nodes))).toEqual(['Chi tiết\nA.']);
  });

  it('starts a continuation slide at each --- inside a section', () => {
    expect(summary('## Dấu hiệu\n\nA.\n\n---\n\nB.\n\n---\n\nC.')).toEqual([
      { title: 'Dấu hiệu', part: 1, parts: 3, text: 'A.', notes: '' },
      { title: 'Dấu hiệu', part: 2, parts: 3, text: 'B.', notes: '' },
      { title: 'Dấu hiệu', part: 3, parts: 3, text: 'C.', notes: '' },
    ]);
  });

  it('gives the text before the first ## an intro slide of its own', () => {
    const slides = slidesOf('Mai thấy một quảng cáo.\n\n## Một\n\nA.');
    expect(slides.map((s) => [s.kind, s.title, plainText(s.nodes)])).toEqual([
      ['intro', '', 'Mai thấy một quảng cáo.'],
      ['section', 'Một', 'A.'],
    ]);
  });

  it('takes :::notes out of what the audience sees and keeps them with their slide', () => {
    expect(summary('## Một\n\nA.\n\n:::notes\nHỏi lớp.\n:::\n\n## Hai\n\nB.')).toEqual([
      { title: 'Một', part: 1, parts: 1, text: 'A.', notes: 'Hỏi lớp.' },
      { title: 'Hai', part: 1, parts: 1, text: 'B.', notes: '' },
    ]);
  });

  it('gives notes after a --- to the continuation slide, not the first part', () => {
    expect(summary('## Một\n\nA.\n\n:::notes\nGhi chú A.\n:::\n\n---\n\nB.\n\n:::notes\nGhi chú B.\n:::')).toEqual([
      { title: 'Một', part: 1, parts: 2, text: 'A.', notes: 'Ghi chú A.' },
      { title: 'Một', part: 2, parts: 2, text: 'B.', notes: 'Ghi chú B.' },
    ]);
  });

  it('takes notes written inside a callout out of the callout too', () => {
    const [slide] = slidesOf('## Một\n\n::::scenario[Chuyện của Mai]\nMai mười lăm tuổi.\n\n:::notes\nĐừng hỏi tên thật.\n:::\n::::');
    expect(plainText(slide!.nodes)).toBe('Chuyện của Mai\nMai mười lăm tuổi.');
    expect(plainText(slide!.notes.flatMap((n) => ('children' in n ? n.children : []) as never[]))).toBe('Đừng hỏi tên thật.');
  });

  it('gives an empty section one slide with just its heading', () => {
    expect(summary('## Trống\n\n## Hai\n\nB.')).toEqual([
      { title: 'Trống', part: 1, parts: 1, text: '', notes: '' },
      { title: 'Hai', part: 1, parts: 1, text: 'B.', notes: '' },
    ]);
  });

  it('keeps a section of notes only as one slide carrying those notes', () => {
    expect(summary('## Mở đầu\n\n:::notes\nChưa viết.\n:::\n\n## Hai\n\nB.')[0]).toEqual({ title: 'Mở đầu', part: 1, parts: 1, text: '', notes: 'Chưa viết.' });
  });

  it('never makes a blank slide from a leading, trailing or doubled ---', () => {
    expect(summary('## Một\n\n---\n\nA.\n\n---\n\n---\n\nB.\n\n---')).toEqual([
      { title: 'Một', part: 1, parts: 2, text: 'A.', notes: '' },
      { title: 'Một', part: 2, parts: 2, text: 'B.', notes: '' },
    ]);
  });

  it('joins notes standing alone after a --- to the slide before them', () => {
    expect(summary('## Một\n\nA.\n\n---\n\n:::notes\nThêm.\n:::')).toEqual([{ title: 'Một', part: 1, parts: 1, text: 'A.', notes: 'Thêm.' }]);
  });

  it('moves notes written before the first ## to the first section when there is no intro text', () => {
    expect(summary(':::notes\nChào lớp.\n:::\n\n## Một\n\nA.')).toEqual([{ title: 'Một', part: 1, parts: 1, text: 'A.', notes: 'Chào lớp.' }]);
  });

  it('remembers the body line where each slide starts', () => {
    expect(slidesOf('Mở.\n\n## Một\n\nA.\n\n---\n\nB.').map((s) => s.line)).toEqual([1, 3, 7]);
  });
});

describe('building a deck', () => {
  const lesson = { title: 'Việc nhẹ lương cao', duration: 15, objectives: ['Nhận ra lời mời đáng ngờ.'], keyPoints: ['Gọi 111.'] };
  const body = 'Mở đầu.\n\n## Dấu hiệu\n\nLương cao.\n\n:::notes\nHỏi lớp: các em đã thấy chưa?\n:::\n\n---\n\nĐi ngay.\n\n## Làm gì\n\nHỏi người lớn.';
  const options = { labels, introTitle: 'Mở đầu', closingTitle: 'Điều cần nhớ' };

  it('puts a title slide first and a closing slide last, numbered from 1', () => {
    const deck = buildDeck(lesson, body, options);
    expect(deck.map((s) => [s.number, s.kind, s.title, s.part])).toEqual([
      [1, 'title', 'Việc nhẹ lương cao', 1],
      [2, 'intro', 'Mở đầu', 1],
      [3, 'section', 'Dấu hiệu', 1],
      [4, 'section', 'Dấu hiệu', 2],
      [5, 'section', 'Làm gì', 1],
      [6, 'closing', 'Điều cần nhớ', 1],
    ]);
  });

  it('never puts notes in the audience deck', () => {
    const deck = buildDeck(lesson, body, options);
    expect(JSON.stringify(deck)).not.toContain('Hỏi lớp');
    expect(deck.every((slide) => !('notesHtml' in slide))).toBe(true);
  });

  it('renders each slide\'s notes for the presenter when asked', () => {
    const deck = buildDeck(lesson, body, { ...options, withNotes: true });
    expect(deck.map((s) => s.notesHtml)).toEqual(['', '', '<aside class="speaker-notes" data-notes=""><p>Hỏi lớp: các em đã thấy chưa?</p></aside>', '', '', '']);
    expect(deck[2]!.html).toBe('<p>Lương cao.</p>');
  });

  it('renders a slide exactly as the reading view renders the same text', () => {
    const reading = buildReadingView(body, { labels }).html;
    for (const slide of buildDeck(lesson, body, options).filter((s) => s.html)) expect(reading).toContain(slide.html);
  });

  it('keeps heading ids inside slides clear of the slide numbers', () => {
    const deck = buildDeck(lesson, '## Một\n\n### 2\n\nA.', options);
    expect(deck[1]!.html).toBe('<h3 id="2-2">2</h3>\n<p>A.</p>');
  });

  it('measures a parsed body for the content check exactly as the deck it builds', () => {
    const long = Array.from({ length: 8 }, (_, i) => `Đoạn ${i}: ${'chữ '.repeat(30)}`).join('\n\n');
    const source = `${body}\n\n## Dài\n\n${long}`;
    const deck = buildDeck(lesson, source, options);
    expect(measureDeck(lesson, parseMarkdown(source), options)).toEqual(
      deck.map(({ number, kind, title, lines, line }) => ({ number, kind, title, lines, ...(line === undefined ? {} : { line }) })),
    );
  });

  it('marks a long slide for smaller type', () => {
    const long = Array.from({ length: 8 }, (_, i) => `Đoạn ${i}: ${'chữ '.repeat(30)}`).join('\n\n');
    const deck = buildDeck(lesson, `## Dài\n\n${long}`, options);
    expect(deck[1]!.density).toBe('crowded');
    expect(deck[0]!.density).toBe('normal');
  });
});

describe('measuring slides', () => {
  it('counts the lines a paragraph wraps to, plus the gap after it', () => {
    expect(wrappedLines('a'.repeat(64))).toBe(1);
    expect(wrappedLines('a'.repeat(65))).toBe(2);
    expect(estimateSlideLines(parseMarkdown('a'.repeat(100)).children)).toBe(2.5);
  });

  it('sets slides in smaller type as they fill up', () => {
    expect(slideDensity(SLIDE_LINE_BUDGET.normal)).toBe('normal');
    expect(slideDensity(SLIDE_LINE_BUDGET.normal + 0.5)).toBe('dense');
    expect(slideDensity(SLIDE_LINE_BUDGET.dense)).toBe('dense');
    expect(slideDensity(SLIDE_LINE_BUDGET.dense + 0.5)).toBe('crowded');
  });

  it('warns about a crowded body slide at its line in the file, with a fix', () => {
    const problems = slideLengthProblems(
      [
        { number: 3, kind: 'section', title: 'Dấu hiệu (tiếp)', lines: 19.5, line: 12 },
        { number: 4, kind: 'section', title: 'Ngắn', lines: 4 },
      ],
      { file: 'content/lessons/vi/a.md', bodyLineOffset: 40 },
    );
    expect(problems.map((p) => formatProblem(p))).toEqual([
      'content/lessons/vi/a.md:52:1  (body)  slide 3 "Dấu hiệu (tiếp)" is too long for a projector (about 20 lines; 16 fit) — it is shown in small type — split it with a line containing only "---", or move detail into a :::notes block',
    ]);
    expect(problems[0]!.severity).toBe('warning');
  });

  it('checks a lesson file for the content check, at file lines', () => {
    const long = Array.from({ length: 9 }, (_, i) => `Đoạn ${i}: ${'chữ '.repeat(30)}`).join('\n\n');
    const lesson = { title: 'Bài', duration: 10, objectives: ['Một.'], keyPoints: ['Hai.'] };
    const problems = checkSlideLengths(lesson, `## Ngắn\n\nA.\n\n## Dài\n\n${long}`, { file: 'content/lessons/vi/bai.md', bodyLineOffset: 20 });
    expect(problems.map((p) => [p.line, p.field, p.message.en.split(' is ')[0]])).toEqual([[25, '(body)', 'slide 3 "Dài"']]);
  });

  it('points a crowded closing slide at the key points', () => {
    const [problem] = slideLengthProblems([{ number: 9, kind: 'closing', title: 'Điều cần nhớ', lines: 17 }], { file: 'a.md' });
    expect(formatProblem(problem!, 'vi')).toBe(
      'a.md  keyPoints  trang chiếu 9 "Điều cần nhớ" quá dài để chiếu (khoảng 17 dòng; vừa 16 dòng) — chữ sẽ bị thu nhỏ — viết điều cần nhớ ngắn hơn hoặc bớt ý (trang kết thúc hiện tất cả)',
    );
  });
});

describe('moving through a deck', () => {
  it('turns the page with the arrow keys, Space and a clicker\'s PageUp/PageDown', () => {
    expect(['ArrowRight', ' ', 'PageDown', 'ArrowLeft', 'PageUp', 'Home', 'End'].map((key) => commandForKey(key)?.type)).toEqual([
      'next', 'next', 'next', 'previous', 'previous', 'first', 'last',
    ]);
  });

  it('knows B, F, O, digits, Enter and Escape, and leaves Up and Down to scroll', () => {
    expect(['b', 'B', 'f', 'o', 'O', '7', 'Enter', 'Escape', 'ArrowDown', 'x'].map((key) => commandForKey(key))).toEqual([
      { type: 'blank' }, { type: 'blank' }, { type: 'fullscreen' }, { type: 'overview' }, { type: 'overview' },
      { type: 'digit', digit: '7' }, { type: 'enter' }, { type: 'escape' }, undefined, undefined,
    ]);
  });

  it('stops at the first and last slide', () => {
    expect(moveTo('previous', 1, 9)).toBe(1);
    expect(moveTo('next', 9, 9)).toBe(9);
    expect(moveTo('last', 2, 9)).toBe(9);
    expect(clampSlide(0, 9)).toBe(1);
    expect(clampSlide(Number.NaN, 9)).toBe(1);
  });

  it('reads the slide number from the URL hash and ignores other hashes', () => {
    expect(slideFromHash('#4', 9)).toBe(4);
    expect(slideFromHash('4', 9)).toBe(4);
    expect(slideFromHash('#12', 9)).toBeUndefined();
    expect(slideFromHash('#dau-hieu', 9)).toBeUndefined();
    expect(slideFromHash('', 9)).toBeUndefined();
    expect(hashForSlide(4)).toBe('#4');
  });

  it('goes to a typed slide number on Enter, the last slide when the number is past the end', () => {
    const typed = ['1', '2'].reduce(typeDigit, '');
    expect(typed).toBe('12');
    expect(typedTarget(typed, 20)).toBe(12);
    expect(typedTarget(typed, 9)).toBe(9);
    expect(typedTarget('', 9)).toBeUndefined();
    expect(typeDigit('', '0')).toBe('');
    expect(['1', '2', '3', '4'].reduce(typeDigit, '')).toBe('123');
  });

  it('reads a horizontal swipe as a page turn and ignores scrolling', () => {
    expect(swipeCommand(-80, 10)).toBe('next');
    expect(swipeCommand(80, -5)).toBe('previous');
    expect(swipeCommand(-30, 0)).toBeUndefined();
    expect(swipeCommand(-80, 100)).toBeUndefined();
  });
});

describe('the presenter timer', () => {
  it('counts only running time across pauses', () => {
    let timer = startTimer(RESET_TIMER, 1_000);
    timer = pauseTimer(timer, 61_000);
    expect(elapsedMs(timer, 500_000)).toBe(60_000);
    timer = startTimer(timer, 600_000);
    expect(elapsedMs(timer, 630_000)).toBe(90_000);
    expect(startTimer(timer, 700_000)).toBe(timer);
  });

  it('shows minutes and seconds, and hours once past an hour', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(754_000)).toBe('12:34');
    expect(formatDuration(-65_000)).toBe('1:05');
    expect(formatDuration(3_723_000)).toBe('1:02:03');
    expect(formatClock(7, 5)).toBe('07:05');
  });

  it('starts with the first slide change, not before, and never restarts a paused timer', () => {
    expect(isFresh(RESET_TIMER)).toBe(true);
    const started = timerOnSlideChange(RESET_TIMER, 5_000);
    expect(started).toEqual({ running: true, startedAt: 5_000, accumulatedMs: 0 });
    expect(timerOnSlideChange(started, 9_000)).toBe(started);
    const paused = pauseTimer(started, 65_000);
    expect(timerOnSlideChange(paused, 70_000)).toBe(paused);
    expect(isFresh(paused)).toBe(false);
  });

  it('plans the lesson\'s minutes over the slides after the title slide', () => {
    // 15 minutes over the nine slides after the title: 100 seconds each.
    const plan = plannedSlides(15, 10);
    expect(plan[0]).toEqual({ startMs: 0, endMs: 0 });
    expect(plan[1]).toEqual({ startMs: 0, endMs: 100_000 });
    expect(plan[2]).toEqual({ startMs: 100_000, endMs: 200_000 });
    expect(plan[9]).toEqual({ startMs: 800_000, endMs: 900_000 });
    expect(plannedSlides(15, 1)).toEqual([{ startMs: 0, endMs: 900_000 }]);
  });

  it('is on time while the elapsed time is within the current slide\'s planned time', () => {
    expect(paceOf({ elapsedMs: 95_000, budgetMinutes: 15, slide: 2, slideCount: 10 })).toEqual({
      remainingMs: 805_000, over: false, planned: { startMs: 0, endMs: 100_000 }, status: 'on-time', differenceMs: 0,
    });
    expect(paceOf({ elapsedMs: 0, budgetMinutes: 15, slide: 2, slideCount: 10 }).status).toBe('on-time');
  });

  it('is ahead when a slide is reached before its planned start, by that much', () => {
    expect(paceOf({ elapsedMs: 95_000, budgetMinutes: 15, slide: 3, slideCount: 10 })).toMatchObject({ status: 'ahead', differenceMs: 5_000 });
    expect(paceOf({ elapsedMs: 60_000, budgetMinutes: 15, slide: 8, slideCount: 10 })).toMatchObject({ status: 'ahead', differenceMs: 540_000 });
  });

  it('is behind when a slide is still up after its planned end, by that much', () => {
    expect(paceOf({ elapsedMs: 295_000, budgetMinutes: 15, slide: 3, slideCount: 10 })).toMatchObject({ status: 'behind', differenceMs: 95_000 });
    expect(paceOf({ elapsedMs: 17 * 60_000, budgetMinutes: 15, slide: 10, slideCount: 10 })).toMatchObject({
      over: true, remainingMs: -120_000, status: 'behind', differenceMs: 120_000,
    });
  });

  it('restores a saved timer and resets anything else', () => {
    expect(readTimerState({ running: true, startedAt: 5, accumulatedMs: 10 })).toEqual({ running: true, startedAt: 5, accumulatedMs: 10 });
    expect(readTimerState({ running: 'yes' })).toBe(RESET_TIMER);
    expect(readTimerState(null)).toBe(RESET_TIMER);
    expect(readTimerState({ running: false, startedAt: 0, accumulatedMs: -1 })).toBe(RESET_TIMER);
  });

  it('spreads a lesson\'s minutes over the slides after the title slide, to the half minute', () => {
    expect(minutesPerSlide(15, 11)).toBe(1.5);
    expect(minutesPerSlide(45, 10)).toBe(5);
    expect(minutesPerSlide(5, 40)).toBe(0.5);
    expect(minutesPerSlide(15, 1)).toBe(15);
  });
});

describe('keeping windows of a deck together', () => {
  it('names one channel and storage key per lesson', () => {
    expect(deckSyncKey('viec-nhe-luong-cao')).toBe('vungbuoc:deck:viec-nhe-luong-cao');
  });

  it('accepts slide changes and hellos from another window, and nothing else', () => {
    expect(readDeckMessage({ type: 'state', from: 'a', at: 1, slide: 3, blank: false })).toEqual({ type: 'state', from: 'a', at: 1, slide: 3, blank: false });
    expect(readDeckMessage({ type: 'hello', from: 'a', at: 1, extra: true })).toEqual({ type: 'hello', from: 'a', at: 1 });
    expect(readDeckMessage({ type: 'state', from: 'a', at: 1, slide: 0, blank: false })).toBeUndefined();
    expect(readDeckMessage({ type: 'state', from: 'a', at: 1, slide: 2.5, blank: false })).toBeUndefined();
    expect(readDeckMessage({ type: 'state', at: 1, slide: 2, blank: false })).toBeUndefined();
    expect(readDeckMessage('{"type":"hello"}')).toBeUndefined();
    expect(readDeckMessage(null)).toBeUndefined();
  });
});

