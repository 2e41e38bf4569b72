import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Database } from '../../db/database.js';
import { insertAttachment, insertSignal, type NewSignal } from '../../db/meldingen.js';
import { routeToRegionalMeldpunt } from '../../db/regio-agreements.js';
import type { Actor } from '../../domain/access/roles.js';
import { isRestrictedChannel } from '../../domain/melding/access.js';
import { amsterdamDate, amsterdamNoon } from '../../domain/melding/calendar.js';
import { type DeadlineSettings, intakeDeadlines, nextDueOn } from '../../domain/melding/deadlines.js';
import {
  clean,
  type IntakeDraft,
  type SharingSteps,
  searchText,
  summaryOf,
  validateIntake,
  validateSharingSteps,
  validateStaffIntake,
} from '../../domain/melding/intake.js';
import { formatStatusCode, normalizeStatusCode, STATUS_CODE_BYTES } from '../../domain/melding/reference.js';
import type { Channel, FieldIssue, IntakeRoute } from '../../domain/melding/types.js';
import { type AttachmentUpload, type CheckedAttachment, checkAttachment } from './check-attachment.js';
import { type AuditFn, invalid, type Result } from './results.js';

export interface SubmitSignalInput {
  readonly route: IntakeRoute;
  readonly tenantId: string;
  readonly channel: Channel;
  /** Staff: the day it came in, when that was before today. */
  readonly receivedOn?: string | null | undefined;
  readonly draft: IntakeDraft;
  /** Professional intake: the steps of the Werkwijze informatie delen. */
  readonly sharingSteps?: SharingSteps | undefined;
  readonly attachments: readonly AttachmentUpload[];
  /** Who records it; null for the public form. */
  readonly actor: Actor | null;
  /** Give the reporter a private status code (always on the public form; staff on request). */
  readonly issueStatusCode: boolean;
  readonly deadlines: DeadlineSettings;
}

export interface SubmittedSignal {
  readonly id: string;
  readonly reference: string;
  readonly receivedAt: Date;
  /** Shown once; only its hash is stored. */
  readonly statusCode: string | null;
}

/** SHA-256 of the canonical code. The code has 160 random bits, so a fast hash cannot be brute-forced. */
export function hashStatusCode(canonical: string): string {
  return createHash('sha256').update(`duiden-status:${canonical}`).digest('hex');
}

/**
 * Takes in a melding or adviesvraag from any route: checks every rule at once (so the reporter sees all
 * problems together), then stores the signal, its parts and its attachments in one transaction with the
 * access-log entry and the queued notification. Nothing is half-saved.
 */
export async function submitSignal(
  db: Database,
  now: Date,
  input: SubmitSignalInput,
  audit: AuditFn,
): Promise<Result<SubmittedSignal>> {
  const today = amsterdamDate(now);
  const errors: FieldIssue[] = validateIntake(input.draft, today, {
    feedbackInApp: input.route === 'professional',
  });
  if (input.route === 'professional' && input.sharingSteps) {
    errors.push(...validateSharingSteps(input.sharingSteps));
  }
  if (input.route === 'medewerker' && input.actor) {
    errors.push(
      ...validateStaffIntake(
        { channel: input.channel, receivedOn: input.receivedOn },
        input.actor.role,
        today,
      ),
    );
  }
  const files: CheckedAttachment[] = [];
  for (const [i, upload] of input.attachments.entries()) {
    const checked = await checkAttachment(upload, `attachments.${i}`);
    if (checked.ok) files.push(checked.file);
    else errors.push(checked.error);
  }
  if (errors.length > 0) return invalid(errors);

  const receivedAt = input.receivedOn && input.receivedOn < today ? amsterdamNoon(input.receivedOn) : now;
  let statusCode: string | null = null;
  let statusCodeHash: string | null = null;
  if (input.issueStatusCode) {
    statusCode = formatStatusCode(randomBytes(STATUS_CODE_BYTES));
    statusCodeHash = hashStatusCode(normalizeStatusCode(statusCode) as string);
  }
  const actor = input.actor;
  const row = newSignalRow(input, { receivedAt, createdAt: now, statusCodeHash });

  // The signal row comes last: its reference counter stays locked only for that statement and the commit.
  const saved = await db.tx(async (q) => {
    await audit(q, { action: 'create', objectType: 'signal', objectId: row.id, tenantId: input.tenantId });
    for (const f of files) {
      await insertAttachment(q, {
        signalId: row.id,
        fileName: f.fileName,
        mediaType: f.mediaType,
        content: f.content,
        sha256: f.sha256,
        at: now,
        userId: actor?.userId ?? null,
      });
    }
    const stored = await insertSignal(q, row);
    // Regional cooperation: a municipality that uses the regional meldpunt has the region work its reports;
    // the signal stays the municipality's. The region's log shows it arrived there, on whose behalf.
    const region = await routeToRegionalMeldpunt(q, row.id, today);
    if (region) {
      await audit(q, {
        action: 'route',
        objectType: 'signal',
        objectId: row.id,
        tenantId: region,
        onBehalfOf: input.tenantId,
        purpose: 'regio:regionaal_meldpunt',
      });
    }
    return stored;
  });
  return { ok: true, id: saved.id, reference: saved.reference, receivedAt, statusCode };
}

