/**
 * On a lesson page: remember that the lesson was opened (for "continue where you left off"),
 * and run the "mark as done" control of lessons without a quiz.
 */
import { isLessonDone, recordLessonOpened, recordMarkedDone } from '../lib/progress/rules.ts';
import { activeProfile, loadProgress, onProgressChange, updateActiveProfile } from './progress-client.ts';

export function setUpLessonProgress(): void {
  const article = document.querySelector<HTMLElement>('[data-lesson-slug]');
  const slug = article?.dataset.lessonSlug;
  if (!slug) return;
  updateActiveProfile((profile) => recordLessonOpened(profile, slug, new Date().toISOString()));

  const box = document.querySelector<HTMLElement>('[data-mark-done]');
  const button = box?.querySelector<HTMLButtonElement>('button');
  const status = box?.querySelector<HTMLElement>('[data-mark-done-status]');
  if (!box || !button || !status) return;
  const render = () => {
    const done = isLessonDone(activeProfile(loadProgress().record), { slug, hasQuiz: false });
    button.textContent = done ? (box.dataset.labelUndo ?? '') : (box.dataset.labelMark ?? '');
    button.setAttribute('aria-pressed', String(done));
    status.textContent = done ? (box.dataset.labelDone ?? '') : '';
  };
  button.hidden = false;
  button.addEventListener('click', () => {
    const done = button.getAttribute('aria-pressed') === 'true';
    updateActiveProfile((profile) => recordMarkedDone(profile, slug, new Date().toISOString(), !done));
    render();
  });
  render();
  onProgressChange(render);
}
