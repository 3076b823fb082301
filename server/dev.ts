import type { ViteDevServer } from 'vite';
import { loadConfig } from './config.ts';
import { createServer } from './create-server.ts';

/** Used by `react-router dev` (through the Vite plugin): the same server, pages served by Vite. */
export const createDevServer = (vite: ViteDevServer) => createServer(loadConfig(), vite);
