/**
 * The only inline script of the site, run in <head> before first paint: it applies the
 * learner's text size and, in discreet mode, a neutral page title — so a shared phone's tab
 * list and history never show the lesson's title. It also marks the page as scripted (`js`), so
 * the phone header starts folded instead of jumping shut once the bundle runs, and installs
 * what must work before the bundle arrives (below): discreet navigation, quick exit and the
 * header toggles, all as delegated listeners on the document. Its SHA-256 is added to the
 * Content Security Policy by astro.config.mjs, so no 'unsafe-inline' is needed.
 */

/**
 * Discreet navigation: while discreet mode is on, every move between the site's own pages — a
 * link, the header search, any GET form — replaces the history entry instead of adding one, so
 * after a quick exit (which also replaces) nothing about the topic is a Back press away. Left to
 * the browser: other sites, new tabs or windows (modifier keys, `target`, middle click),
 * downloads, jumps within the page and non-GET forms.
 *
 * Quick exit: a tap on the "Thoát nhanh" link replaces the page with the link's address, in or
 * out of discreet mode. It lives here, not in the bundle, so it works from first paint: on a slow
 * phone the bundle can arrive seconds after the button shows, and a tap in that gap would add the
 * page to history. The bundle (`scripts/quick-exit.ts`) points the link at the school's own
 * target once `local.json` is read, and adds the keyboard shortcut.
 * Plain ES5 in a string because it must run before the bundle; tested by evaluating this string.
 */
export const DISCREET_NAVIGATION =
  'function(d){var r=d.documentElement,w=d.defaultView;' +
  "function go(u,e,extra){if(!r.classList.contains('is-discreet')||e.defaultPrevented||extra)return;" +
  "var b=r.getAttribute('data-base')||'/',h=w.location;" +
  "if(u.protocol!=='http:'&&u.protocol!=='https:')return;" +
  'if(u.origin!==h.origin||u.pathname.indexOf(b)!==0)return;' +
  'if(u.pathname===h.pathname&&u.search===h.search&&u.hash)return;' +
  'e.preventDefault();h.replace(u.href);}' +
  "d.addEventListener('click',function(e){var a=e.target&&e.target.closest?e.target.closest('a[href]'):null;" +
  "if(!a)return;" +
  "if(a.hasAttribute('data-quick-exit')){if(e.defaultPrevented)return;e.preventDefault();r.classList.add('is-exiting');d.title='';w.location.replace(a.href);return;}" +
  "go(new w.URL(a.href,w.location.href),e,e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey||(a.target&&a.target!=='_self')||a.hasAttribute('download'));});" +
  "d.addEventListener('submit',function(e){var f=e.target;if(!f||(f.method||'get').toLowerCase()!=='get'||!f.getAttribute('action'))return;" +
  'var u=new w.URL(f.action,w.location.href),p=new w.URLSearchParams();' +
  "new w.FormData(f).forEach(function(v,k){if(typeof v==='string')p.append(k,v);});" +
  "u.search=p.toString();go(u,e,f.target&&f.target!=='_self');});}";

/**
 * The phone header's two toggles (search form, menu). On a 360 px screen the `js` class hides
 * both panels at first paint, so the toggles must work from that moment too: a tap before the
 * bundle arrives would otherwise do nothing, and on a slow connection that is seconds. One
 * delegated listener, so it serves buttons parsed after this script. On a wide screen CSS shows
 * everything and the toggles are hidden; without JavaScript nothing is hidden.
 */
export const HEADER_TOGGLES =
  "function(d){d.addEventListener('click',function(e){" +
  "var t=e.target&&e.target.closest?e.target.closest('[data-header-toggle]'):null;if(!t)return;" +
  "var p=d.getElementById(t.getAttribute('aria-controls')||'');if(!p)return;" +
  "var o=t.getAttribute('aria-expanded')!=='true';t.setAttribute('aria-expanded',String(o));p.classList.toggle('is-open',o);" +
  "if(o&&t.getAttribute('data-header-toggle')==='search'){var i=p.querySelector('input');if(i)i.focus();}});}";

export const EARLY_SCRIPT =
  "var r=document.documentElement;r.classList.add('js');" +
  "try{var s=localStorage.getItem('vungbuoc:text-size');" +
  "if(s==='large'||s==='larger')r.setAttribute('data-text-size',s);" +
  "if(localStorage.getItem('vungbuoc:discreet')==='1'){r.classList.add('is-discreet');document.title=r.getAttribute('data-neutral-title')||'';}}catch(e){}" +
  `(${DISCREET_NAVIGATION})(document);` +
  `(${HEADER_TOGGLES})(document);`;
