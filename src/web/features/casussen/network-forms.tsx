import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Network, NetworkPerson } from '../../../contract/casus-network';
import {
  NETWORK_LINK_KINDS,
  NETWORK_RELATIONS,
  type NetworkLinkKind,
  type NetworkRelation,
} from '../../../domain/casus/network';
import { apiSend } from '../../api';
import { Button } from '../../ui/button';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../ui/form-field';
import { fieldTable, useFormFields } from '../../ui/form-fields';
import { Paragraph } from '../../ui/paragraph';
import { Section } from '../../ui/section';
import { useVersionedSave } from '../../ui/use-versioned-save';
import { VersionedForm } from '../../ui/versioned-form';
import { casePath, reloadCase } from './casus-api';
import { LinkedPersonField } from './linked-person-field';

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

interface RelationDraft {
  from: string;
  to: string;
  kind: NetworkLinkKind | '';
  note: string;
}

const emptyRelation: RelationDraft = { from: '', to: '', kind: '', note: '' };

/** The fields of a person of the network, in the order of the form, with the end of their input's id. */
const PERSON_IDS = {
  name: 'name',
  relation: 'relation',
  relationNote: 'relation-note',
  vulnerability: 'vulnerability',
  preventiveCareNote: 'care-note',
  linkedPersonId: 'linked-person',
  linkedCasusId: 'linked-case',
} as const;

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
  // Each person added starts the look-up of a linked person afresh.
  const [added, setAdded] = useState(0);
  const save = useVersionedSave({
    initial: () => (editing ? draftOf(editing) : emptyPerson),
    ...(editing ? { version: editing.version } : { resetTo: emptyPerson }),
    send: (draft: PersonDraft, version) => {
      const body = {
        name: draft.name,
        relation: draft.relation,
        relationNote: draft.relationNote,
        vulnerability: draft.vulnerability,
        preventiveCare: draft.preventiveCare,
        preventiveCareNote: draft.preventiveCareNote,
        linkedPersonId: draft.linkedPersonId || null,
        linkedCasusId: draft.linkedCasusId.trim() || null,
      };
      return editing
        ? apiSend('PUT', `${casePath(caseId)}/netwerk/personen/${editing.id}`, { ...body, version })
        : apiSend('POST', `${casePath(caseId)}/netwerk/personen`, body);
    },
    onSaved: () => {
      void reloadCase(queryClient, caseId);
      if (editing) onDone();
      else setAdded((n) => n + 1);
    },
    onConflict: () => void reloadCase(queryClient, caseId),
  });
  const { draft, set } = save;
  const prefix = editing ? 'np-edit' : 'np';
  const named = (name: keyof typeof PERSON_IDS) => ({
    id: `${prefix}-${PERSON_IDS[name]}`,
    label: t(`casus.network.${name}`),
  });
  const { summary, bind } = useFormFields(
    save.error,
    fieldTable(Object.keys(PERSON_IDS) as Array<keyof typeof PERSON_IDS>, named),
    save,
  );
  const headingId = `${prefix}-heading`;
  return (
    <Section
      id={headingId}
      title={editing ? t('casus.network.editTitle', { name: editing.name }) : t('casus.network.addTitle')}
      level={3}
      className="duiden-case-block"
    >
      <VersionedForm
        save={save}
        fields={summary}
        savedMessage={({ sent }) =>
          editing ? t('casus.network.saved') : t('casus.network.added', { name: sent.name.trim() })
        }
        submitLabel={editing ? t('casus.network.save') : t('casus.network.add')}
        moreActions={editing ? <Button onClick={onDone}>{t('casus.network.cancel')}</Button> : null}
        labelledBy={headingId}
      >
        <TextField {...bind('name')} maxLength={200} autoComplete="off" />
        <SelectField
          {...bind('relation')}
          placeholder={t('casus.network.choose')}
          options={NETWORK_RELATIONS.map((r) => ({ value: r, label: t(`casus.network.relations.${r}`) }))}
        />
        {draft.relation === 'anders' || draft.relation === 'ander_familielid' ? (
          <TextField
            {...bind('relationNote')}
            description={t('casus.network.relationNoteDescription')}
            maxLength={200}
          />
        ) : null}
        <TextAreaField
          {...bind('vulnerability')}
          description={t('casus.network.vulnerabilityDescription')}
          optional
          rows={3}
          maxLength={4000}
        />
        <CheckboxField
          id={`${prefix}-care`}
          label={t('casus.network.preventiveCare')}
          checked={draft.preventiveCare}
          onCheckedChange={(preventiveCare) => set({ preventiveCare })}
        />
        {draft.preventiveCare ? (
          <TextAreaField {...bind('preventiveCareNote')} rows={2} maxLength={2000} />
        ) : null}
        <LinkedPersonField key={added} {...bind('linkedPersonId')} current={editing?.linkedPerson ?? null} />
        <TextField
          {...bind('linkedCasusId')}
          description={t('casus.network.linkedCasusDescription')}
          optional
          autoComplete="off"
        />
      </VersionedForm>
    </Section>
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
  const save = useVersionedSave({
    initial: emptyRelation,
    resetTo: emptyRelation,
    send: (draft: RelationDraft) =>
      apiSend('POST', `${casePath(caseId)}/netwerk/relaties`, {
        fromPersonId: draft.from,
        toPersonId: draft.to,
        kind: draft.kind,
        note: draft.note,
      }),
    onSaved: () => void reloadCase(queryClient, caseId),
  });
  const { summary, bind } = useFormFields(
    save.error,
    {
      from: { id: 'nr-from', field: 'fromPersonId', label: t('casus.network.from') },
      to: { id: 'nr-to', field: 'toPersonId', label: t('casus.network.to') },
      kind: { id: 'nr-kind', label: t('casus.network.kind') },
      note: { id: 'nr-note', label: t('casus.network.note') },
    },
    save,
  );
  if (network.persons.length < 2) return <Paragraph>{t('casus.network.needTwo')}</Paragraph>;
  const people = network.persons.map((p) => ({ value: p.id, label: p.name }));
  const choose = t('casus.network.choose');
  return (
    <Section id="nr-heading" title={t('casus.network.relationTitle')} level={3} className="duiden-case-block">
      <VersionedForm
        save={save}
        fields={summary}
        savedMessage={t('casus.network.relationAdded')}
        submitLabel={t('casus.network.addRelation')}
        labelledBy="nr-heading"
      >
        <SelectField {...bind('from')} placeholder={choose} options={people} />
        <SelectField
          {...bind('kind')}
          placeholder={choose}
          options={NETWORK_LINK_KINDS.map((k) => ({ value: k, label: t(`casus.network.links.${k}`) }))}
        />
        <SelectField {...bind('to')} placeholder={choose} options={people} />
        <TextField {...bind('note')} optional maxLength={200} />
      </VersionedForm>
    </Section>
  );
}
