import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSettings } from '../../../contract/overleggen';
import { apiGet, apiSend } from '../../api';
import { OtherVersion } from '../../ui/form-conflict';
import { typedWhole, WholeNumberField } from '../../ui/form-field';
import { FormFrame } from '../../ui/form-frame';
import { settingsWith, useSettingsForm } from '../../ui/form-send';
import { BackLink, Page } from '../../ui/list-page';
import { QueryState } from '../../ui/query-state';
import { Section } from '../../ui/section';

const settingsKey = ['overleg-settings'] as const;

const isSettings = settingsWith<MeetingSettings>('partnerWindowDays');

/**
 * /beheer/overleggen: how long an invited partner organisation keeps seeing its agenda item after the
 * minutes are final (need to know). Only the number; no meeting content.
 */
export function MeetingSettingsPage() {
  const { t } = useTranslation();
  const settings = useQuery({
    queryKey: settingsKey,
    queryFn: () => apiGet<MeetingSettings>('/api/overleggen/instellingen'),
  });
  return (
    <Page
      title={t('overlegBeheer.title')}
      intro={t('overlegBeheer.intro')}
      before={<BackLink to="/beheer/gebruikers">{t('beheer.backToUsers')}</BackLink>}
    >
      <QueryState query={settings}>{(s) => <SettingsForm initial={s} />}</QueryState>
    </Page>
  );
}

function SettingsForm({ initial }: { readonly initial: MeetingSettings }) {
  const { t } = useTranslation();
  const [days, setDays] = useState(String(initial.partnerWindowDays));
  const { save, saved, other, fieldError, submit } = useSettingsForm({
    queryKey: settingsKey,
    initial,
    isRecord: isSettings,
    send: (version) =>
      apiSend<MeetingSettings>('PUT', '/api/overleggen/instellingen', {
        version,
        partnerWindowDays: typedWhole(days),
      }),
  });
  const label = t('overlegBeheer.partnerWindowDays');

  return (
    <Section id="overleg-settings" title={t('overlegBeheer.settingsTitle')}>
      <FormFrame
        labelledBy="overleg-settings"
        done={saved ? t('overlegBeheer.saved') : null}
        error={save.error}
        fields={[{ field: 'partnerWindowDays', id: 'settings-partnerWindowDays', label }]}
        conflict={
          other ? (
            <OtherVersion
              title={t('beheer.conflictTitle')}
              intro={t('beheer.conflictIntro', { version: other.version })}
              id="overleg-settings-other"
              version={other.version}
              items={[{ key: 'days', label, value: String(other.partnerWindowDays) }]}
            />
          ) : null
        }
        submitLabel={t('overlegBeheer.save')}
        busy={save.isPending}
        submitAppearance="primary-action"
        onSubmit={submit}
      >
        <WholeNumberField
          id="settings-partnerWindowDays"
          label={label}
          description={t('overlegBeheer.partnerWindowDaysDescription')}
          value={days}
          onValueChange={setDays}
          error={fieldError('partnerWindowDays')}
        />
      </FormFrame>
    </Section>
  );
}
