import { describe, expect, it } from 'vitest';
import { buildRows, lessonCounts, type BuildMeasure } from '../../src/cli/bench/build.ts';

const measure = (lessons: number, pages: number, scale: number): BuildMeasure => ({
  lessons,
  pages,
  wall: 10_000 * scale,
  cpu: 9_000 * scale,
  stages: { content: 1000 * scale, bundle: 2000, markdown: 500 * scale, pages: 4000 * scale, search: 300 * scale, 'service worker': 1200 },
  offline: 3 * 1024 * 1024 * scale,
  offlineTracks: [1024 * 1024, 2 * 1024 * 1024 * scale],
});

describe('the build benchmark', () => {
  it('reads --lessons as one size, several, or a list', () => {
    expect(lessonCounts(['--lessons', '500'])).toEqual([500]);
    expect(lessonCounts(['--lessons', '100', '--json', '--lessons=250'])).toEqual([100, 250]);
    expect(lessonCounts(['--lessons', '100,250,500'])).toEqual([100, 250, 500]);
    expect(lessonCounts(['search', '--json'])).toBeUndefined();
    expect(() => lessonCounts(['--lessons', 'many'])).toThrow('--lessons wants whole numbers of lessons (e.g. --lessons 500 or --lessons 100,250,500), not "many".');
  });

  it('prints each figure of a corpus next to today\'s content', () => {
    const rows = buildRows(measure(27, 403, 1), measure(500, 6079, 3));
    expect(rows.map((row) => [row.metric, row.value, row.note])).toEqual([
      ['pages built (500 lessons)', '6079 (12.2 per lesson)', "today's content (27 lessons): 403 (14.9 per lesson)"],
      ['build, wall / CPU (500 lessons)', '30.0 s / 27.0 s', "today's content (27 lessons): 10.0 s / 9.0 s"],
      ['offline download, every lesson (500 lessons)', '9.0 MB', "today's content (27 lessons): 3.0 MB"],
      ['offline download, one track (500 lessons)', '1.0 MB–6.0 MB', "today's content (27 lessons): 1.0 MB–2.0 MB"],
      ['stage: content (500 lessons)', '3.0 s', "today's content (27 lessons): 1.0 s"],
      ['stage: bundle (500 lessons)', '2.0 s', "today's content (27 lessons): 2.0 s"],
      ['stage: markdown (500 lessons)', '1.5 s', "today's content (27 lessons): 0.5 s"],
      ['stage: pages (500 lessons)', '12.0 s', "today's content (27 lessons): 4.0 s"],
      ['stage: search (500 lessons)', '0.9 s', "today's content (27 lessons): 0.3 s"],
      ['stage: service worker (500 lessons)', '1.2 s', "today's content (27 lessons): 1.2 s"],
    ]);
    expect(rows[1]!.budget).toBe('≤ 2× Starlight on the same machine');
  });
});
