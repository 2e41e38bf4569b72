import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Network, NetworkPerson } from '../../../contract/casus-network';
import {
  NETWORK_LINK_KINDS,
  NETWORK_RELATIONS,
  type NetworkLinkKind,
  type NetworkRelation,
} from '../../../domain/casus/network';
import { apiSend } from '../../api';
import { Alert } from '../../ui/alert';
import { Button, ButtonGroup } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../ui/form-field';
import { Heading } from '../../ui/heading';
import { Paragraph } from '../../ui/paragraph';
import { useFieldErrors } from '../../ui/problem';
import { casePath, isConflict, reloadCase } from './casus-api';

interface PersonDraft {
  name: string;
  relation: NetworkRelation | '';
  relationNote: string;
  vulnerability: string;
  preventiveCare: boolean;
  preventiveCareNote: string;
  linkedPersonId: string;
  linkedCasusId: string;
}

const emptyPerson: PersonDraft = {
  name: '',
  relation: '',
  relationNote: '',
  vulnerability: '',
  preventiveCare: false,
  preventiveCareNote: '',
  linkedPersonId: '',
  linkedCasusId: '',
};

const draftOf = (p: NetworkPerson): PersonDraft => ({
  name: p.name,
  relation: p.relation,
  relationNote: p.relationNote,
  vulnerability: p.vulnerability,
  preventiveCare: p.preventiveCare,
  preventiveCareNote: p.preventiveCareNote,
  linkedPersonId: p.linkedPerson?.id ?? '',
  linkedCasusId: p.linkedCase?.id ?? '',
});

/**
 * Adding a person to the network, or changing one (with the version last read: a 409 shows that someone
 * else changed the person, and the next save builds on their version).
 */
