import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Changed } from '../../../contract/overleggen';
import { apiSend } from '../../api';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { SelectField } from '../../ui/form-field';
import { Heading } from '../../ui/heading';
import { Paragraph } from '../../ui/paragraph';
import { useFieldErrors } from '../../ui/problem';
import { useOrganisations } from '../beheer/users-api';
import { useLegalBasisOptions } from './overleg-ui';
import { reloadItem, useLegalBases } from './overleggen-api';

/**
 * Invites a partner organisation for one agenda item only, with the legal basis of that disclosure. On the
 * meeting page the item is chosen; on an item's own page it is given. Standing members see the whole
 * agenda already and are not offered.
 */
export function InviteForm({
  meetingId,
  items,
  memberIds,
  idPrefix,
}: {
  readonly meetingId: string;
  /** The items to choose from; one item: no choice is shown. */
  readonly items: ReadonlyArray<{ readonly id: string; readonly title: string }>;
  readonly memberIds: readonly string[];
  readonly idPrefix: string;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const organisations = useOrganisations();
  const legalBases = useLegalBases();
  const basisOptions = useLegalBasisOptions(legalBases.data);
  const [itemId, setItemId] = useState(items[0]?.id ?? '');
  const [organisationId, setOrganisationId] = useState('');
  const [legalBasisId, setLegalBasisId] = useState('');
  const [invited, setInvited] = useState<{ organisation: string; item: string } | null>(null);
  const chosenItem = items.find((i) => i.id === itemId) ?? items[0];
  const partners = (organisations.data ?? []).filter(
    (o) => o.kind === 'partner' && !memberIds.includes(o.id),
  );

  const invite = useMutation({
    mutationFn: (itemToInvite: string) =>
      apiSend<Changed>('POST', `/api/agendapunten/${encodeURIComponent(itemToInvite)}/uitnodigingen`, {
        organisationId: organisationId || undefined,
        legalBasisId: legalBasisId || undefined,
      }),
    onSuccess: async (_r, itemToInvite) => {
      await reloadItem(queryClient, itemToInvite, meetingId);
      setInvited({
        organisation: partners.find((p) => p.id === organisationId)?.name ?? '',
        item: items.find((i) => i.id === itemToInvite)?.title ?? '',
      });
      setOrganisationId('');
      setLegalBasisId('');
    },
  });
  const fieldError = useFieldErrors(invite.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (invite.isPending || !chosenItem) return;
    setInvited(null);
    invite.mutate(chosenItem.id);
  };
  const id = (name: string) => `${idPrefix}-${name}`;
  const headingId = id('title');

  if (items.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="duiden-section">
      <Heading level={3} id={headingId}>
        {t('overleg.invite.title')}
      </Heading>
      <Paragraph>{t('overleg.invite.intro')}</Paragraph>
      {invited ? (
        <Alert type="ok" live>
          <Paragraph>{t('overleg.invite.done', invited)}</Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary
        error={invite.error}
        fields={[
          { field: 'organisationId', id: id('organisationId'), label: t('overleg.invite.organisation') },
          { field: 'legalBasisId', id: id('legalBasisId'), label: t('overleg.invite.legalBasis') },
        ]}
      />
      <form className="duiden-form" onSubmit={submit} noValidate aria-labelledby={headingId}>
        {items.length > 1 ? (
          <SelectField
            id={id('item')}
            label={t('overleg.invite.item')}
            value={chosenItem?.id ?? ''}
            onValueChange={setItemId}
            options={items.map((i) => ({ value: i.id, label: i.title }))}
          />
        ) : null}
        <SelectField
          id={id('organisationId')}
          label={t('overleg.invite.organisation')}
          value={organisationId}
          onValueChange={setOrganisationId}
          error={fieldError('organisationId')}
          placeholder={t('overleg.choose')}
          options={partners.map((o) => ({ value: o.id, label: o.name }))}
          required
        />
        <SelectField
          id={id('legalBasisId')}
          label={t('overleg.invite.legalBasis')}
          description={t('overleg.invite.legalBasisDescription')}
          value={legalBasisId}
          onValueChange={setLegalBasisId}
          error={fieldError('legalBasisId')}
          placeholder={t('overleg.choose')}
          options={basisOptions}
          required
        />
        <Button type="submit" busy={invite.isPending}>
          {t('overleg.invite.submit')}
        </Button>
      </form>
    </section>
  );
}
