/**
 * /sessions/<slug>/report/: the trainer types a session's headcounts and paper pre/post
 * results; the page shows per-question results, the gain as a chart with its table, and
 * makes a printout, CSV files and a backup file. Reports stay in this browser (one per
 * session held); no participant's name is asked for anywhere. Logic lives in src/lib/sessions.
 */
import { useEffect, useRef, useState } from 'react';
import type { ReportTest } from '../../data/sessions.ts';
import { interpolate } from '../../i18n/index.ts';
import { toCsv } from '../../lib/csv.ts';
import {
  addReport,
  applyReportsImport,
  changeReport,
  deleteReport,
  exportReports,
  isReportDate,
  lastTrainer,
  localIsoDate,
  newReport,
  readReportsFile,
  planReportsImport,
  reportsByDate,
  reportsOfSession,
} from '../../lib/sessions/records.ts';
import { ageGroupsShown, type SessionAudience } from '../../lib/sessions/audience.ts';
import {
  chartedQuestions,
  compareTests,
  formatGain,
  headcountSummary,
  programmeTotals,
  questionsCsvRows,
  reportFileName,
  sessionsCsvRows,
  summarizeReport,
  type LeftOut,
  type SessionKeys,
} from '../../lib/sessions/report.ts';
import {
  AGE_GROUPS,
  LATEST_REPORT_DATE,
  MAX_COUNT,
  MAX_NOTES_LENGTH,
  REPORTS_VERSION,
  type ReportsRecord,
  type SessionReport as Report,
  type TestEntry,
  type TestKey,
} from '../../lib/sessions/schema.ts';
import type { ReportStoreState } from '../../lib/sessions/store.ts';
import { formatDate } from '../../lib/text/date.ts';
import { downloadText } from '../../scripts/download.ts';
import { newReportId, onReportsChange, reportStore } from '../../scripts/report-client.ts';
import BarChart from '../BarChart.tsx';
import AgeCountFields from './AgeCountFields.tsx';
import CountField from './CountField.tsx';
import ReportPlaceFields from './ReportPlaceFields.tsx';
import ReportTestEditor from './ReportTestEditor.tsx';

interface Props {
  session: { slug: string; title: string; audience: SessionAudience };
  pre: ReportTest | null;
  post: ReportTest | null;
  /** Answer keys and titles of every plan, to total reports of other plans too. */
  keys: Record<string, SessionKeys>;
  titles: Record<string, string>;
  /** Answer keys of the tests' current editions, carried in the exported file. */
  testKeys: TestKey[];
  /** The `report.*` strings of the page's language. */
  strings: Record<string, string>;
  locale: string;
}

const NO_KEYS: SessionKeys = { pre: null, post: null };

/**
 * The date held. A date picker takes years of five or six digits (20266), which a stored
 * report cannot hold: such a date stays on screen with the reason and is not saved.
 */
function DateField({ value, onSave, label, invalidMessage }: { value: string; onSave: (date: string) => void; label: string; invalidMessage: string }) {
  const [text, setText] = useState(value);
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    if (!invalid) setText(value);
  }, [value]);
  return (
    <div className="field">
      <label htmlFor="report-date">{label}</label>
      <input
        id="report-date"
        type="date"
        max={LATEST_REPORT_DATE}
        value={text}
        aria-invalid={invalid}
        aria-describedby={invalid ? 'report-date-error' : undefined}
        onChange={(event) => {
          const next = event.currentTarget.value;
          setText(next);
          setInvalid(!isReportDate(next));
          if (isReportDate(next)) onSave(next);
        }}
      />
      {invalid && <p id="report-date-error" className="field-error">{invalidMessage}</p>}
    </div>
  );
}

