/**
 * Who ran the session and where: the trainer's name or unit, the kind of place (village,
 * school, ward, other) and its name — what the programme roll-up adds up. Never a participant.
 */
import type { ReportTranslate } from './report/strings.ts';
import { MAX_PLACE_LENGTH, MAX_TRAINER_LENGTH, PLACE_TYPES, type SessionReport } from '../../lib/sessions/schema.ts';

interface Props {
  report: Pick<SessionReport, 'trainer' | 'placeType' | 'place'>;
  onChange: (change: Partial<Pick<SessionReport, 'trainer' | 'placeType' | 'place'>>) => void;
  s: ReportTranslate;
}

export default function ReportPlaceFields({ report, onChange, s }: Props) {
  return (
    <>
      <div className="field">
        <label htmlFor="report-trainer">{s('report.trainer')}</label>
        <p id="report-trainer-hint" className="hint">{s('report.trainerHint')}</p>
        <input
          id="report-trainer"
          type="text"
          maxLength={MAX_TRAINER_LENGTH}
          autoComplete="organization"
          aria-describedby="report-trainer-hint"
          value={report.trainer}
          onChange={(event) => onChange({ trainer: event.currentTarget.value })}
        />
      </div>
      <fieldset className="report-method" data-place-type>
        <legend>{s('report.placeType')}</legend>
        {PLACE_TYPES.map((type) => (
          <div key={type} className="choice">
            <input
              type="radio"
              id={`report-place-type-${type}`}
              name="report-place-type"
              value={type}
              checked={report.placeType === type}
              onChange={() => onChange({ placeType: type })}
            />
            <label htmlFor={`report-place-type-${type}`}>{s(`report.placeType.${type}`)}</label>
          </div>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="report-place">{s('report.place')}</label>
        <input
          id="report-place"
          type="text"
          maxLength={MAX_PLACE_LENGTH}
          autoComplete="off"
          value={report.place}
          onChange={(event) => onChange({ place: event.currentTarget.value })}
        />
      </div>
    </>
  );
}
