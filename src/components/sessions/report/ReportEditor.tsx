/** Entering one session: date, place and notes; headcounts; the paper pre- and post-test results. */
import { forwardRef } from 'react';
import { MAX_NOTES_LENGTH, type SessionReport as Report, type TestEntry } from '../../../lib/sessions/schema.ts';
import AgeCountFields from '../AgeCountFields.tsx';
import CountField from '../CountField.tsx';
import ReportPlaceFields from '../ReportPlaceFields.tsx';
import ReportTestEditor from '../ReportTestEditor.tsx';
import DateField from './DateField.tsx';
import type { ReportTranslate } from './strings.ts';
import type { SessionView } from './view.ts';

interface Props {
  s: ReportTranslate;
  view: SessionView;
  savedOnDevice: boolean;
  countMessages: { invalidMessage: string; tooLargeMessage: string };
  edit: (change: (report: Report) => Report) => void;
}

const ReportEditor = forwardRef<HTMLHeadingElement, Props>(function ReportEditor(
  { s, view, savedOnDevice, countMessages, edit },
  heading,
) {
  const { report, audience, pre, post, headcount, comparison, dateText } = view;
  const editTest = (which: 'pre' | 'post') => (change: (entry: TestEntry) => TestEntry) => edit((r) => ({ ...r, [which]: change(r[which]) }));
  const setEthnic = (n: number | undefined) =>
    edit((r) => {
      // Empty means "not counted": the field is left out, not stored as 0.
      const next = { ...r.headcount };
      if (n === undefined) delete next.ethnicMinority;
      else next.ethnicMinority = n;
      return { ...r, headcount: next };
    });
  return (
    <section className="report-editor no-print" aria-labelledby="report-edit-title">
      <h2 id="report-edit-title" ref={heading} tabIndex={-1}>
        {s('report.editTitle', { date: dateText })}
      </h2>
      <p className="hint">{savedOnDevice ? s('report.saved') : s('report.savedTab')}</p>

      <fieldset className="report-fieldset">
        <legend>{s('report.details')}</legend>
        <DateField value={report.date} onSave={(date) => edit((r) => ({ ...r, date }))} label={s('report.date')} invalidMessage={s('report.dateInvalid')} />
        <ReportPlaceFields report={report} onChange={(change) => edit((r) => ({ ...r, ...change }))} s={s} />
        <div className="field">
          <label htmlFor="report-notes">{s('report.notes')}</label>
          <p id="report-notes-hint" className="hint">{s('report.notesHint')}</p>
          <textarea id="report-notes" rows={3} maxLength={MAX_NOTES_LENGTH} aria-describedby="report-notes-hint" value={report.notes} onChange={(event) => edit((r) => ({ ...r, notes: event.currentTarget.value }))} />
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
              value={report.headcount[sex]}
              onChange={(n) => edit((r) => ({ ...r, headcount: { ...r.headcount, [sex]: n ?? 0 } }))}
              {...countMessages}
            />
          ))}
        </fieldset>
        <AgeCountFields
          audience={audience}
          age={report.headcount.age}
          onChange={(group, n) => edit((r) => ({ ...r, headcount: { ...r.headcount, age: { ...r.headcount.age, [group]: n } } }))}
          {...countMessages}
          s={s}
        />
        <CountField
          name="ethnicMinority"
          optional
          label={s('report.ethnic')}
          hint={s('report.ethnicHint')}
          value={report.headcount.ethnicMinority}
          onChange={setEthnic}
          {...countMessages}
        />
        <p className="report-total" data-total>
          <strong>{s('report.total', { n: headcount.total })}</strong>
        </p>
        {headcount.ageMismatch && <p className="field-error">{s('report.ageMismatch', { age: headcount.ageTotal, total: headcount.total })}</p>}
        {headcount.ethnicTooMany && <p className="field-error">{s('report.ethnicTooMany', { n: report.headcount.ethnicMinority ?? 0, total: headcount.total })}</p>}
      </fieldset>

      {pre && comparison.pre && (
        <ReportTestEditor which="pre" heading={s('report.preTest')} test={pre} entry={report.pre} result={comparison.pre} onChange={editTest('pre')} countMessages={countMessages} s={s} />
      )}
      {post && comparison.post && (
        <ReportTestEditor which="post" heading={s('report.postTest')} test={post} entry={report.post} result={comparison.post} onChange={editTest('post')} countMessages={countMessages} s={s} />
      )}
    </section>
  );
});

export default ReportEditor;
