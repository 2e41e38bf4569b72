import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrivacySettings } from '../../../contract/privacy-retention';
import { apiGet, apiSend } from '../../api';
import { CheckboxField, WholeNumberField } from '../../ui/form-field';
import { fieldTable, useDraft, useFormFields } from '../../ui/form-fields';
import { settingsWith, useSettingsForm } from '../../ui/form-send';
import { QueryState } from '../../ui/query-state';
import { Section } from '../../ui/section';
import { SettingsFrame } from '../../ui/versioned-form';

const KEY = ['privacy', 'instellingen'] as const;
const FIELDS = [
  'breakGlassHours',
  'breakGlassMaxPer30Days',
  'breakGlassPendingMinutes',
  'unusualWindowMinutes',
  'unusualThreshold',
  'unusualBreakGlassThreshold',
  'analysisK',
] as const;
type Field = (typeof FIELDS)[number];

/** A whole number as the API wants it; anything else is sent as -1, for the server to refuse by name. */
const whole = (v: string) => (/^\d{1,4}$/.test(v.trim()) ? Number(v.trim()) : -1);

/**
 * The privacy settings of the municipality: how long emergency access lasts, how often one user may ask,
 * four-eyes mode and its waiting time, the unusual-use thresholds, and the threshold k of the analysis figures.
 */
export function PrivacySettingsForm() {
  const { t } = useTranslation();
  const settings = useQuery({
    queryKey: KEY,
    queryFn: () => apiGet<PrivacySettings>('/api/privacy/instellingen'),
  });
  return (
    <Section id="privacy-settings" title={t('dataProtection.dashboard.settings.title')}>
      <QueryState query={settings}>{(s) => <SettingsForm initial={s} />}</QueryState>
    </Section>
  );
}

function SettingsForm({ initial }: { readonly initial: PrivacySettings }) {
  const { t } = useTranslation();
  const label = (f: Field | 'breakGlassFourEyes') => t(`dataProtection.dashboard.settings.${f}`);
  const numbers = useDraft(
    Object.fromEntries(FIELDS.map((f) => [f, String(initial[f])])) as Record<Field, string>,
  );
  const [fourEyes, setFourEyes] = useState(initial.breakGlassFourEyes);
  const settings = useSettingsForm({
    queryKey: KEY,
    initial,
    isRecord: settingsWith<PrivacySettings>('breakGlassHours'),
    send: (version) =>
      apiSend<PrivacySettings>('PUT', '/api/privacy/instellingen', {
        ...(Object.fromEntries(FIELDS.map((f) => [f, whole(numbers.draft[f])])) as Record<Field, number>),
        breakGlassFourEyes: fourEyes,
        version,
      }),
  });
  const { summary, bind } = useFormFields(
    settings.save.error,
    fieldTable(FIELDS, (f) => ({ id: `privacy-${f}`, label: label(f) })),
    numbers,
  );
  return (
    <SettingsFrame
      settings={settings}
      id="privacy-settings"
      savedMessage={t('dataProtection.dashboard.settings.saved')}
      otherItems={(other) => [
        ...FIELDS.map((f) => ({ key: f, label: label(f), value: String(other[f]) })),
        {
          key: 'breakGlassFourEyes',
          label: label('breakGlassFourEyes'),
          value: other.breakGlassFourEyes ? t('common.yes') : t('common.no'),
        },
      ]}
      fields={summary}
      submitLabel={t('dataProtection.dashboard.settings.save')}
    >
      {FIELDS.map((f) => (
        <WholeNumberField
          key={f}
          {...bind(f)}
          description={t(`dataProtection.dashboard.settings.${f}Description`)}
          digits={4}
        />
      ))}
      <CheckboxField
        id="privacy-breakGlassFourEyes"
        label={label('breakGlassFourEyes')}
        description={t('dataProtection.dashboard.settings.breakGlassFourEyesDescription')}
        checked={fourEyes}
        onCheckedChange={setFourEyes}
      />
    </SettingsFrame>
  );
}
