import type { Command } from 'commander';
import { registerSourceExtract } from './source-extract.command.ts';

/** `sources`: the source library's commands (extract; add, show and list join it beside). */
export function registerSourcesCommands(program: Command): Command {
  const sources = program.command('sources').description('source documents and the facts they state');
  registerSourceExtract(sources);
  return sources;
}
