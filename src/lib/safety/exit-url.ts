/** Where quick exit goes: a local override, else the configured default; site paths get the base. */
import { joinBase } from '../url/paths.ts';

/** A quick-exit target: a path inside the site (`/…`) or a full http(s) address. Never `javascript:`. */
export function isSafeExitUrl(value: string): boolean {
  if (/^\/(?!\/)/.test(value)) return true;
  return /^https?:\/\/[^\s]+$/i.test(value);
}

export function resolveExitUrl(options: { configured: string; override?: string; base: string }): string {
  const target = options.override && isSafeExitUrl(options.override) ? options.override : options.configured;
  return target.startsWith('/') ? joinBase(options.base, target) : target;
}
