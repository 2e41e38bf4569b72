import type { Queryable } from '../../db/database.js';
import type { MeetingChange } from '../../db/overleggen/meetings.js';
import {
  defaultMemberOrganisations,
  findOrganisation,
  findUserInTenant,
} from '../../db/overleggen/parties.js';
import { findLegalBasis } from '../../db/overleggen/settings.js';
import type { PartnerType, Role } from '../../domain/access/roles.js';
import { MEETING_TYPE_LABELS } from '../../domain/overleg/labels.js';
import { validateMeetingPlan } from '../../domain/overleg/meeting.js';
import { clean, type FieldIssue, type MeetingType } from '../../domain/overleg/types.js';

/** What the organiser enters for a meeting (or a series), as the API received it. */
export interface MeetingInput {
  readonly title?: string | null | undefined;
  readonly startsAt: Date;
  readonly endsAt?: Date | null | undefined;
  readonly location?: string | null | undefined;
  readonly onlineUrl?: string | null | undefined;
  readonly chairUserId: string;
  readonly organiserId?: string | null | undefined;
  readonly memberOrganisationIds?: readonly string[] | null | undefined;
  readonly legalBasisId?: string | null | undefined;
}

/** A meeting's fields checked and completed: what is stored for it. */
export type ResolvedMeeting = MeetingChange;

/** Who may chair: the municipality's officer, the mayor, or (for triage) the meldpunt. */
const CHAIR_ROLES: readonly Role[] = ['aandachtsfunctionaris', 'burgemeester', 'meldpunt'];

/** The standing members a new meeting gets when none are given: gemeente, politie and OM. */
export const DEFAULT_MEMBER_TYPES: readonly PartnerType[] = ['politie', 'om'];

/**
 * Checks a meeting's fields against the tenant's own data (chair, organiser, members, legal basis) and
 * fills in the defaults. All problems are returned at once, per field.
 */
export async function resolveMeetingInput(
  q: Queryable,
  tenantId: string,
  type: MeetingType,
  input: MeetingInput,
): Promise<{ ok: true; meeting: ResolvedMeeting } | { ok: false; errors: FieldIssue[] }> {
  const errors: FieldIssue[] = validateMeetingPlan({
    startsAt: input.startsAt,
    endsAt: input.endsAt ?? null,
    location: input.location,
    onlineUrl: input.onlineUrl,
  });

  const chair = await findUserInTenant(q, input.chairUserId, tenantId);
  if (!chair?.roles.some((r) => CHAIR_ROLES.includes(r))) {
    errors.push({
      field: 'chairUserId',
      nl: 'Kies als voorzitter een aandachtsfunctionaris, de burgemeester of een medewerker van het meldpunt.',
      en: 'Choose an aandachtsfunctionaris, the mayor or a meldpunt employee as chair.',
    });
  }

  const organiserId = input.organiserId ?? tenantId;
  if (organiserId !== tenantId) {
    const org = await findOrganisation(q, organiserId);
    if (org?.kind !== 'gemeente' || org.regionId !== tenantId) {
      errors.push({
        field: 'organiserId',
        nl: 'Kies als organisator uw eigen gemeente of regio, of een gemeente uit uw regio.',
        en: 'Choose your own municipality or region, or a municipality of your region, as organiser.',
      });
    }
  }

  let members = input.memberOrganisationIds ? [...new Set(input.memberOrganisationIds)] : null;
  if (members) {
    for (const [i, id] of members.entries()) {
      const org = await findOrganisation(q, id);
      if (!org || org.tenantId !== tenantId) {
        errors.push({
          field: `memberOrganisationIds.${i}`,
          nl: 'Kies een organisatie van uw eigen gemeente of regio.',
          en: 'Choose an organisation of your own municipality or region.',
        });
      }
    }
  } else {
    members = await defaultMemberOrganisations(q, tenantId, DEFAULT_MEMBER_TYPES);
  }

  if (input.legalBasisId && !(await findLegalBasis(q, input.legalBasisId, tenantId))) {
    errors.push({
      field: 'legalBasisId',
      nl: 'Kies een grondslag uit de lijst.',
      en: 'Choose a legal basis from the list.',
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    meeting: {
      title: clean(input.title) ?? MEETING_TYPE_LABELS[type].nl,
      startsAt: input.startsAt,
      endsAt: input.endsAt ?? null,
      location: clean(input.location),
      onlineUrl: clean(input.onlineUrl),
      chairUserId: input.chairUserId,
      organiserId,
      memberOrganisationIds: members,
      legalBasisId: input.legalBasisId ?? null,
    },
  };
}
