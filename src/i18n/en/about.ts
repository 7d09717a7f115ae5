/** English UI strings: about. Typed against the Vietnamese table: a missing or extra key fails the type check. */
import type { Strings } from '../strings.ts';
import type { aboutStrings as source } from '../vi/about.ts';

export const aboutStrings: Strings<typeof source> = {
  'about.title': 'About',
  'about.intro': 'Vững Bước is a learning site on preventing human trafficking that runs on a school\'s intranet, even with no internet.',
  'about.privacy': 'No accounts, no tracking, no data sent anywhere. Progress stays only in the browser you are using.',
  'about.build': 'About this build',
  'about.buildDate': 'Built on',
  'about.contentVersion': 'Content version',
  'about.commit': 'Source commit',
  'about.lessons': 'Lessons',
  'about.local': 'Local settings (local.json)',
  'about.local.none': 'No local.json — the site uses its default settings.',
  'about.local.ok': 'local.json read: {n, plural, one {# local contact} other {# local contacts}}.',
  'about.local.bad': 'local.json has mistakes, so it was ignored. The site keeps its default settings. Details for the administrator:',
  'about.local.checking': 'Checking local.json…',
  'about.local.exitTopic': 'Note: the quick-exit button goes to {url}, a page of this learning site itself, so someone nearby still sees the topic. Set quickExitUrl in local.json to a neutral page, such as "/cong-thuc/" or "https://www.google.com/".',
  'about.it': 'Notes for school IT',
  'about.it.text': 'Copy the dist/ folder to any web server. To add local contacts or change the quick-exit page, edit local.json at the site root — no rebuild needed.',
  'about.unknown': 'unknown',
  'about.offline': 'Offline use and HTTPS',
  'about.offline.https': 'This site runs over HTTPS (or localhost): the browser can keep pages for use without internet.',
  'about.offline.http': 'This site runs over plain HTTP (e.g. http://192.168…). Lessons, quizzes, search and progress all work. If the school adds HTTPS to the server, browsers also get: pages kept for offline study, a notice when a new version is published, and a copy button that copies the progress code straight to the clipboard.',
};
