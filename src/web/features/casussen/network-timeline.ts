import type { TFunction } from 'i18next';
import type { TimelineEvent } from '../../../contract/casussen';
import { NETWORK_LINK_KINDS, NETWORK_RELATIONS } from '../../../domain/casus/network';

const isOneOf = <T extends string>(list: readonly T[], v: string | null): v is T =>
  v !== null && (list as readonly string[]).includes(v);

/**
 * The timeline entries of the network, family, communication and handover parts in words; null for kinds
 * of other parts. Used by case-timeline.tsx.
 */
export function describePartEvent(e: TimelineEvent, t: TFunction): string | null {
  const relation = (v: string | null) =>
    isOneOf(NETWORK_RELATIONS, v) ? t(`casus.network.relations.${v}`) : (v ?? '');
  const link = (v: string | null) =>
    isOneOf(NETWORK_LINK_KINDS, v) ? t(`casus.network.links.${v}`) : (v ?? '');
  switch (e.kind) {
    case 'netwerkpersoon_toegevoegd':
      return t('casus.network.events.netwerkpersoon_toegevoegd', { relation: relation(e.to) });
    case 'netwerkpersoon_gewijzigd':
      return t('casus.network.events.netwerkpersoon_gewijzigd', { relation: relation(e.to) });
    case 'netwerkpersoon_verwijderd':
      return t('casus.network.events.netwerkpersoon_verwijderd', { relation: relation(e.from) });
    case 'netwerkrelatie_toegevoegd':
      return t('casus.network.events.netwerkrelatie_toegevoegd', { kind: link(e.to) });
    case 'netwerkrelatie_gewijzigd':
      return t('casus.network.events.netwerkrelatie_gewijzigd', { kind: link(e.to) });
    case 'netwerkrelatie_verwijderd':
      return t('casus.network.events.netwerkrelatie_verwijderd', { kind: link(e.from) });
    case 'familiecontact':
      return t('casus.family.events.familiecontact', {
        kind: isOneOf(['praktisch', 'emotioneel', 'zorgvraag'] as const, e.to)
          ? t(`casus.family.kinds.${e.to}`)
          : '',
      });
    case 'familiecontact_vervolg_gedaan':
      return t('casus.family.events.familiecontact_vervolg_gedaan');
    case 'woordvoeringslijn':
      return t('casus.communication.events.woordvoeringslijn', {
        who: isOneOf(['om', 'gemeente'] as const, e.to) ? t(`casus.communication.spokespersons.${e.to}`) : '',
      });
    case 'raadsinformatie':
      return t('casus.communication.events.raadsinformatie');
    case 'overgedragen':
      return t('casus.handover.events.overgedragen', { from: e.from ?? '', to: e.to ?? '' });
    default:
      return null;
  }
}
