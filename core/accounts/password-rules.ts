import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as german from '@zxcvbn-ts/language-de';
import type { FieldIssue } from '../shared/errors.ts';

/**
 * Password rules after NIST SP 800-63B (rev. 4) and BSI IT-Grundschutz ORP.4: at least 15
 * characters for a password that is the only factor, up to 128, any characters (compared after
 * Unicode NFKC normalisation), no composition rules, and refused when it is a common, guessable
 * or context-specific password (dictionaries of common passwords, German and English words,
 * names, keyboard patterns; the user's own name and address; the product's name).
 */
export const PASSWORD_MIN = 15;
export const PASSWORD_MAX = 128;
const CONTEXT = ['brueckenbauer', 'brückenbauer', 'sachsen', 'freistaat', 'staatskanzlei', 'leitlinien'];

let checker: ZxcvbnFactory | null = null;
const strength = () =>
  (checker ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...german.dictionary },
    graphs: common.adjacencyGraphs,
    translations: german.translations,
  }));

export const normalisePassword = (password: string) => password.normalize('NFKC');

/** Problems with a new password, each naming the field; empty when it may be used. */
export function checkNewPassword(password: string, context: { email: string; displayName: string }): FieldIssue[] {
  const value = normalisePassword(password);
  const length = [...value].length;
  if (length < PASSWORD_MIN)
    return [
      {
        field: 'password',
        message: `Use at least ${PASSWORD_MIN} characters (a passphrase of several words works well).`,
      },
    ];
  if (length > PASSWORD_MAX) return [{ field: 'password', message: `Use at most ${PASSWORD_MAX} characters.` }];
  const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const personal = [letters(context.email.split('@')[0] ?? ''), letters(context.displayName)].filter(
    (w) => w.length >= 4,
  );
  if (personal.some((w) => letters(value).includes(w))) {
    return [{ field: 'password', message: 'Do not use your name or e-mail address in the password.' }];
  }
  const inputs = [
    ...CONTEXT,
    context.email,
    context.email.split('@')[0] ?? '',
    ...context.displayName.split(/\s+/),
  ].filter((w) => w.length >= 3);
  const result = strength().check(value, inputs);
  if (result.score < 3) {
    return [
      {
        field: 'password',
        message: `This password is too easy to guess${result.feedback.warning ? `: ${result.feedback.warning}` : '.'} Choose a longer passphrase.`,
      },
    ];
  }
  return [];
}
