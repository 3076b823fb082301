import { label } from '../text/labels.ts';
import type { PartnershipEvidence } from '../core/rounds/round.types.ts';
import type { ActivityKind } from '../core/shared/vocabulary.ts';
import type { Block, ReportContext, Run } from './report-blocks.ts';

/**
 * What the register knows about a partnership for the period under review, as the assessors saw
 * it next to the scoring form: activities (by goal, ministry, instrument, the most recent),
 * working groups, agreements, sectors, stakeholders, spending and the status history.
 */
export function evidenceBlocks(ctx: ReportContext, evidence: PartnershipEvidence | undefined): Block[] {
  const p = ctx.text.partnership;
  if (!evidence) return [{ kind: 'paragraph', runs: [p.none] }];
  const items: Run[][] = [
    [{ text: p.activities(evidence.activities.total), bold: true }, ...activityBreakdown(ctx, evidence)],
    labelled(p.workingGroups, workingGroups(ctx, evidence)),
    labelled(p.agreements, agreements(ctx, evidence)),
    labelled(
      p.sectors,
      evidence.sectors.map((s) => (s.priority ? `${s.name} (${p.prioritySector})` : s.name)),
    ),
    labelled(
      p.stakeholders,
      evidence.stakeholders.map((s) => p.stakeholder(s.name, s.activities)),
    ),
    [p.spent(ctx.format.euros(evidence.spentCents), evidence.activitiesWithAmount)],
    labelled(p.statusHistory, statusHistory(ctx, evidence)),
  ];
  if (evidence.activities.recent.length > 0) items.push(labelled(p.recent, recentActivities(ctx, evidence)));
  return [{ kind: 'list', items }];
}

/** "Label: a; b; c" or "Label: keine". */
function labelled(name: string, values: string[]): Run[] {
  return [{ text: `${name}: `, bold: true }, values.length > 0 ? values.join('; ') : '–'];
}

function activityBreakdown(ctx: ReportContext, evidence: PartnershipEvidence): Run[] {
  const { activities } = evidence;
  const p = ctx.text.partnership;
  const parts = [
    activities.byGoal.length > 0
      ? `${p.byGoal} ${activities.byGoal.map((g) => `${g.key} ${g.count}`).join(', ')}`
      : null,
    activities.byMinistry.length > 0
      ? `${p.byMinistry} ${activities.byMinistry.map((m) => `${m.name} ${m.count}`).join(', ')}`
      : null,
    activities.byInstrument.length > 0
      ? `${p.byInstrument} ${activities.byInstrument.map((i) => `${i.numeral} ${i.count}`).join(', ')}`
      : null,
  ].filter((x): x is string => x !== null);
  return parts.length > 0 ? [` (${parts.join('; ')})`] : [];
}

function workingGroups(ctx: ReportContext, evidence: PartnershipEvidence): string[] {
  const p = ctx.text.partnership;
  return evidence.workingGroups.map((g) =>
    p.workingGroup(g.name, g.meetings, g.lastMeeting ? ctx.format.date(g.lastMeeting) : p.neverMet),
  );
}

function agreements(ctx: ReportContext, evidence: PartnershipEvidence): string[] {
  const p = ctx.text.partnership;
  return evidence.agreements.map((a) =>
    p.agreement(
      a.title,
      a.signedOn ? ctx.format.date(a.signedOn) : null,
      a.expiresOn ? ctx.format.date(a.expiresOn) : null,
      label(ctx.lang, 'validity', a.validity as 'in_force'),
    ),
  );
}

function statusHistory(ctx: ReportContext, evidence: PartnershipEvidence): string[] {
  const p = ctx.text.partnership;
  return evidence.statusHistory.map((h) =>
    p.statusChange(
      label(ctx.lang, 'status', h.to),
      h.effectiveOn ? ctx.format.date(h.effectiveOn) : p.sinceUnknown,
      h.reason,
    ),
  );
}

function recentActivities(ctx: ReportContext, evidence: PartnershipEvidence): string[] {
  return evidence.activities.recent.map((a) => {
    const kind = label(ctx.lang, 'activityKind', a.kind as ActivityKind);
    return `${a.title} (${kind}${a.startsOn ? `, ${ctx.format.date(a.startsOn)}` : ''})`;
  });
}
