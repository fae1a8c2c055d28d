/**
 * The date slider's steps: every day on which a claim about the coalition counts (each position's
 * first day and its latest claims), oldest first,
 * then "today" (no asOf: everything on record). Days on which an actor's stance changed are
 * marked.
 */
import type { CandidateOverviewQuery, CoalitionQuery } from "../gql/graphql";

type Coalition = NonNullable<CoalitionQuery["coalition"]>;
export type StanceChange = NonNullable<CandidateOverviewQuery["stanceChanges"]>["changes"][number];

/** One stop of the slider; `day` null is today. */
export interface DateStep {
  day: string | null;
  /** The stance changes that happened on that day. */
  changes: StanceChange[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The slider's steps for a coalition (taken without asOf) and the candidate's stance changes. */
export function dateSteps(coalition: Coalition, changes: readonly StanceChange[] = []): DateStep[] {
  const days = new Set<string>();
  for (const position of [...coalition.supporting.positions, ...coalition.opposing.positions]) {
    // The coalition carries each position's latest claims and the day it began.
    if (position.since && DAY.test(position.since)) days.add(position.since);
    for (const claim of position.latestClaims) if (claim.evidence.date && DAY.test(claim.evidence.date)) days.add(claim.evidence.date);
  }
  const changeDay = (change: StanceChange) => change.after.evidence.date;
  for (const change of changes) {
    const day = changeDay(change);
    if (day && DAY.test(day)) days.add(day);
  }
  const steps: DateStep[] = [...days].sort().map((day) => ({ day, changes: changes.filter((c) => changeDay(c) === day) }));
  steps.push({ day: null, changes: [] });
  return steps;
}

/**
 * The step a URL's asOf falls on: the latest step on or before it; the first step when asOf is
 * before every claim; the last (today) when there is no asOf.
 */
export function stepIndexFor(steps: readonly DateStep[], asOf: string | null | undefined): number {
  if (!asOf || steps.length === 0) return Math.max(0, steps.length - 1);
  let index = 0;
  steps.forEach((step, i) => {
    if (step.day !== null && step.day <= asOf) index = i;
  });
  return index;
}

/** How a step reads to a person (and a screen reader). */
export function stepLabel(step: DateStep | undefined): string {
  if (!step) return "";
  const base = step.day ?? "today (everything on record)";
  return step.changes.length > 0 ? `${base}, ${step.changes.length} stance change${step.changes.length > 1 ? "s" : ""}` : base;
}
