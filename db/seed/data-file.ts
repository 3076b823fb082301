import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { AppError, type FieldIssue } from '../../core/shared/errors.ts';

export type DataPath = readonly (string | number)[];

/** A parsed YAML data file that can say where in it a value stands ("file:line:column"). */
export interface DataFile<T> {
  name: string;
  data: T;
  locate(path: DataPath): string;
}

const display = (path: DataPath) =>
  path.reduce<string>(
    (out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part),
    '',
  );

function locator(name: string, doc: Document, lines: LineCounter) {
  return (path: DataPath): string => {
    // Walk up to the nearest path that exists (a missing key is reported at its parent).
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) {
        const { line, col } = lines.linePos(node.range[0]);
        return `${name}:${line}:${col}${path.length ? ` ${display(path)}` : ''}`;
      }
    }
    return `${name}${path.length ? ` ${display(path)}` : ''}`;
  };
}

/** Reads and validates one YAML file; any problem is an AppError naming file, line, path and reason. */
export function readDataFile<S extends z.ZodType>(filePath: string, schema: S): DataFile<z.infer<S>> {
  const name = relative(process.cwd(), filePath) || filePath;
  let source: string;
  try {
    source = readFileSync(filePath, 'utf8');
  } catch (error) {
    throw new AppError(
      'SEED_FILE_INVALID',
      `${name}: cannot be read (${(error as NodeJS.ErrnoException).code ?? error}).`,
    );
  }
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const issues: FieldIssue[] = doc.errors.map((e) => ({
      field: `${name}:${e.linePos?.[0].line ?? '?'}:${e.linePos?.[0].col ?? '?'}`,
      message: e.message.split('\n')[0] ?? e.code,
    }));
    throw new AppError('SEED_FILE_INVALID', `${issues[0]!.field} ${issues[0]!.message}`, issues);
  }
  const locate = locator(name, doc, lines);
  const result = schema.safeParse(doc.toJS());
  if (!result.success) {
    const issues = result.error.issues.map((issue) => ({
      field: locate(issue.path as DataPath),
      message: issue.message,
    }));
    throw new AppError('SEED_FILE_INVALID', `${issues[0]!.field}: ${issues[0]!.message}`, issues);
  }
  return { name, data: result.data, locate };
}
