import { randomInt } from 'node:crypto';
import {
  closeRound,
  correctRound,
  moveRound,
  sendReminder,
  startScoring,
} from '../../../core/rounds/round-use-cases.ts';
import { withRoundStore } from '../../../db/rounds/round.store.ts';
import { t } from '../../../text/i18n.ts';
import { attemptRound, text } from './round-form-action.ts';
import type { FormPost } from '../../lib/guarded-page.ts';

/** The forms of the round page; each posts its intent. */
export const ROUND_INTENTS = ['start-scoring', 'end-scoring', 'reopen-scoring', 'close', 'correct', 'remind'] as const;
export type RoundIntent = (typeof ROUND_INTENTS)[number];

/** What a refused form post returns to the page: the form, what was typed, and an error per field. */
export interface RoundRefusal {
  intent: RoundIntent | null;
  ministry: string | null;
  values: Record<string, string>;
  errors: Record<string, string>;
}

/** After a successful post: the confirmation flag, and the correction's key when one was opened. */
const FLAGS: Record<RoundIntent, string> = {
  'start-scoring': 'bewertung-eroeffnet',
  'end-scoring': 'bewertung-beendet',
  'reopen-scoring': 'bewertung-wieder-eroeffnet',
  close: 'abgeschlossen',
  correct: 'korrektur',
  remind: 'erinnert',
};

/**
 * Handles a post to a round's page: runs the use-case of the form's intent (a phase step or a
 * reminder) in one transaction. Refusals come back per field and nothing is written.
 */
export async function submitRoundForm(
  input: FormPost & {
    key: string;
  },
): Promise<{ ok: true; flag: string; key: string } | { ok: false; state: RoundRefusal }> {
  const { db, actor, key, form, lang } = input;
  const intent = ROUND_INTENTS.find((i) => i === text(form, 'intent')) ?? null;
  const values = { key: text(form, 'key'), message: text(form, 'message') };
  const ministry = text(form, 'ministry') || null;
  if (!intent)
    return { ok: false, state: { intent, ministry, values, errors: { intent: t(lang, 'rndErr_vocabulary') } } };
  const outcome = await attemptRound(
    () =>
      withRoundStore<string>(db, input.clock.now(), async (store) => {
        const args = { store, actor, key };
        switch (intent) {
          case 'start-scoring':
            await startScoring({ ...args, now: input.clock.now() });
            return key;
          case 'end-scoring':
            await moveRound({ ...args, to: 'review' });
            return key;
          case 'reopen-scoring':
            await moveRound({ ...args, to: 'scoring' });
            return key;
          case 'close':
            await closeRound({ ...args, now: input.clock.now() });
            return key;
          case 'correct':
            return correctRound({
              ...args,
              newKey: values.key,
              today: input.clock.today(),
              seed: () => randomInt(0, 2 ** 32),
            });
          case 'remind':
            await sendReminder({ ...args, input: { ministry: ministry ?? '', message: values.message } });
            return key;
        }
      }),
    lang,
  );
  if (!outcome.ok) return { ok: false, state: { intent, ministry, values, errors: outcome.errors } };
  return { ok: true, flag: FLAGS[intent], key: outcome.result };
}
