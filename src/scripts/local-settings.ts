/**
 * Fetches `local.json` once per page (revalidated, so IT edits apply at once) and shares the
 * validated result. The validator (zod) loads only when the file's text changed since this
 * browser last checked it — and on ordinary pages only once the learner starts reading — so
 * first paint carries no validation code. Until then quick exit uses the site's default
 * neutral page, which is always safe. Any failure means "no local settings", never a broken page.
 */
import type { LocalSettingsResult } from '../lib/local/settings.ts';
import { joinBase } from '../lib/url/paths.ts';

const CACHE_KEY = 'vungbuoc:local-settings:v1';

let pending: Promise<LocalSettingsResult> | undefined;
let latest: LocalSettingsResult | undefined;
const listeners: Array<(result: LocalSettingsResult) => void> = [];

/** The last result, if `local.json` has already been read on this page. */
export function currentLocalSettings(): LocalSettingsResult | undefined {
  return latest;
}

/** Calls `listener` with every result read on this page, at once if one is already known. */
export function onLocalSettings(listener: (result: LocalSettingsResult) => void): void {
  listeners.push(listener);
  if (latest) listener(latest);
}

function publish(result: LocalSettingsResult): void {
  latest = result;
  for (const listener of listeners) listener(result);
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

let text: Promise<string | null> | undefined;

/** Fetches `local.json` once per page; null when it is absent or unreachable. */
function fetchText(): Promise<string | null> {
  text ??= (async () => {
    try {
      const response = await fetch(joinBase(document.documentElement.dataset.base ?? '/', '/local.json'), { cache: 'no-cache' });
      return response.ok ? await response.text() : null;
    } catch {
      return null;
    }
  })();
  return text;
}

/**
 * Fetches `local.json` and uses the result validated on an earlier page if the file has not
 * changed — without loading the validator. Returns false when validation is still needed.
 */
export async function peekLocalSettings(): Promise<boolean> {
  const cached = readCache(await fetchText());
  if (cached) publish(cached);
  return Boolean(cached);
}

/** Reads and validates `local.json` (once per page). */
export function loadLocalSettings(): Promise<LocalSettingsResult> {
  pending ??= (async () => {
    const current = await fetchText();
    const cached = readCache(current);
    if (cached) {
      publish(cached);
      return cached;
    }
    const { readLocalSettings } = await import('../lib/local/settings.ts');
    const result = readLocalSettings(current);
    writeCache(current, result);
    publish(result);
    return result;
  })();
  return pending;
}
