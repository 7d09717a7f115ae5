/**
 * The only inline script of the site, run in <head> before first paint: it applies the
 * learner's text size and, in discreet mode, a neutral page title — so a shared phone's tab
 * list and history never show the lesson's title. It also marks the page as scripted (`js`), so
 * the phone header starts folded instead of jumping shut once the bundle runs. Its SHA-256 is added to the Content
 * Security Policy by astro.config.ts, so no 'unsafe-inline' is needed.
 */
export const EARLY_SCRIPT =
  "var r=document.documentElement;r.classList.add('js');" +
  "try{var s=localStorage.getItem('vungbuoc:text-size');" +
  "if(s==='large'||s==='larger')r.setAttribute('data-text-size',s);" +
  "if(localStorage.getItem('vungbuoc:discreet')==='1'){r.classList.add('is-discreet');document.title=r.getAttribute('data-neutral-title')||'';}}catch(e){}";
