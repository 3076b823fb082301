import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** The register's place and organisation names as the seed holds them (German, English, local). */
export function registerNames(): string[] {
  const names: string[] = [];
  const places = parse(readFileSync('db/seed/places.yaml', 'utf8')) as { names: Record<string, string> }[];
  for (const place of places) names.push(place.names.de!, place.names.en!, place.names.local!);
  const organisations = parse(readFileSync('db/seed/organisations.yaml', 'utf8')) as {
    name: string;
    nameEn?: string;
  }[];
  for (const organisation of organisations)
    names.push(organisation.name, ...(organisation.nameEn ? [organisation.nameEn] : []));
  return names.filter(Boolean);
}
