/**
 * The fixed catalogue of the phenomenon analysis: each report is defined here with the tables and dimensions it
 * allows. A user picks a report, a period and a scope; there is no free cross-tabulation (two free tables can be
 * subtracted to find one person).
 */

export const REPORT_IDS = [
  // Signals (meldingen and adviesvragen apart) by fenomeen, by source, by triage outcome (a)-(d), inflow into
  // the persoonsgerichte aanpak (weegploeg yes / no).
  'meldingen-fenomeen',
  'meldingen-bron',
  'meldingen-triage',
  'instroom',
  // Cases active in the period by phase, situation and age band; closure reasons; measures by track and type.
  'casussen',
  'afsluiting',
  'maatregelen',
  // Lead times as medians: intake to triage, triage to weighing, case duration.
  'doorlooptijden',
] as const;
export type ReportId = (typeof REPORT_IDS)[number];

/** Fixed period buckets: '2025' (jaar), '2025-H1' (halfjaar), '2025-K3' (kwartaal), '2025-03' (maand). */
export const PERIOD_KINDS = ['jaar', 'halfjaar', 'kwartaal', 'maand'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** What a report counts besides distinct persons. */
export const REPORT_UNITS = ['meldingen', 'casussen', 'maatregelen'] as const;
export type ReportUnit = (typeof REPORT_UNITS)[number];

/** Why a signal or case is left out of every figure (with a reason in words, on its page). */
export const STATISTICS_EXCLUSIONS = ['test', 'dubbel', 'niet_voor_statistiek'] as const;
export type StatisticsExclusion = (typeof STATISTICS_EXCLUSIONS)[number];
