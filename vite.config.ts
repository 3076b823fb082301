import { fastifyReactRouterDev } from '@mcansh/react-router-fastify/vite';
import { reactRouter } from '@react-router/dev/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    reactRouter(),
    // "#app-context" stays external in the server build so the Fastify host and the pages share one context token.
    fastifyReactRouterDev({
      entry: './server/dev.ts',
      exportName: 'createDevServer',
      externalizeServerEntryImports: ['#app-context'],
    }),
  ],
});
