/** English UI strings: help. Typed against the Vietnamese table: a missing or extra key fails the type check. */
import type { Strings } from '../strings.ts';
import type { helpStrings as source } from '../vi/help.ts';

export const helpStrings: Strings<typeof source> = {
  'help.strip.label': 'Need help now?',
  'help.strip.more': 'More help',
  'help.strip.call': 'Call {number}',
  'help.title': 'Get help',
  'help.intro': 'You do not have to face this alone. The places below help for free and do not blame you.',
  'help.national': 'National hotlines',
  'help.whenToCall': 'When to call',
  'help.whatHappens': 'When you call 111',
  'help.whatHappens.1': 'The call is free.',
  'help.whatHappens.2': 'The line is open 24 hours a day, every day.',
  'help.whatHappens.3': 'Calls are recorded automatically — that is the line\'s rule.',
  'help.whatHappens.4': 'The line gives advice, passes reports straight to the police, the border guard or the commune People\'s Committee, and can connect you with medical, psychological and social support.',
  'help.inPerson': 'Go in person',
  'help.inPerson.text': 'You can go to the nearest police post, the commune People\'s Committee or, near the border, a border-guard station to report. Whoever receives you must help.',
  'help.local': 'Local contacts',
  'help.local.none': 'Your school or commune has not added local contacts. Call 111 or go to the nearest police post.',
  'help.local.phone': 'Phone',
  'help.local.address': 'Address',
  'help.local.hours': 'Hours',
  'help.history': 'Sharing a phone? Clear your browsing history',
  'help.history.intro': '"Quick exit" switches to another page at once, but the pages you visited stay in the browser\'s history. If someone else uses your phone, you can clear it:',
  'help.history.chrome': 'Chrome (Android): tap ⋮ → History → Clear browsing data → tick "Browsing history" → Clear data.',
  'help.history.safari': 'Safari (iPhone): Settings → Safari → Clear History and Website Data.',
  'help.history.zalo': 'In Zalo or Facebook: the page opens inside the app; close that window when you are done.',
  'help.history.private': 'Safer: open the site in a private (incognito) window — the browser keeps no history (but also no progress).',
};
