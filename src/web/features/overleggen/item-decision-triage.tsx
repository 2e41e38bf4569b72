import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isOneOf } from '../../../domain/melding/types';
import { TRIAGE_OUTCOMES } from '../../../domain/overleg/types';
import { ReasonField } from '../../ui/decision-form';
import type { SummaryField } from '../../ui/error-summary';
import { RadioGroupField, radioId, TextField } from '../../ui/form-field';
import { formatDay } from '../../ui/format';
import { HelpLink } from '../kennisbank/help-link';
import {
  type DecisionDraft,
  type DecisionFieldName,
  type DecisionFieldsProps,
  fieldId,
  str,
  text,
} from './item-decision-draft';

// The signaleringsoverleg's decision: the triage outcome (a-d) of a signal, with its motivation.

/** The body sent; fields hidden for the chosen outcome are sent empty. */
export function triageBody(d: DecisionDraft) {
  return {
    outcome: d.outcome || null,
    motivation: text(d.motivation),
    referredTo: d.outcome === 'zorgen_geen_radicalisering' ? text(d.referredTo) : null,
    fromWhom: d.outcome === 'meer_informatie_nodig' ? text(d.fromWhom) : null,
    dueOn: d.outcome === 'meer_informatie_nodig' && d.dueOn ? d.dueOn : null,
  };
}

export function triageSummaryFields(label: (f: DecisionFieldName) => string): SummaryField[] {
  return [
    { field: 'outcome', id: radioId(fieldId('outcome'), TRIAGE_OUTCOMES[0]), label: label('outcome') },
    { field: 'motivation', id: fieldId('motivation'), label: label('motivation') },
    { field: 'referredTo', id: fieldId('referredTo'), label: label('referredTo') },
    { field: 'fromWhom', id: fieldId('fromWhom'), label: label('fromWhom') },
    { field: 'dueOn', id: fieldId('dueOn'), label: label('dueOn') },
    // A step the signal no longer allows is reported on the signal.
    { field: 'signalId', id: radioId(fieldId('outcome'), TRIAGE_OUTCOMES[0]), label: label('outcome') },
  ];
}

/** What recording the outcome does to the signal, said before the chair confirms. */
export function triageEffectBefore(d: DecisionDraft, t: TFunction, adviceQuestion: boolean): string {
  if (adviceQuestion && d.outcome === 'zorgen_radicalisering')
    return t('overleg.decision.before.adviceToMelding');
  return isOneOf(TRIAGE_OUTCOMES, d.outcome)
    ? t(`overleg.decision.before.${d.outcome}`)
    : t('overleg.decision.before.triageIncomplete');
}

/** The saved outcome as rows of the decision's facts. */
export function triageRows(
  f: Record<string, unknown>,
  t: TFunction,
): Array<{ key: string; label: string; value: ReactNode }> {
  const none = t('common.none');
  const outcome = str(f.outcome);
  const rows: Array<{ key: string; label: string; value: ReactNode }> = [
    {
      key: 'outcome',
      label: t('overleg.decision.fields.outcome'),
      value: isOneOf(TRIAGE_OUTCOMES, outcome) ? t(`overleg.outcomes.${outcome}`) : none,
    },
    {
      key: 'motivation',
      label: t('overleg.decision.fields.motivation'),
      value: <span className="duiden-prewrap">{str(f.motivation) || none}</span>,
    },
  ];
  if (str(f.referredTo)) {
    rows.push({
      key: 'referredTo',
      label: t('overleg.decision.fields.referredTo'),
      value: str(f.referredTo),
    });
  }
  if (str(f.fromWhom)) {
    rows.push({ key: 'fromWhom', label: t('overleg.decision.fields.fromWhom'), value: str(f.fromWhom) });
  }
  if (str(f.dueOn)) {
    rows.push({ key: 'dueOn', label: t('overleg.decision.fields.dueOn'), value: formatDay(str(f.dueOn)) });
  }
  return rows;
}

export function TriageFields({
  draft,
  set,
  fieldError,
  adviceQuestion,
}: DecisionFieldsProps & { readonly adviceQuestion: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <RadioGroupField
        id={fieldId('outcome')}
        legend={t('overleg.decision.fields.outcome')}
        value={draft.outcome}
        onValueChange={(outcome) => set({ outcome })}
        error={fieldError('outcome') ?? fieldError('signalId')}
        options={TRIAGE_OUTCOMES.map((o) => ({
          value: o,
          label: t(`overleg.outcomes.${o}`),
          // An advice question is about no one until (a) turns it into a melding about the person.
          description:
            adviceQuestion && o === 'zorgen_radicalisering'
              ? t('overleg.outcomeDescriptions.adviceToMelding')
              : t(`overleg.outcomeDescriptions.${o}`),
        }))}
      />
      {isOneOf(TRIAGE_OUTCOMES, draft.outcome) ? <HelpLink topic={draft.outcome} /> : null}
      {draft.outcome === 'zorgen_geen_radicalisering' ? (
        <TextField
          id={fieldId('referredTo')}
          label={t('overleg.decision.fields.referredTo')}
          description={t('overleg.decision.fields.referredToDescription')}
          value={draft.referredTo}
          onValueChange={(referredTo) => set({ referredTo })}
          error={fieldError('referredTo')}
          autoComplete="off"
          maxLength={300}
          required
        />
      ) : null}
      {draft.outcome === 'meer_informatie_nodig' ? (
        <>
          <TextField
            id={fieldId('fromWhom')}
            label={t('overleg.decision.fields.fromWhom')}
            value={draft.fromWhom}
            onValueChange={(fromWhom) => set({ fromWhom })}
            error={fieldError('fromWhom')}
            autoComplete="off"
            maxLength={300}
            required
          />
          <TextField
            id={fieldId('dueOn')}
            type="date"
            label={t('overleg.decision.fields.dueOn')}
            description={t('overleg.decision.fields.dueOnDescription')}
            value={draft.dueOn}
            onValueChange={(dueOn) => set({ dueOn })}
            error={fieldError('dueOn')}
            required
          />
        </>
      ) : null}
      <ReasonField
        id={fieldId('motivation')}
        label={t('overleg.decision.fields.motivation')}
        description={t('overleg.decision.fields.motivationDescription')}
        value={draft.motivation}
        onValueChange={(motivation) => set({ motivation })}
        error={fieldError('motivation')}
        maxLength={10_000}
      />
    </>
  );
}
