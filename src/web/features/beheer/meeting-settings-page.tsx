import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MeetingSettings } from '../../../contract/overleggen';
import { apiGet, apiSend } from '../../api';
import { typedWhole, WholeNumberField } from '../../ui/form-field';
import { useDraft, useFormFields } from '../../ui/form-fields';
import { settingsWith, useSettingsForm } from '../../ui/form-send';
import { BackLink, Page } from '../../ui/list-page';
import { QueryState } from '../../ui/query-state';
import { Section } from '../../ui/section';
import { SettingsFrame } from '../../ui/versioned-form';

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
  const days = useDraft({ partnerWindowDays: String(initial.partnerWindowDays) });
  const settings = useSettingsForm({
    queryKey: settingsKey,
    initial,
    isRecord: isSettings,
    send: (version) =>
      apiSend<MeetingSettings>('PUT', '/api/overleggen/instellingen', {
        version,
        partnerWindowDays: typedWhole(days.draft.partnerWindowDays),
      }),
  });
  const { summary, bind, field } = useFormFields(
    settings.save.error,
    { partnerWindowDays: { id: 'settings-partnerWindowDays', label: t('overlegBeheer.partnerWindowDays') } },
    days,
  );

  return (
    <Section id="overleg-settings" title={t('overlegBeheer.settingsTitle')}>
      <SettingsFrame
        settings={settings}
        id="overleg-settings"
        savedMessage={t('overlegBeheer.saved')}
        otherItems={(other) => [
          { key: 'days', label: field('partnerWindowDays').label, value: String(other.partnerWindowDays) },
        ]}
        fields={summary}
        submitLabel={t('overlegBeheer.save')}
      >
        <WholeNumberField
          {...bind('partnerWindowDays')}
          description={t('overlegBeheer.partnerWindowDaysDescription')}
        />
      </SettingsFrame>
    </Section>
  );
}
