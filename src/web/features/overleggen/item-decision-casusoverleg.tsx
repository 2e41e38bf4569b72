import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_PHASES } from '../../../domain/casus/types';
import { isOneOf } from '../../../domain/melding/types';
import { ReasonField } from '../../ui/decision-form';
import type { SummaryField } from '../../ui/error-summary';
import { SelectField } from '../../ui/form-field';
import {
  type DecisionDraft,
  type DecisionFieldName,
  type DecisionFieldsProps,
  fieldId,
  str,
  text,
} from './item-decision-draft';
import { useRegisseurs } from './overleggen-api';

// The casusoverleg's decision: the agreements on a case in words, and a new phase or regisseur if decided.

export function casusoverlegBody(d: DecisionDraft) {
  return {
    decisions: text(d.decisions),
    nextPhase: d.nextPhase || null,
    regisseurUserId: d.regisseurUserId || null,
  };
}

export function casusoverlegSummaryFields(label: (f: DecisionFieldName) => string): SummaryField[] {
  return [
    { field: 'decisions', id: fieldId('decisions'), label: label('decisions') },
    { field: 'nextPhase', id: fieldId('nextPhase'), label: label('nextPhase') },
    { field: 'regisseurUserId', id: fieldId('regisseurUserId'), label: label('regisseurUserId') },
  ];
}

export function casusoverlegRows(
  f: Record<string, unknown>,
  t: TFunction,
): Array<{ key: string; label: string; value: ReactNode }> {
  const phase = str(f.nextPhase);
  return [
    {
      key: 'decisions',
      label: t('overleg.decision.fields.decisions'),
      value: <span className="duiden-prewrap">{str(f.decisions) || t('common.none')}</span>,
    },
    {
      key: 'nextPhase',
      label: t('overleg.decision.fields.nextPhase'),
      value: isOneOf(CASE_PHASES, phase)
        ? t(`overleg.phases.${phase}`)
        : t('overleg.decision.phaseUnchanged'),
    },
  ];
}

export function CasusoverlegFields({ draft, set, fieldError }: DecisionFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <ReasonField
        id={fieldId('decisions')}
        label={t('overleg.decision.fields.decisions')}
        description={t('overleg.decision.fields.decisionsDescription')}
        rows={5}
        value={draft.decisions}
        onValueChange={(decisions) => set({ decisions })}
        error={fieldError('decisions')}
        maxLength={10_000}
      />
      <SelectField
        id={fieldId('nextPhase')}
        label={t('overleg.decision.fields.nextPhase')}
        optional
        value={draft.nextPhase}
        onValueChange={(nextPhase) => set({ nextPhase })}
        error={fieldError('nextPhase')}
        placeholder={t('overleg.decision.phaseUnchanged')}
        options={CASE_PHASES.map((p) => ({ value: p, label: t(`overleg.phases.${p}`) }))}
      />
      <RegisseurField draft={draft} set={set} fieldError={fieldError} />
    </>
  );
}

/** The one named regisseur of the case (seed 002), chosen from the municipality's officers. */
export function RegisseurField({ draft, set, fieldError }: DecisionFieldsProps) {
  const { t } = useTranslation();
  const regisseurs = useRegisseurs();
  return (
    <SelectField
      id={fieldId('regisseurUserId')}
      label={t('overleg.decision.fields.regisseurUserId')}
      description={t('overleg.decision.fields.regisseurUserIdDescription')}
      optional
      value={draft.regisseurUserId}
      onValueChange={(regisseurUserId) => set({ regisseurUserId })}
      error={fieldError('regisseurUserId')}
      placeholder={t('overleg.decision.regisseurUnchanged')}
      options={(regisseurs.data ?? []).map((r) => ({ value: r.id, label: r.name }))}
    />
  );
}
