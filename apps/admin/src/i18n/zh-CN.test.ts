import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import englishMessages from 'ra-language-english';
import { describe, expect, it } from 'vitest';
import { zhCN } from './zh-CN';

type Messages = { [key: string]: string | Messages };

function flatten(messages: Messages, prefix = ''): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(messages)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat[name] = value;
    else Object.assign(flat, flatten(value, name));
  }
  return flat;
}

const english = flatten(englishMessages as unknown as Messages);
const chinese = flatten(zhCN as unknown as Messages);

/** A value made only of polyglot placeholders and punctuation has nothing to translate. */
const onlyPlaceholders = (value: string) =>
  value.replace(/%\{\w+\}/g, '').replace(/[\s:：.,，-]/g, '') === '';

describe('zh-CN translation', () => {
  it('covers every key of ra-language-english', () => {
    const missing = Object.keys(english).filter((key) => !(key in chinese));
    expect(missing).toEqual([]);
  });

  it('has no key react-admin does not know under ra.*', () => {
    const unknown = Object.keys(chinese).filter((key) => key.startsWith('ra.') && !(key in english));
    expect(unknown).toEqual([]);
  });

  it('translates every value (placeholder-only values aside)', () => {
    const untranslated = Object.entries(english)
      .filter(([key, value]) => chinese[key] === value && !onlyPlaceholders(value))
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
  });

  it('uses one plural form: node-polyglot has no Chinese plurals', () => {
    const withPlurals = Object.entries(chinese)
      .filter(([, value]) => value.includes('||||'))
      .map(([key]) => key);
    expect(withPlurals).toEqual([]);
  });

  it('keeps every placeholder of the English message (of its plural form, for two-form messages)', () => {
    const placeholders = (value: string) => [...new Set(value.match(/%\{\w+\}/g) ?? [])].sort();
    const lost = Object.entries(english)
      .map(([key, value]): [string, string] => [key, value.split('||||').at(-1) ?? value])
      .filter(([key, value]) => placeholders(value).some((name) => !chinese[key]?.includes(name)))
      .map(([key]) => key);
    expect(lost).toEqual([]);
  });

  it('defines every literal gdp.* and resources.* key the console uses', () => {
    const sourceRoot = path.resolve(import.meta.dirname, '..');
    const files: string[] = [];
    const walk = (directory: string) => {
      for (const name of readdirSync(directory)) {
        const file = path.join(directory, name);
        if (statSync(file).isDirectory()) {
          if (name !== 'generated') walk(file);
        } else if (/\.tsx?$/.test(name) && !name.endsWith('.test.ts') && !name.endsWith('.test.tsx'))
          files.push(file);
      }
    };
    walk(sourceRoot);
    const used = new Set<string>();
    for (const file of files) {
      for (const match of readFileSync(file, 'utf8').matchAll(/['"`]((?:gdp|resources)\.[\w.]+)['"`]/g))
        used.add(match[1]);
    }
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((key) => !(key in chinese))).toEqual([]);
  });
});
