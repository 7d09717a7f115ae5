/**
 * /reports/: the programme roll-up. A coordinator loads many trainers' report files; the page
 * adds them up for a period, a trainer or a plan, and makes a printable summary and a CSV.
 * The roll-up is kept in this browser like classes and reports. All logic lives in
 * src/lib/reports; this island holds state, wires events and hands prepared data to sections.
 */
import { useEffect, useMemo, useState } from 'react';
import type { TestEdition } from '../data/sessions.ts';
import { translatorFor } from '../i18n/translate.ts';
import { toCsv } from '../lib/csv.ts';
import { rollupCsvRows } from '../lib/reports/csv.ts';
import { exportRollup, type FileReading } from '../lib/reports/files.ts';
import type { PlanInfo } from '../lib/reports/keys.ts';
import { loadFiles, type LoadOutcome } from '../lib/reports/merge.ts';
import { ALL, type Selection } from '../lib/reports/period.ts';
import { undoPlaceMerges, type PlaceId } from '../lib/reports/places.ts';
import type { QuestionRow } from '../lib/reports/questions.ts';
import type { RollupRecord } from '../lib/reports/schema.ts';
import type { RollupStoreState } from '../lib/reports/store.ts';
import { rollupView } from '../lib/reports/view.ts';
import { localIsoDate } from '../lib/sessions/records.ts';
import { reportFileName } from '../lib/sessions/report.ts';
import { formatDate } from '../lib/text/date.ts';
import { downloadText } from '../scripts/download.ts';
import { rollupBackupFileName } from '../lib/reports/store.ts';
import { onRollupChange, rollupStore } from '../scripts/rollup-client.ts';
import { rollupCsvLabels } from './reports/csv-labels.ts';
import { issueText, periodText, refText } from './reports/describe.ts';
import Figures from './reports/Figures.tsx';
import FileLoader from './reports/FileLoader.tsx';
import Filters from './reports/Filters.tsx';
import GroupTables from './reports/GroupTables.tsx';
import KeptCopies from './KeptCopies.tsx';
import Places from './reports/Places.tsx';
import PrintSummary from './reports/PrintSummary.tsx';
import QuestionTable from './reports/QuestionTable.tsx';
import type { ReportsStrings } from './reports/strings.ts';

interface Props {
  strings: ReportsStrings;
  locale: string;
  /** This copy of the site's session plans and test editions (answer keys, titles, question texts). */
  plans: PlanInfo[];
  tests: TestEdition[];
}

/** Questions named in the printed summary: the few most often missed at the end. */
const RETEACH_IN_SUMMARY = 3;

