import { data } from 'react-router';
import type { Actor } from '../../../core/access/actor.ts';
import type { RoundDossier } from '../../../core/rounds/round.types.ts';
import { AppError } from '../../../core/shared/errors.ts';
import type { Executor } from '../../../db/client.ts';
import { readRoundDossier, roundEvidence } from '../../../db/rounds/round-dossier.queries.ts';

/**
 * A round's dossier for a page, for those who may see its results: an unknown round answers 404,
 * a round whose results the viewer may not see yet 403, as the other pages do.
 */
export async function loadRoundDossier(db: Executor, actor: Actor, key: string, today: string): Promise<RoundDossier> {
  try {
    return await readRoundDossier(db, actor, key, roundEvidence(db, actor, today));
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') throw data(null, { status: 404 });
    if (error instanceof AppError && error.code === 'FORBIDDEN') throw data(null, { status: 403 });
    throw error;
  }
}

/** The dossier as the pages show it: without the scores one by one and without the evidence details. */
export const forPage = ({ scores: _s, evidence: _e, ...rest }: RoundDossier) => rest;
export type PageDossier = ReturnType<typeof forPage>;
