/** Class-level figures: lessons done (chart and table) and the most missed questions — never one child's answers. */
import { MIN_GROUP_FOR_QUESTIONS } from '../../lib/class/figures.ts';
import { chartLabel, questionNumber, type ClassView } from '../../lib/class/view.ts';
import type { ProgressIndex } from '../../lib/progress/rules.ts';
import BarChart from '../BarChart.tsx';
import type { ClassTranslate } from './strings.ts';

interface Props {
  s: ClassTranslate;
  view: ClassView;
  className: string;
  index: ProgressIndex;
  title: (id: string) => string;
  trackName: (track: string) => string;
  questionPrompts: Record<string, Record<string, string>>;
}

export default function ClassOverview({ s, view, className, index, title, trackName, questionPrompts }: Props) {
  const { figures, chartLessons, mostMissed, maxAnswered } = view;
  const number = (quizId: string, questionId: string) => questionNumber(index, quizId, questionId);
  return (
    <section aria-labelledby="class-overview-title">
      <h2 id="class-overview-title">{s('class.overviewTitle', { name: className })}</h2>
      <p data-learner-count>{s('class.learnerCount', { n: figures.learners })}</p>
      {figures.learners === 0 ? (
        <p>{s('class.empty')}</p>
      ) : (
        <>
          <h3>{s('class.chartLessons')}</h3>
          <BarChart
            title={s('class.chartLessons')}
            description={s('class.chartLessonsDesc', { n: figures.learners })}
            series={[{ label: s('class.seriesDone'), className: 'bar-b' }]}
            groups={chartLessons.map((lesson) => ({ label: chartLabel(title(lesson.slug)), values: [lesson.done] }))}
            max={figures.learners}
          />
          <table className="class-figures" data-lesson-figures>
            <caption>{s('class.lessonsTableCaption')}</caption>
            <thead>
              <tr><th scope="col">{s('class.lesson')}</th><th scope="col">{s('class.track')}</th><th scope="col">{s('class.doneCount')}</th></tr>
            </thead>
            <tbody>
              {chartLessons.map((lesson) => (
                <tr key={lesson.slug} data-lesson={lesson.slug}>
                  <th scope="row">{title(lesson.slug)}</th>
                  <td>{trackName(lesson.track)}</td>
                  <td>{s('class.ofLearners', { done: lesson.done, total: figures.learners })}</td>
                </tr>
              ))}
            </tbody>
          </table>

          <h3>{s('class.chartMissed')}</h3>
          <p className="hint">{s('class.privacyNote')}</p>
          {mostMissed.length === 0 ? (
            <p>{s('class.noMissed')}</p>
          ) : (
            <>
              <BarChart
                title={s('class.chartMissed')}
                description={s('class.chartMissedDesc')}
                series={[{ label: s('class.seriesWrong'), className: 'bar-c' }]}
                groups={mostMissed.map((q) => ({ label: chartLabel(s('class.questionShort', { n: number(q.quizId, q.questionId), quiz: title(q.quizId) })), values: [q.wrong] }))}
                max={maxAnswered}
              />
              <table className="class-figures" data-missed-questions>
                <caption>{s('class.missedTableCaption')}</caption>
                <thead>
                  <tr><th scope="col">{s('class.quiz')}</th><th scope="col">{s('class.question')}</th><th scope="col">{s('class.wrongCount')}</th></tr>
                </thead>
                <tbody>
                  {mostMissed.map((q) => (
                    <tr key={`${q.quizId}/${q.questionId}`} data-question={`${q.quizId}/${q.questionId}`}>
                      <td>{title(q.quizId)}</td>
                      <th scope="row">{s('class.questionLong', { n: number(q.quizId, q.questionId), prompt: questionPrompts[q.quizId]?.[q.questionId] ?? q.questionId })}</th>
                      <td>{s('class.ofLearners', { done: q.wrong, total: q.answered })}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
          {figures.withheldQuizzes.length > 0 && (
            <p className="hint" data-withheld>{s('class.withheld', { n: figures.withheldQuizzes.length, min: MIN_GROUP_FOR_QUESTIONS })}</p>
          )}
        </>
      )}
    </section>
  );
}
