import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Coverage, InvitationSaved } from '../../../contract/netwerk-covenants';
import type { MeetingType } from '../../../domain/overleg/types';

import { apiGet, apiSend } from '../../api';
import { Alert } from '../../ui/alert';
import { SelectField } from '../../ui/form-field';
import { FormFrame } from '../../ui/form-frame';
import { useFormSend } from '../../ui/form-send';
import { Paragraph } from '../../ui/paragraph';
import { useOrganisations } from '../beheer/users-api';
import { LegalBasisField } from './overleg-ui';
import { reloadItem } from './overleggen-api';

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
  meetingType,
}: {
  readonly meetingId: string;
  /** The kind of meeting, for the covenant that must cover the invitation (netwerk). */
  readonly meetingType?: MeetingType;
  /** The items to choose from; one item: no choice is shown. */
  readonly items: ReadonlyArray<{ readonly id: string; readonly title: string }>;
  readonly memberIds: readonly string[];
  readonly idPrefix: string;
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const organisations = useOrganisations();
  const [itemId, setItemId] = useState(items[0]?.id ?? '');
  const [organisationId, setOrganisationId] = useState('');
  const [legalBasisId, setLegalBasisId] = useState('');
  const chosenItem = items.find((i) => i.id === itemId) ?? items[0];
  // Whether a valid covenant covers the chosen partner for this kind of meeting: said before inviting.
  const coverage = useQuery({
    queryKey: ['netwerk', 'dekking', organisationId, meetingType ?? null],
    queryFn: () =>
      apiGet<Coverage>(
        `/api/netwerk/convenanten/dekking?organisatie=${encodeURIComponent(organisationId)}${
          meetingType ? `&overleg=${meetingType}` : ''
        }`,
      ),
    enabled: organisationId !== '',
  });
  const uncovered = organisationId !== '' ? coverage.data?.message : null;
  const partners = (organisations.data ?? []).filter(
    (o) => o.kind === 'partner' && !memberIds.includes(o.id),
  );

  const invite = useFormSend({
    send: async () => {
      const itemToInvite = chosenItem?.id ?? '';
      const r = await apiSend<InvitationSaved>(
        'POST',
        `/api/agendapunten/${encodeURIComponent(itemToInvite)}/uitnodigingen`,
        { organisationId: organisationId || undefined, legalBasisId: legalBasisId || undefined },
      );
      return { itemToInvite, warning: r.covenantWarning ?? null };
    },
    onSent: async ({ itemToInvite, warning }) => {
      await reloadItem(queryClient, itemToInvite, meetingId);
      const invited = {
        organisation: partners.find((p) => p.id === organisationId)?.name ?? '',
        item: items.find((i) => i.id === itemToInvite)?.title ?? '',
        // Without a valid covenant the municipality may warn (src/app/netwerk/covenants.ts).
        warning: warning ? (i18n.language === 'en' ? warning.en : warning.nl) : null,
      };
      setOrganisationId('');
      setLegalBasisId('');
      return invited;
    },
  });
  const fieldError = invite.fieldError;
  const id = (name: string) => `${idPrefix}-${name}`;
  const headingId = id('title');

  if (items.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="duiden-section">
      <FormFrame
        title={t('overleg.invite.title')}
        labelledBy={headingId}
        intro={<Paragraph>{t('overleg.invite.intro')}</Paragraph>}
        done={invite.done ? t('overleg.invite.done', invite.done) : null}
        conflict={
          invite.done?.warning ? (
            <Alert type="warning" live>
              <Paragraph>{invite.done.warning}</Paragraph>
            </Alert>
          ) : null
        }
        fields={[
          { field: 'organisationId', id: id('organisationId'), label: t('overleg.invite.organisation') },
          { field: 'legalBasisId', id: id('legalBasisId'), label: t('overleg.invite.legalBasis') },
        ]}
        {...invite.frame}
        onSubmit={() => chosenItem && invite.frame.onSubmit()}
        submitLabel={t('overleg.invite.submit')}
      >
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
          description={uncovered ? (i18n.language === 'en' ? uncovered.en : uncovered.nl) : undefined}
          placeholder={t('overleg.choose')}
          options={partners.map((o) => ({ value: o.id, label: o.name }))}
          required
        />
        <LegalBasisField
          id={id('legalBasisId')}
          label={t('overleg.invite.legalBasis')}
          description={t('overleg.invite.legalBasisDescription')}
          value={legalBasisId}
          onValueChange={setLegalBasisId}
          error={fieldError('legalBasisId')}
          required
        />
      </FormFrame>
    </section>
  );
}
