/**
 * The case (casus): a person in the persoonsgerichte aanpak (DOMAIN.md steps 4-6, 11). This is the minimal
 * part the meetings need; the case module extends it (plan van aanpak, measures, network, closure reasons).
 */

/**
 * - signalering: known, not (yet) in the aanpak;
 * - persoonsgerichte_aanpak: included by the weegploeg, with a plan and a regisseur;
 * - nazorg: the aanpak ended, aftercare runs;
 * - afgesloten: closed; retention runs from here.
 */
export const CASE_PHASES = ['signalering', 'persoonsgerichte_aanpak', 'nazorg', 'afgesloten'] as const;
export type CasePhase = (typeof CASE_PHASES)[number];

/**
 * The person's situation (VNG/NGB factsheet): a case starts as zorgelijk (worrying / radicalising); travel
 * to a conflict zone, return, detention and death each change what has to be done.
 */
export const CASE_SITUATIONS = [
  'zorgelijk',
  'potentiele_uitreiziger',
  'tegengehouden_uitreiziger',
  'uitgereisd',
  'terugkeerder',
  'gedetineerd',
  'overleden',
] as const;
export type CaseSituation = (typeof CASE_SITUATIONS)[number];

/** The three tracks of the persoonsgerichte aanpak. */
export const MEASURE_TRACKS = ['strafrechtelijk', 'bestuurlijk', 'zorg'] as const;
export type MeasureTrack = (typeof MEASURE_TRACKS)[number];

export const MEASURE_STATUSES = ['gepland', 'lopend', 'afgerond', 'gestopt'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

/** Why a case is closed (DOMAIN.md step 11). */
export const CLOSURE_REASONS = [
  'disengaged',
  'verhuisd',
  'gedetineerd',
  'overleden',
  'overgedragen',
  'anders',
] as const;
export type ClosureReason = (typeof CLOSURE_REASONS)[number];

/** The drivers weighed in the plan, as professional notes in words (never a score). */
export const DRIVERS = ['identiteit', 'betekenis', 'rechtvaardigheid', 'sensatie'] as const;
export type Driver = (typeof DRIVERS)[number];

export const CHECKLIST_ITEM_STATUSES = ['open', 'gedaan', 'niet_van_toepassing'] as const;
export type ChecklistItemStatus = (typeof CHECKLIST_ITEM_STATUSES)[number];

export const CASE_LIMITS = {
  reason: 2000,
  planText: 8000,
  title: 200,
  role: 120,
  legalBasis: 300,
  evaluation: 4000,
  note: 2000,
} as const;
