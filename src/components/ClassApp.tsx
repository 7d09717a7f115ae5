/**
 * /class/: a teacher's class built from the progress codes students send privately. Codes are
 * found in any pasted text, merged per learner, kept in the teacher's browser, and shown as a
 * table per learner plus class-level quiz figures — never one child's answers. All logic lives
 * in src/lib/class; this island renders and wires events.
 */
import { useEffect, useMemo, useState, type SubmitEvent } from 'react';
import type { TitledProgressIndex } from '../data/progress-index.ts';
import { interpolate } from '../i18n/index.ts';
import { classCsv, classCsvFileName } from '../lib/class/csv.ts';
import { extractProgressCodes, pasteTooLarge, type CodeProblem } from '../lib/class/extract.ts';
import {
  busiestTrack,
  classFigures,
  classLessons,
  learnerRows,
  lessonColumns,
  lessonsDoneOf,
  MIN_GROUP_FOR_QUESTIONS,
  sharedNameTags,
  sortRows,
  tableGainPairs,
  type LessonStatus,
  type SortDirection,
  type SortKey,
} from '../lib/class/figures.ts';
import {
  activeClass,
  addLearners,
  createClass,
  defaultClassName,
  deleteClass,
  learnerFromDeviceProfile,
  learnerFromSummary,
  removeLearner,
  renameClass,
  setClassLessons,
  switchClass,
  type IncomingLearner,
} from '../lib/class/roster.ts';
import type { ClassesRecord } from '../lib/class/schema.ts';
import { classBackupFileName, type ClassStoreState } from '../lib/class/store.ts';
import { formatDate } from '../lib/text/date.ts';
import { formatSize } from '../lib/text/size.ts';
import { classStore, onClassesChange } from '../scripts/class-client.ts';
import { downloadText } from '../scripts/download.ts';
import { loadProgress } from '../scripts/progress-client.ts';
import BarChart from './BarChart.tsx';
import ClassLessonPicker from './ClassLessonPicker.tsx';
import SortHeader from './SortHeader.tsx';

interface Props {
  index: TitledProgressIndex;
  /** `class.*` strings of the page's language, without the prefix. */
  strings: Record<string, string>;
  locale: string;
  trackNames: Record<string, string>;
  /** Tracks in their fixed order. */
  trackOrder: string[];
  /** quiz id → question id → prompt. */
  questionPrompts: Record<string, Record<string, string>>;
}

/** Unusable codes listed after a paste; the rest are counted (a pasted chat may hold hundreds). */
const PROBLEMS_SHOWN = 10;
/** Most missed questions shown in the chart and its table. */
const MOST_MISSED = 10;
/** Bar labels longer than this overflow the chart's label column; the table beside it has the full text. */
const CHART_LABEL_MAX = 19;
const chartLabel = (text: string) => (text.length > CHART_LABEL_MAX ? `${text.slice(0, CHART_LABEL_MAX - 1).trimEnd()}…` : text);

type AddOutcome = { added: number; merged: number; problems: CodeProblem[] } | { error: string };

