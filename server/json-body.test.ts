import { describe, expect, it } from 'vitest';
import { duplicateKey } from './json-body.ts';

describe('a key given twice in a JSON body', () => {
  it('is found with the path of its field', () => {
    expect(duplicateKey('{"to":"dormant","to":"active"}')).toBe('to');
    expect(duplicateKey('{"source":{"document":"a","quote":"x","quote":"y"}}')).toBe('source.quote');
    expect(duplicateKey('{"scores":[{"value":1},{"value":2,"value":3}]}')).toBe('scores.1.value');
  });

  it('is not seen where keys repeat only in different objects or as values', () => {
    expect(duplicateKey('{"a":{"x":1},"b":{"x":2},"c":["a","a"]}')).toBeNull();
    expect(duplicateKey('{"text":"\\"a\\":1,\\"a\\":2"}')).toBeNull();
    expect(duplicateKey('[]')).toBeNull();
  });
});
