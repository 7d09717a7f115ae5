/**
 * A field for a number of people. Typed as text with a numeric keyboard (a number input
 * changes value on scroll and hides what was typed wrong); a wrong entry — not a whole
 * number, or more than a stored report can hold — is shown with its reason, not saved.
 */
import { useEffect, useId, useState } from 'react';
import { parseCount, readCount, type CountReading } from '../../lib/sessions/records.ts';
import { MAX_COUNT } from '../../lib/sessions/schema.ts';

interface Props {
  /** Visible label; with `labelHidden` it becomes the accessible name only (inside tables). */
  label: string;
  labelHidden?: boolean;
  hint?: string;
  /** Undefined means "not counted" (optional fields only). */
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  optional?: boolean;
  invalidMessage: string;
  /** Shown for a number above the stored limit (MAX_COUNT). */
  tooLargeMessage: string;
  /** Extra attribute for tests and scripts, e.g. `female` or `q3`. */
  name: string;
}

const show = (value: number | undefined) => (value === undefined || value === 0 ? '' : String(value));

export default function CountField({ label, labelHidden = false, hint, value, onChange, optional = false, invalidMessage, tooLargeMessage, name }: Props) {
  const id = useId();
  const [text, setText] = useState(show(value));
  const [problem, setProblem] = useState<Extract<CountReading, { ok: false }>['problem'] | null>(null);

  // Follow changes made elsewhere (another tab, an import) unless the trainer is mid-correction.
  useEffect(() => {
    if (problem) return;
    const current = text.trim() === '' ? (optional ? undefined : 0) : parseCount(text, MAX_COUNT);
    if (current !== value) setText(show(value));
  }, [value]);

  const change = (next: string) => {
    setText(next);
    if (optional && next.trim() === '') {
      setProblem(null);
      onChange(undefined);
      return;
    }
    const reading = readCount(next, MAX_COUNT);
    setProblem(reading.ok ? null : reading.problem);
    if (reading.ok) onChange(reading.value);
  };

  const invalid = problem !== null;
  const describedBy = [hint ? `${id}-hint` : '', invalid ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={labelHidden ? 'count-field count-field--bare' : 'count-field'}>
      {!labelHidden && <label htmlFor={id}>{label}</label>}
      {hint && <p id={`${id}-hint`} className="hint">{hint}</p>}
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={optional ? undefined : '0'}
        size={5}
        value={text}
        aria-label={labelHidden ? label : undefined}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        data-count={name}
        onChange={(event) => change(event.currentTarget.value)}
      />
      {invalid && (
        <p id={`${id}-error`} className="field-error" data-count-error={name}>
          {problem === 'too-large' ? tooLargeMessage : invalidMessage}
        </p>
      )}
    </div>
  );
}
