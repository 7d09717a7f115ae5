/** English UI strings: offline. Typed against the Vietnamese table: a missing or extra key fails the type check. */
import type { Strings } from '../strings.ts';
import type { offlineStrings as source } from '../vi/offline.ts';

export const offlineStrings: Strings<typeof source> = {
  'offline.title': 'Use without internet',
  'offline.intro': 'Download the lessons in English (reading pages, slides and the search data) to this device to study when the network is gone. Printouts are not downloaded. Nothing is downloaded until you press the button — the site never spends your mobile data on its own.',
  'offline.choice': 'What to download',
  'offline.choice.all': 'Every lesson ({size})',
  'offline.choice.track': 'Only the lessons of the {track} track ({size})',
  'offline.choice.hint': 'Little space left on this phone? Choose one track.',
  'offline.button': 'Download for offline use ({size})',
  'offline.progress': 'Downloading {done}/{total} files…',
  'offline.done': 'Done. You can open the lessons even without a network.',
  'offline.failed': 'Finished, but {n, plural, one {# file} other {# files}} could not be downloaded. Try again when the network is stable.',
  'offline.unsupported': 'This site is open on a plain HTTP address, so the browser will not keep pages for offline use. Everything else works normally on the intranet.',
  'offline.indicator': 'You are offline. Pages you opened or downloaded still work.',
  'offline.update': 'A new version of the site is available.',
  'offline.reload': 'Reload to use it',
  'offline.page.title': 'This page has not been downloaded',
  'offline.page.text': 'You are offline and this page is not saved on this device. When you are online, open it again, or use "Use without internet" on the home page to download every lesson in advance.',
  'offline.page.home': 'Go to the home page',
};
