/** Lessons done per track for the active profile, as cards. */
import type { ProgressTranslate } from './strings.ts';

interface Props {
  s: ProgressTranslate;
  nickname: string | undefined;
  tracks: Array<{ track: string; name: string; done: number; total: number; complete: boolean }>;
}

export default function TrackSummary({ s, nickname, tracks }: Props) {
  return (
    <section aria-labelledby="tracks-title">
      <h2 id="tracks-title">{s('progress.tracks')}</h2>
      {nickname && <p>{s('progress.active')}: <strong data-active-nickname>{nickname}</strong></p>}
      <ul className="card-grid">
        {tracks.map((entry) => (
          <li key={entry.track} className="card" data-track-summary={entry.track}>
            <h3>{entry.name}</h3>
            <p>{s('progress.trackLine', { done: entry.done, total: entry.total })}</p>
            <progress className="progress-bar" max={entry.total} value={entry.done} aria-hidden="true" />
            {entry.complete && <p><strong>✓ {s('progress.trackComplete')}</strong></p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
