/**
 * Constraints and indexes of the summaries (`docs/graph-summaries.md`) and of the materialized
 * claim properties the questions read through indexes. `migrate.ts` runs them with the rest of
 * the schema; every statement is `IF NOT EXISTS`.
 */
import { CLAIM_RELATIONSHIPS } from "../model/graph-model.js";

export const SUMMARY_SCHEMA_STATEMENTS: readonly string[] = [
  "CREATE CONSTRAINT tally_key IF NOT EXISTS FOR (t:Tally) REQUIRE t.key IS UNIQUE",
  "CREATE INDEX tally_stance IF NOT EXISTS FOR (t:Tally) ON (t.stance)",
  // Pages of holders: the candidate's positions of one scope in order of their page key.
  "CREATE INDEX position_support_page IF NOT EXISTS FOR ()-[p:POSITION]-() ON (p.candidateId, p.scope, p.supportKey)",
  "CREATE INDEX position_oppose_page IF NOT EXISTS FOR ()-[p:POSITION]-() ON (p.candidateId, p.scope, p.opposeKey)",
  // Positions whose stance changed (stance-changes) and whose history holds both stances (asOf blocs).
  "CREATE INDEX position_change_key IF NOT EXISTS FOR ()-[p:POSITION]-() ON (p.changeKey)",
  "CREATE INDEX position_mixed_key IF NOT EXISTS FOR ()-[p:POSITION]-() ON (p.mixedKey)",
  // First and latest claims about an end (a candidate, a post, an article), in order of day.
  ...CLAIM_RELATIONSHIPS.map((type) => `CREATE INDEX ${type.toLowerCase()}_to_day IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.toId, r.day)`),
  // A speaker's quotations in order of day.
  "CREATE INDEX quoted_in_from_day IF NOT EXISTS FOR ()-[r:QUOTED_IN]-() ON (r.fromId, r.day)",
];