export function NetworkPersonForm({
  caseId,
  editing,
  onDone,
}: {
  readonly caseId: string;
  readonly editing: NetworkPerson | null;
  readonly onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<PersonDraft>(() => (editing ? draftOf(editing) : emptyPerson));
  const [done, setDone] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: () => {
      const body = {
        name: draft.name,
        relation: draft.relation,
        relationNote: draft.relationNote,
        vulnerability: draft.vulnerability,
        preventiveCare: draft.preventiveCare,
        preventiveCareNote: draft.preventiveCareNote,
        linkedPersonId: draft.linkedPersonId.trim() || null,
        linkedCasusId: draft.linkedCasusId.trim() || null,
      };
      return editing
        ? apiSend('PUT', `${casePath(caseId)}/netwerk/personen/${editing.id}`, {
            ...body,
            version: editing.version,
          })
        : apiSend('POST', `${casePath(caseId)}/netwerk/personen`, body);
    },
    onSuccess: () => {
      setDone(editing ? t('casus.network.saved') : t('casus.network.added', { name: draft.name.trim() }));
      if (!editing) setDraft(emptyPerson);
      void reloadCase(queryClient, caseId);
      if (editing) onDone();
    },
    onError: (error) => {
      if (isConflict(error)) void reloadCase(queryClient, caseId);
    },
  });
  const fieldError = useFieldErrors(save.error);
  const set = (change: Partial<PersonDraft>) => {
    setDone(null);
    setDraft((d) => ({ ...d, ...change }));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!save.isPending) save.mutate();
  };
  const prefix = editing ? 'np-edit' : 'np';
  const fields = [
    { field: 'name', id: `${prefix}-name`, label: t('casus.network.name') },
    { field: 'relation', id: `${prefix}-relation`, label: t('casus.network.relation') },
    { field: 'relationNote', id: `${prefix}-relation-note`, label: t('casus.network.relationNote') },
    { field: 'vulnerability', id: `${prefix}-vulnerability`, label: t('casus.network.vulnerability') },
    { field: 'preventiveCareNote', id: `${prefix}-care-note`, label: t('casus.network.preventiveCareNote') },
    { field: 'linkedPersonId', id: `${prefix}-linked-person`, label: t('casus.network.linkedPersonId') },
    { field: 'linkedCasusId', id: `${prefix}-linked-case`, label: t('casus.network.linkedCasusId') },
  ];
  const headingId = `${prefix}-heading`;
  return (
    <section className="duiden-case-block" aria-labelledby={headingId}>
      <Heading level={3} id={headingId}>
        {editing ? t('casus.network.editTitle', { name: editing.name }) : t('casus.network.addTitle')}
      </Heading>
      {done ? (
        <Alert type="ok" live>
          <Paragraph>{done}</Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary error={save.error} fields={fields} />
      <form className="duiden-form" onSubmit={submit} noValidate aria-labelledby={headingId}>
        <TextField
          id={`${prefix}-name`}
          label={t('casus.network.name')}
          value={draft.name}
          onValueChange={(name) => set({ name })}
          error={fieldError('name')}
          maxLength={200}
          autoComplete="off"
        />
        <SelectField
          id={`${prefix}-relation`}
          label={t('casus.network.relation')}
          value={draft.relation}
          onValueChange={(v) => set({ relation: v as NetworkRelation })}
          placeholder={t('casus.network.choose')}
          options={NETWORK_RELATIONS.map((r) => ({ value: r, label: t(`casus.network.relations.${r}`) }))}
          error={fieldError('relation')}
        />
        {draft.relation === 'anders' || draft.relation === 'ander_familielid' ? (
          <TextField
            id={`${prefix}-relation-note`}
            label={t('casus.network.relationNote')}
            description={t('casus.network.relationNoteDescription')}
            value={draft.relationNote}
            onValueChange={(relationNote) => set({ relationNote })}
            error={fieldError('relationNote')}
            maxLength={200}
          />
        ) : null}
        <TextAreaField
          id={`${prefix}-vulnerability`}
          label={t('casus.network.vulnerability')}
          description={t('casus.network.vulnerabilityDescription')}
          optional
          rows={3}
          value={draft.vulnerability}
          onValueChange={(vulnerability) => set({ vulnerability })}
          error={fieldError('vulnerability')}
          maxLength={4000}
        />
        <CheckboxField
          id={`${prefix}-care`}
          label={t('casus.network.preventiveCare')}
          checked={draft.preventiveCare}
          onCheckedChange={(preventiveCare) => set({ preventiveCare })}
        />
        {draft.preventiveCare ? (
          <TextAreaField
            id={`${prefix}-care-note`}
            label={t('casus.network.preventiveCareNote')}
            rows={2}
            value={draft.preventiveCareNote}
            onValueChange={(preventiveCareNote) => set({ preventiveCareNote })}
            error={fieldError('preventiveCareNote')}
            maxLength={2000}
          />
        ) : null}
        <TextField
          id={`${prefix}-linked-person`}
          label={t('casus.network.linkedPersonId')}
          description={t('casus.network.linkedPersonDescription')}
          optional
          value={draft.linkedPersonId}
          onValueChange={(linkedPersonId) => set({ linkedPersonId })}
          error={fieldError('linkedPersonId')}
          autoComplete="off"
        />
        <TextField
          id={`${prefix}-linked-case`}
          label={t('casus.network.linkedCasusId')}
          description={t('casus.network.linkedCasusDescription')}
          optional
          value={draft.linkedCasusId}
          onValueChange={(linkedCasusId) => set({ linkedCasusId })}
          error={fieldError('linkedCasusId')}
          autoComplete="off"
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action" busy={save.isPending}>
            {editing ? t('casus.network.save') : t('casus.network.add')}
          </Button>
          {editing ? <Button onClick={onDone}>{t('casus.network.cancel')}</Button> : null}
        </ButtonGroup>
      </form>
    </section>
  );
}

/** Recording a relation between two persons of the network (for example two brothers). */
export function NetworkRelationForm({
  caseId,
  network,
}: {
  readonly caseId: string;
  readonly network: Network;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [kind, setKind] = useState<NetworkLinkKind | ''>('');
  const [note, setNote] = useState('');
  const [done, setDone] = useState(false);
  const save = useMutation({
    mutationFn: () =>
      apiSend('POST', `${casePath(caseId)}/netwerk/relaties`, {
        fromPersonId: from,
        toPersonId: to,
        kind,
        note,
      }),
    onSuccess: () => {
      setDone(true);
      setFrom('');
      setTo('');
      setKind('');
      setNote('');
      void reloadCase(queryClient, caseId);
    },
  });
  const fieldError = useFieldErrors(save.error);
  if (network.persons.length < 2) return <Paragraph>{t('casus.network.needTwo')}</Paragraph>;
  const people = network.persons.map((p) => ({ value: p.id, label: p.name }));
  const fields = [
    { field: 'fromPersonId', id: 'nr-from', label: t('casus.network.from') },
    { field: 'toPersonId', id: 'nr-to', label: t('casus.network.to') },
    { field: 'kind', id: 'nr-kind', label: t('casus.network.kind') },
    { field: 'note', id: 'nr-note', label: t('casus.network.note') },
  ];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!save.isPending) save.mutate();
  };
  return (
    <section className="duiden-case-block" aria-labelledby="nr-heading">
      <Heading level={3} id="nr-heading">
        {t('casus.network.relationTitle')}
      </Heading>
      {done ? (
        <Alert type="ok" live>
          <Paragraph>{t('casus.network.relationAdded')}</Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary error={save.error} fields={fields} />
      <form className="duiden-form" onSubmit={submit} noValidate aria-labelledby="nr-heading">
        <SelectField
          id="nr-from"
          label={t('casus.network.from')}
          value={from}
          onValueChange={(v) => {
            setDone(false);
            setFrom(v);
          }}
          placeholder={t('casus.network.choose')}
          options={people}
          error={fieldError('fromPersonId')}
        />
        <SelectField
          id="nr-kind"
          label={t('casus.network.kind')}
          value={kind}
          onValueChange={(v) => setKind(v as NetworkLinkKind)}
          placeholder={t('casus.network.choose')}
          options={NETWORK_LINK_KINDS.map((k) => ({ value: k, label: t(`casus.network.links.${k}`) }))}
          error={fieldError('kind')}
        />
        <SelectField
          id="nr-to"
          label={t('casus.network.to')}
          value={to}
          onValueChange={setTo}
          placeholder={t('casus.network.choose')}
          options={people}
          error={fieldError('toPersonId')}
        />
        <TextField
          id="nr-note"
          label={t('casus.network.note')}
          optional
          value={note}
          onValueChange={setNote}
          error={fieldError('note')}
          maxLength={200}
        />
        <Button type="submit" appearance="primary-action" busy={save.isPending}>
          {t('casus.network.addRelation')}
        </Button>
      </form>
    </section>
  );
}
