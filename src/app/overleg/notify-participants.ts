import type { Queryable } from '../../db/database.js';
import type { ItemRecord } from '../../db/overleggen/items.js';
import type { MeetingRecord } from '../../db/overleggen/meetings.js';
import { queueMail } from '../../db/overleggen/outbox.js';
import { contentMembershipsOfTenant } from '../../db/overleggen/parties.js';
import { canSeeMeeting, type MeetingAccessFacts } from '../../domain/overleg/access.js';
import type { MailText } from '../../domain/overleg/notices.js';
import { itemFacts } from './scope.js';

/**
 * Queues a content-free e-mail for everyone who takes part in the meeting (standing, by role, as chair, or
 * invited to one of its items), decided by the same need-to-know rules as the screens. One mail per
 * person, whatever the number of memberships; people without an e-mail address are skipped.
 */
export async function queueForParticipants(
  q: Queryable,
  meeting: MeetingRecord,
  facts: MeetingAccessFacts,
  items: readonly ItemRecord[],
  mail: MailText,
  opts: { now: Date; windowDays: number; exceptUserId: string | null; onlyOrganisationId?: string },
): Promise<number> {
  const memberships = await contentMembershipsOfTenant(q, meeting.tenantId);
  const told = new Set<string>();
  for (const m of memberships) {
    if (told.has(m.userId) || !m.email || m.userId === opts.exceptUserId) continue;
    if (opts.onlyOrganisationId && m.organisationId !== opts.onlyOrganisationId) continue;
    if (!canSeeMeeting(m, facts, items.map(itemFacts), opts.now, opts.windowDays)) continue;
    told.add(m.userId);
    await queueMail(q, {
      tenantId: meeting.tenantId,
      kind: 'agenda',
      recipientUserId: m.userId,
      subject: mail.subject,
      body: mail.text,
      dedupeKey: null,
      at: opts.now,
    });
  }
  return told.size;
}
