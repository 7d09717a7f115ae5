/**
 * Upgrades stored progress from older record versions, one step at a time. Each step is code
 * with a test. Version 0 is the pre-profile shape an early prototype wrote:
 * `{ version: 0, nickname?, lessonsDone: string[], quizScores: { [quizId]: percent }, passMark? }`.
 */
import { PROGRESS_VERSION } from './schema.ts';

type Step = (record: Record<string, unknown>, context: MigrationContext) => Record<string, unknown>;

export interface MigrationContext {
  now: () => Date;
  newProfileId: () => string;
  defaultNickname: string;
}

const steps: Record<number, Step> = {
  0: (old, context) => {
    const now = context.now().toISOString();
    const lessonsDone = Array.isArray(old.lessonsDone) ? old.lessonsDone.filter((s): s is string => typeof s === 'string') : [];
    const scores = old.quizScores && typeof old.quizScores === 'object' ? (old.quizScores as Record<string, unknown>) : {};
    const passMark = typeof old.passMark === 'number' ? old.passMark : 70;
    const id = context.newProfileId();
    return {
      version: 1,
      activeProfileId: id,
      profiles: [
        {
          id,
          nickname: typeof old.nickname === 'string' && old.nickname.trim() ? old.nickname.trim().slice(0, 40) : context.defaultNickname,
          createdAt: now,
          lessons: Object.fromEntries(lessonsDone.map((slug) => [slug, { markedDoneAt: now }])),
          attempts: Object.fromEntries(
            Object.entries(scores)
              .filter((entry): entry is [string, number] => typeof entry[1] === 'number')
              .map(([quizId, score]) => [
                quizId,
                [{ at: now, questionIds: [], correct: [], score: Math.max(0, Math.min(100, Math.floor(score))), passed: score >= passMark, source: 'import' }],
              ]),
          ),
        },
      ],
    };
  },
};

export class MigrationError extends Error {}

/** Upgrades `record` to the current version; throws `MigrationError` if it cannot. */
export function migrate(record: unknown, context: MigrationContext): unknown {
  if (!record || typeof record !== 'object' || Array.isArray(record)) throw new MigrationError('not an object');
  let current = record as Record<string, unknown>;
  const found = current.version;
  if (typeof found !== 'number' || !Number.isInteger(found)) throw new MigrationError('no version');
  let version: number = found;
  if (version > PROGRESS_VERSION) throw new MigrationError(`made by a newer version (${version})`);
  while (version < PROGRESS_VERSION) {
    const step = steps[version];
    if (!step) throw new MigrationError(`no migration from version ${version}`);
    current = step(current, context);
    version = current.version as number;
  }
  return current;
}
