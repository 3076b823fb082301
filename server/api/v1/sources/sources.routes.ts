import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../../../core/shared/errors.ts';
import { prepareSource, type SourceSubmission } from '../../../../core/sources/prepare-source.ts';
import { MAX_SOURCE_BYTES } from '../../../../core/sources/read-document.ts';
import { sourcePath } from '../../../../core/sources/source.presenter.ts';
import { storeSource } from '../../../../db/sources/source-seams.ts';
import { findVisibleSources, getVisibleSource } from '../../../../db/sources/sources.queries.ts';
import { writeRateLimit } from '../../../plugins/security.ts';
import {
  addSourceSchema,
  getSourceSchema,
  listSourcesSchema,
  sourceJsonBody,
  sourceMetadata,
} from './sources.schemas.ts';

const refused = (issues: { path: PropertyKey[]; message: string }[]) =>
  new AppError(
    'INVALID_INPUT',
    'The document was not added.',
    issues.map((i) => ({ field: i.path.map(String).join('.') || 'body', message: i.message })),
  );

/** The submission of a multipart form: the file and the metadata fields. */
async function fromMultipart(body: Buffer, contentType: string): Promise<SourceSubmission> {
  const form = await new Response(new Uint8Array(body), { headers: { 'content-type': contentType } })
    .formData()
    .catch(() => {
      throw new AppError('INVALID_INPUT', 'The multipart body cannot be read.', [
        { field: 'body', message: 'is not a readable multipart form' },
      ]);
    });
  const fields = Object.fromEntries(
    [...form.entries()].filter(([name, v]) => typeof v === 'string' && !['csrf', 'file', 'text'].includes(name)),
  );
  const metadata = sourceMetadata.safeParse(fields);
  if (!metadata.success) throw refused(metadata.error.issues);
  const file = form.get('file');
  const text = form.get('text');
  return {
    upload: file instanceof File ? { fileName: file.name, content: new Uint8Array(await file.arrayBuffer()) } : null,
    text: typeof text === 'string' ? text : null,
    input: metadata.data,
  };
}

export const sourceRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.services;
  app.addContentTypeParser('multipart/form-data', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

  app.get('/sources', { schema: listSourcesSchema, config: { policy: 'public' } }, async (request) => {
    const { page = 1, ...filter } = request.query;
    const found = await findVisibleSources(db, request.actor, { ...filter, page });
    return { data: found.rows, total: found.total, page: found.page, pages: found.pages };
  });

  app.get('/sources/:key', { schema: getSourceSchema, config: { policy: 'public' } }, async (request) =>
    getVisibleSource(db, request.actor, request.params.key),
  );

  app.post(
    '/sources',
    {
      schema: addSourceSchema,
      bodyLimit: 2 * MAX_SOURCE_BYTES + 1024 * 1024,
      config: { policy: 'internal', ...writeRateLimit },
    },
    async (request, reply) => {
      const type = request.headers['content-type'] ?? '';
      let submission: SourceSubmission;
      if (type.startsWith('multipart/form-data')) submission = await fromMultipart(request.body as Buffer, type);
      else {
        const body = sourceJsonBody.safeParse(request.body);
        if (!body.success) throw refused(body.error.issues);
        const { text, ...input } = body.data;
        submission = { text, input };
      }
      const source = await prepareSource(submission, request.clock.today());
      const added = await storeSource(db, request.actor, request.clock.now(), source);
      if (added.status === 'duplicate')
        return reply.code(200).send({
          status: 'duplicate',
          key: added.key,
          detail: `This document is already in the library as ${added.key}.`,
        });
      return reply
        .code(201)
        .header('location', `/api/v1${sourcePath(added.key).replace('/quellen', '/sources')}`)
        .send({
          status: 'added',
          key: added.key,
          title: added.title,
          repaired: added.repaired,
          candidates: added.candidates,
        });
    },
  );
};
