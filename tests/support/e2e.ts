import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Role } from '../../core/shared/vocabulary.ts';
import { axeViolations } from './axe.ts';
import { launchChromium } from './browser.ts';
import { startTestServer } from './test-server.ts';
import { buildUser, TEST_PASSWORD, type TestUser } from './users.ts';

export const SCREENSHOTS = 'test-results/screenshots';
export const viewports = { desktop: { width: 1280, height: 900 }, mobile: { width: 390, height: 844 } } as const;

/**
 * Every browser call gets a deadline well inside the test's: a step that hangs fails with
 * Playwright's call log naming the step, instead of a silent test timeout.
 */
const ACTION_TIMEOUT = 15_000;
const NAVIGATION_TIMEOUT = 20_000;

export const pathOf = (page: Page) => new URL(page.url()).pathname;

/** Answers given on purpose (refused form posts, the 404 page) are not page errors. */
const expectedStatus = /\b(400|404|409|413|415|422)\b/;

export interface BrowserMode {
  /** 'with JavaScript' or 'without JavaScript', for test names. */
  readonly mode: string;
  readonly javaScriptEnabled: boolean;
  /** Script errors and console errors of every page opened in this mode. */
  readonly pageErrors: string[];
  /** A fresh browser context (logged in as `user` when given) with one page. */
  open(user?: TestUser | null, options?: { viewport?: { width: number; height: number } }): Promise<Page>;
  /** Scans the page for WCAG 2.1 AA violations at desktop and mobile width and saves a screenshot of each. */
  scanAndShoot(page: Page, slug: string): Promise<void>;
}

export interface E2E {
  readonly browser: Browser;
  readonly server: Awaited<ReturnType<typeof startTestServer>>;
  url(path?: string): string;
  /** A user with the role in the organisation (key or abbreviation), stored in the test database. */
  user(role: Role, organisation: string | null, email?: string): Promise<TestUser>;
  /** The two ways the pages are used; contexts opened in a mode are closed after the file. */
  modes(): [BrowserMode, BrowserMode];
}

/** One browser and one seeded server for the calling test file, started before and stopped after it. */
export function useE2E(): E2E {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    [browser, server] = await Promise.all([launchChromium(), startTestServer()]);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
  });

  const ready = () => {
    if (!browser || !server) throw new Error('the browser and server start in beforeAll');
    return { browser, server };
  };

  const mode = (javaScriptEnabled: boolean): BrowserMode => {
    const pageErrors: string[] = [];
    return {
      mode: javaScriptEnabled ? 'with JavaScript' : 'without JavaScript',
      javaScriptEnabled,
      pageErrors,
      async open(user = null, options = {}) {
        const { browser, server } = ready();
        const context = await browser.newContext({
          javaScriptEnabled,
          viewport: options.viewport ?? viewports.desktop,
          locale: 'de-DE',
          timezoneId: 'Europe/Berlin',
        });
        context.setDefaultTimeout(ACTION_TIMEOUT);
        context.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT);
        contexts.push(context);
        if (user) await logIn(context, server.url, user);
        const page = await context.newPage();
        page.on('pageerror', (e) => pageErrors.push(e.message));
        page.on('console', (m) => {
          if (m.type() === 'error' && !expectedStatus.test(m.text())) pageErrors.push(m.text());
        });
        return page;
      },
      async scanAndShoot(page, slug) {
        const { browser } = ready();
        const start = page.viewportSize() ?? viewports.desktop;
        for (const [name, viewport] of Object.entries(viewports)) {
          await page.setViewportSize(viewport);
          expect(await axeViolations(browser, page, javaScriptEnabled), `${slug} ${name}`).toEqual([]);
          const tag = javaScriptEnabled ? 'js' : 'nojs';
          await page.screenshot({ path: `${SCREENSHOTS}/${slug}-${name}-${tag}.png`, fullPage: true });
        }
        await page.setViewportSize(start);
      },
    };
  };

  return {
    get browser() {
      return ready().browser;
    },
    get server() {
      return ready().server;
    },
    url: (path = '') => `${ready().server.url}${path}`,
    user: (role, organisation, email) => buildUser(ready().server.handle.db, role, organisation, email),
    modes: () => [mode(true), mode(false)],
  };
}

/** Logs in through the login form, as a user does, and closes that page. */
async function logIn(context: BrowserContext, baseUrl: string, user: TestUser) {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/anmelden`);
  await page.getByLabel('E-Mail-Adresse').fill(user.email);
  await page.getByLabel('Passwort').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  // The login goes on to where the user's role starts (core/access/landing.ts).
  await page.waitForURL((url) => url.pathname !== '/anmelden' && url.pathname !== '/start');
  await page.close();
}
