import type { FastifyInstance } from 'fastify';
import { visit } from 'jsonc-parser';
import { AppError } from '../core/shared/errors.ts';

/**
 * The first key that one object of a JSON text holds twice, as the dotted path of the field
 * ("source.quote", "scores.2.value"), or null. JSON.parse would silently keep the last of the
 * two; a program that sent both meant one of them, and the API does not guess which.
 */
export function duplicateKey(text: string): string | null {
  const open: Set<string>[] = [];
  let found: string | null = null;
  visit(text, {
    onObjectBegin: () => {
      open.push(new Set());
    },
    onObjectEnd: () => {
      open.pop();
    },
    onObjectProperty: (property, _offset, _length, _line, _character, pathSupplier) => {
      const keys = open.at(-1);
      if (!keys || found !== null) return;
      if (keys.has(property)) found = [...pathSupplier(), property].join('.');
      keys.add(property);
    },
  });
  return found;
}

/**
 * JSON bodies as Fastify reads them (the same parser, refusing prototype poisoning), and a
 * key given twice in one object refused with the field named.
 */
export function refuseDuplicateKeys(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = String(body);
    parseJson(request, text, (error, value) => {
      if (error) return done(error, undefined);
      const twice = duplicateKey(text);
      if (twice === null) return done(null, value);
      done(
        new AppError('INVALID_INPUT', `The key "${twice}" appears twice in the JSON body.`, [
          { field: twice, code: 'duplicate_key', message: 'appears twice in the JSON body' },
        ]),
        undefined,
      );
    });
  });
}
