/**
 * Who reads a lesson: a learner is warned before a lesson that describes exploitation, and a
 * trainer finds speaker notes in every lesson of the trainer track.
 */
import type { Text } from 'mdast';
import { EXIT, SKIP, visit } from 'unist-util-visit';
import type { LessonData } from '../../../../schemas/lesson.ts';
import type { ModuleData } from '../../../../schemas/module.ts';
import { isNotes } from '../../../markdown/parse.ts';
import { textPosition, type FileCheck, type Finding, type ParsedFile, type RuleContext } from '../model.ts';

/**
 * Words that describe harm to a person rather than name a topic, per content locale. A lesson
 * whose visible text uses one needs a content warning (content guide: warn before describing
 * exploitation, and let the learner skip that section).
 */
const HARM_WORDS: Record<string, readonly string[]> = {
  vi: [
    'bóc lột tình dục', // sexual exploitation: the content guide keeps it to 15+ lessons
    'xâm hại tình dục', // sexual abuse
    'hiếp dâm', // rape, named outright
    'cưỡng bức', // on its own: rape, or being forced by violence
    'đánh đập', // beating
    'giam giữ', // being held captive
    'xâm hại', // abuse, above all of children
    'tra tấn', // torture
  ],
  en: [
    'sexual exploitation', 'sexually exploited', // as "bóc lột tình dục"
    'sexual abuse', 'sexually abused', 'abused', // as "xâm hại (tình dục)"
    'rape', 'raped', // as "hiếp dâm", "cưỡng bức"
    'beaten', 'beating', // as "đánh đập"
    'held captive', 'locked up', // as "giam giữ"
    'torture', 'tortured', // as "tra tấn"
  ],
};

/**
 * Words that make a harm word the name of a topic, a crime or a programme, not a description,
 * when they come before it in the same sentence: "thêm chủ đề nặng như bóc lột tình dục" (a
 * teacher choosing lessons), "hợp tác chống mua bán người và xâm hại trẻ em" (a programme).
 */
const TOPIC_WORDS: Record<string, readonly string[]> = {
  vi: ['chủ đề', 'nội dung về', 'chống', 'tội'],
  en: ['topic', 'topics', 'against', 'crime of', 'offence of'],
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Any of the words, as whole words (Vietnamese syllables are whole words too). */
const anyOf = (words: readonly string[], flags: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escape).join('|')})(?![\\p{L}\\p{N}])`, flags);
const HARM_PATTERNS = Object.fromEntries(Object.entries(HARM_WORDS).map(([locale, words]) => [locale, anyOf(words, 'giu')]));
const TOPIC_PATTERNS = Object.fromEntries(Object.entries(TOPIC_WORDS).map(([locale, words]) => [locale, anyOf(words, 'iu')]));

/** True when the words before `index`, back to the start of the sentence, name a topic. */
function namesTopic(text: string, index: number, locale: string): boolean {
  const sentence = text.slice(0, index).split(/[.;!?\n]/).pop()!;
  return (TOPIC_PATTERNS[locale] ?? TOPIC_PATTERNS.en!).test(sentence);
}

/** The first harm word in the text a learner sees (speaker notes left out), with its node. */
function firstHarmWord(parsed: ParsedFile): { term: string; node: Text; index: number } | undefined {
  const pattern = HARM_PATTERNS[parsed.locale] ?? HARM_PATTERNS.en!;
  let found: { term: string; node: Text; index: number } | undefined;
  visit(parsed.tree!, (node) => {
    if (found || isNotes(node as never)) return SKIP;
    if (node.type !== 'text') return undefined;
    const text = node.value.normalize('NFC');
    for (const match of text.matchAll(pattern)) {
      if (namesTopic(text, match.index, parsed.locale)) continue;
      found = { term: match[0], node, index: match.index };
      break;
    }
    return undefined;
  });
  return found;
}

function contentWarningMissing(parsed: ParsedFile): Finding[] {
  if ((parsed.data as LessonData).contentWarning) return [];
  const harm = firstHarmWord(parsed);
  if (!harm) return [];
  return [{ rule: 'content-warning-missing', values: { term: harm.term }, file: parsed.file.path, field: '(body)', ...textPosition(parsed, harm.node, harm.index) }];
}

/** True when the body has a `:::notes` block anywhere, also inside a callout. */
function hasNotes(parsed: ParsedFile): boolean {
  let found = false;
  visit(parsed.tree!, (node) => {
    if (!isNotes(node as never)) return undefined;
    found = true;
    return EXIT;
  });
  return found;
}

/** A trainer-track lesson is taught from the presenter view: without notes, the trainer has no script. */
function trainerNotesMissing(parsed: ParsedFile, { options, find }: RuleContext): Finding[] {
  const module = find('modules', options.defaultLocale, (parsed.data as LessonData).module);
  if (!module?.valid || (module.data as ModuleData).track !== 'trainer' || hasNotes(parsed)) return [];
  return [{ rule: 'trainer-notes-missing', file: parsed.file.path, field: '(body)' }];
}

export const checkAudience: FileCheck = (parsed, ctx) => {
  if (parsed.collection !== 'lessons' || !parsed.valid || !parsed.tree) return [];
  return [...contentWarningMissing(parsed), ...trainerNotesMissing(parsed, ctx)];
};
