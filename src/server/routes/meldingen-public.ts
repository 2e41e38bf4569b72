import fastifyRateLimit from '@fastify/rate-limit';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { loadSecretKey } from '../../app/auth/secret-box.js';
import { checkPublicStatus } from '../../app/melding/check-public-status.js';
import type { MeldpuntConfig } from '../../app/melding/config.js';
import type { Notifier } from '../../app/melding/notify-meldpunt.js';
import { type PowCheck, proofOfWork } from '../../app/melding/proof-of-work.js';
import type { PublicMunicipalities } from '../../app/melding/public-municipalities.js';
import { submitSignal } from '../../app/melding/submit-signal.js';
import {
  FormOptions,
  Municipality,
  PublicIntakeBody,
  PublicIntakeResponse,
  PublicStatusBody,
  PublicStatusResponse,
} from '../../contract/meldingen.js';
import { errorResponses } from '../../contract/primitives.js';
import { listPublicMunicipalities } from '../../db/meldpunt-settings.js';
import { ALLOWED_MEDIA_TYPES } from '../../domain/melding/attachments.js';
import { amsterdamDate } from '../../domain/melding/calendar.js';
import { LIMITS } from '../../domain/melding/intake.js';
import {
  ANNOTATION_EFFECT_LABELS,
  ASSUMPTION_STATE_LABELS,
  CHANNEL_LABELS,
  CLOSE_REASON_LABELS,
  DECISION_OUTCOME_LABELS,
  type Label,
  PLACE_LABELS,
  PUBLIC_STATUS_LABELS,
  RELATION_LABELS,
  REPORTER_KIND_LABELS,
  SIGNAL_KIND_LABELS,
  SOURCE_LABELS,
  STATUS_LABELS,
} from '../../domain/melding/labels.js';
import { publicStatus, TRANSITIONS } from '../../domain/melding/status.js';
import type { App, ServerDeps } from '../deps.js';
import { HttpProblem, problems } from '../problem.js';
import { databaseStore, routeLimit, tooManyRequests } from '../rate-limit.js';
import { auditFor, failure } from './meldingen-present.js';

/** Room for the largest allowed submission: every attachment at 10 MB in base64, plus the form itself. */
export const INTAKE_BODY_LIMIT = LIMITS.attachments * 13_981_016 + 1024 * 1024;

