import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * WCAG 2.1 AA violations of the page as the user sees it. axe runs as a script in the page;
 * without JavaScript it cannot, so the same HTML is loaded in a context that runs scripts
 * but blocks the page's own — what is scanned is exactly what a browser without JavaScript shows.
 */
export async function axeViolations(browser: Browser, page: Page, javaScriptEnabled: boolean) {
  const format = (result: Awaited<ReturnType<AxeBuilder['analyze']>>) =>
    result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  if (javaScriptEnabled) return format(await new AxeBuilder({ page }).withTags(TAGS).analyze());
  const html = await page.content();
  const url = page.url();
  const context = await browser.newContext({ viewport: page.viewportSize() ?? { width: 1280, height: 900 } });
  await context.route('**/*.js', (route) => route.abort());
  // Serve exactly what the user's page shows (it may be the answer to a form post) at its own address.
  await context.route(url, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
  const scanPage = await context.newPage();
  await scanPage.goto(url);
  await scanPage.evaluate(() => document.querySelectorAll('script').forEach((s) => s.remove()));
  try {
    return format(await new AxeBuilder({ page: scanPage }).withTags(TAGS).analyze());
  } finally {
    await context.close();
  }
}
