/**
 * Fetches `local.json` once per page (revalidated, so IT edits apply at once) and shares the
 * validated result. The validator (zod) loads only when the file's text changed since this
 * browser last checked it, so ordinary pages carry no validation code. Any failure means
 * "no local settings" — never a broken page.
 */
import type { LocalSettingsResult } from '../lib/local/settings.ts';
import { joinBase } from '../lib/url/paths.ts';

const CACHE_KEY = 'vungbuoc:local-settings:v1';

let pending: Promise<LocalSettingsResult> | undefined;
let latest: LocalSettingsResult | undefined;

/** The last result, if `local.json` has already been read on this page. */
export function currentLocalSettings(): LocalSettingsResult | undefined {
  return latest;
}

function readCache(text: string | null): LocalSettingsResult | undefined {
  try {
    const raw = localStorage.getItem(CACHE_KEY);
    if (!raw) return undefined;
    const cached = JSON.parse(raw) as { text?: unknown; result?: LocalSettingsResult };
    if (cached.text !== text || !cached.result || typeof cached.result.state !== 'string') return undefined;
    return cached.result;
  } catch {
    return undefined;
  }
}

function writeCache(text: string | null, result: LocalSettingsResult): void {
  try {
    localStorage.setItem(CACHE_KEY, JSON.stringify({ text, result }));
  } catch {
    // Private mode or full storage: validate again next time.
  }
}

/** Reads `local.json` (once per page). */
export function loadLocalSettings(): Promise<LocalSettingsResult> {
  pending ??= (async () => {
    const base = document.documentElement.dataset.base ?? '/';
    let text: string | null = null;
    try {
      const response = await fetch(joinBase(base, '/local.json'), { cache: 'no-cache' });
      text = response.ok ? await response.text() : null;
    } catch {
      text = null;
    }
    const cached = readCache(text);
    if (cached) {
      latest = cached;
      return cached;
    }
    const { readLocalSettings } = await import('../lib/local/settings.ts');
    latest = readLocalSettings(text);
    writeCache(text, latest);
    return latest;
  })();
  return pending;
}
