/** Per quiz: how many learners tried and passed; and the pre/post gain per test pair. */
import type { ClassFigures } from '../../lib/class/figures.ts';
import { gainText } from '../../lib/class/view.ts';
import type { ClassTranslate } from './strings.ts';

interface Props {
  s: ClassTranslate;
  figures: ClassFigures;
  title: (id: string) => string;
}

export default function QuizFigures({ s, figures, title }: Props) {
  if (figures.quizzes.length === 0) return null;
  return (
    <section aria-labelledby="class-quizzes-title">
      <h2 id="class-quizzes-title">{s('class.quizzesTitle')}</h2>
      <table className="class-figures" data-quiz-figures>
        <caption className="visually-hidden">{s('class.quizzesTitle')}</caption>
        <thead>
          <tr><th scope="col">{s('class.quiz')}</th><th scope="col">{s('class.attempted')}</th><th scope="col">{s('class.passed')}</th></tr>
        </thead>
        <tbody>
          {figures.quizzes.map((quiz) => (
            <tr key={quiz.quizId} data-quiz={quiz.quizId}>
              <th scope="row">{title(quiz.quizId)}</th>
              <td>{s('class.ofLearners', { done: quiz.attempted, total: figures.learners })}</td>
              <td>{s('class.ofLearners', { done: quiz.passed, total: quiz.attempted })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {figures.gains.length > 0 && (
        <>
          <h3>{s('class.gainsTitle')}</h3>
          <table className="class-figures" data-gain-figures>
            <thead>
              <tr>
                <th scope="col">{s('class.quiz')}</th><th scope="col">{s('class.gainLearners')}</th>
                <th scope="col">{s('class.gainPre')}</th><th scope="col">{s('class.gainPost')}</th><th scope="col">{s('class.gainMean')}</th>
              </tr>
            </thead>
            <tbody>
              {figures.gains.map((gain) => (
                <tr key={gain.post}>
                  <th scope="row">{title(gain.post)}</th>
                  <td>{gain.learners}</td>
                  <td>{gain.meanPre}%</td>
                  <td>{gain.meanPost}%</td>
                  <td>{s('class.gainPoints', { gain: gainText(gain.meanGain) })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
