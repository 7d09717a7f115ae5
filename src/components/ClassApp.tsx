/**
 * /class/: a teacher's class built from the progress codes students send privately. Codes are
 * found in any pasted text, merged per learner, kept in the teacher's browser, and shown as a
 * table per learner plus class-level quiz figures — never one child's answers. All logic lives
 * in src/lib/class (the page's view in view.ts); this island wires the sections together.
 */
import { useMemo, useState } from 'react';
import type { TitledProgressIndex } from '../data/progress-index.ts';
import { translatorFor } from '../i18n/translate.ts';
import { classCsv, classCsvFileName } from '../lib/class/csv.ts';
import { extractProgressCodes, type CodeProblem } from '../lib/class/extract.ts';
import type { LessonStatus, SortDirection, SortKey } from '../lib/class/figures.ts';
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
import { classBackupFileName } from '../lib/class/store.ts';
import { classView, nextSort } from '../lib/class/view.ts';
import { formatDate } from '../lib/text/date.ts';
import { classStore, onClassesChange } from '../scripts/class-client.ts';
import { downloadText } from '../scripts/download.ts';
import { loadProgress } from '../scripts/progress-client.ts';
import ClassLessonPicker from './ClassLessonPicker.tsx';
import KeptCopies from './KeptCopies.tsx';
import ClassOverview from './class/ClassOverview.tsx';
import ClassPicker from './class/ClassPicker.tsx';
import CodePaste, { type AddOutcome } from './class/CodePaste.tsx';
import LearnerTable from './class/LearnerTable.tsx';
import QuizFigures from './class/QuizFigures.tsx';
import type { ClassStrings } from './class/strings.ts';
import { useRecordStore } from './hooks/useRecordStore.ts';

interface Props {
  index: TitledProgressIndex;
  strings: ClassStrings;
  locale: string;
  trackNames: Record<string, string>;
  /** Tracks in their fixed order. */
  trackOrder: string[];
  /** quiz id → question id → prompt. */
  questionPrompts: Record<string, Record<string, string>>;
}

