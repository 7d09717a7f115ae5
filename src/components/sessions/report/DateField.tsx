/**
 * The date held. A date picker takes years of five or six digits (20266), which a stored
 * report cannot hold: such a date stays on screen with the reason and is not saved.
 */
import { useEffect, useState } from 'react';
import { isReportDate } from '../../../lib/sessions/records.ts';
import { LATEST_REPORT_DATE } from '../../../lib/sessions/schema.ts';

interface Props {
  value: string;
  onSave: (date: string) => void;
  label: string;
  invalidMessage: string;
}

export default function DateField({ value, onSave, label, invalidMessage }: Props) {
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
