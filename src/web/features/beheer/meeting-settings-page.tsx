import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSettings } from '../../../contract/overleggen';
import { ApiError, apiGet, apiSend } from '../../api';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { DataList } from '../../ui/data-list';
import { ErrorSummary } from '../../ui/error-summary';
import { TextField } from '../../ui/form-field';
import { Heading } from '../../ui/heading';
import { AppLink } from '../../ui/link';
import { Paragraph } from '../../ui/paragraph';
import { useFieldErrors } from '../../ui/problem';
import { LoadError, Loading } from '../../ui/query-state';
import { usePageTitle } from '../../ui/use-page-title';

const settingsKey = ['overleg-settings'] as const;

function isSettings(value: unknown): value is MeetingSettings {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Partial<MeetingSettings>;
  return typeof s.version === 'number' && typeof s.partnerWindowDays === 'number';
}

function conflictSettings(error: unknown): MeetingSettings | null {
  return error instanceof ApiError && error.code === 'conflict' && isSettings(error.body.current)
    ? error.body.current
    : null;
}

/** A whole number as the API wants it; anything else is sent as typed, for the server to refuse by name. */
function whole(value: string): number | string | undefined {
  const v = value.trim();
  if (v === '') return undefined;
  return /^\d{1,3}$/.test(v) ? Number(v) : v;
}

/**
 * /beheer/overleggen: how long an invited partner organisation keeps seeing its agenda item after the
 * minutes are final (need to know). Only the number; no meeting content.
 */
export function MeetingSettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('overlegBeheer.title'));
  const settings = useQuery({
    queryKey: settingsKey,
    queryFn: () => apiGet<MeetingSettings>('/api/overleggen/instellingen'),
  });
  return (
    <>
      <Paragraph>
        <AppLink to="/beheer/gebruikers">{t('beheer.backToUsers')}</AppLink>
      </Paragraph>
      <Heading level={1}>{t('overlegBeheer.title')}</Heading>
      <Paragraph>{t('overlegBeheer.intro')}</Paragraph>
      {settings.isPending ? <Loading /> : null}
      {settings.error ? <LoadError error={settings.error} /> : null}
      {settings.data ? <SettingsForm initial={settings.data} /> : null}
    </>
  );
}

function SettingsForm({ initial }: { readonly initial: MeetingSettings }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [baseVersion, setBaseVersion] = useState(initial.version);
  const [days, setDays] = useState(String(initial.partnerWindowDays));
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: () =>
      apiSend<MeetingSettings>('PUT', '/api/overleggen/instellingen', {
        version: baseVersion,
        partnerWindowDays: whole(days),
      }),
    onSuccess: (s) => {
      queryClient.setQueryData(settingsKey, s);
      setBaseVersion(s.version);
      setSaved(true);
    },
    onError: (error) => {
      // What was typed stays; the next save is based on the version now shown.
      const other = conflictSettings(error);
      if (other) setBaseVersion(other.version);
    },
  });
  const fieldError = useFieldErrors(save.error);
  const other = conflictSettings(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (save.isPending) return;
    setSaved(false);
    save.mutate();
  };
  const label = t('overlegBeheer.partnerWindowDays');

  return (
    <section aria-labelledby="overleg-settings" className="duiden-section">
      <Heading level={2} id="overleg-settings">
        {t('overlegBeheer.settingsTitle')}
      </Heading>
      {saved ? (
        <Alert type="ok" live>
          <Paragraph>{t('overlegBeheer.saved')}</Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary
        error={save.error}
        fields={[{ field: 'partnerWindowDays', id: 'settings-partnerWindowDays', label }]}
      />
      {other ? (
        <section className="utrecht-alert utrecht-alert--warning" aria-labelledby="overleg-settings-other">
          <div className="utrecht-alert__content">
            <div className="utrecht-alert__message">
              <h3 className="utrecht-heading-3" id="overleg-settings-other">
                {t('beheer.conflictTitle')}
              </h3>
              <Paragraph>{t('beheer.conflictIntro', { version: other.version })}</Paragraph>
              <DataList items={[{ key: 'days', label, value: String(other.partnerWindowDays) }]} />
            </div>
          </div>
        </section>
      ) : null}
      <form className="duiden-form" onSubmit={submit} noValidate aria-labelledby="overleg-settings">
        <TextField
          id="settings-partnerWindowDays"
          label={label}
          description={t('overlegBeheer.partnerWindowDaysDescription')}
          inputMode="numeric"
          value={days}
          onValueChange={setDays}
          error={fieldError('partnerWindowDays')}
          autoComplete="off"
          maxLength={3}
          required
        />
        <Button type="submit" appearance="primary-action" busy={save.isPending}>
          {t('overlegBeheer.save')}
        </Button>
      </form>
    </section>
  );
}
