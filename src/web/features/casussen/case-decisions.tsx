import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../contract/casussen';
import { CASE_TRANSITIONS } from '../../../domain/casus/phase';
import { SITUATION_TRANSITIONS, SITUATIONS_WITH_DATE } from '../../../domain/casus/situation';
import { CASE_PHASES, CASE_SITUATIONS, CLOSURE_REASONS } from '../../../domain/casus/types';
import { isOneOf } from '../../../domain/melding/types';
import { apiSend } from '../../api';
import { DecisionForm, ReasonField } from '../../ui/decision-form';
import { OtherVersion } from '../../ui/form-conflict';
import { RadioGroupField, radioId, SelectField, TextAreaField, TextField } from '../../ui/form-field';
import { isConflict } from '../../ui/form-send';
import { formatDay } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { AppLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { useFieldErrors } from '../../ui/problem';
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

/** Changing the phase or the situation, recording a review and closing: only for the regie, while open. */
export function CaseDecisions() {
  const { t } = useTranslation();
  const c = useCaseOfPage();
  if (c.access !== 'regie' || c.phase === 'afgesloten') return null;
  return (
    <section aria-labelledby="case-decisions" className="duiden-section">
      <Heading level={2} id="case-decisions">
        {t('casus.decisions.title')}
      </Heading>
      <Paragraph>{t('casus.decisions.intro')}</Paragraph>
      <PhaseForm c={c} />
      <SituationForm c={c} />
      <ReviewForm c={c} />
      <ClosureForm c={c} />
    </section>
  );
}

function PhaseForm({ c }: { readonly c: CaseDetail }) {
  const { t } = useTranslation();
  // Closing has its own form with the reason for closure.
  const options = CASE_TRANSITIONS[c.phase].filter((p) => p !== 'afgesloten');
  const [phase, setPhase] = useState('');
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const change = useCaseChange(
    () => apiSend('POST', `${casePath(c.id)}/fase`, { version: c.version, phase, reason }),
    () => {
      setDone(phase);
      setPhase('');
      setReason('');
    },
  );
  const fieldError = useFieldErrors(change.error);
  if (options.length === 0) return null;
  return (
    <DecisionForm
      title={t('casus.decisions.phaseTitle')}
      labelledBy="case-phase"
      done={
        done && isOneOf(CASE_PHASES, done)
          ? t('casus.decisions.phaseDone', { phase: t(`casus.phases.${done}`) })
          : null
      }
      error={change.error}
      fields={[
        { field: 'phase', id: 'case-phase-to', label: t('casus.decisions.phaseTo') },
        { field: 'nextPhase', id: 'case-phase-to', label: t('casus.decisions.phaseTo') },
        { field: 'reason', id: 'case-phase-reason', label: t('casus.decisions.reason') },
      ]}
      conflict={<CaseConflict error={change.error} />}
      onSubmit={() => {
        setDone(null);
        change.mutate();
      }}
      busy={change.isPending}
      submitLabel={t('casus.decisions.phaseSubmit')}
    >
      <SelectField
        id="case-phase-to"
        label={t('casus.decisions.phaseTo')}
        value={phase}
        onValueChange={setPhase}
        error={fieldError('phase') ?? fieldError('nextPhase')}
        placeholder={t('casus.choose')}
        options={options.map((p) => ({ value: p, label: t(`casus.phases.${p}`) }))}
        required
      />
      <CaseReasonField
        id="case-phase-reason"
        value={reason}
        onValueChange={setReason}
        error={fieldError('reason')}
      />
    </DecisionForm>
  );
}

/** The reason for a change of phase or situation, in words. */
function CaseReasonField(props: {
  readonly id: string;
  readonly value: string;
  readonly onValueChange: (value: string) => void;
  readonly error: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <ReasonField
      label={t('casus.decisions.reason')}
      description={t('casus.decisions.reasonDescription')}
      rows={3}
      maxLength={REASON_MAX}
      {...props}
    />
  );
}

function SituationForm({ c }: { readonly c: CaseDetail }) {
  const { t } = useTranslation();
  const options = SITUATION_TRANSITIONS[c.situation];
  const [situation, setSituation] = useState('');
  const [reason, setReason] = useState('');
  const [occurredOn, setOccurredOn] = useState('');
  const [done, setDone] = useState<{ situation: string; checklist: boolean } | null>(null);
  const change = useCaseChange(
    () =>
      apiSend<{ checklistId: string | null }>('POST', `${casePath(c.id)}/situatie`, {
        version: c.version,
        situation,
        reason,
        occurredOn: occurredOn || null,
      }),
    (r) => {
      setDone({ situation, checklist: r.checklistId !== null });
      setSituation('');
      setReason('');
      setOccurredOn('');
    },
  );
  const fieldError = useFieldErrors(change.error);
  if (options.length === 0) return null;
  const needsDate = isOneOf(SITUATIONS_WITH_DATE, situation);
  return (
    <DecisionForm
      title={t('casus.decisions.situationTitle')}
      labelledBy="case-situation"
      done={
        done && isOneOf(CASE_SITUATIONS, done.situation) ? (
          <>
            {t('casus.decisions.situationDone', { situation: t(`casus.situations.${done.situation}`) })}
            {done.checklist ? (
              <>
                {' '}
                <AppLink to={`/casussen/${c.id}/checklists`}>{t('casus.decisions.toChecklist')}</AppLink>
              </>
            ) : null}
          </>
        ) : null
      }
      error={change.error}
      fields={[
        { field: 'situation', id: 'case-situation-to', label: t('casus.decisions.situationTo') },
        { field: 'occurredOn', id: 'case-situation-date', label: t('casus.decisions.occurredOn') },
        { field: 'reason', id: 'case-situation-reason', label: t('casus.decisions.reason') },
      ]}
      conflict={<CaseConflict error={change.error} />}
      onSubmit={() => {
        setDone(null);
        change.mutate();
      }}
      busy={change.isPending}
      submitLabel={t('casus.decisions.situationSubmit')}
    >
      <SelectField
        id="case-situation-to"
        label={t('casus.decisions.situationTo')}
        value={situation}
        onValueChange={setSituation}
        error={fieldError('situation')}
        placeholder={t('casus.choose')}
        options={options.map((s) => ({ value: s, label: t(`casus.situations.${s}`) }))}
        required
      />
      <TextField
        id="case-situation-date"
        type="date"
        label={t('casus.decisions.occurredOn')}
        description={t('casus.decisions.occurredOnDescription')}
        value={occurredOn}
        onValueChange={setOccurredOn}
        error={fieldError('occurredOn')}
        optional={!needsDate}
        required={needsDate}
      />
      <CaseReasonField
        id="case-situation-reason"
        value={reason}
        onValueChange={setReason}
        error={fieldError('reason')}
      />
    </DecisionForm>
  );
}

function ReviewForm({ c }: { readonly c: CaseDetail }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [next, setNext] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const change = useCaseChange(
    () =>
      apiSend<{ nextReviewOn: string }>('POST', `${casePath(c.id)}/evaluatie`, {
        version: c.version,
        note,
        nextReviewOn: next || null,
      }),
    (r) => {
      setDone(r.nextReviewOn);
      setNote('');
      setNext('');
    },
  );
  const fieldError = useFieldErrors(change.error);
  return (
    <DecisionForm
      title={t('casus.decisions.reviewTitle')}
      labelledBy="case-review-form"
      intro={<Paragraph small>{t('casus.decisions.reviewIntro')}</Paragraph>}
      done={done ? t('casus.decisions.reviewDone', { date: formatDay(done) }) : null}
      error={change.error}
      fields={[
        { field: 'note', id: 'case-review-note', label: t('casus.decisions.reviewNote') },
        { field: 'nextReviewOn', id: 'case-review-next', label: t('casus.decisions.reviewNext') },
      ]}
      conflict={<CaseConflict error={change.error} />}
      onSubmit={() => {
        setDone(null);
        change.mutate();
      }}
      busy={change.isPending}
      submitLabel={t('casus.decisions.reviewSubmit')}
    >
      <TextAreaField
        id="case-review-note"
        label={t('casus.decisions.reviewNote')}
        rows={3}
        value={note}
        onValueChange={setNote}
        error={fieldError('note')}
        maxLength={REASON_MAX}
        optional
      />
      <TextField
        id="case-review-next"
        type="date"
        label={t('casus.decisions.reviewNext')}
        description={t('casus.decisions.reviewNextDescription')}
        value={next}
        onValueChange={setNext}
        error={fieldError('nextReviewOn')}
        optional
      />
    </DecisionForm>
  );
}

function ClosureForm({ c }: { readonly c: CaseDetail }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState(false);
  const close = useCaseChange(
    () => apiSend('POST', `${casePath(c.id)}/afsluiten`, { version: c.version, reason, note }),
    () => setConfirming(false),
  );
  const fieldError = useFieldErrors(close.error);
  return (
    <DecisionForm
      title={t('casus.decisions.closeTitle')}
      labelledBy="case-close"
      intro={<Paragraph small>{t('casus.decisions.closeIntro')}</Paragraph>}
      error={close.error}
      fields={[
        {
          field: 'reason',
          id: radioId('case-close-reason', CLOSABLE_REASONS[0] ?? 'disengaged'),
          label: t('casus.closure.reason'),
        },
        { field: 'note', id: 'case-close-note', label: t('casus.closure.note') },
      ]}
      conflict={<CaseConflict error={close.error} />}
      onSubmit={() => {
        close.reset();
        setConfirming(true);
      }}
      busy={close.isPending}
      submitLabel={t('casus.decisions.closeSubmit')}
      danger
      confirm={
        confirming
          ? {
              title: t('casus.decisions.closeConfirmTitle'),
              confirmLabel: t('casus.decisions.closeConfirm'),
              children: <Paragraph>{t('casus.decisions.closeConfirmText')}</Paragraph>,
              busy: close.isPending,
              onConfirm: () => close.mutate(undefined, { onError: () => setConfirming(false) }),
              onCancel: () => setConfirming(false),
            }
          : null
      }
    >
      <RadioGroupField
        id="case-close-reason"
        legend={t('casus.closure.reason')}
        value={reason}
        onValueChange={setReason}
        error={fieldError('reason')}
        options={CLOSABLE_REASONS.map((r) => ({ value: r, label: t(`casus.closureReasons.${r}`) }))}
      />
      <TextAreaField
        id="case-close-note"
        label={t('casus.closure.note')}
        description={t('casus.decisions.closeNoteDescription')}
        rows={3}
        value={note}
        onValueChange={setNote}
        error={fieldError('note')}
        maxLength={REASON_MAX}
        optional={reason !== 'anders'}
      />
    </DecisionForm>
  );
}
