import { useTranslation } from 'react-i18next';
import type { SignalDetail } from '../../../contract/meldingen';
import type { AssumptionState } from '../../../domain/melding/types';
import { DataList } from '../../ui/data-list';
import { formatDay } from '../../ui/format';
import { Heading } from '../../ui/heading';
import { Paragraph } from '../../ui/paragraph';
import { StatusBadge } from '../../ui/status-badge';

export const ASSUMPTION_BADGE = { open: 'neutral', bevestigd: 'success', weerlegd: 'inactive' } as const;

export function AssumptionBadge({ state }: { readonly state: AssumptionState }) {
  const { t } = useTranslation();
  return (
    <StatusBadge status={ASSUMPTION_BADGE[state]}>{t(`meldpunt.assumptionStates.${state}`)}</StatusBadge>
  );
}

/**
 * The content of a signal in its parts, as step 1 of the Werkwijze asks: the facts (what was seen or heard,
 * when, where, and from whom when not first-hand), the opinions and assumptions marked as such, and what
 * contradicts a concern about radicalisation.
 */
export function SignalContent({ signal }: { readonly signal: SignalDetail }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="signal-content" className="duiden-section">
      <Heading level={2} id="signal-content">
        {t('meldpunt.signal.contentTitle')}
      </Heading>
      {signal.question ? (
        <>
          <Heading level={3}>{t('meldpunt.signal.question')}</Heading>
          <Paragraph>
            <span className="duiden-prewrap">{signal.question}</span>
          </Paragraph>
        </>
      ) : null}

      <section aria-labelledby="signal-facts" className="duiden-facts">
        <Heading level={3} id="signal-facts">
          {t('meldpunt.signal.factsTitle')}
        </Heading>
        <Paragraph small>{t('meldpunt.signal.factsIntro')}</Paragraph>
        {signal.observations.length === 0 ? (
          <Paragraph>{t('meldpunt.signal.noObservations')}</Paragraph>
        ) : (
          <ol className="utrecht-ordered-list duiden-plain-list">
            {signal.observations.map((o, i) => (
              <li key={o.id} className="duiden-block">
                <Heading level={4}>{t('meldpunt.signal.observation', { number: i + 1 })}</Heading>
                <Paragraph>
                  <span className="duiden-prewrap">{o.description}</span>
                </Paragraph>
                <DataList
                  items={[
                    {
                      key: 'when',
                      label: t('meldpunt.signal.when'),
                      value:
                        [o.observedOn ? formatDay(o.observedOn) : null, o.observedWhen]
                          .filter(Boolean)
                          .join(', ') || t('meldpunt.signal.unknown'),
                    },
                    {
                      key: 'where',
                      label: t('meldpunt.signal.where'),
                      value:
                        [o.place ? t(`meldpunt.places.${o.place}`) : null, o.placeDetail]
                          .filter(Boolean)
                          .join(': ') || t('meldpunt.signal.unknown'),
                    },
                    {
                      key: 'source',
                      label: t('meldpunt.signal.source'),
                      value: [t(`meldpunt.sources.${o.source}`), o.sourceDetail].filter(Boolean).join(': '),
                    },
                  ]}
                />
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="signal-assumptions" className="duiden-opinion">
        <Heading level={3} id="signal-assumptions">
          {t('meldpunt.signal.assumptionsTitle')}
        </Heading>
        <Paragraph small>{t('meldpunt.signal.assumptionsIntro')}</Paragraph>
        {signal.assumptions.length === 0 ? (
          <Paragraph>{t('meldpunt.signal.noAssumptions')}</Paragraph>
        ) : (
          <ul className="utrecht-unordered-list">
            {signal.assumptions.map((a) => (
              <li key={a.id}>
                <span className="duiden-label">{t('meldpunt.signal.assumptionLabel')}</span> {a.text}{' '}
                {signal.view === 'full' ? <AssumptionBadge state={a.state} /> : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="signal-contra">
        <Heading level={3} id="signal-contra">
          {t('meldpunt.signal.contraTitle')}
        </Heading>
        <Paragraph>
          {signal.contraIndications ? (
            <span className="duiden-prewrap">{signal.contraIndications}</span>
          ) : (
            <span className="duiden-muted">{t('meldpunt.signal.noContra')}</span>
          )}
        </Paragraph>
      </section>
    </section>
  );
}

/** The steps of the Werkwijze informatie delen as the partner confirmed them. */
export function SharingStepsView({ signal }: { readonly signal: SignalDetail }) {
  const { t } = useTranslation();
  const s = signal.sharingSteps;
  if (!s) return null;
  const yes = (done: boolean) =>
    done ? (
      <StatusBadge status="success">{t('meldpunt.sharing.done')}</StatusBadge>
    ) : (
      <StatusBadge status="neutral">{t('meldpunt.sharing.notDone')}</StatusBadge>
    );
  const withNote = (done: boolean, note: string | null | undefined) => (
    <>
      {yes(done)}
      {note ? <> {note}</> : null}
    </>
  );
  return (
    <section aria-labelledby="signal-sharing" className="duiden-section">
      <Heading level={2} id="signal-sharing">
        {t('meldpunt.sharing.title')}
      </Heading>
      <DataList
        items={[
          {
            key: 'adviceAsked',
            label: t('meldpunt.sharing.adviceAsked.title'),
            value: withNote(s.adviceAsked.done, s.adviceAsked.note),
          },
          {
            key: 'conversationHeld',
            label: t('meldpunt.sharing.conversationHeld.title'),
            value: withNote(s.conversationHeld.done, s.conversationHeld.note),
          },
          {
            key: 'safetyRisksWeighed',
            label: t('meldpunt.sharing.safetyRisksWeighed.title'),
            value: withNote(s.safetyRisksWeighed.done, s.safetyRisksWeighed.note),
          },
          {
            key: 'consent',
            label: t('meldpunt.sharing.consent.title'),
            value: (
              <>
                {t('meldpunt.sharing.consentState', {
                  asked: s.consent.asked ? t('common.yes') : t('common.no'),
                  given: s.consent.given ? t('common.yes') : t('common.no'),
                })}
                {s.consent.note ? <> {s.consent.note}</> : null}
              </>
            ),
          },
          {
            key: 'onlyNecessaryData',
            label: t('meldpunt.sharing.onlyNecessaryData.title'),
            value: withNote(s.onlyNecessaryData.done, s.onlyNecessaryData.note),
          },
          {
            key: 'recordedInOwnFile',
            label: t('meldpunt.sharing.recordedInOwnFile.title'),
            value: withNote(s.recordedInOwnFile.done, s.recordedInOwnFile.note),
          },
        ]}
      />
    </section>
  );
}
