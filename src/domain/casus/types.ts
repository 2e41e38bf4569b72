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
