/**
 * The places reached, per kind, each with the spellings that count as it; the coordinator
 * merges two names of one place by hand, and can split a merged place again.
 */
import FigureTable from '../FigureTable.tsx';
import { useRef, useState } from 'react';
import { addPlaceMerge, type PlaceGroup, type PlaceId } from '../../lib/reports/places.ts';
import type { PlaceMerge } from '../../lib/reports/schema.ts';
import { formatCount } from '../../lib/reports/summary.ts';
import { PLACE_TYPES } from '../../lib/sessions/schema.ts';
import { placeTypeLabel } from './describe.ts';
import type { ReportsTranslate } from './strings.ts';

interface Props {
  s: ReportsTranslate;
  locale: string;
  places: readonly PlaceGroup[];
  merges: readonly PlaceMerge[];
  onMerge: (merges: PlaceMerge[]) => void;
  onUndo: (place: PlaceId) => void;
}

const idOf = (place: PlaceId) => `${place.type}\u0000${place.key}`;

export default function Places({ s, locale, places, merges, onMerge, onUndo }: Props) {
  const [from, setFrom] = useState('');
  const [into, setInto] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const byId = new Map(places.map((place) => [idOf(place), place]));
  const name = (place: PlaceGroup) => place.names[0]!;

  const merge = () => {
    const a = byId.get(from);
    const b = byId.get(into);
    if (!a || !b) return setMessage({ text: s('reports.places.chooseBoth'), error: true });
    const result = addPlaceMerge(merges, a, b);
    if (!result.ok) {
      return setMessage({
        text: result.problem === 'different-kinds' ? s('reports.places.differentKinds', { a: placeTypeLabel(s, a.type), b: placeTypeLabel(s, b.type) }) : s('reports.places.samePlace'),
        error: true,
      });
    }
    onMerge(result.merges);
    setFrom('');
    setInto('');
    setMessage({ text: s('reports.places.merged', { from: name(a), into: name(b) }), error: false });
  };

  const undo = (place: PlaceGroup) => {
    onUndo(place);
    // The button pressed is gone with the merge: the cursor goes to the section's heading.
    heading.current?.focus();
    setMessage({ text: s('reports.places.undone', { name: name(place) }), error: false });
  };

  const select = (id: string, label: string, value: string, set: (v: string) => void) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => set(event.currentTarget.value)}>
        <option value="">{s('reports.places.choose')}</option>
        {places.map((place) => (
          <option key={idOf(place)} value={idOf(place)}>{s('reports.places.option', { type: placeTypeLabel(s, place.type), name: name(place) })}</option>
        ))}
      </select>
    </div>
  );

  return (
    <section className="rollup-places no-print" aria-labelledby="rollup-places-title" data-rollup-place-list>
      <h2 id="rollup-places-title" tabIndex={-1} ref={heading}>{s('reports.places.title')}</h2>
      <p className="hint">{s('reports.places.intro')}</p>
      {places.length === 0 && <p>{s('reports.places.none')}</p>}
      {PLACE_TYPES.map((type) => {
        const ofType = places.filter((place) => place.type === type);
        if (ofType.length === 0) return null;
        return (
          <div className="table-scroll" key={type}>
            <FigureTable
              attrs={{ 'data-places-of': type }}
              caption={s('reports.places.caption', { type: placeTypeLabel(s, type), n: ofType.length })}
              columns={[s('reports.places.name'), s('reports.places.spellings'), s('reports.col.sessions'), s('reports.col.attendances')]}
              rows={ofType.map((place) => ({
                key: place.key,
                attrs: { 'data-place': place.key },
                head: name(place),
                cells: [
                  {
                    value: (
                      <>
                        {place.names.slice(1).join('; ')}
                        {place.keys.length > 1 && (
                          <button type="button" className="button--quiet button--small" aria-label={`${s('reports.places.undo')}: ${name(place)}`} onClick={() => undo(place)}>
                            {s('reports.places.undo')}
                          </button>
                        )}
                      </>
                    ),
                    attrs: { className: 'spellings' },
                  },
                  place.sessions,
                  formatCount(place.attendances, locale),
                ],
              }))}
            />
          </div>
        );
      })}
      {places.length > 1 && (
        <fieldset className="report-fieldset rollup-merge">
          <legend>{s('reports.places.mergeTitle')}</legend>
          {select('rollup-merge-from', s('reports.places.mergeFrom'), from, setFrom)}
          {select('rollup-merge-into', s('reports.places.mergeInto'), into, setInto)}
          <p>
            <button type="button" onClick={merge} data-merge-places>{s('reports.places.merge')}</button>
          </p>
        </fieldset>
      )}
      <p role="status" className={message?.error ? 'field-error' : undefined} data-merge-message>{message?.text ?? ''}</p>
    </section>
  );
}
