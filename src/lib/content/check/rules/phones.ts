/**
 * Phone numbers in lesson text: only the site's hotlines, so a learner never calls a number
 * nobody checked; local numbers belong in `local.json`, which school IT keeps up to date.
 */
import { visit } from 'unist-util-visit';
import { bodyPosition, type FileCheck, type Finding } from '../model.ts';

/** Numbers that were once hotlines and must never be presented as current. */
const RETIRED_NUMBERS = ['1800 1567', '18001567'];
/** Phone-like numbers in text: long numbers and 1800/1900 lines. */
const PHONE_PATTERN = /(?<![\d.,])(?:(?:\+84|0)\d{2,3}[ .-]?\d{3}[ .-]?\d{3,4}|1[89]00[ .-]?\d{3,4}(?:[ .-]?\d{2,3})?)(?![\d])/g;
/**
 * Short numbers right after a verb or noun of calling (`gọi 114`, `call 115`, `số 112`), also at
 * the end of a sentence; `số 100.000` and `số 120,5` are amounts, not numbers to call.
 */
const SHORT_CALL_PATTERN = /(?:gọi|số|tổng đài|đường dây|call|dial|line)\s+(1\d\d)(?!\d|[.,]\d)/giu;

const digits = (value: string) => value.replace(/\D/g, '');

export const checkPhones: FileCheck = (parsed, { options }) => {
  const findings: Finding[] = [];
  if (!parsed.tree) return findings;
  const hotlines = new Set(options.hotlineNumbers.map(digits));
  const retired = new Set(RETIRED_NUMBERS.map(digits));
  visit(parsed.tree, 'text', (node) => {
    const text = node.value;
    const at = { file: parsed.file.path, field: '(body)', ...bodyPosition(parsed, node) };
    for (const number of RETIRED_NUMBERS) {
      if (text.includes(number)) findings.push({ rule: 'phone-retired', values: { number }, ...at });
    }
    for (const [number] of text.matchAll(PHONE_PATTERN)) {
      if (retired.has(digits(number)) || hotlines.has(digits(number))) continue;
      findings.push({ rule: 'phone-unlisted', values: { number }, ...at });
    }
    for (const match of text.matchAll(SHORT_CALL_PATTERN)) {
      if (!hotlines.has(match[1]!)) findings.push({ rule: 'phone-short-unlisted', values: { number: match[1]! }, ...at });
    }
  });
  return findings;
};