const options = (labels: Record<string, Label>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

const ACUTE_DANGER: Label = {
  nl: 'Is er acuut gevaar? Bel direct 112. Dit formulier wordt niet dag en nacht gelezen.',
  en: 'Is there acute danger? Call 112 at once. This form is not read day and night.',
};

/** Why the proof-of-work was refused, in words; the form then fetches a new challenge and solves it again. */
const POW_REFUSED: Record<Exclude<PowCheck, { ok: true }>['reason'], { nl: string; en: string }> = {
  missing: {
    nl: 'De controle tegen misbruik is nog niet klaar. Wacht even en verstuur opnieuw.',
    en: 'The check against abuse has not finished yet. Wait a moment and send again.',
  },
  invalid: {
    nl: 'De controle tegen misbruik klopt niet. Verstuur opnieuw; de controle wordt dan opnieuw gedaan.',
    en: 'The check against abuse is not right. Send again; the check is then done again.',
  },
  expired: {
    nl: 'De controle tegen misbruik is verlopen. Verstuur opnieuw; de controle wordt dan opnieuw gedaan.',
    en: 'The check against abuse has expired. Send again; the check is then done again.',
  },
  used: {
    nl: 'Deze controle tegen misbruik is al eens gebruikt. Verstuur opnieuw; de controle wordt dan opnieuw gedaan.',
    en: 'This check against abuse has been used before. Send again; the check is then done again.',
  },
};

const HONEYPOT_REFUSED = {
  field: 'website',
  nl: 'Laat dit veld leeg.',
  en: 'Leave this field empty.',
};

/**
 * The public side of the meldpunt: no sign-in. The CSRF double-submit check of app.ts applies to the POSTs
 * (the form gets its token from GET /api/auth/session). Both POSTs are rate-limited per client address,
 * and wrong reference/code combinations count separately and more strictly.
 */
export async function meldingPublicRoutes(
  root: App,
  deps: ServerDeps,
  mc: MeldpuntConfig,
  notifier: Notifier,
  municipalities: PublicMunicipalities,
): Promise<void> {
  const { db, clock } = deps;
  await root.register(async (scope) => {
    const app = scope.withTypeProvider<TypeBoxTypeProvider>();
    await app.register(fastifyRateLimit, {
      global: false,
      ...(mc.rateLimitStore === 'database' ? { store: databaseStore(db, clock) } : {}),
      errorResponseBuilder: (_request, ctx) =>
        tooManyRequests(Math.ceil(ctx.ttl / 1000), { acuteDanger: true }),
    });
    const failedLookups = app.createRateLimit(routeLimit(mc.statusFailures, 'status-fail'));
    const pow = proofOfWork(db, clock, loadSecretKey(deps.config), mc.pow);

    app.get(
      '/api/public/meldingen/uitdaging',
      {
        config: { access: 'melding.publicChallenge' },
        schema: {
          tags: ['meldpunt (publiek)'],
          summary:
            'A proof-of-work challenge (ALTCHA, self-hosted) for one report: the browser solves it and sends the ' +
            'solution with the report as `altcha`. Each challenge can be used once, until it expires',
          response: {
            200: Type.Object(
              {
                parameters: Type.Object({}, { additionalProperties: true }),
                signature: Type.Optional(Type.String()),
              },
              { additionalProperties: false },
            ),
            ...errorResponses,
          },
        },
      },
      async () => pow.challenge(),
    );

    app.get(
      '/api/public/gemeenten',
      {
        config: { access: 'melding.publicMunicipalities' },
        schema: {
          tags: ['meldpunt (publiek)'],
          summary: 'The municipalities whose meldpunt takes reports through the public form',
          response: { 200: Type.Array(Municipality), ...errorResponses },
        },
      },
      async () => listPublicMunicipalities(db),
    );

    app.get(
      '/api/public/meldingen/formulier',
      {
        config: { access: 'melding.publicForm' },
        schema: {
          tags: ['meldpunt (publiek)'],
          summary:
            'Choices, labels (nl/en) and limits of the form, and the 112 notice for the top of the page',
          response: { 200: FormOptions, ...errorResponses },
        },
      },
      async () => ({
        acuteDanger: ACUTE_DANGER,
        kinds: options(SIGNAL_KIND_LABELS),
        reporterKinds: options(REPORTER_KIND_LABELS),
        places: options(PLACE_LABELS),
        sources: options(SOURCE_LABELS),
        relations: options(RELATION_LABELS),
        channels: options(CHANNEL_LABELS),
        statuses: options(STATUS_LABELS),
        publicStatuses: options(PUBLIC_STATUS_LABELS),
        decisionOutcomes: options(DECISION_OUTCOME_LABELS),
        closeReasons: options(CLOSE_REASON_LABELS),
        annotationEffects: options(ANNOTATION_EFFECT_LABELS),
        assumptionStates: options(ASSUMPTION_STATE_LABELS),
        transitions: Object.fromEntries(Object.entries(TRANSITIONS).map(([k, v]) => [k, [...v]])),
        limits: { ...LIMITS },
        attachmentTypes: Object.entries(ALLOWED_MEDIA_TYPES).map(([mediaType, extension]) => ({
          mediaType,
          extension,
        })),
      }),
    );

    app.post(
      '/api/public/meldingen',
      {
        config: { access: 'melding.submitPublic', rateLimit: { ...routeLimit(mc.submit, 'submit') } },
        bodyLimit: INTAKE_BODY_LIMIT,
        schema: {
          tags: ['meldpunt (publiek)'],
          summary:
            'Sends a melding or adviesvraag to a municipality. Answers the reference and a private status code (shown once).',
          body: PublicIntakeBody,
          response: { 201: PublicIntakeResponse, ...errorResponses },
        },
      },
      async (request, reply) => {
        const b = request.body;
        const now = clock();
        if (b.website) {
          await auditFor(request, clock)(db, { action: 'honeypot', objectType: 'signal', objectId: null });
          throw problems.validation([HONEYPOT_REFUSED]);
        }
        // One report per solved challenge; refused reports give it back, so the sender can correct and resend.
        const proof = await pow.check(b.altcha ?? '');
        if (!proof.ok) {
          await auditFor(request, clock)(db, { action: 'pow_refused', objectType: 'signal', objectId: null });
          throw problems.validation([{ field: 'altcha', ...POW_REFUSED[proof.reason] }]);
        }
        const municipality = await municipalities.find(b.municipalityId);
        if (!municipality) {
          await proof.release();
          throw problems.validation([
            {
              field: 'municipalityId',
              nl: 'Kies de gemeente waar u woont of waar het om gaat.',
              en: 'Choose the municipality you live in or that this is about.',
            },
          ]);
        }
        const result = await submitSignal(
          db,
          now,
          {
            route: 'publiek',
            tenantId: municipality.tenantId,
            channel: 'webformulier',
            draft: b,
            attachments: b.attachments ?? [],
            actor: null,
            issueStatusCode: true,
            deadlines: municipality,
          },
          auditFor(request, clock),
        );
        if (!result.ok) {
          await proof.release();
          throw await failure(result, { db, actor: null, now });
        }
        notifier.kick();
        return reply.status(201).send({
          reference: result.reference,
          statusCode: result.statusCode as string,
          municipality: municipality.name,
          receivedAt: result.receivedAt.toISOString(),
          message: {
            nl: `Dank u wel. Uw melding is ontvangen onder nummer ${result.reference}. Bewaar de statuscode goed: daarmee kunt u de status volgen. De code wordt maar één keer getoond.`,
            en: `Thank you. Your report was received as ${result.reference}. Keep the status code safe: with it you can follow the status. The code is shown only once.`,
          },
        });
      },
    );

    app.post(
      '/api/public/meldingen/status',
      {
        config: { access: 'melding.publicStatus', rateLimit: { ...routeLimit(mc.status, 'status') } },
        schema: {
          tags: ['meldpunt (publiek)'],
          summary:
            'The coarse status (ontvangen, in behandeling, afgerond) and the feedback of one report, by its reference and status code. Never content.',
          body: PublicStatusBody,
          response: { 200: PublicStatusResponse, ...errorResponses },
        },
      },
      async (request, reply) => {
        // Too many wrong codes from this address: refuse before looking anything up.
        const before = await failedLookups(request, { increment: false });
        if (!before.isAllowed && before.remaining <= 0) {
          reply.header('Retry-After', String(before.ttlInSeconds));
          throw tooManyRequests(before.ttlInSeconds, { acuteDanger: true });
        }
        const found = await checkPublicStatus(db, request.body.reference, request.body.statusCode);
        const log = auditFor(request, clock);
        if (!found) {
          await failedLookups(request);
          await log(db, { action: 'read', objectType: 'signal_status', objectId: null, result: 'failed' });
          throw new HttpProblem(
            404,
            'not_found',
            'Deze combinatie van nummer en statuscode kennen we niet. Controleer beide en probeer het opnieuw.',
            'We do not know this combination of reference and status code. Check both and try again.',
          );
        }
        await log(db, {
          action: 'read',
          objectType: 'signal_status',
          objectId: found.id,
          tenantId: found.tenantId,
        });
        const status = publicStatus(found.status);
        return {
          reference: found.reference,
          municipality: found.municipality,
          receivedOn: amsterdamDate(found.receivedAt),
          status,
          statusLabel: PUBLIC_STATUS_LABELS[status],
          feedback: found.feedback.map((f) => ({ at: f.createdAt.toISOString(), message: f.message })),
        };
      },
    );
  });
}
