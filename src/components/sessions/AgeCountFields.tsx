/**
 * The age-group counts of a report: the groups that fit the plan's audience first, the others
 * folded under "other ages" — open from the start when anybody was counted there, so no
 * number is ever out of sight.
 */
import type { ReportTranslate } from './report/strings.ts';
import { useState } from 'react';
import { ageGroupsFor, countedInOtherAges, type SessionAudience } from '../../lib/sessions/audience.ts';
import type { AgeGroup } from '../../lib/sessions/schema.ts';
import CountField from './CountField.tsx';

type Strings = ReportTranslate;

interface Props {
  audience: SessionAudience;
  age: Record<AgeGroup, number>;
  onChange: (group: AgeGroup, count: number) => void;
  invalidMessage: string;
  tooLargeMessage: string;
  s: Strings;
}

export default function AgeCountFields({ audience, age, onChange, invalidMessage, tooLargeMessage, s }: Props) {
  const { fitting, other } = ageGroupsFor(audience);
  const otherCount = countedInOtherAges(audience, age);
  // Decided once per report: closing it by hand, or emptying it while typing, never snaps it shut or open.
  const [open, setOpen] = useState(otherCount > 0);
  const field = (group: AgeGroup) => (
    <CountField
      key={group}
      name={group}
      label={s(`report.age.${group}`)}
      value={age[group]}
      onChange={(n) => onChange(group, n ?? 0)}
      invalidMessage={invalidMessage}
      tooLargeMessage={tooLargeMessage}
    />
  );
  return (
    <fieldset className="report-counts">
      <legend>{s('report.byAge')}</legend>
      {fitting.map(field)}
      {other.length > 0 && (
        <details className="report-other-ages" open={open} onToggle={(event) => setOpen(event.currentTarget.open)} data-other-ages>
          <summary>{otherCount > 0 ? s('report.otherAgesCounted', { n: otherCount }) : s('report.otherAges')}</summary>
          <div className="report-other-ages__fields">{other.map(field)}</div>
        </details>
      )}
    </fieldset>
  );
}
