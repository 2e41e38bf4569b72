import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Measure } from '../../../contract/casussen';
import {
  MEASURE_STATUSES,
  MEASURE_TRACKS,
  type MeasureStatus,
  type MeasureTrack,
} from '../../../domain/casus/types';
import { isOneOf } from '../../../domain/melding/types';
import { apiSend } from '../../api';
import { Alert } from '../../ui/alert';
import { Button, ButtonGroup } from '../../ui/button';
import { DataList } from '../../ui/data-list';
import { ErrorSummary } from '../../ui/error-summary';
import { RadioGroupField, radioId, SelectField, TextAreaField, TextField } from '../../ui/form-field';
import { isConflict } from '../../ui/form-send';
import { formatDay } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { Paragraph } from '../../ui/paragraph';
import { LoadError, Loading } from '../../ui/query-state';
import { Section } from '../../ui/section';
import { StatusBadge } from '../../ui/status-badge';
import { useVersionedSave, type Versioned, type VersionedSave } from '../../ui/use-versioned-save';
import { VersionedForm } from '../../ui/versioned-form';
import { useOrganisations } from '../beheer/users-api';
import { MeasureResultPart } from '../evaluatie/measure-result-form';
import { Confirmation } from '../overleggen/overleg-ui';
import { useCaseOfPage } from './case-context';
import {
  casePath,
  conflictMeasure,
  reloadCase,
  useCatalogue,
  useMeasures,
  usePartnerStaff,
} from './casus-api';
import { useLabel } from './casus-ui';

const OWN = 'eigen';

const STATUS_BADGE = {
  gepland: 'neutral',
  lopend: 'warning',
  afgerond: 'success',
  gestopt: 'inactive',
} as const;

function MeasureStatusBadge({ status }: { readonly status: MeasureStatus }) {
  const { t } = useTranslation();
  return <StatusBadge status={STATUS_BADGE[status]}>{t(`casus.measureStatuses.${status}`)}</StatusBadge>;
}

/** The organisations that can own a measure: the municipality and its partners. */
function useOwnerOrganisations() {
  const organisations = useOrganisations();
  return (organisations.data ?? []).filter((o) => o.kind !== 'regio');
}

/**
 * The measures of the plan in the three tracks. The regie adds and changes them; a partner updates the
 * dates, status and evaluation of its own organisation's measures. An evaluation is words, never a score.
 */
export function CaseMeasures() {
  const { t } = useTranslation();
  const c = useCaseOfPage();
  const measures = useMeasures(c.id);
  const open = c.phase !== 'afgesloten';
  return (
    <section aria-labelledby="case-measures" className="duiden-section">
      <Heading level={2} id="case-measures">
        {t('casus.measures.title')}
      </Heading>
      <Paragraph>{t('casus.measures.intro')}</Paragraph>
      {measures.isPending ? <Loading /> : null}
      {measures.error ? <LoadError error={measures.error} /> : null}
      {measures.data
        ? MEASURE_TRACKS.map((track) => {
            const inTrack = (measures.data ?? []).filter((m) => m.track === track);
            return (
              <section key={track} aria-labelledby={`measures-${track}`}>
                <Heading level={3} id={`measures-${track}`}>
                  {t('casus.measures.trackTitle', { track: t(`casus.tracks.${track}`) })}
                </Heading>
                {inTrack.length === 0 ? (
                  <Paragraph>{t('casus.measures.noneInTrack')}</Paragraph>
                ) : (
                  inTrack.map((m) => <MeasureBlock key={m.id} measure={m} open={open} />)
                )}
              </section>
            );
          })
        : null}
      {c.access === 'regie' && open ? <AddMeasure /> : null}
    </section>
  );
}

