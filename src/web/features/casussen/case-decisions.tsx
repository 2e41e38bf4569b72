import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../contract/casussen';
import { checkClosureDraft } from '../../../domain/casus/closure';
import { CASE_TRANSITIONS } from '../../../domain/casus/phase';
import { SITUATION_TRANSITIONS, SITUATIONS_WITH_DATE } from '../../../domain/casus/situation';
import { CASE_PHASES, CASE_SITUATIONS, CLOSURE_REASONS } from '../../../domain/casus/types';
import { isOneOf } from '../../../domain/melding/types';
import { type ApiError, apiSend } from '../../api';
import { DecisionForm, ReasonField } from '../../ui/decision-form';
import type { SummaryField } from '../../ui/error-summary';
import { OtherVersion } from '../../ui/form-conflict';
import { RadioGroupField, SelectField, TextAreaField, TextField } from '../../ui/form-field';
import { type NamedField, useDraft, useFormFields } from '../../ui/form-fields';
import { isConflict } from '../../ui/form-send';
import { formatDay } from '../../ui/format';
import { AppLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { checkedBeforeConfirming } from '../../ui/problem';
import type { BoundField } from '../../ui/use-versioned-save';
import { useCaseOfPage } from './case-context';
import { casePath, conflictCase, reloadCase } from './casus-api';

const REASON_MAX = 2000;

// A handover closes a case with reason 'overgedragen' through the Overdracht part; closing by hand cannot.
const CLOSABLE_REASONS = CLOSURE_REASONS.filter((r) => r !== 'overgedragen');

/**
 * After a failed change: a conflict means the case changed under the user; read it again so the page (and
 * the next attempt) shows the version now saved. What the user typed stays in the form either way.
 */
export function useCaseChange<T>(send: () => Promise<T>, onDone: (result: T) => void) {
  const queryClient = useQueryClient();
  const c = useCaseOfPage();
  return useMutation({
    mutationFn: send,
    onSuccess: async (result) => {
      await reloadCase(queryClient, c.id);
      onDone(result);
    },
    onError: (error) => {
      if (isConflict(error)) void reloadCase(queryClient, c.id);
    },
  });
}

/** The case as someone else saved it, next to the form that keeps the user's input. */
export function CaseConflict({ error }: { readonly error: unknown }) {
  const { t } = useTranslation();
  const current = conflictCase(error);
  if (!current) return null;
  return (
    <OtherVersion
      version={current.version}
      items={[
        { key: 'phase', label: t('casus.layout.phase'), value: t(`casus.phases.${current.phase}`) },
        {
          key: 'situation',
          label: t('casus.layout.situation'),
          value: t(`casus.situations.${current.situation}`),
        },
        { key: 'next', label: t('casus.review.next'), value: formatDay(current.nextReviewOn) },
      ]}
    />
  );
}

/**
 * What a decision about the case hands its form: the error with the summary of the fields, the case as now
 * saved after a conflict, and the send (after `clear`, which takes away the last confirmation).
 */
function caseDecision(
  change: { readonly error: unknown; readonly isPending: boolean; readonly mutate: () => void },
  fields: readonly SummaryField[],
  clear: () => void,
) {
  return {
    error: change.error,
    fields,
    conflict: <CaseConflict error={change.error} />,
    onSubmit: () => {
      clear();
      change.mutate();
    },
    busy: change.isPending,
  };
}

/**
 * What a change page hands its form: the case, the id of the page's heading that names the form, and what to
 * do once the change is saved (back to the overview with the message of what it did).
 */
export interface CaseChangeProps {
  readonly c: CaseDetail;
  readonly labelledBy: string;
  readonly onDone: (message: ReactNode) => void;
}

/** The phases the case can move to by a decision here (closing has its own page with the reason). */
export function phaseOptions(c: CaseDetail) {
  return CASE_TRANSITIONS[c.phase].filter((p) => p !== 'afgesloten');
}

/** The situations the case can move to from its current one. */
export function situationOptions(c: CaseDetail) {
  return SITUATION_TRANSITIONS[c.situation];
}

export function PhaseForm({ c, labelledBy, onDone }: CaseChangeProps) {
  const { t } = useTranslation();
  // Closing has its own form with the reason for closure.
  const options = phaseOptions(c);
  const decision = useDraft({ phase: '', reason: '' });
  const { phase, reason } = decision.draft;
  const change = useCaseChange(
    () => apiSend('POST', `${casePath(c.id)}/fase`, { version: c.version, phase, reason }),
    () => {
      if (isOneOf(CASE_PHASES, phase)) {
        onDone(t('casus.decisions.phaseDone', { phase: t(`casus.phases.${phase}`) }));
      }
    },
  );
  const { summary, bind, fieldError } = useFormFields(
    change.error,
    {
      phase: { id: 'case-phase-to', label: t('casus.decisions.phaseTo') },
      nextPhase: { id: 'case-phase-to', label: t('casus.decisions.phaseTo') },
      reason: { id: 'case-phase-reason', label: t('casus.decisions.reason') },
    },
    decision,
  );
  if (options.length === 0) return null;
  return (
    <DecisionForm
      labelledBy={labelledBy}
      intro={<Paragraph>{t('casus.decisions.intro')}</Paragraph>}
      {...caseDecision(change, summary, () => undefined)}
      submitLabel={t('casus.decisions.phaseSubmit')}
    >
      <SelectField
        {...bind('phase')}
        error={fieldError('phase') ?? fieldError('nextPhase')}
        placeholder={t('casus.choose')}
        options={options.map((p) => ({ value: p, label: t(`casus.phases.${p}`) }))}
        required
      />
      <CaseReasonField {...bind('reason')} />
    </DecisionForm>
  );
}

/** The reason for a change of phase or situation, in words. */
function CaseReasonField(props: NamedField & BoundField) {
  const { t } = useTranslation();
  return (
    <ReasonField
      description={t('casus.decisions.reasonDescription')}
      rows={3}
      maxLength={REASON_MAX}
      {...props}
    />
  );
}

export function SituationForm({ c, labelledBy, onDone }: CaseChangeProps) {
  const { t } = useTranslation();
  const options = situationOptions(c);
  const decision = useDraft({ situation: '', reason: '', occurredOn: '' });
  const { situation, reason, occurredOn } = decision.draft;
  const change = useCaseChange(
    () =>
      apiSend<{ checklistId: string | null }>('POST', `${casePath(c.id)}/situatie`, {
        version: c.version,
        situation,
        reason,
        occurredOn: occurredOn || null,
      }),
    (r) => {
      if (!isOneOf(CASE_SITUATIONS, situation)) return;
      onDone(
        <>
          {t('casus.decisions.situationDone', { situation: t(`casus.situations.${situation}`) })}
          {r.checklistId !== null ? (
            <>
              {' '}
              <AppLink to={`/casussen/${c.id}/checklists`}>{t('casus.decisions.toChecklist')}</AppLink>
            </>
          ) : null}
        </>,
      );
    },
  );
  const { summary, bind } = useFormFields(
    change.error,
    {
      situation: { id: 'case-situation-to', label: t('casus.decisions.situationTo') },
      occurredOn: { id: 'case-situation-date', label: t('casus.decisions.occurredOn') },
      reason: { id: 'case-situation-reason', label: t('casus.decisions.reason') },
    },
    decision,
  );
  if (options.length === 0) return null;
  const needsDate = isOneOf(SITUATIONS_WITH_DATE, situation);
  return (
    <DecisionForm
      labelledBy={labelledBy}
      intro={<Paragraph>{t('casus.decisions.intro')}</Paragraph>}
      {...caseDecision(change, summary, () => undefined)}
      submitLabel={t('casus.decisions.situationSubmit')}
    >
      <SelectField
        {...bind('situation')}
        placeholder={t('casus.choose')}
        options={options.map((s) => ({ value: s, label: t(`casus.situations.${s}`) }))}
        required
      />
      <TextField
        {...bind('occurredOn')}
        type="date"
        description={t('casus.decisions.occurredOnDescription')}
        optional={!needsDate}
        required={needsDate}
      />
      <CaseReasonField {...bind('reason')} />
    </DecisionForm>
  );
}

export function ReviewForm({ c, labelledBy, onDone }: CaseChangeProps) {
  const { t } = useTranslation();
  const review = useDraft({ note: '', nextReviewOn: '' });
  const change = useCaseChange(
    () =>
      apiSend<{ nextReviewOn: string }>('POST', `${casePath(c.id)}/evaluatie`, {
        version: c.version,
        note: review.draft.note,
        nextReviewOn: review.draft.nextReviewOn || null,
      }),
    (r) => onDone(t('casus.decisions.reviewDone', { date: formatDay(r.nextReviewOn) })),
  );
  const { summary, bind } = useFormFields(
    change.error,
    {
      note: { id: 'case-review-note', label: t('casus.decisions.reviewNote') },
      nextReviewOn: { id: 'case-review-next', label: t('casus.decisions.reviewNext') },
    },
    review,
  );
  return (
    <DecisionForm
      labelledBy={labelledBy}
      intro={<Paragraph small>{t('casus.decisions.reviewIntro')}</Paragraph>}
      {...caseDecision(change, summary, () => undefined)}
      submitLabel={t('casus.decisions.reviewSubmit')}
    >
      <TextAreaField {...bind('note')} rows={3} maxLength={REASON_MAX} optional />
      <TextField
        {...bind('nextReviewOn')}
        type="date"
        description={t('casus.decisions.reviewNextDescription')}
        optional
      />
    </DecisionForm>
  );
}

export function ClosureForm({ c, labelledBy, onDone }: CaseChangeProps) {
  const { t } = useTranslation();
  const closure = useDraft({ reason: '', note: '' });
  const { reason, note } = closure.draft;
  const [confirming, setConfirming] = useState(false);
  const [incomplete, setIncomplete] = useState<ApiError | null>(null);
  const close = useCaseChange(
    () => apiSend('POST', `${casePath(c.id)}/afsluiten`, { version: c.version, reason, note }),
    () => {
      setConfirming(false);
      onDone(t('casus.overview.closed'));
    },
  );
  const { summary, bind, bindGroup } = useFormFields(
    incomplete ?? close.error,
    {
      reason: {
        id: 'case-close-reason',
        firstOption: CLOSABLE_REASONS[0] ?? 'disengaged',
        label: t('casus.closure.reason'),
      },
      note: { id: 'case-close-note', label: t('casus.closure.note') },
    },
    closure,
  );
  return (
    <DecisionForm
      labelledBy={labelledBy}
      intro={<Paragraph small>{t('casus.decisions.closeIntro')}</Paragraph>}
      error={incomplete ?? close.error}
      fields={summary}
      conflict={<CaseConflict error={close.error} />}
      onSubmit={() => {
        close.reset();
        // Checked first as the server checks; "Weet u zeker…" only for a complete closure.
        const problem = checkedBeforeConfirming(checkClosureDraft(c.phase, reason, note));
        setIncomplete(problem);
        setConfirming(problem === null);
      }}
      busy={close.isPending}
      submitLabel={t('casus.decisions.closeSubmit')}
      danger
      confirm={
        confirming
          ? {
              title: t('casus.decisions.closeConfirmTitle'),
              confirmLabel: t('casus.decisions.closeConfirm'),
              children: (
                <>
                  {isOneOf(CLOSURE_REASONS, reason) ? (
                    <Paragraph>
                      {t('casus.overview.closeReasonChosen', { reason: t(`casus.closureReasons.${reason}`) })}
                    </Paragraph>
                  ) : null}
                  <Paragraph>{t('casus.decisions.closeConfirmText')}</Paragraph>
                </>
              ),
              busy: close.isPending,
              onConfirm: () => close.mutate(undefined, { onError: () => setConfirming(false) }),
              onCancel: () => setConfirming(false),
            }
          : null
      }
    >
      <RadioGroupField
        {...bindGroup('reason')}
        options={CLOSABLE_REASONS.map((r) => ({ value: r, label: t(`casus.closureReasons.${r}`) }))}
      />
      <TextAreaField
        {...bind('note')}
        description={t('casus.decisions.closeNoteDescription')}
        rows={3}
        maxLength={REASON_MAX}
        optional={reason !== 'anders'}
      />
    </DecisionForm>
  );
}
