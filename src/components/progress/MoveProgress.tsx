/**
 * Bringing progress in from another device: a pasted progress code or a file (a backup, or a
 * copy the store kept aside). Placed apart from "make a code", inside a section that is closed
 * until opened, so a learner does not paste their own code back by mistake.
 */
import { useState, type SubmitEvent } from 'react';
import type { ProgressTranslate } from './strings.ts';

/** What an import did, in words for the learner. */
export interface ImportOutcome {
  error?: string;
  message?: string;
}

interface Props {
  s: ProgressTranslate;
  importCode: (text: string) => ImportOutcome;
  importFile: (text: string) => ImportOutcome;
}

export default function MoveProgress({ s, importCode, importFile }: Props) {
  const [pasted, setPasted] = useState('');
  const [outcome, setOutcome] = useState<ImportOutcome>({});

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    setOutcome(importCode(pasted));
  };

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setOutcome(importFile(await file.text()));
  };

  return (
    <details className="move-progress">
      <summary>{s('progress.moveTitle')}</summary>
      <p>{s('progress.moveIntro')}</p>
      <form onSubmit={submit} className="code-import">
        <label htmlFor="paste-code">{s('progress.pasteLabel')}</label>
        <textarea id="paste-code" rows={3} value={pasted} onChange={(e) => setPasted(e.currentTarget.value)} spellCheck={false} autoComplete="off" />
        <button type="submit">{s('progress.import')}</button>
      </form>
      <p>
        <label htmlFor="import-file">{s('progress.importFile')}</label>{' '}
        <input id="import-file" type="file" accept="application/json,.json,text/plain,.txt" onChange={(e) => void choose(e.currentTarget.files?.[0])} />
      </p>
      <p role="alert" className="import-error">{outcome.error ?? ''}</p>
      <p role="status">{outcome.message ?? ''}</p>
    </details>
  );
}
