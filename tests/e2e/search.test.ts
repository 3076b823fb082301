import { beforeAll, describe, expect, it } from 'vitest';
import { pathOf, useE2E } from '../support/e2e.ts';
import type { TestUser } from '../support/users.ts';

const e2e = useE2E();
let reader: TestUser;

beforeAll(async () => {
  reader = await e2e.user('reader', 'SMI');
});

const [withJs, withoutJs] = e2e.modes();

describe.each([withJs, withoutJs])('the search $mode', ({ mode, open, scanAndShoot, pageErrors }) => {
  it('searches from the header of any page, narrows by a facet and opens a result', async () => {
    const page = await open(null);
    await page.goto(e2e.url('/partnerschaften'));
    const header = page.getByRole('search', { name: 'Suche im Register' });
    await header.getByLabel('Suchbegriff').fill('zusammenarbeiten');
    await header.getByRole('button', { name: 'Suchen' }).click();
    await expect.poll(() => pathOf(page)).toBe('/suche');
    expect(new URL(page.url()).searchParams.get('q')).toBe('zusammenarbeiten');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Suche');
    // The source documents are searched too, so the hits may run to a second page.
    expect(await page.locator('#result-count').innerText()).toMatch(/^\d+ Treffer( – Seite 1 von \d+)?$/);
    const results = page.getByRole('region', { name: 'Treffer' });
    expect(await results.getByRole('listitem').first().innerText()).toMatch(
      /Partnerschaft|Vereinbarung|Aktivität|Quelle/,
    );
    // "zusammenarbeiten" finds "Zusammenarbeit", marked in the text.
    expect(await results.locator('mark').first().innerText()).toMatch(/^Zusammenarbeit$/i);
    await scanAndShoot(page, 'search-results');

    const facets = page.getByRole('navigation', { name: 'Eingrenzen' });
    await facets.getByRole('region', { name: 'Art des Eintrags' }).getByRole('link', { name: 'Aktivität' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('type')).toBe('activity');
    const badges = await results.locator('.kern-badge').allInnerTexts();
    expect(badges.length).toBeGreaterThan(0);
    expect(new Set(badges)).toEqual(new Set(['Aktivität']));
    expect(await page.locator('#result-count').innerText()).toBe(`${badges.length} Treffer`);
    expect(await facets.getByRole('region', { name: 'Ihre Auswahl' }).innerText()).toMatch(
      /Art des Eintrags: Aktivität\s+entfernen/,
    );
    await scanAndShoot(page, 'search-narrowed');

    await results.getByRole('link', { name: /Memorandum of Understanding.*Lazio/ }).click();
    await expect.poll(() => pathOf(page)).toMatch(/^\/aktivitaeten\/\d+$/);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(/Lazio/);
  });

  it('pages through many results and keeps long facet lists short until asked', async () => {
    const page = await open(null);
    await page.goto(e2e.url('/suche?q=Sachsen'));
    expect(await page.locator('#result-count').innerText()).toMatch(/^\d+ Treffer – Seite 1 von \d+$/);
    const pages = page.getByRole('navigation', { name: 'Seiten der Treffer' });
    await pages.getByRole('link', { name: 'Nächste Seite' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('seite')).toBe('2');
    expect(await page.locator('#result-count').innerText()).toMatch(/Seite 2 von/);
    expect(await page.locator('ol.search-hits').getAttribute('start')).toBe('21');
    const countries = page.getByRole('region', { name: 'Land' });
    expect(await countries.locator('> ul > li').count()).toBe(8);
    await countries.getByText(/^Weitere Werte/).click();
    await scanAndShoot(page, 'search-paged');
    const hidden = countries.locator('details li a').first();
    const name = await hidden.innerText();
    await hidden.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('country')).toMatch(/^[A-Z]{2}$/);
    expect(new URL(page.url()).searchParams.get('seite')).toBeNull();
    expect(await page.getByRole('region', { name: 'Ihre Auswahl' }).innerText()).toContain(name);
  });

  it('excludes a word with a minus, and says when nothing matches, the query is too long or too common', async () => {
    const page = await open(null);
    await page.goto(e2e.url('/suche'));
    expect(await page.locator('main').innerText()).toContain('Geben Sie oben einen Suchbegriff ein.');
    await scanAndShoot(page, 'search-empty');

    const form = page.getByRole('search', { name: 'Suche', exact: true });
    await form.getByLabel('Suchbegriff').fill('Hochschulen -Meißen');
    await form.getByRole('button', { name: 'Suchen' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('Hochschulen -Meißen');
    expect(await page.locator('main').innerText()).not.toContain('Hochschule Meißen');

    await page.goto(e2e.url(`/suche?q=${encodeURIComponent('Gurkenhobel Xylophon')}`));
    expect(await page.locator('main').innerText()).toContain('Keine Treffer.');
    await scanAndShoot(page, 'search-no-results');

    const response = await page.goto(e2e.url(`/suche?q=${'Zusammenarbeit '.repeat(700)}`));
    expect(response?.status()).toBe(400);
    const error = page.locator('#search-q-error');
    expect(await error.innerText()).toBe('Bitte höchstens 500 Zeichen eingeben.');
    expect(await error.getAttribute('role')).toBe('alert');
    expect(await page.locator('#search-q').getAttribute('aria-describedby')).toContain('search-q-error');
    await scanAndShoot(page, 'search-too-long');

    await page.goto(e2e.url('/suche?q=der+und&lang=en'));
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Search');
    expect(await page.locator('main').innerText()).toContain('only very common words');
    await page.goto(e2e.url('/suche?q=Kooperationen&lang=en'));
    expect(await page.locator('#result-count').innerText()).toMatch(/^\d+ results?$/);
    expect(await page.getByRole('navigation', { name: 'Narrow down' }).innerText()).toMatch(/Kind of record/);
    await scanAndShoot(page, 'search-en');
  });

  it('shows an internal reader the full history of a partnership, linked from its page', async () => {
    const page = await open(reader);
    await page.goto(e2e.url('/partnerschaften/lazio'));
    await page.getByRole('link', { name: /Vollständigen Änderungsverlauf anzeigen/ }).click();
    await expect.poll(() => pathOf(page)).toBe('/verlauf/partnerschaft/lazio');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(
      /^Änderungsverlauf: Regionalpartnerschaft/,
    );
    expect(await page.locator('main ol').innerText()).toMatch(/angelegt – system:seed/);
    await scanAndShoot(page, 'history');
    await page.getByRole('link', { name: /Zurück zum Eintrag/ }).click();
    await expect.poll(() => pathOf(page)).toBe('/partnerschaften/lazio');

    const anonymous = await open(null);
    await anonymous.goto(e2e.url('/verlauf/partnerschaft/lazio'));
    await expect.poll(() => pathOf(anonymous)).toBe('/anmelden');
  });

  it('logs no errors in the browser', () => {
    expect(pageErrors, mode).toEqual([]);
  });
});
