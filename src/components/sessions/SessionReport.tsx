/**
 * /sessions/<slug>/report/: the trainer types a session's headcounts and paper pre/post
 * results; the page shows per-question results, the gain as a chart with its table, and
 * makes a printout, CSV files and a backup file. Reports stay in this browser (one per
 * session held); no participant's name is asked for anywhere. Logic lives in src/lib/sessions;
 * this island wires the sections (list, editor, results, all reports, kept copies).
 */
import { useEffect, useRef, useState } from 'react';
import type { ReportTest } from '../../data/sessions.ts';
import { translatorFor } from '../../i18n/translate.ts';
import { toCsv } from '../../lib/csv.ts';
import {
  addReport,
  applyReportsImport,
  changeReport,
  deleteReport,
  exportReports,
  lastTrainer,
  localIsoDate,
  newReport,
  planReportsImport,
  readReportsFile,
  reportsByDate,
  reportsOfSession,
} from '../../lib/sessions/records.ts';
import type { SessionAudience } from '../../lib/sessions/audience.ts';
import {
  compareTests,
  editionChanges,
  headcountSummary,
  programmeTotals,
  reportFileName,
  summarizeReport,
  type SessionKeys,
} from '../../lib/sessions/report.ts';
import { questionsCsvRows, sessionsCsvRows } from '../../lib/sessions/report-csv.ts';
import { MAX_COUNT, REPORTS_VERSION, type SessionReport as Report, type TestKey } from '../../lib/sessions/schema.ts';
import { formatDate } from '../../lib/text/date.ts';
import { downloadText } from '../../scripts/download.ts';
import { newReportId, onReportsChange, reportStore } from '../../scripts/report-client.ts';
import { useRecordStore } from '../hooks/useRecordStore.ts';
import KeptCopies from '../KeptCopies.tsx';
import AllReports, { type ImportOutcome } from './report/AllReports.tsx';
import { leftOutText, questionsCsvLabels, sessionsCsvLabels } from './report/labels.ts';
import ReportEditor from './report/ReportEditor.tsx';
import ReportList from './report/ReportList.tsx';
import ReportResults from './report/ReportResults.tsx';
import type { ReportStrings } from './report/strings.ts';
import type { SessionView } from './report/view.ts';

interface Props {
  session: { slug: string; title: string; audience: SessionAudience };
  pre: ReportTest | null;
  post: ReportTest | null;
  /** Answer keys and titles of every plan, to total reports of other plans too. */
  keys: Record<string, SessionKeys>;
  titles: Record<string, string>;
  /** Answer keys of the tests' current editions, carried in the exported file. */
  testKeys: TestKey[];
  strings: ReportStrings;
  locale: string;
}

const NO_KEYS: SessionKeys = { pre: null, post: null };

