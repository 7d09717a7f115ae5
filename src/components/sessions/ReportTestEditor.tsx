/**
 * Entering one paper test's results: either tallies per question (hands raised, a tally
 * sheet) or every numbered sheet, letter by letter as circled on paper. A tally that cannot
 * be right keeps its typed number here, with the warning; the results leave it out.
 */
import type { ReportTranslate } from './report/strings.ts';
import { useEffect, useId, useRef, useState } from 'react';
import type { ReportTest } from '../../data/sessions.ts';
import { lettersToOptionIds, optionIdsToLetters } from '../../lib/sessions/plans.ts';
import { addSheet, canAddSheet, removeSheet, setSheetAnswer, setTally } from '../../lib/sessions/records.ts';
import type { TestResult } from '../../lib/sessions/report.ts';
import { MAX_SHEETS, type EntryMethod, type TestEntry } from '../../lib/sessions/schema.ts';
import CountField from './CountField.tsx';

type Strings = ReportTranslate;

interface Props {
  /** `pre` or `post`, for names and test hooks. */
  which: 'pre' | 'post';
  heading: string;
  test: ReportTest;
  entry: TestEntry;
  result: TestResult;
  onChange: (change: (entry: TestEntry) => TestEntry) => void;
  /** What a count field says for a wrong entry and for one above the stored limit. */
  countMessages: { invalidMessage: string; tooLargeMessage: string };
  s: Strings;
}

type Question = ReportTest['questions'][number];

/** Letters typed for a "choose all" question; a wrong letter is shown, not saved. */
function LettersInput({ question, value, label, onChange, s }: { question: Question; value: string[]; label: string; onChange: (ids: string[]) => void; s: Strings }) {
  const id = useId();
  const [text, setText] = useState(optionIdsToLetters(value, question.optionIds));
  const [invalid, setInvalid] = useState(false);
  return (
    <>
      <input
        id={id}
        type="text"
        size={4}
        autoComplete="off"
        value={text}
        aria-label={label}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(event) => {
          const next = event.currentTarget.value;
          setText(next);
          const ids = lettersToOptionIds(next, question.optionIds);
          setInvalid(ids === null);
          if (ids) onChange(ids);
        }}
      />
      {invalid && <span id={`${id}-error`} className="field-error">{s('report.lettersInvalid', { letters: question.letters.join(', ') })}</span>}
    </>
  );
}

