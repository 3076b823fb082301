import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fastifyReactRouter } from '@mcansh/react-router-fastify';
import type { FastifyInstance } from 'fastify';
import { RouterContextProvider, type ServerBuild } from 'react-router';
import type { ViteDevServer } from 'vite';
import { requestContext, servicesContext, type AppServices } from '#app-context';
import { projectRoot } from '../db/prepare.ts';
import { authActions } from './auth-actions.ts';

/** Mounts the React Router pages; loaders get the services and the request's actor through context tokens. */
export async function registerPages(app: FastifyInstance, services: AppServices, devServer?: ViteDevServer) {
  const serverBuildPath = join(projectRoot, 'build', 'server', 'index.js');
  if (!devServer && !existsSync(serverBuildPath)) {
    throw new Error(`The pages are not built (${serverBuildPath} is missing): run "npm run build" first.`);
  }
  await app.register(fastifyReactRouter, {
    devServer,
    // Imported here (not by the adapter) so the build and this module share one "#app-context" instance.
    ...(devServer
      ? {}
      : { build: (await import(/* @vite-ignore */ pathToFileURL(serverBuildPath).href)) as ServerBuild }),
    serverBuildPath,
    clientBuildDirectory: join(projectRoot, 'build', 'client'),
    mode: devServer ? 'development' : 'production',
    routeOptions: { config: { policy: 'pages' } },
    getLoadContext(request, reply) {
      const context = new RouterContextProvider();
      context.set(servicesContext, services);
      const session = request.session;
      context.set(requestContext, {
        actor: request.actor,
        user: session ? { displayName: session.displayName, email: session.email, role: session.role } : null,
        csrfToken: request.csrfToken,
        sessionExpired: request.sessionExpired,
        nonce: (reply as unknown as { cspNonce?: { script: string } }).cspNonce?.script ?? '',
        auth: authActions(app, request, reply),
      });
      return context;
    },
  });
}
