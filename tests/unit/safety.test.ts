import { describe, expect, it } from 'vitest';
import { DISCREET_NAVIGATION, EARLY_SCRIPT, HEADER_TOGGLES } from '../../src/lib/safety/early-script.ts';
import { createShiftExitCounter } from '../../src/lib/safety/shift-exit.ts';
import { detectInAppBrowser } from '../../src/lib/safety/in-app.ts';
import { isBuildStale } from '../../src/lib/safety/stale.ts';
import { isSafeExitUrl, isTopicPage, parseExitTarget, resolveExitUrl } from '../../src/lib/safety/exit-url.ts';

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
  it.each([
    ['a backslash after the slash', '/\\evil.example/'],
    ['a backslash inside', '/\\/evil.example/'],
    ['a tab before the second slash', '/\t/evil.example/'],
    ['a newline before the second slash', '/\n/evil.example/'],
    ['a carriage return before the second slash', '/\r/evil.example/'],
    ['a space', '/ /evil.example/'],
    ['a leading space', ' /cong-thuc/'],
    ['a control character', '/\u0000/evil.example/'],
    ['a form feed', '/\f/evil.example/'],
    ['a no-break space', '/\u00A0/evil.example/'],
    ['two slashes', '//evil.example/'],
    ['a backslash in an http address', 'https:\\\\evil.example/'],
    ['a user name in an http address', 'https://www.google.com@evil.example/'],
    ['a javascript: address', 'javascript:alert(1)'],
    ['a data: address', 'data:text/html,hi'],
    ['an address without a scheme', 'evil.example/'],
  ])('refuses a local.json value with %s and falls back to the neutral page', (_what, value) => {
    expect(isSafeExitUrl(value)).toBe(false);
    expect(resolveExitUrl({ configured: '/cong-thuc/', override: value, base: '/', origin: 'http://school.test:8080' })).toBe('/cong-thuc/');
    expect(resolveExitUrl({ configured: '/cong-thuc/', override: value, base: '/hoc/', origin: 'http://192.168.1.10' })).toBe('/hoc/cong-thuc/');
  });
  it('keeps a site path on the site\'s own origin, under the base', () => {
    expect(parseExitTarget('/cong-thuc/?from=local', { base: '/hoc/', origin: 'http://school.test' })).toEqual({
      kind: 'site',
      href: '/hoc/cong-thuc/?from=local',
    });
    expect(parseExitTarget('/%5Cevil.example/', { base: '/', origin: 'http://school.test' })).toEqual({
      kind: 'site',
      href: '/%5Cevil.example/',
    });
  });
  it('still allows a full http(s) address on another site, as the README offers', () => {
    expect(parseExitTarget('https://www.google.com/', { base: '/', origin: 'http://school.test' })).toEqual({
      kind: 'external',
      href: 'https://www.google.com/',
    });
    expect(isSafeExitUrl('http://thoitiet.example/ha-noi')).toBe(true);
  });
  it('falls back to a blank page rather than staying when no target is usable', () => {
    expect(resolveExitUrl({ configured: '/\\evil.example/', base: '/' })).toBe('about:blank');
  });
});