export default function ReportTestEditor({ which, heading, test, entry, result, onChange, countMessages, s }: Props) {
  const uid = useId();
  const tableRef = useRef<HTMLTableElement>(null);
  const [focusSheet, setFocusSheet] = useState<number | null>(null);
  // After "Delete" on a sheet: the sheet now in its place, else the one before, else "Add a sheet".
  const [focusAfterDelete, setFocusAfterDelete] = useState<number | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  // Set when "Add a sheet" is refused; shown while the test is still full.
  const [refusedSheet, setRefusedSheet] = useState(false);

  // After "Add a sheet", put the cursor on its first answer so typing can go on.
  useEffect(() => {
    if (focusSheet === null) return;
    tableRef.current?.querySelector<HTMLElement>(`[data-sheet="${focusSheet}"] select, [data-sheet="${focusSheet}"] input`)?.focus();
    setFocusSheet(null);
  }, [focusSheet, entry.sheets.length]);

  useEffect(() => {
    if (focusAfterDelete === null) return;
    const at = Math.min(focusAfterDelete, entry.sheets.length - 1);
    (tableRef.current?.querySelector<HTMLElement>(`[data-sheet="${at}"] [data-remove-sheet]`) ?? addButton.current)?.focus();
    setFocusAfterDelete(null);
  }, [focusAfterDelete, entry.sheets.length]);

  const setMethod = (method: EntryMethod) => onChange((current) => ({ ...current, method }));
  const headingId = `${uid}-heading`;

  return (
    <section className="report-test" aria-labelledby={headingId} data-report-test={which}>
      <h3 id={headingId}>{heading}</h3>
      <p className="report-test__title">{test.title}</p>
      <fieldset className="report-method">
        <legend>{s('report.method')}</legend>
        {(['tallies', 'sheets'] as const).map((method) => (
          <div key={method} className="choice">
            <input
              type="radio"
              id={`${uid}-${method}`}
              name={`${uid}-method`}
              value={method}
              checked={entry.method === method}
              onChange={() => setMethod(method)}
            />
            <label htmlFor={`${uid}-${method}`}>{s(`report.method.${method}`)}</label>
          </div>
        ))}
      </fieldset>

      {entry.method === 'tallies' ? (
        <>
          <CountField
            name={`${which}-respondents`}
            label={s('report.respondents')}
            value={entry.respondents}
            onChange={(n) => onChange((current) => ({ ...current, respondents: n ?? 0 }))}
            {...countMessages}
          />
          <table className="report-tally-table">
            <caption className="visually-hidden">{`${heading}: ${s('report.tallyRight')}`}</caption>
            <thead>
              <tr>
                <th scope="col">{s('report.col.question')}</th>
                <th scope="col">{s('report.rightAnswer')}</th>
                <th scope="col">{s('report.tallyRight')}</th>
              </tr>
            </thead>
            <tbody>
              {test.questions.map((question) => (
                <tr key={question.id}>
                  <th scope="row">
                    {s('report.questionNumber', { n: question.number })}
                    <span className="question-text">{question.prompt}</span>
                  </th>
                  <td className="num">{question.rightLetters}</td>
                  <td>
                    <CountField
                      name={`${which}-${question.id}`}
                      labelHidden
                      label={`${s('report.questionNumber', { n: question.number })}: ${s('report.tallyRight')}`}
                      value={entry.correct[question.id] ?? 0}
                      onChange={(n) => onChange((current) => setTally(current, question.id, n ?? 0))}
                      {...countMessages}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {result.problems.map((problem) => (
            <p key={problem.question} className="field-error" role="alert">
              {s('report.tallyTooMany', {
                n: test.questions.find((q) => q.id === problem.question)?.number ?? problem.question,
                correct: entry.correct[problem.question] ?? 0,
                respondents: entry.respondents,
              })}
            </p>
          ))}
        </>
      ) : (
        <>
          <p className="hint">{s('report.sheetsIntro')}</p>
          {entry.sheets.length > 0 && (
            <div className="table-scroll" role="region" aria-label={`${heading}: ${s('report.method.sheets')}`} tabIndex={0}>
              <table className="report-sheets-table" ref={tableRef}>
                <thead>
                  <tr>
                    <th scope="col">{s('report.sheet', { n: '' }).trim()}</th>
                    {test.questions.map((question) => (
                      <th scope="col" key={question.id}>
                        {s('report.questionNumber', { n: question.number })}
                      </th>
                    ))}
                    <td />
                  </tr>
                </thead>
                <tbody>
                  {entry.sheets.map((sheet, index) => (
                    <tr key={index} data-sheet={index}>
                      <th scope="row">{s('report.sheet', { n: index + 1 })}</th>
                      {test.questions.map((question) => {
                        const label = s('report.sheetAnswer', { sheet: index + 1, question: question.number });
                        const chosen = sheet[question.id] ?? [];
                        const update = (ids: string[]) => onChange((current) => setSheetAnswer(current, index, question.id, ids));
                        return (
                          <td key={question.id}>
                            {question.multiple ? (
                              <LettersInput question={question} value={chosen} label={label} onChange={update} s={s} />
                            ) : (
                              <select
                                aria-label={label}
                                data-answer={question.id}
                                value={optionIdsToLetters(chosen, question.optionIds)}
                                onChange={(event) => update(lettersToOptionIds(event.currentTarget.value, question.optionIds) ?? [])}
                              >
                                <option value="">{s('report.blank')}</option>
                                {question.letters.map((letter) => (
                                  <option key={letter} value={letter}>
                                    {letter}
                                  </option>
                                ))}
                              </select>
                            )}
                          </td>
                        );
                      })}
                      <td>
                        <button
                          type="button"
                          className="button--quiet button--small"
                          aria-label={s('report.removeSheet', { n: index + 1 })}
                          data-remove-sheet
                          onClick={() => {
                            onChange((current) => removeSheet(current, index));
                            setFocusAfterDelete(index);
                          }}
                        >
                          {s('report.delete')}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <p className="report-sheets-actions">
            <button
              type="button"
              ref={addButton}
              data-add-sheet={which}
              onClick={() => {
                if (!canAddSheet(entry)) {
                  setRefusedSheet(true);
                  return;
                }
                onChange(addSheet);
                setFocusSheet(entry.sheets.length);
              }}
            >
              {s('report.addSheet')}
            </button>
            <span aria-live="polite">{s('report.sheetCount', { n: entry.sheets.length })}</span>
          </p>
          <p className="field-error" role="alert" data-sheets-full={which} hidden={!(refusedSheet && !canAddSheet(entry))}>
            {refusedSheet && !canAddSheet(entry) ? s('report.sheetsFull', { max: MAX_SHEETS }) : ''}
          </p>
        </>
      )}
    </section>
  );
}
