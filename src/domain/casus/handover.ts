import type { FieldIssue } from '../overleg/types.js';
import type { CasePhase } from './types.js';

/**
 * Handing a case to another municipality (the person moved): the receiving municipality gets the file and
 * the regie, its aandachtsfunctionaris becomes the regisseur, and every participation of the sending side
 * ends. Afterwards the sending municipality keeps only the content-free fact that it handed the case over
 * (its old reference, when, by whom, to whom): for it the case is closed with the reason 'overgedragen'.
 */
export interface HandoverFacts {
  readonly phase: CasePhase;
  readonly fromTenantId: string;
  /** The chosen municipality, when it exists and is a gemeente. */
  readonly to: { readonly id: string; readonly kind: string } | null;
  /** Whether the chosen officer is an active aandachtsfunctionaris of that municipality. */
  readonly officerOfReceiver: boolean;
  readonly reason: string;
}

export function checkHandover(f: HandoverFacts): FieldIssue[] {
  const errors: FieldIssue[] = [];
  if (f.phase === 'afgesloten') {
    errors.push({
      field: 'phase',
      nl: 'Een afgesloten casus kan niet worden overgedragen.',
      en: 'A closed case cannot be handed over.',
    });
  }
  if (f.to?.kind !== 'gemeente') {
    errors.push({
      field: 'toMunicipalityId',
      nl: 'Kies de gemeente die de casus overneemt.',
      en: 'Choose the municipality that takes over the case.',
    });
  } else if (f.to.id === f.fromTenantId) {
    errors.push({
      field: 'toMunicipalityId',
      nl: 'Kies een andere gemeente dan de eigen gemeente.',
      en: 'Choose a municipality other than your own.',
    });
  } else if (!f.officerOfReceiver) {
    errors.push({
      field: 'toOfficerUserId',
      nl: 'Kies een aandachtsfunctionaris van de ontvangende gemeente.',
      en: 'Choose an aandachtsfunctionaris of the receiving municipality.',
    });
  }
  if (f.reason.trim().length === 0) {
    errors.push({
      field: 'reason',
      nl: 'Licht toe waarom de casus wordt overgedragen (bijvoorbeeld verhuizing).',
      en: 'Explain why the case is handed over (for example a move).',
    });
  }
  return errors;
}
