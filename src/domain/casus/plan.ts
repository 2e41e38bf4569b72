import type { FieldIssue } from '../overleg/types.js';
import { CASE_LIMITS, DRIVERS, type Driver } from './types.js';

/**
 * The plan van aanpak: goals, the drivers weighed as professional notes, protective factors and the
 * impact on the surroundings. Everything is in words: the plan holds no score, ranking or prediction.
 */
export interface CasePlan {
  readonly goals: string;
  readonly drivers: Readonly<Record<Driver, string>>;
  readonly protectiveFactors: string;
  readonly impactOnSurroundings: string;
}

export const EMPTY_PLAN: CasePlan = {
  goals: '',
  drivers: { identiteit: '', betekenis: '', rechtvaardigheid: '', sensatie: '' },
  protectiveFactors: '',
  impactOnSurroundings: '',
};

const tooLong = (field: string): FieldIssue => ({
  field,
  nl: `Deze tekst is te lang (hooguit ${CASE_LIMITS.planText} tekens).`,
  en: `This text is too long (at most ${CASE_LIMITS.planText} characters).`,
});

export function validatePlan(p: CasePlan): FieldIssue[] {
  const errors: FieldIssue[] = [];
  if (p.goals.length > CASE_LIMITS.planText) errors.push(tooLong('goals'));
  for (const d of DRIVERS)
    if (p.drivers[d].length > CASE_LIMITS.planText) errors.push(tooLong(`drivers.${d}`));
  if (p.protectiveFactors.length > CASE_LIMITS.planText) errors.push(tooLong('protectiveFactors'));
  if (p.impactOnSurroundings.length > CASE_LIMITS.planText) errors.push(tooLong('impactOnSurroundings'));
  return errors;
}
