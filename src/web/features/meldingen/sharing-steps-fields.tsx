import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { SharingSteps } from '../../../contract/meldingen';
import type { SummaryField } from '../../ui/error-summary';
import { CheckboxField, Fieldset, TextAreaField } from '../../ui/form-field';
import { Heading } from '../../ui/heading';
import { Paragraph } from '../../ui/paragraph';
import { fieldId } from './melding-draft';

/** The plain steps of the Werkwijze informatie delen: confirmed or not, with a note. */
export const PLAIN_STEPS = [
  'adviceAsked',
  'conversationHeld',
  'safetyRisksWeighed',
  'onlyNecessaryData',
  'recordedInOwnFile',
] as const;
type PlainStep = (typeof PLAIN_STEPS)[number];

export interface StepDraft {
  readonly done: boolean;
  readonly note: string;
}

export interface SharingStepsDraft {
  readonly adviceAsked: StepDraft;
  readonly conversationHeld: StepDraft;
  readonly safetyRisksWeighed: StepDraft;
  readonly consent: { readonly asked: boolean; readonly given: boolean; readonly note: string };
  readonly onlyNecessaryData: StepDraft;
  readonly recordedInOwnFile: StepDraft;
}

const NOT_DONE: StepDraft = { done: false, note: '' };

export const EMPTY_SHARING_STEPS: SharingStepsDraft = {
  adviceAsked: NOT_DONE,
  conversationHeld: NOT_DONE,
  safetyRisksWeighed: NOT_DONE,
  consent: { asked: false, given: false, note: '' },
  onlyNecessaryData: NOT_DONE,
  recordedInOwnFile: NOT_DONE,
};

const note = (value: string) => (value.trim() === '' ? undefined : value.trim());

export function sharingStepsBody(s: SharingStepsDraft): SharingSteps {
  const step = (x: StepDraft) => ({ done: x.done, note: note(x.note) });
  return {
    adviceAsked: step(s.adviceAsked),
    conversationHeld: step(s.conversationHeld),
    safetyRisksWeighed: step(s.safetyRisksWeighed),
    consent: { asked: s.consent.asked, given: s.consent.given, note: note(s.consent.note) },
    onlyNecessaryData: step(s.onlyNecessaryData),
    recordedInOwnFile: step(s.recordedInOwnFile),
  };
}

/** The order of the Werkwijze: the consent step comes after weighing the safety risks. */
const ORDER = [
  'adviceAsked',
  'conversationHeld',
  'safetyRisksWeighed',
  'consent',
  'onlyNecessaryData',
  'recordedInOwnFile',
] as const;

/**
 * The sharing steps of the national "Werkwijze informatie delen bij mogelijke radicalisering", each a
 * confirmation with a note: advice asked (from whom), conversation with the person or parents (or why not),
 * safety risks weighed, consent asked (or the ground for sharing without it), only the necessary data, and
 * the decision recorded in the professional's own file.
 */
export function SharingStepsFields({
  steps,
  onChange,
  fieldError,
}: {
  readonly steps: SharingStepsDraft;
  readonly onChange: (change: (s: SharingStepsDraft) => SharingStepsDraft) => void;
  readonly fieldError: (field: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const at = (path: string) => `sharingSteps.${path}`;
  const setStep = (name: PlainStep, change: Partial<StepDraft>) =>
    onChange((s) => ({ ...s, [name]: { ...s[name], ...change } }));
  const setConsent = (change: Partial<SharingStepsDraft['consent']>) =>
    onChange((s) => ({ ...s, consent: { ...s.consent, ...change } }));

  return (
    <section aria-labelledby="intake-sharing">
      <Heading level={2} id="intake-sharing">
        {t('meldpunt.sharing.title')}
      </Heading>
      <Paragraph>{t('meldpunt.sharing.intro')}</Paragraph>
      {ORDER.map((name, i) => {
        const legend = t('meldpunt.sharing.stepLegend', {
          number: i + 1,
          title: t(`meldpunt.sharing.${name}.title`),
        });
        if (name === 'consent') {
          return (
            <Fieldset key={name} className="duiden-block" legend={legend}>
              <CheckboxField
                id={fieldId(at('consent.asked'))}
                label={t('meldpunt.sharing.consent.asked')}
                checked={steps.consent.asked}
                onCheckedChange={(asked) => setConsent({ asked })}
                error={fieldError(at('consent.asked'))}
              />
              <CheckboxField
                id={fieldId(at('consent.given'))}
                label={t('meldpunt.sharing.consent.given')}
                checked={steps.consent.given}
                onCheckedChange={(given) => setConsent({ given })}
                error={fieldError(at('consent.given'))}
              />
              <TextAreaField
                id={fieldId(at('consent.note'))}
                label={t('meldpunt.sharing.consent.note')}
                description={t('meldpunt.sharing.consent.noteDescription')}
                rows={2}
                value={steps.consent.note}
                onValueChange={(value) => setConsent({ note: value })}
                error={fieldError(at('consent.note')) ?? fieldError(at('consent'))}
                maxLength={4000}
              />
            </Fieldset>
          );
        }
        const step = steps[name];
        return (
          <Fieldset key={name} className="duiden-block" legend={legend}>
            <CheckboxField
              id={fieldId(at(`${name}.done`))}
              label={t(`meldpunt.sharing.${name}.label`)}
              checked={step.done}
              onCheckedChange={(done) => setStep(name, { done })}
              error={fieldError(at(`${name}.done`)) ?? fieldError(at(name))}
            />
            <TextAreaField
              id={fieldId(at(`${name}.note`))}
              label={t(`meldpunt.sharing.${name}.note`)}
              description={t(`meldpunt.sharing.${name}.noteDescription`)}
              rows={2}
              value={step.note}
              onValueChange={(value) => setStep(name, { note: value })}
              error={fieldError(at(`${name}.note`))}
              maxLength={4000}
            />
          </Fieldset>
        );
      })}
    </section>
  );
}

export function sharingSummaryFields(t: TFunction): SummaryField[] {
  return ORDER.flatMap((name): SummaryField[] => {
    const title = t(`meldpunt.sharing.${name}.title`);
    if (name === 'consent') {
      return [
        {
          field: 'sharingSteps.consent.asked',
          id: fieldId('sharingSteps.consent.asked'),
          label: `${title}, ${t('meldpunt.sharing.consent.asked')}`,
        },
        {
          field: 'sharingSteps.consent.given',
          id: fieldId('sharingSteps.consent.given'),
          label: `${title}, ${t('meldpunt.sharing.consent.given')}`,
        },
        {
          field: 'sharingSteps.consent.note',
          id: fieldId('sharingSteps.consent.note'),
          label: `${title}, ${t('meldpunt.sharing.consent.note')}`,
        },
      ];
    }
    return [
      { field: `sharingSteps.${name}`, id: fieldId(`sharingSteps.${name}.done`), label: title },
      { field: `sharingSteps.${name}.done`, id: fieldId(`sharingSteps.${name}.done`), label: title },
      {
        field: `sharingSteps.${name}.note`,
        id: fieldId(`sharingSteps.${name}.note`),
        label: `${title}, ${t(`meldpunt.sharing.${name}.note`)}`,
      },
    ];
  });
}