export default function ReportsApp({ strings, locale, plans, tests }: Props) {
  const s = translatorFor(strings, locale);
  const [state, setState] = useState<RollupStoreState | null>(null);
  const [selection, setSelection] = useState<Selection>(ALL);
  const [refused, setRefused] = useState('');
  const [backups, setBackups] = useState<Array<{ key: string; text: string }>>([]);

  const refresh = (next: RollupStoreState) => {
    setState(next);
    setBackups(rollupStore().backups());
  };

  useEffect(() => {
    refresh(rollupStore().load());
    return onRollupChange(refresh);
  }, []);

  const record = state?.record;
  const view = useMemo(() => (record ? rollupView(record, selection, { plans, tests }, locale) : null), [record, selection, plans, tests, locale]);

  if (!state || !view || !record) return <p>{s('reports.loading')}</p>;

  /** Saves a change; a change the store refuses is reported and nothing else moves. */
  const update = (change: (current: RollupRecord) => RollupRecord): boolean => {
    const result = rollupStore().update(change);
    refresh(result);
    setRefused(result.saved ? '' : s('reports.refused', { reason: result.refused ?? '' }));
    return result.saved;
  };

  const onLoad = (readings: FileReading[]): LoadOutcome | null => {
    let outcome: LoadOutcome | null = null;
    const saved = update((current) => {
      const loaded = loadFiles(current, readings, new Date());
      outcome = loaded.outcome;
      return loaded.record;
    });
    return saved ? outcome : null;
  };

  const onClear = () => {
    if (!window.confirm(s('reports.load.confirmClear'))) return;
    refresh(rollupStore().forget());
    setSelection(ALL);
  };

  const edition = (slug: string, version?: number) => tests.find((test) => test.slug === slug && (version === undefined || test.version === version));
  const testTitle = (slug: string) => edition(slug)?.title ?? slug;
  const testLabel = (row: QuestionRow) => s('reports.questions.edition', { title: testTitle(row.test.slug), version: row.test.version });
  const questionText = (row: QuestionRow) => edition(row.test.slug, row.test.version)?.prompts[row.question]?.prompt ?? null;

  const period = periodText(s, selection.period, locale);
  const trainerLabel = view.trainers.find((t) => t.key === selection.trainer)?.label;
  const planTitle = view.plans.find((p) => p.slug === selection.plan)?.title;
  const scope = [
    period,
    ...(selection.trainer !== null ? [s('reports.scope.trainer', { name: trainerLabel || s('reports.noTrainer') })] : []),
    ...(planTitle ? [s('reports.scope.plan', { title: planTitle })] : []),
  ].join('; ');
  const today = localIsoDate(new Date());
  const undatedOut = view.undated.counted ? 0 : view.undated.n;

  const downloadCsv = () => {
    const notes = [
      s('reports.figures.scope', { scope }),
      s('reports.csv.files', { n: record.files.length, reports: record.reports.length }),
      ...(view.undated.n > 0 ? [view.undated.counted ? s('reports.figures.undatedIn', { n: view.undated.n }) : s('reports.figures.undatedOut', { n: view.undated.n })] : []),
      ...(view.figures.olderFormat > 0 ? [s('reports.figures.older', { n: view.figures.olderFormat })] : []),
      ...view.issues.map((issue) => `${refText(s, issue.report, locale)}: ${issueText(s, issue, testTitle)}`),
      s('reports.asGoodAs'),
    ];
    const rows = rollupCsvRows(
      { total: { key: '', label: scope, figures: view.figures }, trainers: view.byTrainer, plans: view.byPlan, questions: view.questions, testTitle, questionText: (row) => questionText(row) ?? '', notes },
      rollupCsvLabels(s),
    );
    downloadText(reportFileName([s('reports.csv.fileName'), today], 'csv'), toCsv(rows), 'text/csv');
  };

  const notices = [...new Set(state.notices.map((notice) => (notice.kind === 'tab-only' ? s('reports.notice.tabOnly') : notice.problem === 'newer' ? s('reports.notice.newer') : s('reports.notice.recovered'))))];

  return (
    <div className="rollup" data-ready="true">
      {notices.length > 0 && (
        <p className="notice no-print" role="alert" data-rollup-notice>
          {notices.join(' ')}
        </p>
      )}
      {refused && <p className="field-error no-print" role="alert">{refused}</p>}
      <FileLoader
        s={s}
        locale={locale}
        files={record.files}
        reportCount={record.reports.length}
        onLoad={onLoad}
        onExport={() => downloadText(reportFileName([s('reports.csv.fileName'), today], 'json'), exportRollup(record, new Date()))}
        onClear={onClear}
      />
      {record.reports.length > 0 && (
        <>
          <Filters s={s} selection={selection} onChange={setSelection} years={view.years} trainers={view.trainers} plans={view.plans} />
          <Figures s={s} locale={locale} scope={scope} figures={view.figures} undated={view.undated} issues={view.issues} months={view.months} testTitle={testTitle} />
          <Places
            s={s}
            locale={locale}
            places={view.places}
            merges={record.placeMerges}
            onMerge={(merges) => update((current) => ({ ...current, placeMerges: merges }))}
            onUndo={(place: PlaceId) => update((current) => ({ ...current, placeMerges: undoPlaceMerges(current.placeMerges, place) }))}
          />
          <QuestionTable s={s} rows={view.questions} testLabel={testLabel} questionText={questionText} />
          <GroupTables s={s} locale={locale} trainers={view.byTrainer} plans={view.byPlan} />
          <PrintSummary
            s={s}
            locale={locale}
            when={periodText(s, selection.period, locale, 'sentence')}
            scope={scope}
            figures={view.figures}
            trainers={view.byTrainer}
            reteach={view.questions.filter((row) => row.post !== null).slice(0, RETEACH_IN_SUMMARY)}
            testTitle={testTitle}
            questionText={questionText}
            reportCount={record.reports.length}
            today={formatDate(today, locale)}
            undatedOut={undatedOut}
            issueCount={view.issues.filter((issue) => issue.kind !== 'assumed-edition').length}
            onCsv={downloadCsv}
          />
        </>
      )}
      <KeptCopies copies={backups} id="rollup" text={(key, values) => s(`reports.${key}`, values)} fileName={rollupBackupFileName} />
    </div>
  );
}
