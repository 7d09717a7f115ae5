/** Explains on /about/ whether `local.json` was read, and if not, why (for school IT). */
import { DEFAULT_LOCALE, UI_LOCALES, interpolate } from '../i18n/index.ts';
import { isTopicPage, resolveExitUrl } from '../lib/safety/exit-url.ts';
import { formatProblem } from '../lib/validation/problems.ts';
import { loadLocalSettings } from './local-settings.ts';

/** Says whether this address can keep pages offline (HTTPS/localhost) or not (plain HTTP). */
export function showOfflineStatus(): void {
  const section = document.querySelector<HTMLElement>('[data-offline-status-section]');
  if (!section) return;
  const secure = window.isSecureContext;
  section.querySelector<HTMLElement>('[data-secure-note]')!.hidden = !secure;
  section.querySelector<HTMLElement>('[data-insecure-note]')!.hidden = secure;
}

export async function showLocalStatus(): Promise<void> {
  const section = document.getElementById('local-status');
  const status = section?.querySelector<HTMLElement>('[data-local-status]');
  if (!section || !status) return;
  const result = await loadLocalSettings();
  const lang = document.documentElement.lang === 'en' ? 'en' : 'vi';
  if (result.state === 'missing') {
    status.textContent = section.dataset.msgNone ?? '';
  } else if (result.state === 'ok') {
    status.textContent = interpolate(section.dataset.msgOk ?? '', { n: result.settings.contacts?.length ?? 0 }, lang);
  } else {
    status.textContent = section.dataset.msgBad ?? '';
    const list = section.querySelector<HTMLUListElement>('[data-local-problems]');
    if (list) {
      for (const problem of result.problems) {
        const item = document.createElement('li');
        const code = document.createElement('code');
        code.textContent = formatProblem(problem, lang);
        item.append(code);
        list.append(item);
      }
      list.hidden = false;
    }
  }
  warnIfExitShowsTopic(section, result.settings.quickExitUrl);
}

/** Warns IT when quick exit would land on one of this site's own pages about its topic. */
function warnIfExitShowsTopic(section: HTMLElement, override: string | undefined): void {
  const warning = section.querySelector<HTMLElement>('[data-exit-warning]');
  if (!warning) return;
  const root = document.documentElement;
  const options = { base: root.dataset.base ?? '/', origin: window.location.origin };
  const target = resolveExitUrl({ configured: root.dataset.exitUrl ?? '/', override, ...options });
  if (!isTopicPage(target, { ...options, locales: UI_LOCALES, defaultLocale: DEFAULT_LOCALE })) return;
  warning.textContent = interpolate(warning.dataset.msg ?? '', { url: target }, document.documentElement.lang);
  warning.hidden = false;
}
