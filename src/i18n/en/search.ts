/** English UI strings: search. Typed against the Vietnamese table: a missing or extra key fails the type check. */
import type { Strings } from '../strings.ts';
import type { searchStrings as source } from '../vi/search.ts';

export const searchStrings: Strings<typeof source> = {
  'search.label': 'Search',
  'search.placeholder': 'e.g. job offer',
  'search.submit': 'Search',
  'search.title': 'Search lessons',
  'search.intro': 'Type with or without Vietnamese diacritics: “viec nhe luong cao” finds “việc nhẹ lương cao” too.',
  'search.noscript': 'Search needs JavaScript. You can still browse every lesson by track from the home page.',
  'search.loading': 'Loading search…',
  'search.loadFailed': 'Search could not load. Check the network connection and try again.',
  'search.retry': 'Try again',
  'search.results': 'Search results',
  'search.count': '{n} lessons found for “{query}”.',
  'search.countOne': '1 lesson found for “{query}”.',
  'search.countInTrack': '{n} in the track {track} ({total} in all).',
  'search.filter': 'Filter by track',
  'search.filter.all': 'All tracks',
  'search.filter.none': 'No lessons in this track match.',
  'search.filter.showAll': 'Show all {n} lessons in every track',
  'search.notTranslated': 'In Vietnamese only',
  'search.more': 'Show more results',
  'search.suggestions': 'You could search for',
  'search.noResults': 'No lessons found for “{query}”.',
  'search.tips': 'You could:',
  'search.tips.spelling': 'check the spelling, or type without diacritics;',
  'search.tips.fewer': 'use fewer words, or another word with the same meaning;',
  'search.tips.browse': 'browse the lessons by track on the home page.',
  'search.help.title': 'Need help now?',
  'search.help.text': 'You do not need to find the right lesson to get help. Call free:',
  'search.help.more': 'More places to get help',
};
