import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fastifyReactRouter } from '@mcansh/react-router-fastify';
import type { FastifyInstance } from 'fastify';
import { RouterContextProvider, type ServerBuild } from 'react-router';
import type { ViteDevServer } from 'vite';
import { servicesContext, type AppServices } from '#app-context';
import { projectRoot } from '../db/prepare.ts';

/** Mounts the React Router pages; loaders get the services through the shared context token. */
export async function registerPages(app: FastifyInstance, services: AppServices, devServer?: ViteDevServer) {
  const serverBuildPath = join(projectRoot, 'build', 'server', 'index.js');
  if (!devServer && !existsSync(serverBuildPath)) {
    throw new Error(`The pages are not built (${serverBuildPath} is missing): run "npm run build" first.`);
  }
  await app.register(fastifyReactRouter, {
    devServer,
    // Imported here (not by the adapter) so the build and this module share one "#app-context" instance.
    ...(devServer ? {} : { build: (await import(pathToFileURL(serverBuildPath).href)) as ServerBuild }),
    serverBuildPath,
    clientBuildDirectory: join(projectRoot, 'build', 'client'),
    mode: devServer ? 'development' : 'production',
    getLoadContext() {
      const context = new RouterContextProvider();
      context.set(servicesContext, services);
      return context;
    },
  });
}
