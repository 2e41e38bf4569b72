import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../contract/casussen';
import { CASE_TRANSITIONS } from '../../../domain/casus/phase';
import { SITUATION_TRANSITIONS } from '../../../domain/casus/situation';
import { CASE_PHASES, CASE_SITUATIONS, CLOSURE_REASONS } from '../../../domain/casus/types';
import { isOneOf } from '../../../domain/melding/types';
import { apiSend } from '../../api';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { RadioGroupField, radioId, SelectField, TextAreaField, TextField } from '../../ui/form-field';
import { formatDay } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { AppLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { useFieldErrors } from '../../ui/problem';
import { Confirmation, OtherVersion } from '../overleggen/overleg-ui';
import { useCaseOfPage } from './case-context';
import { casePath, conflictCase, isConflict, reloadCase, SITUATIONS_WITH_DATE } from './casus-api';

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
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (change.isPending) return;
    setDone(null);
    change.mutate();
  };
  return (
    <>
      <Heading level={3} id="case-phase">
        {t('casus.decisions.phaseTitle')}
      </Heading>
      {done && isOneOf(CASE_PHASES, done) ? (
        <Alert type="ok" live>
          <Paragraph>{t('casus.decisions.phaseDone', { phase: t(`casus.phases.${done}`) })}</Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary
        error={change.error}
        fields={[
          { field: 'phase', id: 'case-phase-to', label: t('casus.decisions.phaseTo') },
          { field: 'nextPhase', id: 'case-phase-to', label: t('casus.decisions.phaseTo') },
          { field: 'reason', id: 'case-phase-reason', label: t('casus.decisions.reason') },
        ]}
      />
      <CaseConflict error={change.error} />
      <form className="duiden-form" onSubmit={submit} noValidate aria-labelledby="case-phase">
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
        <TextAreaField
          id="case-phase-reason"
          label={t('casus.decisions.reason')}
          description={t('casus.decisions.reasonDescription')}
          rows={3}
          value={reason}
          onValueChange={setReason}
          error={fieldError('reason')}
          maxLength={REASON_MAX}
          required
        />
        <Button type="submit" busy={change.isPending}>
          {t('casus.decisions.phaseSubmit')}
        </Button>
      </form>
    </>
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
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (change.isPending) return;
    setDone(null);
    change.mutate();
  };
  return (
    <>
      <Heading level={3} id="case-situation">
        {t('casus.decisions.situationTitle')}
      </Heading>
      {done && isOneOf(CASE_SITUATIONS, done.situation) ? (
        <Alert type="ok" live>
          <Paragraph>
            {t('casus.decisions.situationDone', { situation: t(`casus.situations.${done.situation}`) })}
            {done.checklist ? (
              <>
                {' '}
                <AppLink to={`/casussen/${c.id}/checklists`}>{t('casus.decisions.toChecklist')}</AppLink>
              </>
            ) : null}
          </Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary
        error={change.error}
        fields={[
          { field: 'situation', id: 'case-situation-to', label: t('casus.decisions.situationTo') },
          { field: 'occurredOn', id: 'case-situation-date', label: t('casus.decisions.occurredOn') },
          { field: 'reason', id: 'case-situation-reason', label: t('casus.decisions.reason') },
        ]}
      />
      <CaseConflict error={change.error} />
      <form className="duiden-form" onSubmit={submit} noValidate aria-labelledby="case-situation">
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
        <TextAreaField
          id="case-situation-reason"
          label={t('casus.decisions.reason')}
          description={t('casus.decisions.reasonDescription')}
          rows={3}
          value={reason}
          onValueChange={setReason}
          error={fieldError('reason')}
          maxLength={REASON_MAX}
          required
        />
        <Button type="submit" busy={change.isPending}>
          {t('casus.decisions.situationSubmit')}
        </Button>
      </form>
    </>
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
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (change.isPending) return;
    setDone(null);
    change.mutate();
  };
  return (
    <>
      <Heading level={3} id="case-review-form">
        {t('casus.decisions.reviewTitle')}
      </Heading>
      <Paragraph small>{t('casus.decisions.reviewIntro')}</Paragraph>
      {done ? (
        <Alert type="ok" live>
          <Paragraph>{t('casus.decisions.reviewDone', { date: formatDay(done) })}</Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary
        error={change.error}
        fields={[
          { field: 'note', id: 'case-review-note', label: t('casus.decisions.reviewNote') },
          { field: 'nextReviewOn', id: 'case-review-next', label: t('casus.decisions.reviewNext') },
        ]}
      />
      <CaseConflict error={change.error} />
      <form className="duiden-form" onSubmit={submit} noValidate aria-labelledby="case-review-form">
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
        <Button type="submit" busy={change.isPending}>
          {t('casus.decisions.reviewSubmit')}
        </Button>
      </form>
    </>
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
  const submit = (e: FormEvent) => {
    e.preventDefault();
    close.reset();
    setConfirming(true);
  };
  return (
    <>
      <Heading level={3} id="case-close">
        {t('casus.decisions.closeTitle')}
      </Heading>
      <Paragraph small>{t('casus.decisions.closeIntro')}</Paragraph>
      <ErrorSummary
        error={close.error}
        fields={[
          {
            field: 'reason',
            id: radioId('case-close-reason', CLOSABLE_REASONS[0] ?? 'disengaged'),
            label: t('casus.closure.reason'),
          },
          { field: 'note', id: 'case-close-note', label: t('casus.closure.note') },
        ]}
      />
      <CaseConflict error={close.error} />
      <form className="duiden-form" onSubmit={submit} noValidate aria-labelledby="case-close">
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
        {confirming ? (
          <Confirmation
            title={t('casus.decisions.closeConfirmTitle')}
            confirmLabel={t('casus.decisions.closeConfirm')}
            busy={close.isPending}
            onConfirm={() => close.mutate(undefined, { onError: () => setConfirming(false) })}
            onCancel={() => setConfirming(false)}
          >
            <Paragraph>{t('casus.decisions.closeConfirmText')}</Paragraph>
          </Confirmation>
        ) : (
          <Button type="submit" danger>
            {t('casus.decisions.closeSubmit')}
          </Button>
        )}
      </form>
    </>
  );
}
