import dictionary from 'dictionary-de';
import { loadModule } from 'hunspell-asm';
import type { SpellChecker } from './spell-checker.ts';
import { cachedSpellChecker } from './spell-checker.ts';

let loading: Promise<SpellChecker> | null = null;

/**
 * The German Hunspell dictionary (dictionary-de, the igerman98 word list with its affix rules
 * for compounds and inflection) in Hunspell itself (hunspell-asm, WebAssembly), loaded once per
 * process on first use (about 0.3 s) and shared by the server and the command line.
 */
export function germanDictionary(): Promise<SpellChecker> {
  loading ??= (async () => {
    const factory = await loadModule();
    const hunspell = factory.create(
      factory.mountBuffer(dictionary.aff, 'de.aff'),
      factory.mountBuffer(dictionary.dic, 'de.dic'),
    );
    return cachedSpellChecker({ correct: (word) => hunspell.spell(word) });
  })();
  return loading;
}
