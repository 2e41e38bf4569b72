import { useMutation } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  AgendaItemDetail,
  Changed,
  DecisionRecorded,
  MeetingDecision,
} from '../../../contract/overleggen';
import type { Organisation } from '../../../contract/users';
import type { Role } from '../../../domain/access/roles';
import { CASE_PHASES } from '../../../domain/casus/types';
import { isOneOf } from '../../../domain/melding/types';
import {
  type MeetingType,
  TRIAGE_OUTCOMES,
  WEIGHING_PARTIES,
  type WeighingParty,
} from '../../../domain/overleg/types';
import { apiSend } from '../../api';
import { useSignedInUser } from '../../session';
import { Alert } from '../../ui/alert';
import { Button, ButtonGroup } from '../../ui/button';
import { DataList } from '../../ui/data-list';
import { ErrorSummary, type SummaryField } from '../../ui/error-summary';
import {
  CheckboxField,
  Fieldset,
  RadioGroupField,
  radioId,
  SelectField,
  TextAreaField,
  TextField,
} from '../../ui/form-field';
import { formatDateTime, formatDay } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { AppLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { useFieldErrors } from '../../ui/problem';
import { useOrganisations } from '../beheer/users-api';
import type { ItemWork } from './item-page';
import { subjectStateText } from './meeting-agenda';
import { Confirmation, OtherVersion } from './overleg-ui';
import { conflictItem, useRegisseurs } from './overleggen-api';

interface PartyDraft {
  readonly on: boolean;
  readonly organisationId: string;
  readonly name: string;
}

/** The decision form as typed: every field a string (or a choice), for all three kinds of meeting. */
interface DecisionDraft {
  readonly outcome: string;
  readonly motivation: string;
  readonly referredTo: string;
  readonly fromWhom: string;
  readonly dueOn: string;
  readonly included: string;
  readonly criteria: string;
  readonly parties: Readonly<Record<WeighingParty, PartyDraft>>;
  readonly reasons: string;
  readonly decisions: string;
  readonly nextPhase: string;
  readonly regisseurUserId: string;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const text = (v: string): string | null => (v.trim() === '' ? null : v);

/** The organisation a party decides for by default: the police, the OM, the municipality (the mayor). */
function defaultOrganisation(party: WeighingParty, organisations: readonly Organisation[], tenantId: string) {
  if (party === 'burgemeester') return tenantId;
  return organisations.find((o) => o.partnerType === party)?.id ?? '';
}

function draftOf(
  d: MeetingDecision | null,
  organisations: readonly Organisation[],
  tenantId: string,
): DecisionDraft {
  const f = d?.fields ?? {};
  const decidedBy = Array.isArray(f.decidedBy) ? (f.decidedBy as unknown[]) : [];
  const party = (p: WeighingParty): PartyDraft => {
    const saved = decidedBy.find(
      (x): x is Record<string, unknown> =>
        typeof x === 'object' && x !== null && 'party' in x && x.party === p,
    );
    return saved
      ? { on: true, organisationId: str(saved.organisationId), name: str(saved.name) }
      : { on: false, organisationId: defaultOrganisation(p, organisations, tenantId), name: '' };
  };
  return {
    outcome: str(f.outcome),
    motivation: str(f.motivation),
    referredTo: str(f.referredTo),
    fromWhom: str(f.fromWhom),
    dueOn: str(f.dueOn),
    included: f.included === true ? 'ja' : f.included === false ? 'nee' : '',
    criteria: Array.isArray(f.criteriaWeighed) ? f.criteriaWeighed.map(str).join('\n') : '',
    parties: { politie: party('politie'), om: party('om'), burgemeester: party('burgemeester') },
    reasons: str(f.reasons),
    decisions: str(f.decisions),
    nextPhase: str(f.nextPhase),
    regisseurUserId: str(f.regisseurUserId),
  };
}

/** The parties sent, in the order the server numbers them (decidedBy.0, .1, ...). */
function partiesSent(d: DecisionDraft): WeighingParty[] {
  return WEIGHING_PARTIES.filter((p) => d.parties[p].on);
}

/** The body of the draft for this kind of meeting; fields hidden for the chosen outcome are sent empty. */
function bodyOf(type: MeetingType, d: DecisionDraft) {
  if (type === 'signaleringsoverleg') {
    return {
      outcome: d.outcome || null,
      motivation: text(d.motivation),
      referredTo: d.outcome === 'zorgen_geen_radicalisering' ? text(d.referredTo) : null,
      fromWhom: d.outcome === 'meer_informatie_nodig' ? text(d.fromWhom) : null,
      dueOn: d.outcome === 'meer_informatie_nodig' && d.dueOn ? d.dueOn : null,
    };
  }
  if (type === 'weegploeg') {
    return {
      included: d.included === 'ja' ? true : d.included === 'nee' ? false : null,
      criteriaWeighed: d.criteria
        .split('\n')
        .map((c) => c.trim())
        .filter((c) => c !== ''),
      decidedBy: partiesSent(d).map((p) => ({
        party: p,
        organisationId: d.parties[p].organisationId || null,
        name: text(d.parties[p].name),
      })),
      reasons: text(d.reasons),
      regisseurUserId: d.included === 'ja' ? d.regisseurUserId || null : null,
    };
  }
  return {
    decisions: text(d.decisions),
    nextPhase: d.nextPhase || null,
    regisseurUserId: d.regisseurUserId || null,
  };
}

/** What recording does to the signal or case, said before the chair confirms. */
function effectBefore(type: MeetingType, d: DecisionDraft, t: TFunction, adviceQuestion: boolean): string {
  if (type === 'signaleringsoverleg') {
    if (adviceQuestion && d.outcome === 'zorgen_radicalisering')
      return t('overleg.decision.before.adviceToMelding');
    return isOneOf(TRIAGE_OUTCOMES, d.outcome)
      ? t(`overleg.decision.before.${d.outcome}`)
      : t('overleg.decision.before.triageIncomplete');
  }
  if (type === 'weegploeg') {
    return d.included === 'ja' ? t('overleg.decision.before.pgaYes') : t('overleg.decision.before.pgaNo');
  }
  return t('overleg.decision.before.casus');
}

/** What recording did, read from the item as it is now. */
function effectAfter(item: AgendaItemDetail, t: TFunction): string | null {
  const d = item.decisionDetail;
  if (d?.status !== 'vastgesteld') return null;
  if (d.kind === 'weegploeg') {
    if (d.fields.included !== true) return t('overleg.decision.after.pgaNo');
    return t('overleg.decision.after.pgaYes', {
      persons: item.persons.map((p) => p.name).join(', ') || t('common.none'),
    });
  }
  const state = subjectStateText(item.signal?.status ?? item.casus?.phase ?? null, t);
  if (d.kind === 'casusoverleg') {
    return item.casus && state
      ? t('overleg.decision.after.casus', { reference: item.casus.reference, phase: state })
      : null;
  }
  return item.signal && state
    ? t('overleg.decision.after.signal', { reference: item.signal.reference, status: state })
    : null;
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
            <Alert type="ok" live>
              <Paragraph>
                <strong>{t('overleg.decision.recordedNow')}</strong> {effect}
              </Paragraph>
            </Alert>
          ) : null}
          <DecisionView work={work} decision={decision} effect={effect} />
        </>
      ) : item.permissions.draftDecision ? (
        <DecisionForm work={work} onRecorded={() => setJustRecorded(true)} />
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

/**
 * Who may follow the decision to the case it opened: the municipality's officer and mayor see all its cases;
 * a partner sees a case only once it takes part in it.
 */
const CASE_OF_MUNICIPALITY: readonly Role[] = ['aandachtsfunctionaris', 'burgemeester'];

function DecisionView({
  work,
  decision,
  effect,
}: {
  readonly work: ItemWork;
  readonly decision: MeetingDecision;
  readonly effect: string | null;
}) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const organisations = useOrganisations();
  const f = decision.fields;
  const none = t('common.none');
  const orgName = (id: string) => organisations.data?.find((o) => o.id === id)?.name ?? none;
  const rows: Array<{ key: string; label: string; value: ReactNode }> = [];
  if (decision.kind === 'signaleringsoverleg') {
    const outcome = str(f.outcome);
    rows.push(
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
    );
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
  } else if (decision.kind === 'weegploeg') {
    const criteria = Array.isArray(f.criteriaWeighed) ? f.criteriaWeighed.map(str) : [];
    const decidedBy = Array.isArray(f.decidedBy) ? (f.decidedBy as Array<Record<string, unknown>>) : [];
    rows.push(
      {
        key: 'included',
        label: t('overleg.decision.fields.included'),
        value:
          f.included === true
            ? t('overleg.decision.includedYes')
            : f.included === false
              ? t('overleg.decision.includedNo')
              : none,
      },
      {
        key: 'criteria',
        label: t('overleg.decision.fields.criteria'),
        value:
          criteria.length > 0 ? (
            <ul className="utrecht-unordered-list">
              {criteria.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          ) : (
            none
          ),
      },
      {
        key: 'decidedBy',
        label: t('overleg.decision.fields.decidedBy'),
        value:
          decidedBy.length > 0 ? (
            <ul className="utrecht-unordered-list">
              {decidedBy.map((p) => {
                const party = str(p.party);
                const who = [str(p.organisationId) ? orgName(str(p.organisationId)) : '', str(p.name)]
                  .filter(Boolean)
                  .join(', ');
                return (
                  <li key={party}>
                    {isOneOf(WEIGHING_PARTIES, party) ? t(`overleg.parties.${party}`) : party}: {who || none}
                  </li>
                );
              })}
            </ul>
          ) : (
            none
          ),
      },
      {
        key: 'reasons',
        label: t('overleg.decision.fields.reasons'),
        value: <span className="duiden-prewrap">{str(f.reasons) || none}</span>,
      },
    );
  } else {
    const phase = str(f.nextPhase);
    rows.push(
      {
        key: 'decisions',
        label: t('overleg.decision.fields.decisions'),
        value: <span className="duiden-prewrap">{str(f.decisions) || none}</span>,
      },
      {
        key: 'nextPhase',
        label: t('overleg.decision.fields.nextPhase'),
        value: isOneOf(CASE_PHASES, phase)
          ? t(`overleg.phases.${phase}`)
          : t('overleg.decision.phaseUnchanged'),
      },
    );
  }
  if (decision.status === 'vastgesteld' && decision.recordedAt) {
    rows.push({
      key: 'recorded',
      label: t('overleg.decision.fields.recorded'),
      value: t('overleg.decision.recordedBy', {
        name: decision.recordedByName ?? none,
        at: formatDateTime(decision.recordedAt),
      }),
    });
  }
  if (effect) rows.push({ key: 'effect', label: t('overleg.decision.fields.effect'), value: effect });
  return (
    <>
      {decision.status === 'vastgesteld' ? null : (
        <Paragraph small>
          {t('overleg.decision.draftSavedAt', { at: formatDateTime(decision.draftedAt) })}
        </Paragraph>
      )}
      <DataList items={rows} />
      {decision.casusId && decision.kind === 'weegploeg' && CASE_OF_MUNICIPALITY.includes(user.role) ? (
        <Paragraph>
          <AppLink to={`/casussen/${decision.casusId}`}>{t('casus.fromDecision.link')}</AppLink>
        </Paragraph>
      ) : work.item.casus === null && decision.casusId && decision.kind === 'weegploeg' ? (
        <Paragraph small>{t('overleg.decision.caseReferenceNote')}</Paragraph>
      ) : null}
    </>
  );
}

function DecisionForm({ work, onRecorded }: { readonly work: ItemWork; readonly onRecorded: () => void }) {
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
  const error = record.error ?? save.error ?? discard.error;
  const fieldError = useFieldErrors(error);
  const other = conflictItem(error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (save.isPending || record.isPending) return;
    setSaved(false);
    setDiscarded(false);
    record.reset();
    discard.reset();
    save.mutate();
  };
  const label = (f: DecisionFieldName) => t(`overleg.decision.fields.${f}`);

  return (
    <>
      <Paragraph>{t(`overleg.decision.intro.${type}`)}</Paragraph>
      {saved ? (
        <Alert type="ok" live>
          <Paragraph>{t('overleg.decision.draftSaved')}</Paragraph>
        </Alert>
      ) : null}
      {discarded ? (
        <Alert type="ok" live>
          <Paragraph>{t('overleg.decision.discarded')}</Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary error={error} fields={summaryFields(type, draft, label, t)} />
      {other ? (
        <OtherVersion
          version={other.decisionDetail?.version ?? other.version}
          items={
            other.decisionDetail
              ? [
                  {
                    key: 'status',
                    label: t('overleg.decision.otherState'),
                    value:
                      other.decisionDetail.status === 'vastgesteld'
                        ? t('overleg.decision.recorded')
                        : t('overleg.decision.draftState'),
                  },
                  {
                    key: 'by',
                    label: t('overleg.decision.otherSavedAt'),
                    value: formatDateTime(other.decisionDetail.recordedAt ?? other.decisionDetail.draftedAt),
                  },
                ]
              : [{ key: 'none', label: t('overleg.decision.otherState'), value: t('overleg.decision.none') }]
          }
        />
      ) : null}
      {other?.decisionDetail ? (
        <DecisionView work={work} decision={other.decisionDetail} effect={null} />
      ) : null}
      <form className="duiden-form" onSubmit={submit} noValidate aria-labelledby="item-decision">
        {type === 'signaleringsoverleg' ? (
          <TriageFields
            draft={draft}
            set={set}
            fieldError={fieldError}
            adviceQuestion={item.signal?.kind === 'adviesvraag'}
          />
        ) : type === 'weegploeg' ? (
          <WeighingFields draft={draft} set={set} setParty={setParty} fieldError={fieldError} />
        ) : (
          <CaseFields draft={draft} set={set} fieldError={fieldError} />
        )}
        <ButtonGroup>
          <Button type="submit" busy={save.isPending}>
            {t('overleg.decision.saveDraft')}
          </Button>
          {item.permissions.recordDecision ? (
            <Button appearance="primary-action" onClick={() => setConfirming(true)}>
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
                discard.mutate();
              }}
            >
              {t('overleg.decision.discard')}
            </Button>
          ) : null}
        </ButtonGroup>
        {item.permissions.recordDecision ? null : (
          <Paragraph small>{t('overleg.decision.chairRecords', { name: meeting.chair.name })}</Paragraph>
        )}
      </form>
      {confirming ? (
        <Confirmation
          title={t('overleg.decision.confirmTitle')}
          confirmLabel={t('overleg.decision.confirm')}
          busy={record.isPending}
          onConfirm={() => {
            setSaved(false);
            save.reset();
            discard.reset();
            record.mutate();
          }}
          onCancel={() => setConfirming(false)}
        >
          <Paragraph>{effectBefore(type, draft, t, item.signal?.kind === 'adviesvraag')}</Paragraph>
          <Paragraph>{t('overleg.decision.confirmFinal')}</Paragraph>
        </Confirmation>
      ) : null}
    </>
  );
}

type DecisionFieldName =
  | 'outcome'
  | 'motivation'
  | 'referredTo'
  | 'fromWhom'
  | 'dueOn'
  | 'included'
  | 'criteria'
  | 'decidedBy'
  | 'reasons'
  | 'decisions'
  | 'nextPhase'
  | 'regisseurUserId';

const fieldId = (name: string) => `decision-${name}`;

function summaryFields(
  type: MeetingType,
  d: DecisionDraft,
  label: (f: DecisionFieldName) => string,
  t: TFunction,
): SummaryField[] {
  if (type === 'signaleringsoverleg') {
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
  if (type === 'weegploeg') {
    const parties = partiesSent(d);
    return [
      { field: 'included', id: radioId(fieldId('included'), 'ja'), label: label('included') },
      { field: 'criteriaWeighed', id: fieldId('criteria'), label: label('criteria') },
      ...Array.from({ length: 20 }, (_, i) => ({
        field: `criteriaWeighed.${i}`,
        id: fieldId('criteria'),
        label: label('criteria'),
      })),
      { field: 'decidedBy', id: fieldId('party-politie'), label: label('decidedBy') },
      ...parties.flatMap((p, i) => [
        { field: `decidedBy.${i}.party`, id: fieldId(`party-${p}`), label: t(`overleg.parties.${p}`) },
        {
          field: `decidedBy.${i}.organisationId`,
          id: fieldId(`party-${p}-organisation`),
          label: t('overleg.decision.partyOrganisation', { party: t(`overleg.parties.${p}`) }),
        },
        {
          field: `decidedBy.${i}.name`,
          id: fieldId(`party-${p}-name`),
          label: t('overleg.decision.partyName', { party: t(`overleg.parties.${p}`) }),
        },
      ]),
      { field: 'reasons', id: fieldId('reasons'), label: label('reasons') },
      { field: 'regisseurUserId', id: fieldId('regisseurUserId'), label: label('regisseurUserId') },
    ];
  }
  return [
    { field: 'decisions', id: fieldId('decisions'), label: label('decisions') },
    { field: 'nextPhase', id: fieldId('nextPhase'), label: label('nextPhase') },
    { field: 'regisseurUserId', id: fieldId('regisseurUserId'), label: label('regisseurUserId') },
  ];
}

interface FieldsProps {
  readonly draft: DecisionDraft;
  readonly set: (change: Partial<DecisionDraft>) => void;
  readonly fieldError: (field: string) => string | undefined;
}

function TriageFields({
  draft,
  set,
  fieldError,
  adviceQuestion,
}: FieldsProps & { readonly adviceQuestion: boolean }) {
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
      <TextAreaField
        id={fieldId('motivation')}
        label={t('overleg.decision.fields.motivation')}
        description={t('overleg.decision.fields.motivationDescription')}
        rows={4}
        value={draft.motivation}
        onValueChange={(motivation) => set({ motivation })}
        error={fieldError('motivation')}
        maxLength={10_000}
        required
      />
    </>
  );
}

function WeighingFields({
  draft,
  set,
  setParty,
  fieldError,
}: FieldsProps & { readonly setParty: (p: WeighingParty, change: Partial<PartyDraft>) => void }) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const organisations = useOrganisations();
  const parties = partiesSent(draft);
  const criteriaError =
    fieldError('criteriaWeighed') ??
    Array.from({ length: 20 }, (_, i) => fieldError(`criteriaWeighed.${i}`)).find(Boolean);
  const partyError = (p: WeighingParty, what: 'party' | 'organisationId' | 'name') => {
    const i = parties.indexOf(p);
    return i < 0 ? undefined : fieldError(`decidedBy.${i}.${what}`);
  };
  return (
    <>
      <RadioGroupField
        id={fieldId('included')}
        legend={t('overleg.decision.fields.included')}
        value={draft.included}
        onValueChange={(included) => set({ included })}
        error={fieldError('included')}
        options={[
          { value: 'ja', label: t('overleg.decision.includedYes') },
          { value: 'nee', label: t('overleg.decision.includedNo') },
        ]}
      />
      <TextAreaField
        id={fieldId('criteria')}
        label={t('overleg.decision.fields.criteria')}
        description={t('overleg.decision.fields.criteriaDescription')}
        rows={4}
        value={draft.criteria}
        onValueChange={(criteria) => set({ criteria })}
        error={criteriaError}
        required
      />
      <Fieldset
        legend={t('overleg.decision.fields.decidedBy')}
        id={fieldId('decidedBy')}
        className="duiden-block"
      >
        <Paragraph small>{t('overleg.decision.fields.decidedByDescription')}</Paragraph>
        {WEIGHING_PARTIES.map((p) => (
          <div key={p}>
            <CheckboxField
              id={fieldId(`party-${p}`)}
              label={t(`overleg.parties.${p}`)}
              checked={draft.parties[p].on}
              onCheckedChange={(on) =>
                setParty(p, {
                  on,
                  organisationId:
                    draft.parties[p].organisationId ||
                    defaultOrganisation(p, organisations.data ?? [], user.tenantId),
                })
              }
              // "Who decided" as a whole is reported at the first party.
              error={
                partyError(p, 'party') ?? (p === WEIGHING_PARTIES[0] ? fieldError('decidedBy') : undefined)
              }
            />
            {draft.parties[p].on ? (
              <>
                <SelectField
                  id={fieldId(`party-${p}-organisation`)}
                  label={t('overleg.decision.partyOrganisation', { party: t(`overleg.parties.${p}`) })}
                  optional
                  value={draft.parties[p].organisationId}
                  onValueChange={(organisationId) => setParty(p, { organisationId })}
                  error={partyError(p, 'organisationId')}
                  placeholder={t('overleg.choose')}
                  options={(organisations.data ?? [])
                    .filter((o) => o.kind !== 'regio')
                    .map((o) => ({ value: o.id, label: o.name }))}
                />
                <TextField
                  id={fieldId(`party-${p}-name`)}
                  label={t('overleg.decision.partyName', { party: t(`overleg.parties.${p}`) })}
                  optional
                  value={draft.parties[p].name}
                  onValueChange={(name) => setParty(p, { name })}
                  error={partyError(p, 'name')}
                  autoComplete="off"
                  maxLength={300}
                />
              </>
            ) : null}
          </div>
        ))}
      </Fieldset>
      {draft.included === 'ja' ? <RegisseurField draft={draft} set={set} fieldError={fieldError} /> : null}
      <TextAreaField
        id={fieldId('reasons')}
        label={t('overleg.decision.fields.reasons')}
        description={t('overleg.decision.fields.reasonsDescription')}
        rows={4}
        value={draft.reasons}
        onValueChange={(reasons) => set({ reasons })}
        error={fieldError('reasons')}
        maxLength={10_000}
        required
      />
    </>
  );
}

function CaseFields({ draft, set, fieldError }: FieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextAreaField
        id={fieldId('decisions')}
        label={t('overleg.decision.fields.decisions')}
        description={t('overleg.decision.fields.decisionsDescription')}
        rows={5}
        value={draft.decisions}
        onValueChange={(decisions) => set({ decisions })}
        error={fieldError('decisions')}
        maxLength={10_000}
        required
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
function RegisseurField({ draft, set, fieldError }: FieldsProps) {
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