export default function SessionReport({ session, pre, post, keys, titles, testKeys, strings, locale }: Props) {
  const s = (key: string, values?: Record<string, string | number>) => interpolate(strings[key] ?? key, values);
  const [state, setState] = useState<ReportStoreState | null>(null);
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [importMessage, setImportMessage] = useState('');
  const [importError, setImportError] = useState('');
  const editHeading = useRef<HTMLHeadingElement>(null);
  const [focusEditor, setFocusEditor] = useState(false);

  useEffect(() => {
    const first = reportStore().load();
    setState(first);
    setCurrentId(reportsOfSession(first.record, session.slug)[0]?.id ?? null);
    return onReportsChange(setState);
  }, [session.slug]);

  useEffect(() => {
    if (!focusEditor) return;
    editHeading.current?.focus();
    setFocusEditor(false);
  }, [focusEditor, currentId]);

  if (!state) return <p>{s('report.loading')}</p>;

  const save = (change: (record: ReportsRecord) => ReportsRecord) => setState(reportStore().update(change));
  const mine = reportsOfSession(state.record, session.slug);
  const current = mine.find((report) => report.id === currentId) ?? null;
  const edit = (change: (report: Report) => Report) => {
    if (!current) return;
    save((record) => changeReport(record, current.id, change, new Date()));
  };
  const editTest = (which: 'pre' | 'post') => (change: (entry: TestEntry) => TestEntry) => edit((report) => ({ ...report, [which]: change(report[which]) }));

  const countMessages = { invalidMessage: s('report.countInvalid'), tooLargeMessage: s('report.countTooLarge', { max: MAX_COUNT.toLocaleString(locale) }) };
  // One sentence per figure left out: the same on screen, on paper and in the CSV files.
  const describeLeftOut = (item: LeftOut): string =>
    item.kind === 'question'
      ? s('report.leftOut.question', { n: item.number, test: s(`report.leftOut.${item.test}`), correct: item.correct, respondents: item.respondents })
      : item.kind === 'age'
        ? s('report.leftOut.age', { age: item.ageTotal, total: item.total })
        : s('report.leftOut.ethnic', { n: item.ethnicMinority, total: item.total });

  const dateText = (report: Report) => (report.date ? formatDate(report.date, locale) : s('report.noDate'));
  const placeText = (report: Report) => report.place.trim() || s('report.noPlace');

  const create = () => {
    const stamp = (test: ReportTest | null) => (test ? { slug: test.slug, version: test.version } : null);
    const report = newReport({
      id: newReportId(),
      session: session.slug,
      now: new Date(),
      tests: { pre: stamp(pre), post: stamp(post) },
      trainer: lastTrainer(state.record),
    });
    save((record) => addReport(record, report));
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
    save((record) => deleteReport(record, report.id));
    if (report.id === currentId) setCurrentId(mine.find((r) => r.id !== report.id)?.id ?? null);
    setMessage(s('report.deleted'));
  };

  const comparison = current
    ? compareTests(pre && { key: pre.key, entry: current.pre }, post && { key: post.key, entry: current.post })
    : null;
  const headcount = current ? headcountSummary(current.headcount) : null;
  const bothTests = comparison?.pre?.percent != null && comparison.post?.percent != null;
  const leftOut = headcount && comparison ? [...headcount.leftOut, ...comparison.leftOut] : [];

  const questionTexts = Object.fromEntries([...(pre?.questions ?? []), ...(post?.questions ?? [])].map((q) => [q.id, q.prompt]));
  const percentCell = (result: { percent: number | null; correct: number; total: number; leftOut?: boolean } | null | undefined) =>
    result?.leftOut ? s('report.leftOutCell') : result && result.percent !== null ? `${result.percent}% (${result.correct}/${result.total})` : '–';

  const downloadSessionCsv = () => {
    if (!current || !comparison) return;
    const rows = questionsCsvRows(comparison, questionTexts, {
      question: s('report.csv.question'),
      text: s('report.csv.text'),
      preCorrect: s('report.csv.preCorrect'),
      preTotal: s('report.csv.preRespondents'),
      prePercent: s('report.csv.prePercent'),
      postCorrect: s('report.csv.postCorrect'),
      postTotal: s('report.csv.postRespondents'),
      postPercent: s('report.csv.postPercent'),
      gain: s('report.csv.gain'),
      questionNumber: strings['report.questionNumber'] ?? '{n}',
      overall: s('report.allQuestions'),
      note: s('report.csv.note'),
      describeLeftOut,
    });
    downloadText(reportFileName([s('report.csv.fileName'), session.slug, current.date], 'csv'), toCsv(rows), 'text/csv');
  };

  const allReports = reportsByDate(state.record);
  const summaries = allReports.map((report) => summarizeReport(report, keys[report.session] ?? NO_KEYS));
  const totals = programmeTotals(summaries);

  const downloadAllCsv = () => {
    const rows = sessionsCsvRows(summaries, titles, {
      date: s('report.csv.date'),
      place: s('report.csv.place'),
      session: s('report.csv.session'),
      participants: s('report.csv.participants'),
      female: s('report.female'),
      male: s('report.male'),
      age: Object.fromEntries(AGE_GROUPS.map((group) => [group, s(`report.age.${group}`)])) as Record<(typeof AGE_GROUPS)[number], string>,
      ethnicMinority: s('report.csv.ethnic'),
      preRespondents: s('report.csv.preRespondents'),
      prePercent: s('report.csv.prePercent'),
      postRespondents: s('report.csv.postRespondents'),
      postPercent: s('report.csv.postPercent'),
      gain: s('report.csv.gain'),
      total: strings['report.csv.total'] ?? '{n}',
      note: s('report.csv.note'),
      describeLeftOut,
    });
    downloadText(reportFileName([s('report.csv.fileName'), localIsoDate(new Date())], 'csv'), toCsv(rows), 'text/csv');
  };

  const exportAll = () => {
    // The trainer's name in the file name: a coordinator receives many of these files.
    downloadText(reportFileName([s('report.csv.fileName'), lastTrainer(state.record), localIsoDate(new Date())], 'json'), exportReports(allReports, new Date(), testKeys));
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    setImportError('');
    setImportMessage('');
    if (!file) return;
    // A kept copy with one unreadable report still gives back all the others.
    const reading = readReportsFile(await file.text());
    input.value = '';
    if (!reading.ok || reading.reports.length === 0) {
      setImportError(s('report.importError'));
      return;
    }
    const incoming = reading.reports;
    const now = new Date();
    const plan = planReportsImport(reportStore().load().record, incoming, now);
    if (plan.add.length === 0 && plan.update.length === 0) {
      setImportMessage(s('report.importNothing'));
      return;
    }
    if (!window.confirm(s('report.confirmImport', { add: plan.add.length, update: plan.update.length }))) {
      setImportMessage(s('report.importCancelled'));
      return;
    }
    let replaced: Report[] = [];
    const next = reportStore().update((record) => {
      const current = planReportsImport(record, incoming, now);
      replaced = current.replaced;
      return applyReportsImport(record, current);
    });
    setState(next);
    if (!next.saved) {
      setImportError(s('report.notice.refused'));
      return;
    }
    // The copies an import replaced are kept aside (downloadable below), never lost.
    for (const old of replaced) reportStore().keepCopy(JSON.stringify({ version: REPORTS_VERSION, reports: [old] }), `replaced-${old.id}`);
    if (!currentId) setCurrentId(reportsOfSession(next.record, session.slug)[0]?.id ?? null);
    setImportMessage(
      [s('report.imported', { add: plan.add.length, update: plan.update.length, kept: plan.kept }), plan.futureDated > 0 ? s('report.futureDated', { n: plan.futureDated }) : '']
        .concat(reading.skipped.length > 0 ? [s('report.importSkipped', { n: reading.skipped.length })] : [])
        .filter(Boolean)
        .join(' '),
    );
  };

  const backups = reportStore().backups();
  const notices = [
    ...new Set(
      state.notices.map((notice) => (notice.kind === 'recovered' ? s('report.notice.recovered') : s('report.savedTab'))),
    ),
  ];

  return (
    <div className="session-report" data-ready="true">
      {notices.length > 0 && (
        <p className="notice no-print" role="alert">
          {notices.join(' ')}
        </p>
      )}

      <section className="report-kept no-print" aria-labelledby="report-kept-title">
        <h2 id="report-kept-title">{s('report.kept')}</h2>
        {mine.length === 0 ? (
          <p>{s('report.keptNone')}</p>
        ) : (
          <ul className="report-list">
            {mine.map((report) => (
              <li key={report.id} data-report={report.id} aria-current={report.id === currentId ? 'true' : undefined}>
                <span className="report-list__name">
                  {s('report.keptLine', { date: dateText(report), place: placeText(report), n: headcountSummary(report.headcount).total })}
                </span>
                {report.id === currentId ? (
                  <span className="tag">{s('report.opened')}</span>
                ) : (
                  <button type="button" className="button--quiet button--small" onClick={() => open(report.id)}>
                    {s('report.open')}
                    <span className="visually-hidden">: {dateText(report)} — {placeText(report)}</span>
                  </button>
                )}
                <button type="button" className="button--quiet button--small" onClick={() => remove(report)}>
                  {s('report.delete')}
                  <span className="visually-hidden">: {dateText(report)} — {placeText(report)}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <p>
          <button type="button" onClick={create} data-new-report>
            {s('report.new')}
          </button>
        </p>
        <p role="status">{message}</p>
      </section>

      {current && headcount && comparison && (
        <>
          <section className="report-editor no-print" aria-labelledby="report-edit-title" key={current.id}>
            <h2 id="report-edit-title" ref={editHeading} tabIndex={-1}>
              {s('report.editTitle', { date: dateText(current) })}
            </h2>
            <p className="hint">{state.mode === 'device' ? s('report.saved') : s('report.savedTab')}</p>

            <fieldset className="report-fieldset">
              <legend>{s('report.details')}</legend>
              <DateField value={current.date} onSave={(date) => edit((r) => ({ ...r, date }))} label={s('report.date')} invalidMessage={s('report.dateInvalid')} />
              <ReportPlaceFields report={current} onChange={(change) => edit((r) => ({ ...r, ...change }))} s={s} />
              <div className="field">
                <label htmlFor="report-notes">{s('report.notes')}</label>
                <p id="report-notes-hint" className="hint">{s('report.notesHint')}</p>
                <textarea id="report-notes" rows={3} maxLength={MAX_NOTES_LENGTH} aria-describedby="report-notes-hint" value={current.notes} onChange={(event) => edit((r) => ({ ...r, notes: event.currentTarget.value }))} />
              </div>
            </fieldset>

            <fieldset className="report-fieldset">
              <legend>{s('report.headcount')}</legend>
              <p className="hint">{s('report.headcountHint')}</p>
              <fieldset className="report-counts">
                <legend>{s('report.bySex')}</legend>
                {(['female', 'male'] as const).map((sex) => (
                  <CountField
                    key={sex}
                    name={sex}
                    label={s(`report.${sex}`)}
                    value={current.headcount[sex]}
                    onChange={(n) => edit((r) => ({ ...r, headcount: { ...r.headcount, [sex]: n ?? 0 } }))}
                    {...countMessages}
                  />
                ))}
              </fieldset>
              <AgeCountFields
                audience={session.audience}
                age={current.headcount.age}
                onChange={(group, n) => edit((r) => ({ ...r, headcount: { ...r.headcount, age: { ...r.headcount.age, [group]: n } } }))}
                {...countMessages}
                s={s}
              />
              <CountField
                name="ethnicMinority"
                optional
                label={s('report.ethnic')}
                hint={s('report.ethnicHint')}
                value={current.headcount.ethnicMinority}
                onChange={(n) =>
                  edit((r) => {
                    // Empty means "not counted": the field is left out, not stored as 0.
                    const next = { ...r.headcount };
                    if (n === undefined) delete next.ethnicMinority;
                    else next.ethnicMinority = n;
                    return { ...r, headcount: next };
                  })
                }
                {...countMessages}
              />
              <p className="report-total" data-total>
                <strong>{s('report.total', { n: headcount.total })}</strong>
              </p>
              {headcount.ageMismatch && <p className="field-error">{s('report.ageMismatch', { age: headcount.ageTotal, total: headcount.total })}</p>}
              {headcount.ethnicTooMany && <p className="field-error">{s('report.ethnicTooMany', { n: current.headcount.ethnicMinority ?? 0, total: headcount.total })}</p>}
            </fieldset>

            {pre && comparison.pre && (
              <ReportTestEditor which="pre" heading={s('report.preTest')} test={pre} entry={current.pre} result={comparison.pre} onChange={editTest('pre')} countMessages={countMessages} s={s} />
            )}
            {post && comparison.post && (
              <ReportTestEditor which="post" heading={s('report.postTest')} test={post} entry={current.post} result={comparison.post} onChange={editTest('post')} countMessages={countMessages} s={s} />
            )}
          </section>

          <section className="report-results" aria-labelledby="report-results-title" data-report-results>
            <h2 id="report-results-title">{s('report.results')}</h2>
            <p>{s('report.printMeta', { date: dateText(current), place: placeText(current) })}</p>
            <ul className="report-headcount">
              <li>{s('report.total', { n: headcount.total })}</li>
              <li>{s('report.summarySex', { female: headcount.female, male: headcount.male })}</li>
              {headcount.age && (
                <li data-summary-age>
                  {ageGroupsShown(session.audience, headcount.age).map((group) => `${s(`report.age.${group}`)}: ${headcount.age![group]}`).join(' · ')}
                </li>
              )}
              {headcount.ethnicMinority !== null && <li>{s('report.summaryEthnic', { n: headcount.ethnicMinority })}</li>}
            </ul>
            {leftOut.length > 0 && (
              <div className="report-left-out" data-left-out>
                <h3>{s('report.leftOutTitle')}</h3>
                <ul>
                  {leftOut.map((item, index) => (
                    <li key={index}>{describeLeftOut(item)}</li>
                  ))}
                </ul>
              </div>
            )}
            {current.notes.trim() && <p className="report-notes-print">{current.notes}</p>}
            <p className="report-overall" data-overall>
              <strong>
                {bothTests
                  ? s('report.overall', { pre: comparison.pre!.percent!, post: comparison.post!.percent!, gain: formatGain(comparison.gain) })
                  : comparison.pre?.percent == null && comparison.post?.percent == null
                    ? s('report.resultsEmpty')
                    : s('report.overallPartial')}
              </strong>
            </p>
            {(pre || post) && (
              <div className="report-chart-table">
                {bothTests && (
                  <BarChart
                    title={s('report.chartTitle')}
                    description={s('report.chartDesc')}
                    series={[
                      { label: s('report.col.pre'), className: 'bar-a' },
                      { label: s('report.col.post'), className: 'bar-b' },
                    ]}
                    groups={chartedQuestions(comparison).map((q) => ({ label: s('report.questionNumber', { n: q.number }), values: [q.pre?.percent ?? 0, q.post?.percent ?? 0] }))}
                    max={100}
                    unit="%"
                  />
                )}
                <table className="report-table" data-report-table>
                  <caption>{s('report.tableCaption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{s('report.col.question')}</th>
                      <th scope="col">{s('report.col.pre')}</th>
                      <th scope="col">{s('report.col.post')}</th>
                      <th scope="col">{s('report.col.gain')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {comparison.questions.map((q) => (
                      <tr key={q.id} data-question={q.id}>
                        <th scope="row">
                          {s('report.questionNumber', { n: q.number })}
                          <span className="question-text">{questionTexts[q.id]}</span>
                        </th>
                        <td className="num">{percentCell(q.pre)}</td>
                        <td className="num">{percentCell(q.post)}</td>
                        <td className="num" data-gain>{formatGain(q.gain)}</td>
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr>
                      <th scope="row">{s('report.allQuestions')}</th>
                      <td className="num">{percentCell(comparison.pre)}</td>
                      <td className="num">{percentCell(comparison.post)}</td>
                      <td className="num" data-gain-overall>{formatGain(comparison.gain)}</td>
                    </tr>
                  </tfoot>
                </table>
              </div>
            )}
            <div className="report-actions no-print">
              <h3>{s('report.actions')}</h3>
              <p className="button-row">
                <button type="button" onClick={() => window.print()}>
                  {s('report.print')}
                </button>
                <button type="button" className="button--quiet" onClick={downloadSessionCsv} data-csv-session>
                  {s('report.csvSession')}
                </button>
              </p>
            </div>
          </section>
        </>
      )}

      <section className="report-all no-print" aria-labelledby="report-all-title">
        <h2 id="report-all-title">{s('report.all')}</h2>
        <p>{s('report.allIntro')}</p>
        <ul data-programme-totals>
          <li>{s('report.allSessions', { n: totals.sessionsHeld })}</li>
          <li>{s('report.allAttendances', { n: totals.attendances })}</li>
          {totals.gain !== null && (
            <li>{s('report.allGain', { n: totals.sessionsWithGain, pre: totals.prePercent!, post: totals.postPercent!, gain: formatGain(totals.gain) })}</li>
          )}
        </ul>
        <p className="button-row">
          <button type="button" className="button--quiet" onClick={downloadAllCsv} disabled={allReports.length === 0} data-csv-all>
            {s('report.csvAll')}
          </button>
          <button type="button" className="button--quiet" onClick={exportAll} disabled={allReports.length === 0} data-export>
            {s('report.export')}
          </button>
        </p>
        <div className="field">
          <label htmlFor="report-import">{s('report.import')}</label>
          <p id="report-import-hint" className="hint">{s('report.importHint')}</p>
          <input id="report-import" type="file" accept="application/json,.json" aria-describedby="report-import-hint" onChange={(event) => void importFile(event.currentTarget)} />
        </div>
        <p role="status">{importMessage}</p>
        <p role="alert" className="import-error">{importError}</p>
      </section>

      {backups.length > 0 && (
        <section className="report-backups no-print" aria-labelledby="report-backups-title">
          <h2 id="report-backups-title">{s('report.backupTitle')}</h2>
          <p>{s('report.backupIntro', { n: backups.length })}</p>
          <ul>
            {backups.map((backup, index) => (
              <li key={backup.key}>
                <button type="button" className="button--quiet" onClick={() => downloadText(`${reportFileName([s('report.csv.fileName'), 'backup', String(index + 1)], 'json')}`, backup.text)}>
                  {s('report.downloadBackup', { n: index + 1 })}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
