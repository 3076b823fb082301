import { data } from 'react-router';
import type { Actor } from '../../../core/access/actor.ts';
import { AppError } from '../../../core/shared/errors.ts';
import type { Executor } from '../../../db/client.ts';
import { getVisibleAgreement } from '../../../db/agreements/visible-agreements.queries.ts';

/** One agreement the actor may see; unknown and hidden ones both answer 404, so nothing leaks. */
export async function loadVisibleAgreement(db: Executor, actor: Actor, key: string) {
  try {
    return await getVisibleAgreement(db, actor, key);
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') throw data(null, { status: 404 });
    throw error;
  }
}
