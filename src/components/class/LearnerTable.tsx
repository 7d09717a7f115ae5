/** One row per learner: lessons done in the class's lessons, status per shown lesson, gain, last code. */
import { lessonsDoneOf, type LessonStatus, type SortDirection, type SortKey } from '../../lib/class/figures.ts';
import { gainText, type ClassView } from '../../lib/class/view.ts';
import { formatDate } from '../../lib/text/date.ts';
import SortHeader from '../SortHeader.tsx';
import type { ClassTranslate } from './strings.ts';

interface Props {
  s: ClassTranslate;
  view: ClassView;
  className: string;
  locale: string;
  sort: { key: SortKey; direction: SortDirection };
  onSort: (key: SortKey) => void;
  onRemove: (profileId: string, nickname: string) => void;
  title: (id: string) => string;
  trackName: (track: string) => string;
  statusText: (status: LessonStatus | undefined) => string;
}

export default function LearnerTable({ s, view, className, locale, sort, onSort, onRemove, title, trackName, statusText }: Props) {
  const { columns, lessons, sorted, tags, gainPairs } = view;
  return (
    <section aria-labelledby="class-learners-title">
      <h2 id="class-learners-title">{s('class.learnersTitle')}</h2>
      <p className="hint sort-hint">{s('class.sortHint')}</p>
      {columns.hidden.length > 0 && (
        <p className="hint" data-hidden-lessons>
          {s('class.lessonsHidden', { n: columns.hidden.length, titles: columns.hidden.map(title).join('; ') })}
        </p>
      )}
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="class-learners-title">
        <table className="class-table" data-class-table>
          <caption className="visually-hidden">{s('class.tableCaption', { name: className })}</caption>
          <thead>
            <tr>
              <SortHeader column="nickname" sort={sort} onSort={onSort}>{s('class.colNickname')}</SortHeader>
              <SortHeader column="lessons" sort={sort} onSort={onSort}>{s('class.colLessonsDone')}</SortHeader>
              {columns.shown.map((slug) => (
                <SortHeader key={slug} column={`lesson:${slug}` as SortKey} sort={sort} onSort={onSort} className="lesson-col">
                  {title(slug)}
                </SortHeader>
              ))}
              <SortHeader column="tracks" sort={sort} onSort={onSort}>{s('class.colTracks')}</SortHeader>
              <SortHeader column="gain" sort={sort} onSort={onSort}>{s('class.colGain')}</SortHeader>
              <SortHeader column="code" sort={sort} onSort={onSort}>{s('class.colCode')}</SortHeader>
              <th scope="col" className="no-print">{s('class.colRemove')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((row) => (
              <tr key={row.profileId} data-learner={row.nickname}>
                <th scope="row">
                  {row.nickname}
                  {tags[row.profileId] && <span className="tag"> {s('class.profileTag', { id: tags[row.profileId]! })}</span>}
                </th>
                <td data-lessons-done>{s('class.ofLearners', { done: lessonsDoneOf(row, lessons), total: lessons.length })}</td>
                {columns.shown.map((slug) => (
                  <td key={slug} data-lesson={slug} className={`lesson-${row.lessons[slug]?.state ?? 'not-started'}`}>{statusText(row.lessons[slug])}</td>
                ))}
                <td data-tracks-completed>{row.tracksCompleted.map(trackName).join(', ') || s('class.none')}</td>
                <td data-gain>
                  {row.gains.length === 0
                    ? s('class.none')
                    : row.gains.map((gain) => (
                        <span key={gain.post} className="gain-line">
                          {gainPairs.length > 1 ? s('class.gainCell', { title: title(gain.post), gain: gainText(gain.gain) }) : s('class.gainPoints', { gain: gainText(gain.gain) })}
                        </span>
                      ))}
                </td>
                <td>{formatDate(row.lastCodeOn, locale)}</td>
                <td className="no-print">
                  <button type="button" className="button--quiet" aria-label={s('class.removeLearner', { name: row.nickname })} onClick={() => onRemove(row.profileId, row.nickname)}>
                    {s('class.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