export default function ClassApp({ index, strings, locale, trackNames, trackOrder, questionPrompts }: Props) {
  const s = (key: string, values?: Record<string, string | number>) => interpolate(strings[key] ?? key, values);
  const [state, setState] = useState<ClassStoreState | null>(null);
  const [backups, setBackups] = useState<Array<{ key: string; text: string }>>([]);
  const [pasted, setPasted] = useState('');
  const [refusedPaste, setRefusedPaste] = useState<{ bytes: number; limit: number } | undefined>();
  const [outcome, setOutcome] = useState<AddOutcome | null>(null);
  const [message, setMessage] = useState('');
  const [renaming, setRenaming] = useState(false);
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({ key: 'nickname', direction: 'ascending' });

  useEffect(() => {
    const refresh = (next: ClassStoreState) => {
      setState(next);
      // Reading may have just set unreadable data aside.
      setBackups(classStore().backups());
    };
    refresh(classStore().load());
    return onClassesChange(refresh);
  }, []);

  const current = state ? activeClass(state.record) : undefined;
  const learners = current?.learners ?? [];
  const rows = useMemo(() => learnerRows(learners, index), [learners, index]);
  const figures = useMemo(() => classFigures(learners.map((l) => l.profile), index), [learners, index]);

  if (!state) return <p>{s('loading')}</p>;

  const update = (change: (record: ClassesRecord) => ClassesRecord) => setState(classStore().update(change));

  const unnamedClass = (record: ClassesRecord) => defaultClassName(record, { first: s('defaultName'), numbered: (n) => s('defaultNameNumbered', { n }) });

  /** The active class's id, creating "Lớp của tôi" on first use. */
  const ensureClass = (record: ClassesRecord): { record: ClassesRecord; classId: string } => {
    const existing = activeClass(record);
    if (existing) return { record, classId: existing.id };
    const id = classStore().newClassId();
    const name = unnamedClass(record);
    return { record: createClass(record, { id, name, createdAt: new Date().toISOString() }), classId: id };
  };

  const addIncoming = (incoming: IncomingLearner[], problems: CodeProblem[]) => {
    let counts = { added: 0, merged: 0 };
    update((record) => {
      const { record: withClass, classId } = ensureClass(record);
      const result = addLearners(withClass, classId, incoming);
      counts = { added: result.added, merged: result.merged };
      return result.record;
    });
    setOutcome({ ...counts, problems });
  };

  // Checked before any reading. A huge paste is refused before it even reaches the box (putting
  // a megabyte into a text box alone takes seconds on an old PC); the clipboard still holds it.
  const tooLarge = refusedPaste ?? pasteTooLarge(pasted);

  const addPasted = (event: SubmitEvent) => {
    event.preventDefault();
    setMessage('');
    if (tooLarge) return;
    const { codes, problems } = extractProgressCodes(pasted);
    if (codes.length === 0 && problems.length === 0) {
      setOutcome({ error: s('noCodes') });
      return;
    }
    addIncoming(codes.map((found) => learnerFromSummary(found.summary, index)), problems);
    if (problems.length === 0) setPasted('');
  };

  const addDeviceProfiles = () => {
    setMessage('');
    const profiles = loadProgress().record.profiles;
    if (profiles.length === 0) {
      setOutcome({ error: s('noDeviceProfiles') });
      return;
    }
    const now = new Date();
    addIncoming(profiles.map((profile) => learnerFromDeviceProfile(profile, index, now)), []);
  };

  const newClass = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = event.currentTarget.elements.namedItem('class-name') as HTMLInputElement;
    const name = input.value.trim() || unnamedClass(state.record);
    update((record) => createClass(record, { id: classStore().newClassId(), name, createdAt: new Date().toISOString() }));
    input.value = '';
    setOutcome(null);
    setMessage(s('created', { name }));
  };

  const removeClass = () => {
    if (!current || !window.confirm(s('confirmDelete', { name: current.name }))) return;
    update((record) => deleteClass(record, current.id));
    setOutcome(null);
    setMessage(s('deleted', { name: current.name }));
  };

  const toggleSort = (key: SortKey) =>
    setSort((previous) => ({ key, direction: previous.key === key && previous.direction === 'ascending' ? 'descending' : 'ascending' }));

  const following = !current?.lessons;
  const lessons = classLessons(current?.lessons ?? null, rows, index, trackOrder);
  const followedTrack = following ? busiestTrack(rows, index, trackOrder) : undefined;
  const columns = lessonColumns(lessons, rows);
  const gainPairs = tableGainPairs(rows, index);
  const sorted = sortRows(rows, sort.key, sort.direction, locale, lessons);
  const tags = sharedNameTags(rows);
  const title = (id: string) => index.titles[id] ?? id;
  const gainText = (gain: number) => (gain > 0 ? `+${gain}` : String(gain));
  const statusText = (status: LessonStatus | undefined) =>
    status?.state === 'done' ? s('statusDone') : status?.state === 'tried' ? s('statusTried', { score: status.best }) : s('statusNotStarted');
  const pickerTracks = trackOrder
    .filter((track) => (index.tracks[track]?.length ?? 0) > 0)
    .map((track) => ({ track, name: trackNames[track] ?? track, lessons: index.tracks[track]!.map((slug) => ({ slug, title: title(slug) })) }));

  const chartLessons = figures.lessons.filter((lesson) => lessons.includes(lesson.slug));
  const mostMissed = figures.questions.filter((q) => q.wrong > 0).slice(0, MOST_MISSED);
  const maxAnswered = Math.max(1, ...mostMissed.map((q) => q.answered));
  const questionNumber = (quizId: string, questionId: string) => (index.quizzes[quizId]?.questionIds.indexOf(questionId) ?? 0) + 1;

  const exportCsv = () => {
    if (!current) return;
    const csv = classCsv(sorted, { lessons, shownLessons: columns.shown, gainPairs }, {
      nickname: s('colNickname'),
      tag: s('csvTag'),
      lessonsDone: s('csvLessonsDone', { total: lessons.length }),
      lesson: title,
      status: statusText,
      tracksCompleted: s('colTracks'),
      gain: (post) => s('csvGain', { title: title(post) }),
      codeDate: s('colCode'),
      trackName: (track) => trackNames[track] ?? track,
    });
    downloadText(classCsvFileName(current.name, new Date()), csv, 'text/csv');
  };

  const storeNotice = state.notices
    .map((notice) => (notice.kind === 'recovered' ? s('notice.recovered') : notice.kind === 'recovered-unsaved' ? s('notice.recoveredUnsaved') : s('notice.memoryOnly')))
    .filter((text, i, all) => all.indexOf(text) === i)
    .join(' ');

  return (
    <div className="class-app" data-ready="true">
      <p role="alert" className="class-alert">{storeNotice}</p>

      <section className="class-manage" aria-labelledby="class-manage-title">
        <h2 id="class-manage-title">{s('classesTitle')}</h2>
        {current ? (
          <div className="inline-form">
            {state.record.classes.length > 1 && (
              <>
                <label htmlFor="class-select">{s('classLabel')}</label>
                <select id="class-select" value={current.id} onChange={(e) => { update((record) => switchClass(record, e.currentTarget.value)); setOutcome(null); setRenaming(false); }}>
                  {state.record.classes.map((entry) => (
                    <option key={entry.id} value={entry.id}>{entry.name}</option>
                  ))}
                </select>
              </>
            )}
            {renaming ? (
              <form
                className="inline-form"
                onSubmit={(event) => {
                  event.preventDefault();
                  const input = event.currentTarget.elements.namedItem('rename-class') as HTMLInputElement;
                  update((record) => renameClass(record, current.id, input.value));
                  setRenaming(false);
                }}
              >
                <label htmlFor="rename-class">{s('nameLabel')}</label>
                <input id="rename-class" type="text" name="rename-class" defaultValue={current.name} maxLength={80} autoComplete="off" autoFocus />
                <button type="submit">{s('save')}</button>
                <button type="button" className="button--quiet" onClick={() => setRenaming(false)}>{s('cancel')}</button>
              </form>
            ) : (
              <>
                {state.record.classes.length === 1 && <p className="class-current">{s('classLabel')}: <strong data-class-name>{current.name}</strong></p>}
                <button type="button" className="button--quiet" onClick={() => setRenaming(true)}>{s('rename')}</button>
                <button type="button" className="button--danger" onClick={removeClass}>{s('delete')}</button>
              </>
            )}
          </div>
        ) : (
          <p>{s('noClass')}</p>
        )}
        <form onSubmit={newClass} className="inline-form class-new">
          <label htmlFor="new-class-name">{s('newName')}</label>
          <input id="new-class-name" type="text" name="class-name" maxLength={80} autoComplete="off" />
          <button type="submit" className="button--quiet">{s('newClass')}</button>
        </form>
        <p role="status">{message}</p>
      </section>

      <section className="class-add" aria-labelledby="class-add-title">
        <h2 id="class-add-title">{s('addTitle')}</h2>
        <form onSubmit={addPasted} className="code-import">
          <label htmlFor="class-paste">{s('pasteLabel')}</label>
          <p id="class-paste-hint" className="hint">{s('pasteHint')}</p>
          <textarea
            id="class-paste"
            rows={6}
            value={pasted}
            onChange={(e) => {
              setPasted(e.currentTarget.value);
              setRefusedPaste(undefined);
              setOutcome(null);
            }}
            onPaste={(e) => {
              const refused = pasteTooLarge(e.clipboardData.getData('text/plain'));
              if (!refused) return;
              e.preventDefault();
              setRefusedPaste(refused);
              setOutcome(null);
            }}
            aria-describedby="class-paste-hint"
            spellCheck={false}
            autoComplete="off"
          />
          <p><button type="submit">{s('add')}</button></p>
        </form>
        <p>
          <button type="button" className="button--quiet" onClick={addDeviceProfiles}>{s('addDevice')}</button>{' '}
          <span className="hint">{s('addDeviceHint')}</span>
        </p>
        <div role="status" data-add-status>
          {outcome && 'added' in outcome && <p>{s('addedSummary', { added: outcome.added, merged: outcome.merged })}</p>}
        </div>
        <div role="alert" data-add-problems>
          {tooLarge && (
            <p className="import-error" data-paste-too-large>
              {s('pasteTooLarge', { size: formatSize(tooLarge.bytes, locale), limit: formatSize(tooLarge.limit, locale) })}
            </p>
          )}
          {outcome && 'error' in outcome && <p className="import-error">{outcome.error}</p>}
          {outcome && 'problems' in outcome && outcome.problems.length > 0 && (
            <div className="import-error">
              <p><strong>{s('problemsTitle', { n: outcome.problems.length })}</strong></p>
              <ul className="class-problems">
                {outcome.problems.slice(0, PROBLEMS_SHOWN).map((problem, i) => (
                  <li key={`${problem.line}-${i}`} data-problem={problem.error}>
                    {s('problemLine', { line: problem.line, code: problem.excerpt, reason: s(`reason.${problem.error}`) })}
                  </li>
                ))}
              </ul>
              {outcome.problems.length > PROBLEMS_SHOWN && <p data-more-problems>{s('problemsMore', { n: outcome.problems.length - PROBLEMS_SHOWN })}</p>}
            </div>
          )}
        </div>
      </section>

      {current && (
        <>
          <p className="class-print-title">
            {current.name} · {s('printedOn', { date: formatDate(new Date().toISOString().slice(0, 10), locale) })}
          </p>
          <section aria-labelledby="class-lessons-title" data-class-lessons>
            <h2 id="class-lessons-title">{s('lessonsTitle')}</h2>
            <p data-lessons-summary>
              {lessons.length === 0
                ? s('lessonsNone')
                : followedTrack
                  ? s('lessonsFollowed', { n: lessons.length, track: trackNames[followedTrack] ?? followedTrack })
                  : s('lessonsChosen', { n: lessons.length })}
            </p>
            <ClassLessonPicker
              tracks={pickerTracks}
              lessons={lessons}
              following={following}
              onChange={(chosen) => update((record) => setClassLessons(record, current.id, chosen))}
              s={s}
            />
          </section>

          <section aria-labelledby="class-overview-title">
            <h2 id="class-overview-title">{s('overviewTitle', { name: current.name })}</h2>
            <p data-learner-count>{s('learnerCount', { n: figures.learners })}</p>
            {figures.learners === 0 ? (
              <p>{s('empty')}</p>
            ) : (
              <>
                <h3>{s('chartLessons')}</h3>
                <BarChart
                  title={s('chartLessons')}
                  description={s('chartLessonsDesc', { n: figures.learners })}
                  series={[{ label: s('seriesDone'), className: 'bar-b' }]}
                  groups={chartLessons.map((lesson) => ({ label: chartLabel(title(lesson.slug)), values: [lesson.done] }))}
                  max={figures.learners}
                />
                <table className="class-figures" data-lesson-figures>
                  <caption>{s('lessonsTableCaption')}</caption>
                  <thead>
                    <tr><th scope="col">{s('lesson')}</th><th scope="col">{s('track')}</th><th scope="col">{s('doneCount')}</th></tr>
                  </thead>
                  <tbody>
                    {chartLessons.map((lesson) => (
                      <tr key={lesson.slug} data-lesson={lesson.slug}>
                        <th scope="row">{title(lesson.slug)}</th>
                        <td>{trackNames[lesson.track] ?? lesson.track}</td>
                        <td>{s('ofLearners', { done: lesson.done, total: figures.learners })}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>

                <h3>{s('chartMissed')}</h3>
                <p className="hint">{s('privacyNote')}</p>
                {mostMissed.length === 0 ? (
                  <p>{s('noMissed')}</p>
                ) : (
                  <>
                    <BarChart
                      title={s('chartMissed')}
                      description={s('chartMissedDesc')}
                      series={[{ label: s('seriesWrong'), className: 'bar-c' }]}
                      groups={mostMissed.map((q) => ({ label: chartLabel(s('questionShort', { n: questionNumber(q.quizId, q.questionId), quiz: title(q.quizId) })), values: [q.wrong] }))}
                      max={maxAnswered}
                    />
                    <table className="class-figures" data-missed-questions>
                      <caption>{s('missedTableCaption')}</caption>
                      <thead>
                        <tr><th scope="col">{s('quiz')}</th><th scope="col">{s('question')}</th><th scope="col">{s('wrongCount')}</th></tr>
                      </thead>
                      <tbody>
                        {mostMissed.map((q) => (
                          <tr key={`${q.quizId}/${q.questionId}`} data-question={`${q.quizId}/${q.questionId}`}>
                            <td>{title(q.quizId)}</td>
                            <th scope="row">{s('questionLong', { n: questionNumber(q.quizId, q.questionId), prompt: questionPrompts[q.quizId]?.[q.questionId] ?? q.questionId })}</th>
                            <td>{s('ofLearners', { done: q.wrong, total: q.answered })}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </>
                )}
                {figures.withheldQuizzes.length > 0 && (
                  <p className="hint" data-withheld>{s('withheld', { n: figures.withheldQuizzes.length, min: MIN_GROUP_FOR_QUESTIONS })}</p>
                )}
              </>
            )}
          </section>

          {figures.learners > 0 && (
            <section aria-labelledby="class-learners-title">
              <h2 id="class-learners-title">{s('learnersTitle')}</h2>
              <p className="hint sort-hint">{s('sortHint')}</p>
              {columns.hidden.length > 0 && (
                <p className="hint" data-hidden-lessons>
                  {s('lessonsHidden', { n: columns.hidden.length, titles: columns.hidden.map(title).join('; ') })}
                </p>
              )}
              <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="class-learners-title">
                <table className="class-table" data-class-table>
                  <caption className="visually-hidden">{s('tableCaption', { name: current.name })}</caption>
                  <thead>
                    <tr>
                      <SortHeader column="nickname" sort={sort} onSort={toggleSort}>{s('colNickname')}</SortHeader>
                      <SortHeader column="lessons" sort={sort} onSort={toggleSort}>{s('colLessonsDone')}</SortHeader>
                      {columns.shown.map((slug) => (
                        <SortHeader key={slug} column={`lesson:${slug}` as SortKey} sort={sort} onSort={toggleSort} className="lesson-col">
                          {title(slug)}
                        </SortHeader>
                      ))}
                      <SortHeader column="tracks" sort={sort} onSort={toggleSort}>{s('colTracks')}</SortHeader>
                      <SortHeader column="gain" sort={sort} onSort={toggleSort}>{s('colGain')}</SortHeader>
                      <SortHeader column="code" sort={sort} onSort={toggleSort}>{s('colCode')}</SortHeader>
                      <th scope="col" className="no-print">{s('colRemove')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {sorted.map((row) => (
                      <tr key={row.profileId} data-learner={row.nickname}>
                        <th scope="row">
                          {row.nickname}
                          {tags[row.profileId] && <span className="tag"> {s('profileTag', { id: tags[row.profileId]! })}</span>}
                        </th>
                        <td data-lessons-done>{s('ofLearners', { done: lessonsDoneOf(row, lessons), total: lessons.length })}</td>
                        {columns.shown.map((slug) => (
                          <td key={slug} data-lesson={slug} className={`lesson-${row.lessons[slug]?.state ?? 'not-started'}`}>{statusText(row.lessons[slug])}</td>
                        ))}
                        <td data-tracks-completed>{row.tracksCompleted.map((track) => trackNames[track] ?? track).join(', ') || s('none')}</td>
                        <td data-gain>
                          {row.gains.length === 0
                            ? s('none')
                            : row.gains.map((gain) => (
                                <span key={gain.post} className="gain-line">{gainPairs.length > 1 ? s('gainCell', { title: title(gain.post), gain: gainText(gain.gain) }) : s('gainPoints', { gain: gainText(gain.gain) })}</span>
                              ))}
                        </td>
                        <td>{formatDate(row.lastCodeOn, locale)}</td>
                        <td className="no-print">
                          <button
                            type="button"
                            className="button--quiet"
                            aria-label={s('removeLearner', { name: row.nickname })}
                            onClick={() => {
                              if (window.confirm(s('confirmRemove', { name: row.nickname }))) update((record) => removeLearner(record, current.id, row.profileId));
                            }}
                          >
                            {s('remove')}
                          </button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          )}

          {figures.quizzes.length > 0 && (
            <section aria-labelledby="class-quizzes-title">
              <h2 id="class-quizzes-title">{s('quizzesTitle')}</h2>
              <table className="class-figures" data-quiz-figures>
                <caption className="visually-hidden">{s('quizzesTitle')}</caption>
                <thead>
                  <tr><th scope="col">{s('quiz')}</th><th scope="col">{s('attempted')}</th><th scope="col">{s('passed')}</th></tr>
                </thead>
                <tbody>
                  {figures.quizzes.map((quiz) => (
                    <tr key={quiz.quizId} data-quiz={quiz.quizId}>
                      <th scope="row">{title(quiz.quizId)}</th>
                      <td>{s('ofLearners', { done: quiz.attempted, total: figures.learners })}</td>
                      <td>{s('ofLearners', { done: quiz.passed, total: quiz.attempted })}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {figures.gains.length > 0 && (
                <>
                  <h3>{s('gainsTitle')}</h3>
                  <table className="class-figures" data-gain-figures>
                    <thead>
                      <tr>
                        <th scope="col">{s('quiz')}</th><th scope="col">{s('gainLearners')}</th>
                        <th scope="col">{s('gainPre')}</th><th scope="col">{s('gainPost')}</th><th scope="col">{s('gainMean')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {figures.gains.map((gain) => (
                        <tr key={gain.post}>
                          <th scope="row">{title(gain.post)}</th>
                          <td>{gain.learners}</td>
                          <td>{gain.meanPre}%</td>
                          <td>{gain.meanPost}%</td>
                          <td>{s('gainPoints', { gain: gainText(gain.meanGain) })}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </>
              )}
            </section>
          )}

          {figures.learners > 0 && (
            <section className="class-export" aria-labelledby="class-export-title">
              <h2 id="class-export-title">{s('exportTitle')}</h2>
              <p className="inline-form">
                <button type="button" onClick={exportCsv}>{s('export')}</button>
                <button type="button" className="button--quiet" onClick={() => window.print()}>{s('print')}</button>
              </p>
              <p className="hint">{s('exportHint')}</p>
            </section>
          )}
        </>
      )}

      {backups.length > 0 && (
        <section className="no-print" aria-labelledby="class-backups-title" data-backups>
          <h2 id="class-backups-title">{s('backupTitle')}</h2>
          <p>{s('backupIntro', { n: backups.length })}</p>
          <ul>
            {backups.map((backup, i) => (
              <li key={backup.key}>
                <button type="button" className="button--quiet" onClick={() => downloadText(classBackupFileName(backup.key, i + 1), backup.text)}>
                  {s('downloadBackup', { n: i + 1 })}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
