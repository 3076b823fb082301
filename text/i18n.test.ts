import { describe, expect, it } from 'vitest';
import { messageSources } from './i18n.ts';

describe('the messages', () => {
  it('give every key in exactly one file, so no file silently overrides another', () => {
    const owners = new Map<string, string[]>();
    for (const [file, source] of Object.entries(messageSources))
      for (const key of Object.keys(source.de)) owners.set(key, [...(owners.get(key) ?? []), file]);
    expect([...owners].filter(([, files]) => files.length > 1)).toEqual([]);
  });

  it('are complete in English', () => {
    for (const [file, source] of Object.entries(messageSources))
      expect(Object.keys(source.en).sort(), file).toEqual(Object.keys(source.de).sort());
  });
});
