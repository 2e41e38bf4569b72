import { useTranslation } from 'react-i18next';
import type { Changed } from '../../../contract/overleggen';
import { apiSend } from '../../api';
import { useSignedInUser } from '../../session';
import { RadioGroupField, SelectField, TextAreaField, TextField } from '../../ui/form-field';
import { useDraft, useFormFields } from '../../ui/form-fields';
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
          name={{ caption: t('overleg.actions.tableCaption') }}
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
  const action = useDraft({
    description: '',
    ownerKind: 'organisatie',
    ownerUserId: '',
    ownerOrganisationId: '',
    dueOn: '',
  });
  const { draft, set } = action;
  const people = peopleOf(work, { userId: user.id, name: user.displayName });
  const add = useFormSend({
    send: () =>
      apiSend<Changed>('POST', `/api/agendapunten/${encodeURIComponent(work.item.id)}/acties`, {
        description: draft.description,
        ownerUserId: draft.ownerKind === 'persoon' ? draft.ownerUserId || null : null,
        ownerOrganisationId: draft.ownerKind === 'organisatie' ? draft.ownerOrganisationId || null : null,
        dueOn: draft.dueOn || undefined,
      }),
    onSent: async () => {
      await work.changed();
      set({ description: '', dueOn: '' });
      return true;
    },
  });
  // The summary names the owner, whichever of the two fields is shown.
  const ownerId = draft.ownerKind === 'persoon' ? 'action-ownerUserId' : 'action-ownerOrganisationId';
  const { summary, bind, fieldError } = useFormFields(
    add.mutation.error,
    {
      description: { id: 'action-description', label: t('overleg.actions.description') },
      ownerUserId: { id: ownerId, label: t('overleg.actions.owner') },
      ownerOrganisationId: { id: ownerId, label: t('overleg.actions.owner') },
      dueOn: { id: 'action-dueOn', label: t('overleg.actions.due') },
    },
    action,
  );
  return (
    <FormFrame
      title={t('overleg.actions.addTitle')}
      labelledBy="action-add"
      done={add.done ? t('overleg.actions.added') : null}
      fields={summary}
      {...add.frame}
      submitLabel={t('overleg.actions.submit')}
    >
      <TextAreaField {...bind('description')} rows={2} maxLength={2000} required />
      <RadioGroupField
        id="action-ownerKind"
        legend={t('overleg.actions.ownerKind')}
        value={draft.ownerKind}
        onValueChange={(ownerKind) => set({ ownerKind })}
        options={[
          { value: 'organisatie', label: t('overleg.actions.ownerKinds.organisatie') },
          { value: 'persoon', label: t('overleg.actions.ownerKinds.persoon') },
        ]}
      />
      {draft.ownerKind === 'persoon' ? (
        <SelectField
          {...bind('ownerUserId')}
          label={t('overleg.actions.ownerPerson')}
          description={t('overleg.actions.ownerPersonDescription')}
          placeholder={t('overleg.choose')}
          options={people.map((p) => ({ value: p.userId, label: p.name }))}
          required
        />
      ) : (
        <SelectField
          {...bind('ownerOrganisationId')}
          label={t('overleg.actions.ownerOrganisation')}
          error={fieldError('ownerOrganisationId') ?? fieldError('ownerUserId')}
          placeholder={t('overleg.choose')}
          options={(organisations.data ?? [])
            .filter((o) => o.kind !== 'regio')
            .map((o) => ({ value: o.id, label: o.name }))}
          required
        />
      )}
      <TextField {...bind('dueOn')} type="date" required />
    </FormFrame>
  );
}
