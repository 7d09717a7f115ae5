/** Adding learners: paste a chat full of progress codes, or take every profile on this device. */
import { useState, type SubmitEvent } from 'react';
import { pasteTooLarge, type CodeProblem } from '../../lib/class/extract.ts';
import { formatSize } from '../../lib/text/size.ts';
import type { ClassTranslate } from './strings.ts';

/** What adding did: counts and the codes that could not be used, or a plain error. */
export type AddOutcome = { added: number; merged: number; problems: CodeProblem[] } | { error: string };

/** Unusable codes listed after a paste; the rest are counted (a pasted chat may hold hundreds). */
const PROBLEMS_SHOWN = 10;

interface Props {
  s: ClassTranslate;
  locale: string;
  outcome: AddOutcome | null;
  /** Reads the codes in `text` and adds them; true when every code was used (the box empties). */
  onAddPasted: (text: string) => boolean;
  onAddDevice: () => void;
  onEdit: () => void;
}

export default function CodePaste({ s, locale, outcome, onAddPasted, onAddDevice, onEdit }: Props) {
  const [pasted, setPasted] = useState('');
  const [refusedPaste, setRefusedPaste] = useState<{ bytes: number; limit: number } | undefined>();
  // Checked before any reading. A huge paste is refused before it even reaches the box (putting
  // a megabyte into a text box alone takes seconds on an old PC); the clipboard still holds it.
  const tooLarge = refusedPaste ?? pasteTooLarge(pasted);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (tooLarge) return;
    if (onAddPasted(pasted)) setPasted('');
  };

  const hadProblems = Boolean(outcome && 'problems' in outcome && outcome.problems.length > 0);
  // "The others were added" only when some were: a paste with no usable code says so instead.
  const addedAny = Boolean(outcome && 'added' in outcome && (outcome.added > 0 || outcome.merged > 0));
  return (
    <section className="class-add" aria-labelledby="class-add-title">
      <h2 id="class-add-title">{s('class.addTitle')}</h2>
      <form onSubmit={submit} className="code-import">
        <label htmlFor="class-paste">{s('class.pasteLabel')}</label>
        <p id="class-paste-hint" className="hint">{s('class.pasteHint')}</p>
        <textarea
          id="class-paste"
          rows={6}
          value={pasted}
          onChange={(e) => {
            setPasted(e.currentTarget.value);
            setRefusedPaste(undefined);
            onEdit();
          }}
          onPaste={(e) => {
            const refused = pasteTooLarge(e.clipboardData.getData('text/plain'));
            if (!refused) return;
            e.preventDefault();
            setRefusedPaste(refused);
            onEdit();
          }}
          aria-describedby="class-paste-hint"
          spellCheck={false}
          autoComplete="off"
        />
        <p><button type="submit">{s('class.add')}</button></p>
      </form>
      <p>
        <button type="button" className="button--quiet" onClick={onAddDevice}>{s('class.addDevice')}</button>{' '}
        <span className="hint">{s('class.addDeviceHint')}</span>
      </p>
      <div role="status" data-add-status>
        {outcome && 'added' in outcome && (addedAny || !hadProblems) && (
          <p>{s('class.addedSummary', { added: outcome.added, merged: outcome.merged })}</p>
        )}
      </div>
      <div role="alert" data-add-problems>
        {tooLarge && (
          <p className="import-error" data-paste-too-large>
            {s('class.pasteTooLarge', { size: formatSize(tooLarge.bytes, locale), limit: formatSize(tooLarge.limit, locale) })}
          </p>
        )}
        {outcome && 'error' in outcome && <p className="import-error">{outcome.error}</p>}
        {outcome && 'problems' in outcome && outcome.problems.length > 0 && (
          <div className="import-error">
            <p><strong>{s(addedAny ? 'class.problemsTitle' : 'class.problemsTitleNone', { n: outcome.problems.length })}</strong></p>
            <ul className="class-problems">
              {outcome.problems.slice(0, PROBLEMS_SHOWN).map((problem, i) => (
                <li key={`${problem.line}-${i}`} data-problem={problem.error}>
                  {s('class.problemLine', { line: problem.line, code: problem.excerpt, reason: s(`class.reason.${problem.error}`) })}
                </li>
              ))}
            </ul>
            {outcome.problems.length > PROBLEMS_SHOWN && <p data-more-problems>{s('class.problemsMore', { n: outcome.problems.length - PROBLEMS_SHOWN })}</p>}
          </div>
        )}
      </div>
    </section>
  );
}
