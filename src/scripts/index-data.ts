/** Reads the progress index a page embedded with <ProgressIndexData>. */
import type { TitledProgressIndex } from '../data/progress-index.ts';

export function readProgressIndex(): TitledProgressIndex | undefined {
  const element = document.getElementById('progress-index');
  if (!element?.textContent) return undefined;
  try {
    return JSON.parse(element.textContent) as TitledProgressIndex;
  } catch {
    return undefined;
  }
}
