/**
 * Build benchmark (`npm run bench -- --lessons 500`): builds the project's content and a generated
 * corpus of N lessons (src/cli/bench/corpus.ts), each from an empty cache and output folder, and
 * prints pages built (and per lesson), build time (wall and CPU), the size of "download for
 * offline use" and where the build's time went, stage by stage — each next to the figure for the
 * project's own content. Sites go to `.bench/build/`, never to `dist/`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_STAGES, type BuildStage } from '../../lib/build/stage-clock.ts';
import { offlinePlan, OFFLINE_MANIFEST, type OfflineManifest } from '../../lib/offline/manifest.ts';
import { DEFAULT_LOCALE } from '../../site.config.ts';
import type { BuildProfile } from '../../integrations/profile.ts';
import { walk } from '../content-files.ts';
import { generateLessonCorpus } from './corpus.ts';
import { quantile, type Row } from './table.ts';

/** What one build of one content folder measured. */
export interface BuildMeasure {
  /** Lessons in the default language. */
  lessons: number;
  /** HTML pages written. */
  pages: number;
  /** Milliseconds, median of the runs. */
  wall: number;
  cpu: number;
  stages: Record<BuildStage, number>;
  /** Bytes of "download for offline use", every lesson, default language. */
  offline: number;
  /** The smallest and largest one-track download. */
  offlineTracks: [number, number];
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
const perLesson = (m: BuildMeasure) => (m.pages / m.lessons).toFixed(1);

/** The rows of a corpus build, each with the project's own content's figure beside it. */
export function buildRows(today: BuildMeasure, corpus: BuildMeasure): Row[] {
  const label = `${corpus.lessons} lessons`;
  const row = (metric: string, value: string, base: string, budget?: string): Row => ({
    section: 'build',
    metric: `${metric} (${label})`,
    value,
    note: `today's content (${today.lessons} lessons): ${base}`,
    ...(budget ? { budget } : {}),
  });
  return [
    row('pages built', `${corpus.pages} (${perLesson(corpus)} per lesson)`, `${today.pages} (${perLesson(today)} per lesson)`),
    row('build, wall / CPU', `${seconds(corpus.wall)} / ${seconds(corpus.cpu)}`, `${seconds(today.wall)} / ${seconds(today.cpu)}`,
      corpus.lessons === 500 ? '≤ 2× Starlight on the same machine' : undefined),
    row('offline download, every lesson', megabytes(corpus.offline), megabytes(today.offline)),
    row('offline download, one track', `${megabytes(corpus.offlineTracks[0])}–${megabytes(corpus.offlineTracks[1])}`,
      `${megabytes(today.offlineTracks[0])}–${megabytes(today.offlineTracks[1])}`),
    ...BUILD_STAGES.map((stage) => row(`stage: ${stage}`, seconds(corpus.stages[stage]), seconds(today.stages[stage]))),
  ];
}

function countLessons(contentDir: string): number {
  const dir = join(contentDir, 'lessons', DEFAULT_LOCALE);
  return existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.md')).length : 0;
}

/** Builds `contentDir` into `out` from nothing, `runs` times, and measures it. */
function measureBuild(root: string, options: { name: string; contentDir: string; content?: string; runs: number }): BuildMeasure {
  const work = join(root, '.bench', 'build');
  const out = join(work, `dist-${options.name}`);
  const cache = join(work, `cache-${options.name}`);
  const profileFile = join(work, `profile-${options.name}.json`);
  const cpuFile = join(work, `cpu-${options.name}.json`);
  const walls: number[] = [];
  const cpus: number[] = [];
  let profile: BuildProfile | undefined;
  for (let run = 0; run < options.runs; run++) {
    for (const path of [out, cache, profileFile, cpuFile]) rmSync(path, { recursive: true, force: true });
    const started = performance.now();
    const result = spawnSync(process.execPath, ['--import', join(root, 'src/cli/bench/cpu-usage.ts'), join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: root,
      env: {
        ...process.env,
        VUNG_BUOC_OUT: out,
        VUNG_BUOC_CACHE: cache,
        VUNG_BUOC_PROFILE: profileFile,
        VUNG_BUOC_CPU: cpuFile,
        BASE_PATH: '/',
        ...(options.content ? { VUNG_BUOC_CONTENT: options.content } : {}),
      },
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    walls.push(performance.now() - started);
    if (result.status !== 0) throw new Error(`astro build failed for ${options.name}:\n${result.stderr.slice(-2000)}`);
    const cpu = JSON.parse(readFileSync(cpuFile, 'utf8')) as { user: number; system: number };
    cpus.push(cpu.user + cpu.system);
    profile = JSON.parse(readFileSync(profileFile, 'utf8')) as BuildProfile;
  }
  const manifest = JSON.parse(readFileSync(join(out, OFFLINE_MANIFEST), 'utf8')) as OfflineManifest;
  const language = manifest.locales[DEFAULT_LOCALE]!;
  const trackSizes = Object.keys(language.tracks)
    .filter((track) => language.tracks[track]!.urls.length > 0)
    .map((track) => offlinePlan(language, { kind: 'track', track }).bytes);
  return {
    lessons: countLessons(options.contentDir),
    pages: walk(out).filter((file) => file.endsWith('.html')).length,
    wall: quantile(walls, 0.5),
    cpu: quantile(cpus, 0.5),
    stages: profile!.stages,
    offline: offlinePlan(language, { kind: 'all' }).bytes,
    offlineTracks: [Math.min(...trackSizes), Math.max(...trackSizes)],
  };
}

export async function benchBuild(options: { lessons: readonly number[]; runs?: number }): Promise<Row[]> {
  const root = process.cwd();
  const runs = options.runs ?? 1;
  console.error('bench: build of today\'s content…');
  const today = measureBuild(root, { name: 'today', contentDir: join(root, 'content'), runs });
  const rows: Row[] = [];
  for (const lessons of options.lessons) {
    const content = join(root, '.bench', 'build', `corpus-${lessons}`, 'content');
    generateLessonCorpus({ root, to: content, lessons });
    console.error(`bench: build of ${lessons} lessons…`);
    rows.push(...buildRows(today, measureBuild(root, { name: String(lessons), contentDir: content, content, runs })));
  }
  return rows;
}

/** `--lessons 100 --lessons 250`, `--lessons 100,250,500` → [100, 250, 500]; none → undefined. */
export function lessonCounts(args: readonly string[]): number[] | undefined {
  const counts: number[] = [];
  args.forEach((arg, index) => {
    const value = arg.startsWith('--lessons=') ? arg.slice('--lessons='.length) : arg === '--lessons' ? args[index + 1] : undefined;
    if (value === undefined) return;
    for (const part of value.split(',')) {
      const n = Number(part);
      if (!Number.isInteger(n) || n < 1) throw new Error(`--lessons wants whole numbers of lessons (e.g. --lessons 500 or --lessons 100,250,500), not "${part}".`);
      counts.push(n);
    }
  });
  return counts.length > 0 ? counts : undefined;
}
