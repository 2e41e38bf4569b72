import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Changed } from '../../../contract/overleggen';
import { apiSend } from '../../api';
import { useSignedInUser } from '../../session';
import { RadioGroupField, SelectField, TextAreaField, TextField } from '../../ui/form-field';
import { FormFrame } from '../../ui/form-frame';
import { useFormSend } from '../../ui/form-send';
import { Heading } from '../../ui/heading';
import { Paragraph } from '../../ui/paragraph';
import { useOrganisations } from '../beheer/users-api';
import { ActionsTable } from './actions-table';
import type { ItemWork } from './item-page';
import type { PersonOption } from './overleggen-api';

/**
 * The actions agreed on this item: each with one owner (a person or an organisation) and a due date. The
 * organiser and the chair add them; the owner marks them done in "Mijn acties".
 */
export function ActionsSection({ work }: { readonly work: ItemWork }) {
  const { t } = useTranslation();
  const { item } = work;
  return (
    <section aria-labelledby="item-actions" className="duiden-section">
      <Heading level={2} id="item-actions">
        {t('overleg.actions.title')}
      </Heading>
      {item.actions.length === 0 ? (
        <Paragraph>{t('overleg.actions.none')}</Paragraph>
      ) : (
        <ActionsTable
          caption={t('overleg.actions.tableCaption')}
          actions={item.actions}
          onChanged={() => work.changed()}
        />
      )}
      {item.permissions.draftDecision ? <AddAction work={work} /> : null}
    </section>
  );
}

/**
 * The people an action can be given to. The API has no list of users for organisers, so these are the
 * people of this meeting the page knows: the user, the chair, who contributed, who already owns an action.
 */
function peopleOf(work: ItemWork, me: PersonOption): PersonOption[] {
  const out: PersonOption[] = [];
  const add = (p: PersonOption) => {
    if (p.userId && !out.some((o) => o.userId === p.userId)) out.push(p);
  };
  add(me);
  add(work.meeting.chair);
  for (const c of work.item.contributions) add({ userId: c.author.userId, name: c.author.name });
  for (const a of work.item.actions) {
    if (a.owner.kind === 'persoon') add({ userId: a.owner.id, name: a.owner.name });
  }
  return out;
}

function AddAction({ work }: { readonly work: ItemWork }) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const organisations = useOrganisations();
  const [description, setDescription] = useState('');
  const [ownerKind, setOwnerKind] = useState('organisatie');
  const [ownerUserId, setOwnerUserId] = useState('');
  const [ownerOrganisationId, setOwnerOrganisationId] = useState('');
  const [dueOn, setDueOn] = useState('');
  const people = peopleOf(work, { userId: user.id, name: user.displayName });
  const add = useFormSend({
    send: () =>
      apiSend<Changed>('POST', `/api/agendapunten/${encodeURIComponent(work.item.id)}/acties`, {
        description,
        ownerUserId: ownerKind === 'persoon' ? ownerUserId || null : null,
        ownerOrganisationId: ownerKind === 'organisatie' ? ownerOrganisationId || null : null,
        dueOn: dueOn || undefined,
      }),
    onSent: async () => {
      await work.changed();
      setDescription('');
      setDueOn('');
      return true;
    },
  });
  const fieldError = add.fieldError;
  const ownerId = ownerKind === 'persoon' ? 'action-ownerUserId' : 'action-ownerOrganisationId';
  return (
    <FormFrame
      title={t('overleg.actions.addTitle')}
      labelledBy="action-add"
      done={add.done ? t('overleg.actions.added') : null}
      fields={[
        { field: 'description', id: 'action-description', label: t('overleg.actions.description') },
        { field: 'ownerUserId', id: ownerId, label: t('overleg.actions.owner') },
        { field: 'ownerOrganisationId', id: ownerId, label: t('overleg.actions.owner') },
        { field: 'dueOn', id: 'action-dueOn', label: t('overleg.actions.due') },
      ]}
      {...add.frame}
      submitLabel={t('overleg.actions.submit')}
    >
      <TextAreaField
        id="action-description"
        label={t('overleg.actions.description')}
        rows={2}
        value={description}
        onValueChange={setDescription}
        error={fieldError('description')}
        maxLength={2000}
        required
      />
      <RadioGroupField
        id="action-ownerKind"
        legend={t('overleg.actions.ownerKind')}
        value={ownerKind}
        onValueChange={setOwnerKind}
        options={[
          { value: 'organisatie', label: t('overleg.actions.ownerKinds.organisatie') },
          { value: 'persoon', label: t('overleg.actions.ownerKinds.persoon') },
        ]}
      />
      {ownerKind === 'persoon' ? (
        <SelectField
          id="action-ownerUserId"
          label={t('overleg.actions.ownerPerson')}
          description={t('overleg.actions.ownerPersonDescription')}
          value={ownerUserId}
          onValueChange={setOwnerUserId}
          error={fieldError('ownerUserId')}
          placeholder={t('overleg.choose')}
          options={people.map((p) => ({ value: p.userId, label: p.name }))}
          required
        />
      ) : (
        <SelectField
          id="action-ownerOrganisationId"
          label={t('overleg.actions.ownerOrganisation')}
          value={ownerOrganisationId}
          onValueChange={setOwnerOrganisationId}
          error={fieldError('ownerOrganisationId') ?? fieldError('ownerUserId')}
          placeholder={t('overleg.choose')}
          options={(organisations.data ?? [])
            .filter((o) => o.kind !== 'regio')
            .map((o) => ({ value: o.id, label: o.name }))}
          required
        />
      )}
      <TextField
        id="action-dueOn"
        type="date"
        label={t('overleg.actions.due')}
        value={dueOn}
        onValueChange={setDueOn}
        error={fieldError('dueOn')}
        required
      />
    </FormFrame>
  );
}
