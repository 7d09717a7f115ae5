/**
 * "Forget me" is only as complete as the list of keys: every storage key in the code must be
 * in lib/storage/keys.ts, and forgetting removes every key marked to forget — and nothing a
 * teacher, trainer or the learner's safety settings need.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProgressStore } from '../../src/lib/progress/store.ts';
import { FORGET_KEYS, keyMatches, STORAGE_KEYS } from '../../src/lib/storage/keys.ts';
import { MemoryStorage } from './support/memory-storage.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx|astro)$/.test(name) ? [path] : [];
  });
}

describe('storage keys', () => {
  it('lists every key the code stores under', () => {
    const listed = Object.values(STORAGE_KEYS).map((entry) => entry.key);
    const used = new Set<string>();
    for (const file of sourceFiles('src')) {
      for (const match of readFileSync(file, 'utf8').matchAll(/['"`](vungbuoc:[a-z0-9:-]+)/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(5);
    expect([...used].filter((key) => !listed.some((pattern) => keyMatches(key, pattern)))).toEqual([]);
  });

  it('"forget me" removes every key marked to forget, and keeps the others', () => {
    const storage = new MemoryStorage();
    const all = Object.values(STORAGE_KEYS).map((entry) => (entry.key.endsWith(':') ? `${entry.key}lesson-a` : entry.key));
    for (const key of all) storage.map.set(key, '{}');
    storage.map.set('other-site:data', 'x');
    createProgressStore({ storage, randomBytes: (n) => new Uint8Array(n), defaultNickname: 'Hồ sơ {n}' }).forgetEverything();
    const left = [...storage.map.keys()].sort();
    const kept = Object.values(STORAGE_KEYS).filter((entry) => !entry.forget).map((entry) => (entry.key.endsWith(':') ? `${entry.key}lesson-a` : entry.key));
    expect(left).toEqual([...kept, 'other-site:data'].sort());
    expect(FORGET_KEYS).toContain(STORAGE_KEYS.certificateName.key);
    expect(FORGET_KEYS).not.toContain(STORAGE_KEYS.discreet.key);
  });
});
