import { create as contentDisposition } from 'content-disposition';
import { data } from 'react-router';
import { servicesContext } from '#app-context';
import { AppError } from '../../../core/shared/errors.ts';
import { getVisibleAgreementDocument } from '../../../db/agreements/visible-agreements.queries.ts';
import { guard, type PagePolicy } from '../../lib/guard.ts';
import type { Route } from './+types/agreement-download.ts';

export const handle = { policy: { loader: 'public' } } satisfies { policy: PagePolicy };

/**
 * The download of a stored document, for whoever may see the agreement (others get 404). Always
 * an attachment (RFC 6266, the name also as UTF-8 filename*), with its checked type, never sniffed.
 */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const info = guard(context, request, 'public');
  const { db } = context.get(servicesContext);
  const id = /^\d{1,9}$/.test(params.id) ? Number(params.id) : null;
  try {
    if (id === null) throw new AppError('NOT_FOUND', 'No such document.');
    const document = await getVisibleAgreementDocument(db, info.actor, params.key, id);
    return new Response(new Uint8Array(document.content), {
      headers: {
        'Content-Type': document.mediaType,
        'Content-Length': String(document.sizeBytes),
        'Content-Disposition': contentDisposition(document.fileName, { type: 'attachment' }),
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, no-store',
        ETag: `"${document.sha256}"`,
      },
    });
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') throw data(null, { status: 404 });
    throw error;
  }
}
