import { useMutation } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Changed, DecisionRecorded } from '../../../contract/overleggen';
import { completeDecision, today } from '../../../domain/overleg/decisions';
import { type MeetingType, WEIGHING_PARTIES, type WeighingParty } from '../../../domain/overleg/types';
import { type ApiError, apiSend } from '../../api';
import { useSignedInUser } from '../../session';
import { DoneAlert } from '../../ui/alert';
import { Button, ButtonGroup } from '../../ui/button';
import { DecisionForm } from '../../ui/decision-form';
import type { SummaryField } from '../../ui/error-summary';
import { Heading } from '../../ui/heading';
import { Paragraph } from '../../ui/paragraph';
import { checkedBeforeConfirming, useFieldErrors } from '../../ui/problem';
import { useOrganisations } from '../beheer/users-api';
import {
  CasusoverlegFields,
  casusoverlegBody,
  casusoverlegSummaryFields,
} from './item-decision-casusoverleg';
import {
  type DecisionDraft,
  type DecisionFieldName,
  defaultOrganisation,
  draftOf,
  type PartyDraft,
} from './item-decision-draft';
import { TriageFields, triageBody, triageEffectBefore, triageSummaryFields } from './item-decision-triage';
import { DecisionView, effectAfter, OtherDecision } from './item-decision-view';
import {
  WeegploegFields,
  weegploegBody,
  weegploegEffectBefore,
  weegploegSummaryFields,
} from './item-decision-weegploeg';
import type { ItemWork } from './item-page';
import { conflictItem } from './overleggen-api';

// The decision on an agenda item. Each kind of meeting decides its own thing, in its own file:
// item-decision-triage (signaleringsoverleg), -weegploeg and -casusoverleg; the draft as typed is
// item-decision-draft, a saved decision is shown by item-decision-view.

/** The body of the draft for this kind of meeting. */
function bodyOf(type: MeetingType, d: DecisionDraft) {
  if (type === 'signaleringsoverleg') return triageBody(d);
  if (type === 'weegploeg') return weegploegBody(d);
  return casusoverlegBody(d);
}

/** What recording does to the signal or case, said before the chair confirms. */
function effectBefore(type: MeetingType, d: DecisionDraft, t: TFunction, adviceQuestion: boolean): string {
  if (type === 'signaleringsoverleg') return triageEffectBefore(d, t, adviceQuestion);
  if (type === 'weegploeg') return weegploegEffectBefore(d, t);
  return t('overleg.decision.before.casus');
}

function summaryFields(
  type: MeetingType,
  d: DecisionDraft,
  label: (f: DecisionFieldName) => string,
  t: TFunction,
): SummaryField[] {
  if (type === 'signaleringsoverleg') return triageSummaryFields(label);
  if (type === 'weegploeg') return weegploegSummaryFields(d, label, t);
  return casusoverlegSummaryFields(label);
}

/**
 * The decision on the item, per kind of meeting: drafted by the organiser or the chair (saved as often as
 * needed), recorded by the chair after a confirmation. Recording moves the signal or case; afterwards the
 * page says what it did.
 */
export function DecisionSection({ work }: { readonly work: ItemWork }) {
  const { t } = useTranslation();
  const { item } = work;
  const decision = item.decisionDetail;
  const recorded = decision?.status === 'vastgesteld';
  const [justRecorded, setJustRecorded] = useState(false);
  const effect = effectAfter(item, t);

  return (
    <section aria-labelledby="item-decision" className="duiden-section">
      <Heading level={2} id="item-decision">
        {t(`overleg.decision.title.${work.meeting.type}`)}
      </Heading>
      {recorded ? (
        <>
          {justRecorded ? (
            <DoneAlert>
              <strong>{t('overleg.decision.recordedNow')}</strong> {effect}
            </DoneAlert>
          ) : null}
          <DecisionView work={work} decision={decision} effect={effect} />
        </>
      ) : item.permissions.draftDecision ? (
        <ItemDecisionForm work={work} onRecorded={() => setJustRecorded(true)} />
      ) : decision ? (
        <>
          <Paragraph>{t('overleg.decision.draftReadOnly')}</Paragraph>
          <DecisionView work={work} decision={decision} effect={null} />
        </>
      ) : (
        <Paragraph>{t('overleg.decision.noneYet')}</Paragraph>
      )}
    </section>
  );
}

