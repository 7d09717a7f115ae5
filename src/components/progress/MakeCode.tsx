/**
 * "Make a progress code": asks for the name the teacher will know the learner by (prefilled from
 * the profile, saved to it) where the code is made, then shows the code to copy.
 */
import { useRef, useState, type SubmitEvent } from 'react';
import { copyText } from '../../scripts/copy.ts';
import type { ProgressTranslate } from './strings.ts';

interface Props {
  s: ProgressTranslate;
  /** The active profile's nickname, if there is a profile yet. */
  nickname: string | undefined;
  /** Saves `name` to the active profile (creating one) and returns the code, or null if not saved. */
  makeCode: (name: string) => string | null;
}

export default function MakeCode({ s, nickname, makeCode }: Props) {
  const [code, setCode] = useState('');
  const [error, setError] = useState('');
  const [copyMessage, setCopyMessage] = useState('');
  const codeRef = useRef<HTMLInputElement>(null);

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = event.currentTarget.elements.namedItem('code-name') as HTMLInputElement;
    if (!input.value.trim()) {
      setError(s('progress.codeNameEmpty'));
      input.focus();
      return;
    }
    setError('');
    const made = makeCode(input.value);
    setCode(made ?? '');
    setCopyMessage('');
    if (made) requestAnimationFrame(() => codeRef.current?.focus());
  };

  const copy = async () => {
    const result = await copyText(code, codeRef.current);
    setCopyMessage(result === 'copied' ? s('progress.copied') : s('progress.copySelect'));
  };

  return (
    <section aria-labelledby="code-title">
      <h2 id="code-title">{s('progress.codeTitle')}</h2>
      <p>{s('progress.codeIntro')}</p>
      <form onSubmit={submit} className="stack-form" noValidate>
        <label htmlFor="code-name">{s('progress.codeName')}</label>
        <p id="code-name-hint" className="hint">{s('progress.codeNameHint')}</p>
        <input id="code-name" name="code-name" key={nickname ?? ''} defaultValue={nickname ?? ''} maxLength={40} autoComplete="off" aria-describedby="code-name-hint code-name-error" />
        <p id="code-name-error" className="import-error" role="alert">{error}</p>
        <button type="submit">{s('progress.makeCode')}</button>
      </form>
      {code && (
        <div className="code-box">
          <label htmlFor="progress-code">{s('progress.codeLabel')}</label>
          <input id="progress-code" ref={codeRef} type="text" readOnly value={code} onFocus={(e) => e.currentTarget.select()} />
          <button type="button" className="button--quiet" onClick={copy}>{s('progress.copy')}</button>
          <p role="status">{copyMessage}</p>
        </div>
      )}
    </section>
  );
}
