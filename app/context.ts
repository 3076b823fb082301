import { createContext } from 'react-router';
import type { Database } from '../db/client.ts';

/** What loaders and actions get from the server: the database and the register's clock. */
export interface AppServices {
  db: Database;
  /** Today in Europe/Berlin, YYYY-MM-DD. */
  today(): string;
}

/**
 * Shared by the Fastify server and the built pages through the package import
 * "#app-context", so both see the same context token (kept external in the SSR build).
 */
export const servicesContext = createContext<AppServices>();
