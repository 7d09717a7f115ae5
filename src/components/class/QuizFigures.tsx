/** Per quiz: how many learners tried and passed; and the pre/post gain per test pair. */
import type { ClassFigures } from '../../lib/class/figures.ts';
import { gainText } from '../../lib/class/view.ts';
import FigureTable from '../FigureTable.tsx';
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
      <FigureTable
        className="class-figures"
        attrs={{ 'data-quiz-figures': '' }}
        caption={s('class.quizzesTitle')}
        captionHidden
        columns={[s('class.quiz'), s('class.attempted'), s('class.passed')]}
        rows={figures.quizzes.map((quiz) => ({
          key: quiz.quizId,
          attrs: { 'data-quiz': quiz.quizId },
          head: title(quiz.quizId),
          cells: [s('class.ofLearners', { done: quiz.attempted, total: figures.learners }), s('class.ofLearners', { done: quiz.passed, total: quiz.attempted })],
        }))}
      />
      {figures.gains.length > 0 && (
        <>
          <h3>{s('class.gainsTitle')}</h3>
          <FigureTable
            className="class-figures"
            attrs={{ 'data-gain-figures': '' }}
            caption={s('class.gainsTitle')}
            captionHidden
            columns={[s('class.quiz'), s('class.gainLearners'), s('class.gainPre'), s('class.gainPost'), s('class.gainMean')]}
            rows={figures.gains.map((gain) => ({
              key: gain.post,
              head: title(gain.post),
              cells: [gain.learners, `${gain.meanPre}%`, `${gain.meanPost}%`, s('class.gainPoints', { gain: gainText(gain.meanGain) })],
            }))}
          />
        </>
      )}
    </section>
  );
}