export default function SessionReport({ session, pre, post, keys, titles, testKeys, strings, locale }: Props) {
  const s = translatorFor(strings, locale);
  const { state, backups, update } = useRecordStore(reportStore, onReportsChange);
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const editHeading = useRef<HTMLHeadingElement>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const [focusEditor, setFocusEditor] = useState(false);

  useEffect(() => {
    if (state && currentId === null) setCurrentId(reportsOfSession(state.record, session.slug)[0]?.id ?? null);
  }, [state === null, session.slug]);

  useEffect(() => {
    if (!focusEditor) return;
    editHeading.current?.focus();
    setFocusEditor(false);
  }, [focusEditor, currentId]);

  if (!state) return <p>{s('report.loading')}</p>;

  const mine = reportsOfSession(state.record, session.slug);
  const current = mine.find((report) => report.id === currentId) ?? null;
  const edit = (change: (report: Report) => Report) => current && update((record) => changeReport(record, current.id, change, new Date()));
  const countMessages = { invalidMessage: s('report.countInvalid'), tooLargeMessage: s('report.countTooLarge', { max: MAX_COUNT.toLocaleString(locale) }) };
  const describeLeftOut = leftOutText(s);
  const dateText = (report: Report) => (report.date ? formatDate(report.date, locale) : s('report.noDate'));
  const placeText = (report: Report) => report.place.trim() || s('report.noPlace');

  const create = () => {
    const stamp = (test: ReportTest | null) => (test ? { slug: test.slug, version: test.version } : null);
    const report = newReport({ id: newReportId(), session: session.slug, now: new Date(), tests: { pre: stamp(pre), post: stamp(post) }, trainer: lastTrainer(state.record) });
    update((record) => addReport(record, report));
    setCurrentId(report.id);
    setMessage(s('report.created'));
    setFocusEditor(true);
  };

  const open = (id: string) => {
    setCurrentId(id);
    setMessage('');
    setFocusEditor(true);
  };

  const remove = (report: Report) => {
    if (!window.confirm(s('report.confirmDelete', { date: dateText(report), place: placeText(report) }))) return;
    update((record) => deleteReport(record, report.id));
    if (report.id === currentId) setCurrentId(mine.find((r) => r.id !== report.id)?.id ?? null);
    setMessage(s('report.deleted'));
    // The button pressed is gone: the cursor goes to the list, which stays.
    listHeading.current?.focus();
  };

  const comparison = current ? compareTests(pre && { key: pre.key, entry: current.pre }, post && { key: post.key, entry: current.post }) : null;
  const headcount = current ? headcountSummary(current.headcount) : null;
  const view: SessionView | null =
    current && headcount && comparison ? { report: current, audience: session.audience, pre, post, headcount, comparison, dateText: dateText(current) } : null;
  const allReports = reportsByDate(state.record);
  const summaries = allReports.map((report) => summarizeReport(report, keys[report.session] ?? NO_KEYS));

  const downloadSessionCsv = () => {
    if (!current || !comparison) return;
    const questionTexts = Object.fromEntries([...(pre?.questions ?? []), ...(post?.questions ?? [])].map((q) => [q.id, q.prompt]));
    const rows = questionsCsvRows(comparison, questionTexts, questionsCsvLabels(s, strings));
    downloadText(reportFileName([s('report.csv.fileName'), session.slug, current.date], 'csv'), toCsv(rows), 'text/csv');
  };

  const downloadAllCsv = () =>
    downloadText(reportFileName([s('report.csv.fileName'), localIsoDate(new Date())], 'csv'), toCsv(sessionsCsvRows(summaries, titles, sessionsCsvLabels(s))), 'text/csv');

  // The trainer's name in the file name: a coordinator receives many of these files.
  const exportAll = () =>
    downloadText(reportFileName([s('report.csv.fileName'), lastTrainer(state.record), localIsoDate(new Date())], 'json'), exportReports(allReports, new Date(), testKeys));

  const importText = (text: string): ImportOutcome => {
    // A kept copy with one unreadable report still gives back all the others.
    const reading = readReportsFile(text);
    if (!reading.ok || reading.reports.length === 0) return { error: s('report.importError') };
    const now = new Date();
    const plan = planReportsImport(reportStore().load().record, reading.reports, now);
    if (plan.add.length === 0 && plan.update.length === 0) return { message: s('report.importNothing') };
    if (!window.confirm(s('report.confirmImport', { add: plan.add.length, update: plan.update.length }))) return { message: s('report.importCancelled') };
    let replaced: Report[] = [];
    const next = update((record) => {
      const fresh = planReportsImport(record, reading.reports, now);
      replaced = fresh.replaced;
      return applyReportsImport(record, fresh);
    });
    if (!next.saved) return { error: s('report.notice.refused') };
    // The copies an import replaced are kept aside (downloadable below), never lost.
    for (const old of replaced) reportStore().keepCopy(JSON.stringify({ version: REPORTS_VERSION, reports: [old] }), `replaced-${old.id}`);
    if (!currentId) setCurrentId(reportsOfSession(next.record, session.slug)[0]?.id ?? null);
    const notes = [
      s('report.imported', { add: plan.add.length, update: plan.update.length, kept: plan.kept }),
      plan.futureDated > 0 ? s('report.futureDated', { n: plan.futureDated }) : '',
      reading.skipped.length > 0 ? s('report.importSkipped', { n: reading.skipped.length }) : '',
    ];
    return { message: notes.filter(Boolean).join(' ') };
  };

  const notices = [
    ...new Set(state.notices.map((notice) => (notice.kind === 'recovered' ? s('report.notice.recovered') : s('report.savedTab')))),
    ...(state.refused ? [s('report.notice.refused')] : []),
  ];

  return (
    <div className="session-report" data-ready="true">
      {notices.length > 0 && (
        <p className="notice no-print" role="alert">
          {notices.join(' ')}
        </p>
      )}
      <ReportList s={s} reports={mine} currentId={currentId} dateText={dateText} placeText={placeText} onOpen={open} onDelete={remove} onCreate={create} message={message} headingRef={listHeading} />

      {current && headcount && comparison && view && (
        <>
          <ReportEditor key={current.id} ref={editHeading} s={s} view={view} savedOnDevice={state.mode === 'device'} countMessages={countMessages} edit={edit} />
          <ReportResults
            s={s}
            view={view}
            leftOut={[...headcount.leftOut, ...comparison.leftOut]}
            describeLeftOut={describeLeftOut}
            editionNotes={editionChanges(current, { pre, post }).map((change) =>
              s('report.editionChanged', { test: s(`report.leftOut.${change.test}`), recorded: change.recorded.version, current: change.current.version, n: change.unmatched }),
            )}
            placeText={placeText(current)}
            onCsv={downloadSessionCsv}
          />
        </>
      )}

      <AllReports s={s} totals={programmeTotals(summaries)} hasReports={allReports.length > 0} onCsv={downloadAllCsv} onExport={exportAll} onImport={importText} />
      <KeptCopies copies={backups} id="report" text={(key, values) => s(`report.${key}`, values)} fileName={(_key, n) => reportFileName([s('report.csv.fileName'), 'backup', String(n)], 'json')} />
    </div>
  );
}
