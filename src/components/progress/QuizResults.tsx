/** Every quiz the learner took: best score, attempts, last date; and the pre/post gain. */
import type { KnowledgeGain, QuizRow } from '../../lib/progress/view.ts';
import { formatDate } from '../../lib/text/date.ts';
import type { ProgressTranslate } from './strings.ts';

interface Props {
  s: ProgressTranslate;
  rows: QuizRow[];
  gains: KnowledgeGain[];
  title: (id: string) => string;
  locale: string;
}

export default function QuizResults({ s, rows, gains, title, locale }: Props) {
  return (
    <section aria-labelledby="quizzes-title">
      <h2 id="quizzes-title">{s('progress.quizzes')}</h2>
      {rows.length === 0 ? (
        <p>{s('progress.noAttempts')}</p>
      ) : (
        <table>
          <caption className="visually-hidden">{s('progress.quizzes')}</caption>
          <thead>
            <tr><th scope="col">{s('progress.quizzes')}</th><th scope="col">{s('progress.bestScore', { percent: '' }).trim()}</th><th scope="col">{s('progress.attempts', { n: '' }).trim()}</th></tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.quizId} data-quiz-row={row.quizId}>
                <th scope="row">{title(row.quizId)}</th>
                <td data-best>{row.best}%{row.passed ? ' ✓' : ''}</td>
                <td>{s('progress.attempts', { n: row.attempts })} · {s('progress.lastAttempt', { date: formatDate(row.lastOn, locale) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {gains.length > 0 && (
        <>
          <h3>{s('progress.gain')}</h3>
          <ul>
            {gains.map((gain) => (
              <li key={gain.post} data-gain={gain.post}>
                {s('progress.gainLine', { pre: title(gain.pre), preScore: gain.preScore, post: title(gain.post), postScore: gain.postScore, gain: gain.gain >= 0 ? `+${gain.gain}` : gain.gain })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