/**
 * The row an intake becomes: cleaned text, deadlines fixed at receipt, the summary and search text.
 * Shared by the intake, the demo data and the benchmark, so all store signals the same way.
 */
export function newSignalRow(
  input: Omit<SubmitSignalInput, 'attachments' | 'issueStatusCode' | 'receivedOn'>,
  at: { receivedAt: Date; createdAt: Date; statusCodeHash: string | null },
): NewSignal {
  const { receivedAt, createdAt, statusCodeHash } = at;
  const due = intakeDeadlines(receivedAt, input.deadlines);
  const d = input.draft;
  const actor = input.actor;
  return {
    id: randomUUID(),
    tenantId: input.tenantId,
    year: Number(amsterdamDate(receivedAt).slice(0, 4)),
    kind: d.kind,
    intake: input.route,
    channel: input.channel,
    receivedAt,
    restricted: isRestrictedChannel(input.channel),
    reporter: {
      kind: d.reporter.kind,
      name: clean(d.reporter.name),
      email: clean(d.reporter.email)?.toLowerCase() ?? null,
      phone: clean(d.reporter.phone),
      organisation: clean(d.reporter.organisation),
      role: clean(d.reporter.role),
      feedbackWanted: d.reporter.feedbackWanted ?? false,
    },
    question: clean(d.question),
    contraIndications: clean(d.contraIndications),
    sharingSteps: input.route === 'professional' ? (input.sharingSteps ?? null) : null,
    submittedByUserId: input.route === 'professional' ? (actor?.userId ?? null) : null,
    submittedByOrganisationId: input.route === 'professional' ? (actor?.organisationId ?? null) : null,
    statusCodeHash,
    acknowledgeDueOn: due.acknowledgeDueOn,
    triageDueOn: due.triageDueOn,
    nextDueOn: nextDueOn({
      status: 'ontvangen',
      acknowledgeDueOn: due.acknowledgeDueOn,
      triageDueOn: due.triageDueOn,
      acknowledgedAt: null,
      triagedAt: null,
      infoDueOn: null,
    }),
    summary: summaryOf(d),
    searchText: searchText(d),
    createdAt,
    observations: (d.observations ?? []).map((o) => ({
      description: clean(o.description) as string,
      observedOn: o.observedOn || null,
      observedWhen: clean(o.observedWhen),
      place: o.place ?? null,
      placeDetail: clean(o.placeDetail),
      source: o.source,
      sourceDetail: clean(o.sourceDetail),
    })),
    assumptions: (d.assumptions ?? []).map((a) => clean(a) as string),
    subjects: (d.persons ?? []).map((p) => ({
      name: clean(p.name),
      age: p.age ?? null,
      birthDate: p.birthDate || null,
      neighbourhood: clean(p.neighbourhood),
      address: clean(p.address),
      schoolOrWork: clean(p.schoolOrWork),
      relation: p.relation ?? null,
      relationDetail: clean(p.relationDetail),
    })),
    recordedBy: actor ? { userId: actor.userId, name: actor.displayName, role: actor.role } : null,
    // Staff who record a signal themselves need no e-mail about it.
    notify: input.route !== 'medewerker',
  };
}
