import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { CustomFetch } from 'openid-client';
import type { AuditSettings } from '../app/audit/audit-settings.js';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';

/** What the HTTP layer is given: no globals, so tests can pass their own database and clock. */
export interface ServerDeps {
  readonly db: Database;
  readonly config: Config;
  readonly clock: () => Date;
  /** Directory with the built web app (index.html); absent in API-only tests. */
  readonly webDir?: string | undefined;
  readonly logger?: boolean;
  /** Tests only: where the JSON log lines go instead of standard output. */
  readonly logStream?: NodeJS.WritableStream | undefined;
  /** The access log's key and checkpoint file, for verifying; absent in tests that do not verify. */
  readonly audit?: AuditSettings | undefined;
  /** Tests only: the fetch used towards the OpenID provider, to tamper with its answers on the way in. */
  readonly oidcFetch?: CustomFetch | undefined;
}

/** The Fastify instance with TypeBox types, so handlers see typed bodies, queries and params. */
export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;
