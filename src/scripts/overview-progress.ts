/**
 * Progress on the home and track pages: the "continue" card, lessons done per track, and a
 * done mark on each finished lesson. Reads only; never creates a profile.
 */
import { interpolate } from '../i18n/index.ts';
import { continueLesson, isLessonDone, trackProgress } from '../lib/progress/rules.ts';
import { readProgressIndex } from './index-data.ts';
import { activeProfile, isDiscreet, loadProgress, onProgressChange } from './progress-client.ts';

export function setUpOverviewProgress(): void {
  const index = readProgressIndex();
  if (!index) return;
  const locale = document.documentElement.lang;
  const render = () => {
    const profile = activeProfile(loadProgress().record);
    const perTrack = trackProgress(profile, index);

    for (const card of document.querySelectorAll<HTMLElement>('[data-track-progress]')) {
      const track = card.dataset.trackProgress!;
      const entry = perTrack[track];
      const label = card.querySelector<HTMLElement>('[data-track-progress-label]');
      const bar = card.querySelector<HTMLProgressElement>('progress');
      if (!entry || !profile || !label) continue;
      label.textContent = interpolate(card.dataset.template ?? '', { done: entry.done, total: entry.total }, locale);
      label.hidden = false;
      if (bar) {
        bar.max = entry.total;
        bar.value = entry.done;
        bar.hidden = false;
      }
    }

    for (const item of document.querySelectorAll<HTMLElement>('[data-lesson]')) {
      const slug = item.dataset.lesson!;
      const lesson = index.lessons.find((l) => l.slug === slug);
      const badge = item.querySelector<HTMLElement>('[data-done-badge]');
      if (lesson && badge) badge.hidden = !isLessonDone(profile, lesson);
    }

    const slot = document.querySelector<HTMLElement>('[data-continue]');
    if (slot) {
      const slug = isDiscreet() ? undefined : continueLesson(profile, index);
      const link = slot.querySelector<HTMLAnchorElement>('a');
      if (slug && link) {
        link.href = (slot.dataset.hrefTemplate ?? '').replace('__slug__', slug);
        link.textContent = interpolate(slot.dataset.template ?? '', { title: index.titles[slug] ?? slug }, locale);
        slot.hidden = false;
      } else {
        slot.hidden = true;
      }
    }
  };
  render();
  onProgressChange(render);
}
