import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, RouteHandlerMethod } from 'fastify';
import { MAX_DOCUMENT_BYTES } from '../core/agreements/agreement-document.ts';
import { MAX_FILE_BYTES as MAX_IMPORT_BYTES } from '../core/imports/read-table.ts';
import { MAX_SOURCE_BYTES } from '../core/sources/read-document.ts';
import { handleError, sendProblem } from './error-handler.ts';

const MiB = 1024 * 1024;
/** At most this many uploads are read at once; each may hold up to twice its file limit in memory. */
export const MAX_CONCURRENT_UPLOADS = 4;
const RETRY_AFTER_SECONDS = 5;
/** What any other form may send: the global body limit. */
const FORM_LIMIT = MiB;

/**
 * The pages whose form uploads a file (multipart/form-data, posted without JavaScript). Every
 * other page takes at most 1 MiB of URL-encoded form; these take a file up to their own limit.
 * The use-case refuses a file over its limit with a message next to the field; the body may be
 * up to twice that, so such a file still reaches the form, and only beyond is refused with 413.
 */
export const UPLOAD_PAGES = [
  { path: '/vereinbarungen/:key/dokument', field: 'document', maxFileBytes: MAX_DOCUMENT_BYTES },
  { path: '/aktivitaeten/import', field: 'datei', maxFileBytes: MAX_IMPORT_BYTES },
  { path: '/quellen/neu', field: 'file', maxFileBytes: MAX_SOURCE_BYTES },
] as const;

/**
 * Posts to the upload pages: the body is read whole (within the limit) and handed to the pages'
 * request handler, which runs the route's action. The CSRF check reads its field from the
 * multipart body (server/plugins/auth.ts); before the body is read, an anonymous post is sent to
 * the login page and one beyond `MAX_CONCURRENT_UPLOADS` answered 503 with Retry-After.
 */
export async function uploadPages(app: FastifyInstance, options: { handler: RouteHandlerMethod }) {
  // Before a byte of the body is read: only a logged-in user uploads, and only a few at a time,
  // so that anonymous or piled-up uploads cannot take the server's memory.
  let reading = 0;
  const counted = new WeakSet<FastifyRequest>();
  const release = (request: FastifyRequest) => {
    if (counted.delete(request)) reading--;
  };
  const admit = async (request: FastifyRequest, reply: FastifyReply) => {
    // As the pages' guard does: to the login page, and back to the form afterwards.
    if (request.actor.kind === 'public') {
      const back = encodeURIComponent(request.url);
      return reply.redirect(`/anmelden?zurueck=${back}${request.sessionExpired ? '&abgelaufen=1' : ''}`, 302);
    }
    if (reading >= MAX_CONCURRENT_UPLOADS) {
      reply.header('Retry-After', String(RETRY_AFTER_SECONDS));
      return sendProblem(reply, request, 503, 'Too many uploads at once; please try again in a moment.');
    }
    reading++;
    counted.add(request);
  };
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('multipart/form-data', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
    if (body.length > FORM_LIMIT) done(Object.assign(new Error('The form is too large.'), { statusCode: 413 }));
    else done(null, new URLSearchParams(body as string));
  });
  for (const page of UPLOAD_PAGES) {
    const limitText = `${page.maxFileBytes / MiB} MiB`;
    app.post(
      page.path,
      {
        bodyLimit: 2 * page.maxFileBytes + MiB,
        config: { policy: 'pages' },
        onRequest: admit,
        onResponse: async (request) => release(request),
        onRequestAbort: async (request) => release(request),
        errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
          if (error.statusCode === 413)
            return sendProblem(reply, request, 413, `A file of at most ${limitText} can be uploaded here.`, [
              { field: page.field, message: `is larger than the limit of ${limitText}` },
            ]);
          return handleError(error, request, reply);
        },
      },
      options.handler,
    );
  }
}