export default function ClassApp({ index, strings, locale, trackNames, trackOrder, questionPrompts }: Props) {
  const s = translatorFor(strings, locale);
  const { state, backups, update } = useRecordStore(classStore, onClassesChange);
  const [outcome, setOutcome] = useState<AddOutcome | null>(null);
  const [message, setMessage] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({ key: 'nickname', direction: 'ascending' });
  const current = state ? activeClass(state.record) : undefined;
  const view = useMemo(() => classView(current, index, { trackOrder, sort, locale }), [current, index, trackOrder, sort, locale]);

  if (!state) return <p>{s('class.loading')}</p>;

  const title = (id: string) => index.titles[id] ?? id;
  const trackName = (track: string) => trackNames[track] ?? track;
  const statusText = (status: LessonStatus | undefined) =>
    status?.state === 'done' ? s('class.statusDone') : status?.state === 'tried' ? s('class.statusTried', { score: status.best }) : s('class.statusNotStarted');
  const unnamedClass = (record: ClassesRecord) => defaultClassName(record, { first: s('class.defaultName'), numbered: (n) => s('class.defaultNameNumbered', { n }) });

  /** The active class's id, creating "Lớp của tôi" on first use. */
  const ensureClass = (record: ClassesRecord): { record: ClassesRecord; classId: string } => {
    const existing = activeClass(record);
    if (existing) return { record, classId: existing.id };
    const id = classStore().newClassId();
    return { record: createClass(record, { id, name: unnamedClass(record), createdAt: new Date().toISOString() }), classId: id };
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

  const addPasted = (text: string): boolean => {
    setMessage('');
    const { codes, problems } = extractProgressCodes(text);
    if (codes.length === 0 && problems.length === 0) {
      setOutcome({ error: s('class.noCodes') });
      return false;
    }
    const now = new Date();
    addIncoming(codes.map((found) => learnerFromSummary(found.summary, index, now)), problems);
    return problems.length === 0;
  };

  const addDeviceProfiles = () => {
    setMessage('');
    const profiles = loadProgress().record.profiles;
    if (profiles.length === 0) return setOutcome({ error: s('class.noDeviceProfiles') });
    const now = new Date();
    addIncoming(profiles.map((profile) => learnerFromDeviceProfile(profile, index, now)), []);
  };

  const newClass = (typed: string) => {
    const name = typed.trim() || unnamedClass(state.record);
    update((record) => createClass(record, { id: classStore().newClassId(), name, createdAt: new Date().toISOString() }));
    setOutcome(null);
    setMessage(s('class.created', { name }));
  };

  const removeClass = () => {
    if (!current || !window.confirm(s('class.confirmDelete', { name: current.name }))) return;
    update((record) => deleteClass(record, current.id));
    setOutcome(null);
    setMessage(s('class.deleted', { name: current.name }));
  };

  const exportCsv = () => {
    if (!current) return;
    const csv = classCsv(view.sorted, { lessons: view.lessons, shownLessons: view.columns.shown, gainPairs: view.gainPairs }, {
      nickname: s('class.colNickname'),
      tag: s('class.csvTag'),
      lessonsDone: s('class.csvLessonsDone', { total: view.lessons.length }),
      lesson: title,
      status: statusText,
      tracksCompleted: s('class.colTracks'),
      gain: (post) => s('class.csvGain', { title: title(post) }),
      codeDate: s('class.colCode'),
      trackName,
    });
    downloadText(classCsvFileName(current.name, new Date()), csv, 'text/csv');
  };

  const storeNotice = [...new Set(state.notices.map((notice) =>
    notice.kind === 'recovered' ? s(notice.problem === 'invalid' ? 'class.notice.recoveredInvalid' : notice.problem === 'newer' ? 'class.notice.recoveredNewer' : 'class.notice.recovered')
      : notice.kind === 'recovered-unsaved' ? s('class.notice.recoveredUnsaved') : s('class.notice.memoryOnly')))].join(' ');

  return (
    <div className="class-app" data-ready="true">
      <p role="alert" className="class-alert">{[storeNotice, state.refused ? s('class.notice.refused') : ''].filter(Boolean).join(' ')}</p>
      <ClassPicker
        s={s}
        record={state.record}
        current={current}
        message={message}
        onSwitch={(id) => { update((record) => switchClass(record, id)); setOutcome(null); }}
        onRename={(name) => current && update((record) => renameClass(record, current.id, name))}
        onDelete={removeClass}
        onCreate={newClass}
      />
      <CodePaste s={s} locale={locale} outcome={outcome} onAddPasted={addPasted} onAddDevice={addDeviceProfiles} onEdit={() => setOutcome(null)} />

      {current && (
        <>
          <p className="class-print-title">
            {current.name} · {s('class.printedOn', { date: formatDate(new Date().toISOString().slice(0, 10), locale) })}
          </p>
          <section aria-labelledby="class-lessons-title" data-class-lessons>
            <h2 id="class-lessons-title">{s('class.lessonsTitle')}</h2>
            <p data-lessons-summary>
              {view.lessons.length === 0
                ? s('class.lessonsNone')
                : view.followedTrack
                  ? s('class.lessonsFollowed', { n: view.lessons.length, track: trackName(view.followedTrack) })
                  : s('class.lessonsChosen', { n: view.lessons.length })}
            </p>
            <ClassLessonPicker
              tracks={view.pickerTracks.map(({ track, lessons }) => ({ track, name: trackName(track), lessons: lessons.map((slug) => ({ slug, title: title(slug) })) }))}
              lessons={view.lessons}
              following={view.following}
              onChange={(chosen) => update((record) => setClassLessons(record, current.id, chosen))}
              s={s}
            />
          </section>
          <ClassOverview s={s} view={view} className={current.name} index={index} title={title} trackName={trackName} questionPrompts={questionPrompts} />
          {view.figures.learners > 0 && (
            <LearnerTable
              s={s}
              view={view}
              className={current.name}
              locale={locale}
              sort={sort}
              onSort={(key) => setSort((previous) => nextSort(previous, key))}
              onRemove={(profileId, name) => window.confirm(s('class.confirmRemove', { name })) && update((record) => removeLearner(record, current.id, profileId))}
              title={title}
              trackName={trackName}
              statusText={statusText}
            />
          )}
          <QuizFigures s={s} figures={view.figures} title={title} />
          {view.figures.learners > 0 && (
            <section className="class-export" aria-labelledby="class-export-title">
              <h2 id="class-export-title">{s('class.exportTitle')}</h2>
              <p className="inline-form">
                <button type="button" onClick={exportCsv}>{s('class.export')}</button>
                <button type="button" className="button--quiet" onClick={() => window.print()}>{s('class.print')}</button>
              </p>
              <p className="hint">{s('class.exportHint')}</p>
            </section>
          )}
        </>
      )}

      <KeptCopies copies={backups} id="class" text={(key, values) => s(`class.${key}`, values)} fileName={classBackupFileName} />
    </div>
  );
}
