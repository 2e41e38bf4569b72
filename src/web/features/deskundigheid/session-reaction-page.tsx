import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { PublicReaction } from '../../../contract/deskundigheid-sessions';
import { REACTION_USEFUL, SESSION_LIMITS } from '../../../domain/deskundigheid/curriculum';
import { ApiError, apiGet, apiSend } from '../../api';
import { RadioGroupField, radioId, TextAreaField } from '../../ui/form-field';
import { FormFrame } from '../../ui/form-frame';
import { formatDay } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { Paragraph } from '../../ui/paragraph';
import { useFieldErrors } from '../../ui/problem';
import { Loading } from '../../ui/query-state';
import { usePageTitle } from '../../ui/use-page-title';

/**
 * /reactie/:token: the anonymous reaction after a training session, outside sign-in. No name is asked and
 * nothing about the sender is kept; the organisers see the counts only above the suppression threshold.
 */
export function SessionReactionPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  usePageTitle(t('deskundigheidSessies.public.title'));
  const info = useQuery({
    queryKey: ['reactie', token],
    queryFn: () => apiGet<PublicReaction>(`/api/public/deskundigheid/reactie/${encodeURIComponent(token)}`),
    retry: false,
  });
  return (
    <>
      <Heading level={1}>{t('deskundigheidSessies.public.title')}</Heading>
      {info.isPending ? <Loading /> : null}
      {info.isError ? (
        <Paragraph>
          {info.error instanceof ApiError && info.error.status === 404
            ? t('deskundigheidSessies.public.unknown')
            : t('deskundigheidSessies.public.closed')}
        </Paragraph>
      ) : null}
      {info.data ? (
        <>
          <Paragraph>
            {t('deskundigheidSessies.public.session', {
              training: info.data.training,
              date: formatDay(info.data.heldOn),
            })}
          </Paragraph>
          {info.data.open ? (
            <ReactionForm token={token} />
          ) : (
            <Paragraph>{t('deskundigheidSessies.public.closed')}</Paragraph>
          )}
        </>
      ) : null}
    </>
  );
}

function ReactionForm({ token }: { readonly token: string }) {
  const { t } = useTranslation();
  const [useful, setUseful] = useState('');
  const [missing, setMissing] = useState('');
  const send = useMutation({
    mutationFn: () =>
      apiSend<null>('POST', `/api/public/deskundigheid/reactie/${encodeURIComponent(token)}`, {
        ...(useful ? { useful } : {}),
        missing,
      }),
  });
  const fieldError = useFieldErrors(send.error);
  return (
    <FormFrame
      label={t('deskundigheidSessies.public.title')}
      intro={t('deskundigheidSessies.public.intro')}
      fields={[
        {
          field: 'useful',
          id: radioId('reactie-nuttig', 'ja'),
          label: t('deskundigheidSessies.public.useful'),
        },
        { field: 'missing', id: 'reactie-gemist', label: t('deskundigheidSessies.public.missing') },
      ]}
      error={send.error}
      busy={send.isPending}
      onSubmit={() => send.mutate()}
      done={send.isSuccess ? t('deskundigheidSessies.public.thanks') : null}
      submitLabel={t('deskundigheidSessies.public.send')}
      submitAppearance="primary-action"
      instead={send.isSuccess ? <Paragraph>{t('deskundigheidSessies.public.thanks')}</Paragraph> : undefined}
    >
      <RadioGroupField
        id="reactie-nuttig"
        legend={t('deskundigheidSessies.public.useful')}
        value={useful}
        onValueChange={setUseful}
        options={REACTION_USEFUL.map((value) => ({
          value,
          label: t(`deskundigheidSessies.reaction.useful.${value}`),
        }))}
        error={fieldError('useful')}
      />
      <TextAreaField
        id="reactie-gemist"
        label={t('deskundigheidSessies.public.missing')}
        description={t('deskundigheidSessies.public.missingHint')}
        optional
        value={missing}
        onValueChange={setMissing}
        maxLength={SESSION_LIMITS.reactionMissing}
        error={fieldError('missing')}
      />
    </FormFrame>
  );
}
