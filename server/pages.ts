import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequestHandler, fastifyReactRouter } from '@mcansh/react-router-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { RouterContextProvider, type ServerBuild } from 'react-router';
import type { ViteDevServer } from 'vite';
import { requestContext, servicesContext, type AppServices } from '#app-context';
import { projectRoot } from '../db/prepare.ts';
import { authActions } from './auth-actions.ts';
import { uploadPages } from './upload-pages.ts';

/** Mounts the React Router pages; loaders get the services and the request's actor through context tokens. */
export async function registerPages(app: FastifyInstance, services: AppServices, devServer?: ViteDevServer) {
  const serverBuildPath = join(projectRoot, 'build', 'server', 'index.js');
  if (!devServer && !existsSync(serverBuildPath)) {
    throw new Error(`The pages are not built (${serverBuildPath} is missing): run "npm run build" first.`);
  }
  const build = devServer
    ? undefined
    : ((await import(/* @vite-ignore */ pathToFileURL(serverBuildPath).href)) as ServerBuild);
  const getLoadContext = (request: FastifyRequest, reply: FastifyReply) => {
    const context = new RouterContextProvider();
    context.set(servicesContext, { ...services, clock: request.clock });
    const session = request.session;
    context.set(requestContext, {
      actor: request.actor,
      user: session ? { displayName: session.displayName, email: session.email, role: session.role } : null,
      csrfToken: request.csrfToken,
      sessionExpired: request.sessionExpired,
      nonce: (reply as unknown as { cspNonce?: { script: string } }).cspNonce?.script ?? '',
      auth: authActions(app, request, reply),
      log: request.log,
    });
    return context;
  };
  const mode = devServer ? 'development' : 'production';
  await app.register(fastifyReactRouter, {
    devServer,
    // Imported here (not by the adapter) so the build and this module share one "#app-context" instance.
    ...(build ? { build } : {}),
    serverBuildPath,
    clientBuildDirectory: join(projectRoot, 'build', 'client'),
    mode,
    routeOptions: { config: { policy: 'pages' } },
    getLoadContext,
  });
  // The pages that take a file upload get their own body limit; their action runs in the same pages.
  const loadBuild = () => devServer!.ssrLoadModule('virtual:react-router/server-build') as Promise<ServerBuild>;
  await app.register(uploadPages, {
    handler: createRequestHandler({ build: build ?? loadBuild, getLoadContext, mode }),
  });
}
