/**
 * Offline support in the page: registers the service worker (HTTPS or localhost only — plain
 * HTTP intranets have none, and everything else still works there), offers a polite "new
 * version — reload" prompt, and runs the "download for offline use" button. Texts come from the page (data attributes), never from this file.
 */
import { interpolate } from '../i18n/index.ts';
import { cacheForDownload } from '../lib/offline/caches.ts';
import { pruneAfterDownload, siteUrl } from './cache-prune.ts';
import { OFFLINE_MANIFEST, offlinePlan, type OfflineChoice, type OfflineManifest } from '../lib/offline/manifest.ts';
import { formatSize } from '../lib/text/size.ts';
import { joinBase } from '../lib/url/paths.ts';

const base = () => document.documentElement.dataset.base ?? '/';

export function offlineSupported(): boolean {
  return window.isSecureContext && 'serviceWorker' in navigator && 'caches' in window;
}

/** Registers the service worker (loaded on the learner's first interaction, not with first paint). */
export async function setUpOffline(): Promise<void> {
  if (!offlineSupported()) return;
  const { Workbox } = await import('workbox-window');
  const wb = new Workbox(joinBase(base(), '/sw.js'), { scope: base() });
  wb.addEventListener('waiting', () => {
    const prompt = document.getElementById('update-prompt');
    const button = prompt?.querySelector('button');
    if (!prompt || !button) return;
    prompt.hidden = false;
    button.addEventListener(
      'click',
      () => {
        wb.addEventListener('controlling', () => window.location.reload());
        wb.messageSkipWaiting();
      },
      { once: true },
    );
  });
  try {
    await wb.register();
  } catch {
    // Registration can fail (storage disabled); the site keeps working online.
  }
}

/** The "download for offline use" box (home, track pages and /about/). */
export async function setUpOfflineDownload(): Promise<void> {
  const box = document.querySelector<HTMLElement>('[data-offline-download]');
  if (!box) return;
  const unsupported = box.querySelector<HTMLElement>('[data-offline-unsupported]');
  const ready = box.querySelector<HTMLElement>('[data-offline-ready]');
  const button = box.querySelector<HTMLButtonElement>('button');
  const status = box.querySelector<HTMLElement>('[data-offline-status]');
  if (!ready || !button || !status || !unsupported) return;
  box.hidden = false;
  if (!offlineSupported()) {
    unsupported.hidden = false;
    return;
  }
  const locale = document.documentElement.dataset.locale ?? 'vi';
  let manifest: OfflineManifest;
  try {
    const response = await fetch(joinBase(base(), `/${OFFLINE_MANIFEST}`), { cache: 'no-cache' });
    manifest = (await response.json()) as OfflineManifest;
  } catch {
    return;
  }
  const language = manifest.locales[locale];
  if (!language) return;
  const radios = [...box.querySelectorAll<HTMLInputElement>('input[name="offline-choice"]')];
  const choiceOf = (value: string): OfflineChoice => (value === 'all' ? { kind: 'all' } : { kind: 'track', track: value });
  const size = (value: string) => formatSize(offlinePlan(language, choiceOf(value)).bytes, locale);
  // Each choice shows what it costs; a track with no lessons in this language is not offered.
  for (const radio of radios) {
    const label = box.querySelector<HTMLElement>(`[data-offline-choice="${radio.value}"]`);
    if (radio.value !== 'all' && !language.tracks[radio.value]?.urls.length) {
      radio.closest('p')?.setAttribute('hidden', '');
      continue;
    }
    if (label) {
      const template = radio.value === 'all' ? box.dataset.labelAll : box.dataset.labelTrack;
      label.textContent = interpolate(template ?? '', { size: size(radio.value), track: label.dataset.trackName ?? '' }, locale);
    }
  }
  const chosen = () => radios.find((radio) => radio.checked)?.value ?? 'all';
  const showSize = () => {
    button.textContent = interpolate(box.dataset.labelButton ?? '', { size: size(chosen()) }, locale);
  };
  for (const radio of radios) radio.addEventListener('change', showSize);
  showSize();
  ready.hidden = false;
  button.addEventListener('click', async () => {
    const choice = chosen();
    const plan = offlinePlan(language, choiceOf(choice));
    button.disabled = true;
    let done = 0;
    let failed = 0;
    const opened = new Map<string, Cache>();
    const cache = async (name: string) => opened.get(name) ?? opened.set(name, await caches.open(name)).get(name)!;
    const queue = [...plan.urls];
    const worker = async () => {
      for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
        const absolute = new URL(url, siteUrl());
        try {
          const response = await fetch(absolute, { cache: 'no-cache' });
          if (!response.ok) throw new Error(String(response.status));
          await (await cache(cacheForDownload(absolute))).put(absolute, response);
        } catch {
          failed += 1;
        }
        done += 1;
        status.textContent = interpolate(box.dataset.labelProgress ?? '', { done, total: plan.urls.length }, locale);
      }
    };
    await Promise.all(Array.from({ length: 4 }, worker));
    // With every current file in, copies an older build left behind (renamed shards and scripts) go.
    if (failed === 0) await pruneAfterDownload(locale, plan.urls);
    status.textContent = failed === 0 ? (box.dataset.labelDone ?? '') : interpolate(box.dataset.labelFailed ?? '', { n: failed }, locale);
    button.disabled = false;
    try {
      localStorage.setItem('vungbuoc:offline-downloaded', JSON.stringify({ locale, version: manifest.version, choice }));
    } catch {
      // Only used to say "already downloaded"; nothing is lost without it.
    }
  });
}