function ItemDecisionForm({
  work,
  onRecorded,
}: {
  readonly work: ItemWork;
  readonly onRecorded: () => void;
}) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const organisations = useOrganisations();
  const { item, meeting } = work;
  const type = meeting.type;
  const decision = item.decisionDetail;
  const [draft, setDraft] = useState<DecisionDraft>(() =>
    draftOf(decision, organisations.data ?? [], user.tenantId),
  );
  // The organisations may arrive after the form was opened: then fill in each party's default organisation
  // where none is chosen yet, as if they had been there from the start.
  useEffect(() => {
    const list = organisations.data;
    if (!list) return;
    setDraft((d) => {
      const parties = { ...d.parties };
      for (const p of WEIGHING_PARTIES) {
        if (parties[p].organisationId === '') {
          parties[p] = { ...parties[p], organisationId: defaultOrganisation(p, list, user.tenantId) };
        }
      }
      return { ...d, parties };
    });
  }, [organisations.data, user.tenantId]);
  const [baseVersion, setBaseVersion] = useState<number | null>(decision?.version ?? null);
  const [saved, setSaved] = useState(false);
  const [discarded, setDiscarded] = useState(false);
  const [confirming, setConfirming] = useState(false);
  // What the chair still has to fill in, found when asking to record: the confirmation comes only after.
  const [incomplete, setIncomplete] = useState<ApiError | null>(null);
  const set = (change: Partial<DecisionDraft>) => setDraft((d) => ({ ...d, ...change }));
  const setParty = (p: WeighingParty, change: Partial<PartyDraft>) =>
    setDraft((d) => ({ ...d, parties: { ...d.parties, [p]: { ...d.parties[p], ...change } } }));
  const path = `/api/agendapunten/${encodeURIComponent(item.id)}/besluit`;

  const onConflict = (error: unknown) => {
    // What was typed stays; the next save is based on the version now shown.
    const current = conflictItem(error);
    if (current) setBaseVersion(current.decisionDetail?.version ?? null);
    work.failed(error);
  };
  const saveDraft = async (): Promise<Changed> => {
    const r = await apiSend<Changed>('PUT', path, { version: baseVersion, ...bodyOf(type, draft) });
    setBaseVersion(r.version);
    return r;
  };
  const save = useMutation({
    mutationFn: saveDraft,
    onSuccess: async () => {
      await work.changed();
      setSaved(true);
    },
    onError: onConflict,
  });
  const record = useMutation({
    mutationFn: async () => {
      const r = await saveDraft();
      return apiSend<DecisionRecorded>('POST', `${path}/vaststellen`, { version: r.version });
    },
    onSuccess: async () => {
      setConfirming(false);
      onRecorded();
      await work.changed();
    },
    onError: (error) => {
      setConfirming(false);
      onConflict(error);
    },
  });
  const discard = useMutation({
    mutationFn: () => apiSend<void>('DELETE', `${path}?version=${baseVersion ?? 0}`),
    onSuccess: async () => {
      setBaseVersion(null);
      await work.changed();
      setDiscarded(true);
    },
    onError: onConflict,
  });
  const error = incomplete ?? record.error ?? save.error ?? discard.error;
  const fieldError = useFieldErrors(error);
  const other = conflictItem(error);
  const submit = () => {
    if (record.isPending) return;
    setSaved(false);
    setDiscarded(false);
    setIncomplete(null);
    record.reset();
    discard.reset();
    save.mutate();
  };
  // Checked as the server checks on recording (the same rules, the same words), then confirmed.
  const askToRecord = () => {
    const checked = completeDecision(type, bodyOf(type, draft), today(new Date()));
    const problem = checked.ok ? null : checkedBeforeConfirming(checked.errors);
    setSaved(false);
    setDiscarded(false);
    save.reset();
    record.reset();
    discard.reset();
    setIncomplete(problem);
    setConfirming(problem === null);
  };
  const label = (f: DecisionFieldName) => t(`overleg.decision.fields.${f}`);

  const adviceQuestion = item.signal?.kind === 'adviesvraag';
  return (
    <DecisionForm
      labelledBy="item-decision"
      intro={<Paragraph>{t(`overleg.decision.intro.${type}`)}</Paragraph>}
      done={saved ? t('overleg.decision.draftSaved') : discarded ? t('overleg.decision.discarded') : null}
      error={error}
      fields={summaryFields(type, draft, label, t)}
      conflict={other ? <OtherDecision work={work} other={other} /> : null}
      onSubmit={submit}
      busy={save.isPending}
      actions={
        <ButtonGroup>
          <Button type="submit" busy={save.isPending}>
            {t('overleg.decision.saveDraft')}
          </Button>
          {item.permissions.recordDecision ? (
            <Button appearance="primary-action" onClick={askToRecord}>
              {t('overleg.decision.record')}
            </Button>
          ) : null}
          {baseVersion !== null ? (
            <Button
              appearance="subtle"
              busy={discard.isPending}
              onClick={() => {
                if (discard.isPending) return;
                setSaved(false);
                setIncomplete(null);
                discard.mutate();
              }}
            >
              {t('overleg.decision.discard')}
            </Button>
          ) : null}
        </ButtonGroup>
      }
      footer={
        item.permissions.recordDecision ? null : (
          <Paragraph small>{t('overleg.decision.chairRecords', { name: meeting.chair.name })}</Paragraph>
        )
      }
      confirm={
        confirming
          ? {
              title: t('overleg.decision.confirmTitle'),
              confirmLabel: t('overleg.decision.confirm'),
              children: (
                <>
                  <Paragraph>{effectBefore(type, draft, t, adviceQuestion)}</Paragraph>
                  <Paragraph>{t('overleg.decision.confirmFinal')}</Paragraph>
                </>
              ),
              busy: record.isPending,
              onConfirm: () => {
                setSaved(false);
                save.reset();
                discard.reset();
                record.mutate();
              },
              onCancel: () => setConfirming(false),
              placement: 'below',
            }
          : null
      }
    >
      {type === 'signaleringsoverleg' ? (
        <TriageFields draft={draft} set={set} fieldError={fieldError} adviceQuestion={adviceQuestion} />
      ) : type === 'weegploeg' ? (
        <WeegploegFields draft={draft} set={set} setParty={setParty} fieldError={fieldError} />
      ) : (
        <CasusoverlegFields draft={draft} set={set} fieldError={fieldError} />
      )}
    </DecisionForm>
  );
}
