import { PassThrough } from 'node:stream';
import { createReadableStreamFromReadable } from '@react-router/node';
import { isbot } from 'isbot';
import type { RenderToPipeableStreamOptions } from 'react-dom/server';
import { renderToPipeableStream } from 'react-dom/server';
import {
  isRouteErrorResponse,
  ServerRouter,
  type EntryContext,
  type HandleErrorFunction,
  type RouterContextProvider,
} from 'react-router';
import { requestContext } from '#app-context';
import { describeUnavailable, isDatabaseUnavailable, loggableError } from '../db/unavailable.ts';
import { NonceProvider } from './lib/nonce.tsx';
import { outagePage, RETRY_AFTER_SECONDS } from '../text/outage-page.ts';

export const streamTimeout = 5_000;

/**
 * The requests whose loader or action lost the database. React Router reports each error here
 * before it hides the details from the page, so this is where an outage is recognised.
 */
const outages = new WeakSet<object>();

/** A loader or action that lost the database is an outage, logged as one; anything else as before. */
export const handleError: HandleErrorFunction = (error, { request, context }) => {
  if (isDatabaseUnavailable(error)) {
    outages.add(context);
    context.get(requestContext).log.warn({ database: describeUnavailable(error) }, 'database unavailable');
    return;
  }
  if (request.signal.aborted) return;
  const inner = isRouteErrorResponse(error) ? (error as { error?: unknown }).error : undefined;
  console.error('error in a page:', loggableError(inner ?? error));
};

/** The outage page (503, Retry-After) instead of the route's error boundary, with or without JavaScript. */
function outageResponse(request: Request, headers: Headers) {
  headers.set('Content-Type', 'text/html; charset=utf-8');
  headers.set('Retry-After', String(RETRY_AFTER_SECONDS));
  return new Response(request.method.toUpperCase() === 'HEAD' ? null : outagePage(request.url), {
    status: 503,
    headers,
  });
}

/** React Router's Node entry, with the response's CSP nonce on every script it renders. */
export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
  loadContext: RouterContextProvider,
) {
  if (outages.has(loadContext)) return outageResponse(request, responseHeaders);
  if (request.method.toUpperCase() === 'HEAD')
    return new Response(null, { status: responseStatusCode, headers: responseHeaders });
  const nonce = loadContext.get(requestContext).nonce;
  return new Promise((resolve, reject) => {
    let shellRendered = false;
    const userAgent = request.headers.get('user-agent');
    const readyOption: keyof RenderToPipeableStreamOptions =
      (userAgent && isbot(userAgent)) || routerContext.isSpaMode ? 'onAllReady' : 'onShellReady';
    let timeoutId: ReturnType<typeof setTimeout> | undefined = setTimeout(() => abort(), streamTimeout + 1000);
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <ServerRouter context={routerContext} url={request.url} nonce={nonce} />
      </NonceProvider>,
      {
        nonce,
        [readyOption]() {
          shellRendered = true;
          const body = new PassThrough({
            final(callback) {
              clearTimeout(timeoutId);
              timeoutId = undefined;
              callback();
            },
          });
          responseHeaders.set('Content-Type', 'text/html; charset=utf-8');
          pipe(body);
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: responseStatusCode,
            }),
          );
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) console.error(error);
        },
      },
    );
  });
}