function MeasureDetails({ measure: m }: { readonly measure: Measure }) {
  const { t } = useTranslation();
  const none = t('common.none');
  const period =
    m.startsOn || m.endsOn
      ? t('casus.measures.period', {
          from: m.startsOn ? formatDay(m.startsOn) : none,
          to: m.endsOn ? formatDay(m.endsOn) : none,
        })
      : none;
  return (
    <DataList
      items={[
        { key: 'status', label: t('casus.measures.status'), value: <MeasureStatusBadge status={m.status} /> },
        {
          key: 'owner',
          label: t('casus.measures.owner'),
          value: m.owner.user
            ? `${m.owner.organisation.name}, ${m.owner.user.name}`
            : m.owner.organisation.name,
        },
        ...(m.legalBasis || m.track === 'bestuurlijk'
          ? [{ key: 'legalBasis', label: t('casus.measures.legalBasis'), value: m.legalBasis || none }]
          : []),
        { key: 'period', label: t('casus.measures.periodLabel'), value: period },
        {
          key: 'result',
          label: t('casus.measures.evaluationResult'),
          value: m.evaluation.result ? <span className="duiden-prewrap">{m.evaluation.result}</span> : none,
        },
        {
          key: 'whatWorked',
          label: t('casus.measures.evaluationWhatWorked'),
          value: m.evaluation.whatWorked ? (
            <span className="duiden-prewrap">{m.evaluation.whatWorked}</span>
          ) : (
            none
          ),
        },
      ]}
    />
  );
}

