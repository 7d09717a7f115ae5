import { describe, expect, it } from 'vitest';
import { createShiftExitCounter } from '../../src/lib/safety/shift-exit.ts';
import { detectInAppBrowser } from '../../src/lib/safety/in-app.ts';
import { isBuildStale } from '../../src/lib/safety/stale.ts';
import { isSafeExitUrl, resolveExitUrl } from '../../src/lib/safety/exit-url.ts';

describe('Shift pressed three times', () => {
  it('exits on the third Shift in a row', () => {
    const counter = createShiftExitCounter();
    expect(counter.press('Shift', 0)).toBe(false);
    expect(counter.press('Shift', 100)).toBe(false);
    expect(counter.press('Shift', 200)).toBe(true);
  });
  it('does not exit on Shift, letter, Shift, Shift (typing a capitalised name)', () => {
    const counter = createShiftExitCounter();
    expect(['Shift', 'N', 'Shift', 'Shift'].map((key, i) => counter.press(key, i * 100))).toEqual([false, false, false, false]);
  });
  it('counts a held-down Shift once', () => {
    const counter = createShiftExitCounter();
    counter.press('Shift', 0);
    expect(counter.press('Shift', 30, true)).toBe(false);
    expect(counter.press('Shift', 60, true)).toBe(false);
    expect(counter.count).toBe(1);
  });
  it('starts again after a long pause', () => {
    const counter = createShiftExitCounter({ windowMs: 1000 });
    counter.press('Shift', 0);
    counter.press('Shift', 500);
    expect(counter.press('Shift', 5000)).toBe(false);
    expect(counter.count).toBe(1);
  });
  it('never reacts to Escape', () => {
    const counter = createShiftExitCounter();
    expect([0, 1, 2, 3].map((i) => counter.press('Escape', i))).toEqual([false, false, false, false]);
  });
});

describe('quick-exit target', () => {
  it('prefixes a site path with the base', () => {
    expect(resolveExitUrl({ configured: '/cong-thuc/', base: '/hoc/' })).toBe('/hoc/cong-thuc/');
  });
  it('uses a safe local override', () => {
    expect(resolveExitUrl({ configured: '/cong-thuc/', override: 'https://www.google.com/', base: '/' })).toBe('https://www.google.com/');
  });
  it('ignores an unsafe override', () => {
    expect(resolveExitUrl({ configured: '/cong-thuc/', override: 'javascript:alert(1)', base: '/' })).toBe('/cong-thuc/');
    expect(isSafeExitUrl('//evil.example/')).toBe(false);
  });
});

describe('in-app browsers', () => {
  it('recognises Zalo and Facebook', () => {
    expect(detectInAppBrowser('Mozilla/5.0 (Linux; Android 12) Zalo android/12110683 ZaloTheme/light')).toBe('zalo');
    expect(detectInAppBrowser('Mozilla/5.0 (iPhone; CPU iPhone OS 17_0) [FBAN/FBIOS;FBAV/440.0]')).toBe('facebook');
    expect(detectInAppBrowser('Mozilla/5.0 (Linux; Android 13) Chrome/120 Mobile Safari/537.36')).toBeNull();
  });
});

describe('stale copy banner', () => {
  it('shows after twelve months, not before', () => {
    expect(isBuildStale('2025-11-01T00:00:00Z', new Date('2026-10-31T00:00:00Z'))).toBe(false);
    expect(isBuildStale('2025-11-01T00:00:00Z', new Date('2026-11-02T00:00:00Z'))).toBe(true);
    expect(isBuildStale('not a date', new Date())).toBe(false);
  });
});
