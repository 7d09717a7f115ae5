/**
 * A field for a number of people. Typed as text with a numeric keyboard (a number input
 * changes value on scroll and hides what was typed wrong); a wrong entry is shown, not saved.
 */
import { useEffect, useId, useState } from 'react';
import { parseCount } from '../../lib/sessions/records.ts';

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
  /** Extra attribute for tests and scripts, e.g. `female` or `q3`. */
  name: string;
}

const show = (value: number | undefined) => (value === undefined || value === 0 ? '' : String(value));

export default function CountField({ label, labelHidden = false, hint, value, onChange, optional = false, invalidMessage, name }: Props) {
  const id = useId();
  const [text, setText] = useState(show(value));
  const [invalid, setInvalid] = useState(false);

  // Follow changes made elsewhere (another tab, an import) unless the trainer is mid-correction.
  useEffect(() => {
    if (invalid) return;
    const current = text.trim() === '' ? (optional ? undefined : 0) : parseCount(text);
    if (current !== value) setText(show(value));
  }, [value]);

  const change = (next: string) => {
    setText(next);
    if (optional && next.trim() === '') {
      setInvalid(false);
      onChange(undefined);
      return;
    }
    const parsed = parseCount(next);
    setInvalid(parsed === null);
    if (parsed !== null) onChange(parsed);
  };

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
        <p id={`${id}-error`} className="field-error">
          {invalidMessage}
        </p>
      )}
    </div>
  );
}