function MeasureBlock({ measure: m, open }: { readonly measure: Measure; readonly open: boolean }) {
  const { t } = useTranslation();
  const c = useCaseOfPage();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [changed, setChanged] = useState(false);
  const remove = useMutation({
    mutationFn: () =>
      apiSend('DELETE', `${casePath(c.id)}/maatregelen/${encodeURIComponent(m.id)}?version=${m.version}`),
    onSuccess: () => reloadCase(queryClient, c.id),
    onError: (error) => {
      setRemoving(false);
      if (isConflict(error)) void reloadCase(queryClient, c.id);
    },
  });
  const headingId = `measure-${m.id}`;
  const heading = useRef<HTMLHeadingElement>(null);
  const closeEdit = () => {
    setEditing(false);
    // After the form is gone (next frame), back to the measure's heading.
    requestAnimationFrame(() => heading.current?.focus());
  };
  return (
    <article className="duiden-case-block" aria-labelledby={headingId}>
      {/* Takes focus when the edit form closes, so keyboard users stay at this measure. */}
      <h4 className="utrecht-heading-4" id={headingId} ref={heading} tabIndex={-1}>
        {m.title}
      </h4>
      {changed ? (
        <Alert type="ok" live>
          <Paragraph>{t('casus.measures.changed')}</Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary error={remove.error} fields={[]} />
      {editing ? (
        <MeasureEdit
          measure={m}
          onDone={() => {
            setChanged(true);
            closeEdit();
          }}
          onCancel={closeEdit}
        />
      ) : (
        <>
          <MeasureDetails measure={m} />
          <MeasureResultPart measure={m} open={open} />
          {open && (m.mayEdit || c.access === 'regie') ? (
            <ButtonGroup>
              {m.mayEdit ? (
                <Button
                  onClick={() => {
                    setChanged(false);
                    setEditing(true);
                  }}
                >
                  {t('casus.measures.edit', { title: m.title })}
                </Button>
              ) : null}
              {c.access === 'regie' && !removing ? (
                <Button appearance="subtle" danger onClick={() => setRemoving(true)}>
                  {t('casus.measures.remove', { title: m.title })}
                </Button>
              ) : null}
            </ButtonGroup>
          ) : null}
          {removing ? (
            <Confirmation
              title={t('casus.measures.removeConfirmTitle', { title: m.title })}
              confirmLabel={t('casus.measures.removeConfirm')}
              busy={remove.isPending}
              onConfirm={() => remove.mutate()}
              onCancel={() => setRemoving(false)}
            >
              <Paragraph>{t('casus.measures.removeConfirmText')}</Paragraph>
            </Confirmation>
          ) : null}
        </>
      )}
    </article>
  );
}

/** The owner and the legal basis of a measure, the same when adding one and when changing one. */
interface OwnerDraft {
  readonly ownerOrganisationId: string;
  readonly ownerUserId: string;
  readonly legalBasis: string;
}

function MeasureOwnerFields({
  save,
  ids,
  track,
  adding = false,
}: {
  readonly save: VersionedSave<OwnerDraft, unknown, Versioned>;
  readonly ids: { readonly owner: string; readonly ownerUser: string; readonly legalBasis: string };
  readonly track: MeasureTrack | null;
  /** A new measure has no owner yet: the choice starts empty and says what an owner does. */
  readonly adding?: boolean;
}) {
  const { t } = useTranslation();
  const owners = useOwnerOrganisations();
  const { draft, bind } = save;
  const ownerIsPartner = owners.find((o) => o.id === draft.ownerOrganisationId)?.kind === 'partner';
  const staff = usePartnerStaff(ownerIsPartner ? draft.ownerOrganisationId : '');
  return (
    <>
      <SelectField
        id={ids.owner}
        label={t('casus.measures.ownerOrganisation')}
        {...(adding
          ? { description: t('casus.measures.ownerDescription'), placeholder: t('casus.choose') }
          : {})}
        value={draft.ownerOrganisationId}
        onValueChange={(v) => save.set({ ownerOrganisationId: v, ownerUserId: '' })}
        error={save.fieldError('ownerOrganisationId')}
        options={owners.map((o) => ({ value: o.id, label: o.name }))}
        required
      />
      {ownerIsPartner ? (
        <SelectField
          id={ids.ownerUser}
          label={t('casus.measures.ownerPerson')}
          {...bind('ownerUserId')}
          placeholder={t('casus.participants.wholeOrganisation')}
          options={(staff.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
          optional
        />
      ) : null}
      <TextField
        id={ids.legalBasis}
        label={t('casus.measures.legalBasis')}
        description={t('casus.measures.legalBasisDescription')}
        {...bind('legalBasis')}
        maxLength={300}
        optional={track !== 'bestuurlijk'}
        required={track === 'bestuurlijk'}
      />
    </>
  );
}

/** When a measure runs: two optional days side by side. */
function MeasurePeriodFields({
  save,
  ids,
}: {
  readonly save: VersionedSave<{ readonly startsOn: string; readonly endsOn: string }, unknown, Versioned>;
  readonly ids: { readonly startsOn: string; readonly endsOn: string };
}) {
  const { t } = useTranslation();
  return (
    <div className="duiden-filters">
      {(['startsOn', 'endsOn'] as const).map((key) => (
        <TextField
          key={key}
          id={ids[key]}
          type="date"
          label={t(`casus.measures.${key}`)}
          {...save.bind(key)}
          optional
        />
      ))}
    </div>
  );
}

interface MeasureDraft {
  status: string;
  startsOn: string;
  endsOn: string;
  legalBasis: string;
  ownerOrganisationId: string;
  ownerUserId: string;
  evaluationResult: string;
  evaluationWhatWorked: string;
}

function draftOf(m: Measure): MeasureDraft {
  return {
    status: m.status,
    startsOn: m.startsOn ?? '',
    endsOn: m.endsOn ?? '',
    legalBasis: m.legalBasis ?? '',
    ownerOrganisationId: m.owner.organisation.id,
    ownerUserId: m.owner.user?.id ?? '',
    evaluationResult: m.evaluation.result ?? '',
    evaluationWhatWorked: m.evaluation.whatWorked ?? '',
  };
}

/**
 * Changing a measure. A partner sends only what it may change (dates, status, evaluation); the regie also
 * the owner and the legal basis. On 409 the version saved meanwhile is shown and the input stays.
 */
function MeasureEdit({
  measure: m,
  onDone,
  onCancel,
}: {
  readonly measure: Measure;
  readonly onDone: () => void;
  readonly onCancel: () => void;
}) {
  const { t } = useTranslation();
  const c = useCaseOfPage();
  const queryClient = useQueryClient();
  const regie = c.access === 'regie';
  const save = useVersionedSave({
    initial: () => draftOf(m),
    version: m.version,
    send: (draft: MeasureDraft, version) =>
      apiSend('PATCH', `${casePath(c.id)}/maatregelen/${encodeURIComponent(m.id)}`, {
        version,
        status: draft.status,
        startsOn: draft.startsOn || null,
        endsOn: draft.endsOn || null,
        evaluationResult: draft.evaluationResult,
        evaluationWhatWorked: draft.evaluationWhatWorked,
        ...(regie
          ? {
              legalBasis: draft.legalBasis || null,
              ownerOrganisationId: draft.ownerOrganisationId,
              ownerUserId: draft.ownerUserId || null,
            }
          : {}),
      }),
    conflict: conflictMeasure,
    onSaved: async () => {
      await reloadCase(queryClient, c.id);
      onDone();
    },
    onConflict: () => void reloadCase(queryClient, c.id),
  });
  const { draft, bind } = save;
  const id = (name: string) => `measure-${m.id}-${name}`;
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    // The edit button is replaced by this form: focus its first field instead of losing focus.
    form.current?.querySelector<HTMLElement>('select, input, textarea')?.focus();
  }, []);
  return (
    <VersionedForm
      save={save}
      fields={[
        { field: 'ownerOrganisationId', id: id('owner'), label: t('casus.measures.ownerOrganisation') },
        { field: 'ownerUserId', id: id('ownerUser'), label: t('casus.measures.ownerPerson') },
        { field: 'legalBasis', id: id('legalBasis'), label: t('casus.measures.legalBasis') },
        { field: 'status', id: id('status'), label: t('casus.measures.status') },
        { field: 'startsOn', id: id('startsOn'), label: t('casus.measures.startsOn') },
        { field: 'endsOn', id: id('endsOn'), label: t('casus.measures.endsOn') },
        { field: 'evaluationResult', id: id('result'), label: t('casus.measures.evaluationResult') },
        {
          field: 'evaluationWhatWorked',
          id: id('whatWorked'),
          label: t('casus.measures.evaluationWhatWorked'),
        },
      ]}
      otherItems={(other) => [
        {
          key: 'status',
          label: t('casus.measures.status'),
          value: t(`casus.measureStatuses.${other.status}`),
        },
        {
          key: 'period',
          label: t('casus.measures.periodLabel'),
          value: `${other.startsOn ? formatDay(other.startsOn) : '–'} – ${other.endsOn ? formatDay(other.endsOn) : '–'}`,
        },
        {
          key: 'result',
          label: t('casus.measures.evaluationResult'),
          value: other.evaluation.result || t('common.none'),
        },
        {
          key: 'whatWorked',
          label: t('casus.measures.evaluationWhatWorked'),
          value: other.evaluation.whatWorked || t('common.none'),
        },
      ]}
      submitLabel={t('casus.measures.save')}
      moreActions={<Button onClick={onCancel}>{t('casus.confirmCancel')}</Button>}
      id={id('form')}
      formRef={form}
      label={t('casus.measures.editForm', { title: m.title })}
    >
      {regie ? (
        <MeasureOwnerFields
          save={save}
          ids={{ owner: id('owner'), ownerUser: id('ownerUser'), legalBasis: id('legalBasis') }}
          track={m.track}
        />
      ) : null}
      <SelectField
        id={id('status')}
        label={t('casus.measures.status')}
        {...bind('status')}
        options={MEASURE_STATUSES.map((s) => ({ value: s, label: t(`casus.measureStatuses.${s}`) }))}
      />
      <MeasurePeriodFields save={save} ids={{ startsOn: id('startsOn'), endsOn: id('endsOn') }} />
      <TextAreaField
        id={id('result')}
        label={t('casus.measures.evaluationResult')}
        description={t('casus.measures.evaluationResultDescription')}
        rows={3}
        {...bind('evaluationResult')}
        maxLength={4000}
        optional={!isOneOf(['afgerond', 'gestopt'] as const, draft.status)}
      />
      <TextAreaField
        id={id('whatWorked')}
        label={t('casus.measures.evaluationWhatWorked')}
        rows={3}
        {...bind('evaluationWhatWorked')}
        maxLength={4000}
        optional
      />
    </VersionedForm>
  );
}

interface NewMeasure {
  track: string;
  catalogue: string;
  title: string;
  ownerOrganisationId: string;
  ownerUserId: string;
  legalBasis: string;
  startsOn: string;
  endsOn: string;
  status: string;
}

const EMPTY: NewMeasure = {
  track: '',
  catalogue: '',
  title: '',
  ownerOrganisationId: '',
  ownerUserId: '',
  legalBasis: '',
  startsOn: '',
  endsOn: '',
  status: 'gepland',
};

const trackOf = (draft: NewMeasure): MeasureTrack | null =>
  isOneOf(MEASURE_TRACKS, draft.track) ? draft.track : null;

/** A new measure: from the municipality's catalogue for its track, or described in own words. */
function AddMeasure() {
  const { t } = useTranslation();
  const c = useCaseOfPage();
  const queryClient = useQueryClient();
  const label = useLabel();
  const catalogue = useCatalogue();
  const save = useVersionedSave({
    initial: EMPTY,
    resetTo: EMPTY,
    send: (draft) => {
      const track = trackOf(draft);
      return apiSend('POST', `${casePath(c.id)}/maatregelen`, {
        track: track ?? undefined,
        ...(draft.catalogue === OWN || draft.catalogue === ''
          ? { title: draft.title || undefined }
          : { catalogueId: draft.catalogue }),
        ownerOrganisationId: draft.ownerOrganisationId || undefined,
        ownerUserId: draft.ownerUserId || null,
        legalBasis: draft.legalBasis || null,
        startsOn: draft.startsOn || null,
        endsOn: draft.endsOn || null,
        status: draft.status,
      });
    },
    onSaved: () => reloadCase(queryClient, c.id),
  });
  const { draft, set, fieldError, bind } = save;
  const track = trackOf(draft);
  const entries = (catalogue.data ?? []).filter((e) => e.active && e.track === track);
  const own = draft.catalogue === OWN;
  const chooseEntry = (value: string) => {
    const entry = entries.find((e) => e.id === value);
    // The catalogue's legal basis is a starting point the regie can complete (article, decision).
    set({
      catalogue: value,
      ...(entry?.legalBasis && !draft.legalBasis ? { legalBasis: entry.legalBasis } : {}),
    });
  };
  const titleOf = (sent: NewMeasure) => {
    const entry = (catalogue.data ?? []).find((e) => e.id === sent.catalogue);
    return entry ? label(entry.label) : sent.title;
  };
  return (
    <Section id="measure-add" title={t('casus.measures.addTitle')} level={3}>
      <VersionedForm
        save={save}
        savedMessage={({ sent }) => t('casus.measures.added', { title: titleOf(sent) })}
        fields={[
          {
            field: 'track',
            id: radioId('measure-track', MEASURE_TRACKS[0]),
            label: t('casus.measures.track'),
          },
          { field: 'catalogueId', id: 'measure-catalogue', label: t('casus.measures.catalogue') },
          {
            field: 'title',
            id: own ? 'measure-title' : 'measure-catalogue',
            label: t('casus.measures.titleLabel'),
          },
          { field: 'ownerOrganisationId', id: 'measure-owner', label: t('casus.measures.ownerOrganisation') },
          { field: 'ownerUserId', id: 'measure-owner-user', label: t('casus.measures.ownerPerson') },
          { field: 'legalBasis', id: 'measure-legal-basis', label: t('casus.measures.legalBasis') },
          { field: 'startsOn', id: 'measure-starts', label: t('casus.measures.startsOn') },
          { field: 'endsOn', id: 'measure-ends', label: t('casus.measures.endsOn') },
          { field: 'status', id: 'measure-status', label: t('casus.measures.status') },
        ]}
        submitLabel={t('casus.measures.addSubmit')}
        labelledBy="measure-add"
      >
        <RadioGroupField
          id="measure-track"
          legend={t('casus.measures.track')}
          value={draft.track}
          onValueChange={(v) => set({ track: v, catalogue: '' })}
          error={fieldError('track')}
          options={MEASURE_TRACKS.map((tr) => ({
            value: tr,
            label: t(`casus.tracks.${tr}`),
            description: t(`casus.measures.trackHints.${tr}`),
          }))}
        />
        {track ? (
          <SelectField
            id="measure-catalogue"
            label={t('casus.measures.catalogue')}
            value={draft.catalogue}
            onValueChange={chooseEntry}
            error={fieldError('catalogueId') ?? (own ? undefined : fieldError('title'))}
            placeholder={t('casus.choose')}
            options={[
              ...entries.map((e) => ({ value: e.id, label: label(e.label) })),
              { value: OWN, label: t('casus.measures.ownMeasure') },
            ]}
            required
          />
        ) : null}
        {own ? (
          <TextField
            id="measure-title"
            label={t('casus.measures.titleLabel')}
            {...bind('title')}
            maxLength={200}
            required
          />
        ) : null}
        <MeasureOwnerFields
          save={save}
          ids={{ owner: 'measure-owner', ownerUser: 'measure-owner-user', legalBasis: 'measure-legal-basis' }}
          track={track}
          adding
        />
        <MeasurePeriodFields save={save} ids={{ startsOn: 'measure-starts', endsOn: 'measure-ends' }} />
        <SelectField
          id="measure-status"
          label={t('casus.measures.status')}
          {...bind('status')}
          options={MEASURE_STATUSES.filter((s) => s === 'gepland' || s === 'lopend').map((s) => ({
            value: s,
            label: t(`casus.measureStatuses.${s}`),
          }))}
        />
      </VersionedForm>
    </Section>
  );
}
