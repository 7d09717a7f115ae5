/**
 * Which lessons a class is taking: a checkbox per lesson, grouped by track, with a whole track
 * chosen or cleared in one go. Every change is saved at once; "follow the class" goes back to
 * the track the class works in most (the teacher has not chosen).
 */
import type { ClassTranslate } from './class/strings.ts';

interface Props {
  /** Tracks that have lessons, in site order, with their lessons in order. */
  tracks: Array<{ track: string; name: string; lessons: Array<{ slug: string; title: string }> }>;
  /** The class's lessons now (chosen, or followed). */
  lessons: readonly string[];
  /** True while the class follows its busiest track (nothing chosen). */
  following: boolean;
  onChange: (lessons: string[] | null) => void;
  s: ClassTranslate;
}

export default function ClassLessonPicker({ tracks, lessons, following, onChange, s }: Props) {
  const chosen = new Set(lessons);
  const set = (slugs: readonly string[], on: boolean) => {
    const next = new Set(chosen);
    for (const slug of slugs) {
      if (on) next.add(slug);
      else next.delete(slug);
    }
    onChange([...next]);
  };
  return (
    <details className="lesson-picker no-print">
      <summary>{s('class.lessonsChoose')}</summary>
      {tracks.map(({ track, name, lessons: trackLessons }) => {
        const slugs = trackLessons.map((lesson) => lesson.slug);
        return (
          <fieldset key={track} data-picker-track={track}>
            <legend>{name}</legend>
            <p className="inline-form">
              <button type="button" className="button--quiet" onClick={() => set(slugs, true)}>{s('class.lessonsWholeTrack', { track: name })}</button>
              <button type="button" className="button--quiet" onClick={() => set(slugs, false)}>{s('class.lessonsClearTrack', { track: name })}</button>
            </p>
            <ul className="lesson-choices">
              {trackLessons.map((lesson) => (
                <li key={lesson.slug}>
                  <input
                    id={`class-lesson-${lesson.slug}`}
                    type="checkbox"
                    checked={chosen.has(lesson.slug)}
                    onChange={(event) => set([lesson.slug], event.currentTarget.checked)}
                  />
                  <label htmlFor={`class-lesson-${lesson.slug}`}>{lesson.title}</label>
                </li>
              ))}
            </ul>
          </fieldset>
        );
      })}
      {!following && (
        <p>
          <button type="button" className="button--quiet" onClick={() => onChange(null)}>{s('class.lessonsFollow')}</button>
        </p>
      )}
    </details>
  );
}