describe('a quick exit that points at the site\'s own topic', () => {
  const site = { base: '/', locales: ['vi', 'en'], defaultLocale: 'vi', origin: 'http://school.test' };
  it.each(['/', '/en/', '/lessons/viec-nhe-luong-cao/', '/tracks/student/', '/search/?q=111', '/help/', '/en/help/', '/progress/', '/about/'])(
    'flags %s',
    (href) => {
      expect(isTopicPage(href, site)).toBe(true);
    },
  );
  it.each(['/cong-thuc/', 'https://www.google.com/', '/other-app/'])(
    'does not flag the neutral %s',
    (href) => {
      expect(isTopicPage(href, site)).toBe(false);
    },
  );
  it('does not flag a page of the school\'s own server outside the base path', () => {
    expect(isTopicPage('/', { ...site, base: '/hoc/' })).toBe(false);
    expect(isTopicPage('/tin-tuc/', { ...site, base: '/hoc/' })).toBe(false);
    expect(isTopicPage('/hoc/', { ...site, base: '/hoc/' })).toBe(true);
    expect(isTopicPage('/hoc/en/lessons/a/', { ...site, base: '/hoc/' })).toBe(true);
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

describe('discreet navigation (the early head script)', () => {
  type Handler = (event: Record<string, unknown>) => void;
  function page(options: { discreet: boolean; href?: string; base?: string }) {
    const handlers: Record<string, Handler> = {};
    const replaced: string[] = [];
    const href = options.href ?? 'http://school.test/lessons/a/';
    const location = { ...new URL(href), href, origin: new URL(href).origin, pathname: new URL(href).pathname, search: new URL(href).search, replace: (url: string) => replaced.push(url) };
    const classes: string[] = [];
    const doc = {
      title: 'Bài học',
      documentElement: {
        classList: { contains: (name: string) => name === 'is-discreet' && options.discreet, add: (name: string) => classes.push(name) },
        getAttribute: (name: string) => (name === 'data-base' ? (options.base ?? '/') : null),
      },
      defaultView: { location, URL, URLSearchParams, FormData: class { forEach(fn: (v: string, k: string) => void) { fn('viec lam', 'q'); } } },
      addEventListener: (type: string, handler: Handler) => (handlers[type] = handler),
    };
    new Function(`return (${DISCREET_NAVIGATION});`)()(doc);
    const click = (link: { href: string; target?: string; attrs?: string[] }, extra: Record<string, unknown> = {}) => {
      let prevented = false;
      const anchor = { href: link.href, target: link.target ?? '', hasAttribute: (name: string) => (link.attrs ?? []).includes(name) };
      handlers.click!({ target: { closest: () => anchor }, button: 0, defaultPrevented: false, preventDefault: () => (prevented = true), ...extra });
      return prevented;
    };
    const submit = (action: string, method = 'get') => {
      let prevented = false;
      handlers.submit!({ target: { method, action, target: '', getAttribute: () => action }, defaultPrevented: false, preventDefault: () => (prevented = true) });
      return prevented;
    };
    return { click, submit, replaced, classes, doc };
  }

  it('replaces the history entry for a link to another page of the site', () => {
    const p = page({ discreet: true });
    expect(p.click({ href: 'http://school.test/tracks/student/' })).toBe(true);
    expect(p.replaced).toEqual(['http://school.test/tracks/student/']);
  });

  it('replaces for the header search form, with its query', () => {
    const p = page({ discreet: true });
    expect(p.submit('http://school.test/search/')).toBe(true);
    expect(p.replaced).toEqual(['http://school.test/search/?q=viec+lam']);
  });

  it('leaves the browser alone outside discreet mode, for other sites, new tabs, downloads, in-page jumps, quick exit and POST forms', () => {
    expect(page({ discreet: false }).click({ href: 'http://school.test/help/' })).toBe(false);
    const p = page({ discreet: true });
    expect(p.click({ href: 'https://example.org/' })).toBe(false);
    expect(p.click({ href: 'http://school.test/help/' }, { ctrlKey: true })).toBe(false);
    expect(p.click({ href: 'http://school.test/help/', target: '_blank' })).toBe(false);
    expect(p.click({ href: 'http://school.test/a.json', attrs: ['download'] })).toBe(false);
    expect(p.click({ href: 'http://school.test/lessons/a/#main' })).toBe(false);
    expect(p.click({ href: 'http://school.test/cong-thuc/', attrs: ['data-quick-exit'] }, { defaultPrevented: true })).toBe(false);
    expect(p.submit('http://school.test/search/', 'post')).toBe(false);
    expect(p.replaced).toEqual([]);
  });

  it('makes a quick-exit tap replace the page with the link\'s address from first paint, in or out of discreet mode', () => {
    for (const discreet of [true, false]) {
      const p = page({ discreet });
      expect(p.click({ href: 'https://www.google.com/', attrs: ['data-quick-exit'] })).toBe(true);
      expect(p.replaced).toEqual(['https://www.google.com/']);
      expect(p.classes).toEqual(['is-exiting']);
      expect(p.doc.title).toBe('');
    }
  });

  it('leaves a quick-exit tap alone once another handler has taken it', () => {
    const p = page({ discreet: false });
    expect(p.click({ href: 'http://school.test/cong-thuc/', attrs: ['data-quick-exit'] }, { defaultPrevented: true })).toBe(false);
    expect(p.replaced).toEqual([]);
    expect(p.classes).toEqual([]);
  });

  it('stays inside the site\'s base path', () => {
    const p = page({ discreet: true, href: 'http://school.test/hoc/lessons/a/', base: '/hoc/' });
    expect(p.click({ href: 'http://school.test/other-app/' })).toBe(false);
    expect(p.click({ href: 'http://school.test/hoc/help/' })).toBe(true);
  });

  it('is part of the one inline script the Content Security Policy allows', () => {
    expect(EARLY_SCRIPT).toContain(DISCREET_NAVIGATION);
    expect(EARLY_SCRIPT).toContain(HEADER_TOGGLES);
    expect(() => new Function(EARLY_SCRIPT)).not.toThrow();
  });
});

describe('header toggles (the early head script)', () => {
  function header() {
    let onClick: ((event: { target: unknown }) => void) | undefined;
    const focused: string[] = [];
    const panels: Record<string, Set<string>> = { 'header-search': new Set(), 'site-menu': new Set() };
    const toggle = (name: string, controls: string) => {
      const attrs: Record<string, string> = { 'aria-expanded': 'false', 'aria-controls': controls, 'data-header-toggle': name };
      const button = { getAttribute: (k: string) => attrs[k] ?? null, setAttribute: (k: string, v: string) => (attrs[k] = v), attrs };
      return { button, target: { closest: (selector: string) => (selector === '[data-header-toggle]' ? button : null) } };
    };
    const doc = {
      addEventListener: (type: string, handler: typeof onClick) => {
        if (type === 'click') onClick = handler;
      },
      getElementById: (id: string) =>
        panels[id]
          ? {
              classList: { toggle: (name: string, on: boolean) => (on ? panels[id]!.add(name) : panels[id]!.delete(name)) },
              querySelector: () => ({ focus: () => focused.push(id) }),
            }
          : null,
    };
    new Function(`return (${HEADER_TOGGLES});`)()(doc);
    return { click: (target: unknown) => onClick!({ target }), toggle, panels, focused };
  }

  it('opens the search form with its box focused, and closes it again', () => {
    const h = header();
    const search = h.toggle('search', 'header-search');
    h.click(search.target);
    expect(search.button.attrs['aria-expanded']).toBe('true');
    expect([...h.panels['header-search']!]).toEqual(['is-open']);
    expect(h.focused).toEqual(['header-search']);
    h.click(search.target);
    expect(search.button.attrs['aria-expanded']).toBe('false');
    expect([...h.panels['header-search']!]).toEqual([]);
  });

  it('opens the menu without moving focus, and ignores clicks elsewhere or on a toggle without its panel', () => {
    const h = header();
    const menu = h.toggle('menu', 'site-menu');
    h.click(menu.target);
    expect([...h.panels['site-menu']!]).toEqual(['is-open']);
    expect(h.focused).toEqual([]);
    h.click({ closest: () => null });
    const orphan = h.toggle('menu', 'nowhere');
    h.click(orphan.target);
    expect(orphan.button.attrs['aria-expanded']).toBe('false');
    expect([...h.panels['header-search']!]).toEqual([]);
  });
});
