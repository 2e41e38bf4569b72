import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CovenantSettings } from '../../../../contract/netwerk-covenants';
import { ENFORCEMENT_MODES } from '../../../../domain/netwerk/covenant';
import { apiGet, apiSend } from '../../../api';
import { useSignedInUser } from '../../../session';
import { DataList } from '../../../ui/data-list';
import { RadioGroupField, typedWhole, WholeNumberField } from '../../../ui/form-field';
import { useDraft, useFormFields } from '../../../ui/form-fields';
import { settingsWith, useSettingsForm } from '../../../ui/form-send';
import { BackLink, Page } from '../../../ui/list-page';
import { QueryState } from '../../../ui/query-state';
import { Section } from '../../../ui/section';
import { SettingsFrame } from '../../../ui/versioned-form';
import { SETTINGS_KEY } from './covenant-api';

const isSettings = settingsWith<CovenantSettings>('warnDays');

/**
 * /netwerk/convenanten/instellingen: whether sharing without a covering covenant (an invitation to an
 * agenda item, a partner joining a case) warns or is refused, and how many days ahead the officer is warned
 * of a covenant's end or evaluation. The functioneel beheerder and the officer change it; others read it.
 */
export function CovenantSettingsPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const settings = useQuery({
    queryKey: SETTINGS_KEY,
    queryFn: () => apiGet<CovenantSettings>('/api/netwerk/convenanten/instellingen'),
  });
  const may = user.role === 'functioneel_beheerder' || user.role === 'aandachtsfunctionaris';
  return (
    <Page
      title={t('covenant.settings.title')}
      intro={t('covenant.settings.intro')}
      before={<BackLink to="/netwerk/convenanten">{t('covenant.back')}</BackLink>}
    >
      <QueryState query={settings}>
        {(s) =>
          may ? (
            <SettingsForm initial={s} />
          ) : (
            <DataList
              items={[
                {
                  key: 'enforcement',
                  label: t('covenant.settings.enforcement'),
                  value: t(`covenant.settings.modes.${s.enforcement}`),
                },
                { key: 'warnDays', label: t('covenant.settings.warnDays'), value: String(s.warnDays) },
              ]}
            />
          )
        }
      </QueryState>
    </Page>
  );
}

function SettingsForm({ initial }: { readonly initial: CovenantSettings }) {
  const { t } = useTranslation();
  const draft = useDraft({ enforcement: initial.enforcement as string, warnDays: String(initial.warnDays) });
  const settings = useSettingsForm({
    queryKey: SETTINGS_KEY,
    initial,
    isRecord: isSettings,
    send: (version) =>
      apiSend<CovenantSettings>('PUT', '/api/netwerk/convenanten/instellingen', {
        version,
        enforcement: draft.draft.enforcement,
        warnDays: typedWhole(draft.draft.warnDays),
      }),
  });
  const { summary, bind, bindGroup, field } = useFormFields(
    settings.save.error,
    {
      enforcement: {
        id: 'covenant-enforcement',
        label: t('covenant.settings.enforcement'),
        firstOption: ENFORCEMENT_MODES[0],
      },
      warnDays: { id: 'covenant-warnDays', label: t('covenant.settings.warnDays') },
    },
    draft,
  );
  return (
    <Section id="covenant-settings" title={t('covenant.settings.formTitle')}>
      <SettingsFrame
        settings={settings}
        id="covenant-settings"
        savedMessage={t('covenant.settings.saved')}
        otherItems={(other) => [
          {
            key: 'enforcement',
            label: field('enforcement').label,
            value: t(`covenant.settings.modes.${other.enforcement}`),
          },
          { key: 'warnDays', label: field('warnDays').label, value: String(other.warnDays) },
        ]}
        fields={summary}
        submitLabel={t('covenant.settings.save')}
      >
        <RadioGroupField
          {...bindGroup('enforcement')}
          options={ENFORCEMENT_MODES.map((m) => ({
            value: m,
            label: t(`covenant.settings.modes.${m}`),
            description: t(`covenant.settings.modeDescriptions.${m}`),
          }))}
        />
        <WholeNumberField {...bind('warnDays')} description={t('covenant.settings.warnDaysDescription')} />
      </SettingsFrame>
    </Section>
  );
}
