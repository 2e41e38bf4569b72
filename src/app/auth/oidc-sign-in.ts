import * as client from 'openid-client';
import type { OidcConfig } from '../../config.js';
import { insertPending, takePending } from '../../db/auth-pending.js';
import { findUserByExternalId } from '../../db/credentials.js';
import type { Database } from '../../db/database.js';
import { endSession } from '../../db/sessions.js';
import type { SessionLimits } from '../../domain/auth/session-rules.js';
import { hashToken, newToken, type StartedSession, startSession } from './sessions.js';
import { type AttemptInfo, logSignInFailure } from './sign-in-log.js';

/** How long the round trip to the identity provider may take (including signing in there). */
export const OIDC_PENDING_MINUTES = 10;

export const OIDC_CALLBACK_PATH = '/api/auth/oidc/callback';

interface PendingOidc {
  readonly nonce: string;
  readonly verifier: string;
  /** Hash of the value in the browser's cookie: the answer must come back to the browser that asked. */
  readonly browser: string;
}

/** Why a sign-in was refused; written to the access log as purpose `oidc:<reason>`. */
export type OidcRefusal =
  | 'unavailable'
  | 'state'
  | 'browser'
  | 'provider_error'
  | 'token_endpoint'
  | 'id_token'
  | 'acr'
  | 'amr'
  | 'no_claim'
  | 'unknown_user'
  | 'disabled'
  | 'no_membership'
  | 'error';

/** The provider's answer as it arrives at the callback, with the cookies of the browser that started. */
export interface OidcCallbackInput {
  readonly currentUrl: URL;
  readonly browserToken: string | undefined;
  readonly previousSessionToken: string | undefined;
  readonly limits: SessionLimits;
}

export type OidcCallbackResult =
  | { readonly kind: 'signed-in'; readonly session: StartedSession }
  | { readonly kind: 'refused'; readonly reason: OidcRefusal; readonly errorCode?: string | undefined };

export interface OidcOptions {
  readonly oidc: OidcConfig;
  readonly publicOrigin: string;
  readonly production: boolean;
  /** Replaces fetch towards the provider (tests tamper with its answers this way). */
  readonly fetch?: client.CustomFetch | undefined;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * openid-client refuses plain http. A provider on the own machine (development, tests) may use it, never in
 * production and never over a network.
 */
export function insecureAllowed(issuer: string, production: boolean): boolean {
  const url = new URL(issuer);
  return !production && url.protocol === 'http:' && LOOPBACK.has(url.hostname);
}

/**
 * The relying party: OpenID Connect authorization code flow with PKCE, state and nonce, all three kept
 * server-side. One per server; the provider's metadata is discovered on first use and kept, and discovered
 * again on the next sign-in when that failed (the provider may be down at start-up).
 */
export class OidcRelyingParty {
  private discovered: Promise<client.Configuration> | null = null;

  constructor(private readonly opts: OidcOptions) {}

  get redirectUri(): string {
    return `${this.opts.publicOrigin}${OIDC_CALLBACK_PATH}`;
  }

  configuration(): Promise<client.Configuration> {
    if (!this.discovered) {
      const attempt = this.discover();
      this.discovered = attempt;
      attempt.catch(() => {
        if (this.discovered === attempt) this.discovered = null;
      });
    }
    return this.discovered;
  }

  private discover(): Promise<client.Configuration> {
    const { oidc, production, fetch } = this.opts;
    // The ID token's signature is checked against the provider's keys too, not only the TLS connection.
    const execute = [client.enableNonRepudiationChecks];
    if (insecureAllowed(oidc.issuer, production)) execute.push(client.allowInsecureRequests);
    const auth = oidc.clientSecret ? client.ClientSecretBasic(oidc.clientSecret) : client.None();
    return client.discovery(new URL(oidc.issuer), oidc.clientId, undefined, auth, {
      execute,
      timeout: 10,
      ...(fetch ? { [client.customFetch]: fetch } : {}),
    });
  }

  /** Prepares a sign-in: where to send the browser, and the value for its binding cookie. */
  async start(
    db: Database,
    now: Date,
  ): Promise<{ readonly url: URL; readonly browserToken: string; readonly expiresAt: Date }> {
    const config = await this.configuration();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const verifier = client.randomPKCECodeVerifier();
    const browserToken = newToken();
    const expiresAt = new Date(now.getTime() + OIDC_PENDING_MINUTES * 60_000);
    const data: PendingOidc = { nonce, verifier, browser: hashToken(browserToken) };
    // Only the hash of the state is the key: a copy of the table cannot be used to answer a sign-in.
    await insertPending(db, { idHash: hashToken(state), kind: 'oidc', data, now, expiresAt });
    const { oidc } = this.opts;
    const params: Record<string, string> = {
      redirect_uri: this.redirectUri,
      scope: oidc.scopes,
      state,
      nonce,
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
    };
    if (oidc.requiredAcr.length > 0) params.acr_values = oidc.requiredAcr.join(' ');
    return { url: client.buildAuthorizationUrl(config, params), browserToken, expiresAt };
  }

  /**
   * Finishes a sign-in from the provider's answer. The pending state is deleted first, whatever follows, so
   * an answer can be used once. Every refusal is written to the access log, without tokens or claims.
   */
  async callback(db: Database, input: OidcCallbackInput, info: AttemptInfo): Promise<OidcCallbackResult> {
    const result = await this.finish(db, input, info);
    if (result.kind === 'refused') {
      const userId = 'userId' in result ? result.userId : null;
      await db.tx((q) => logSignInFailure(q, { ...info, userId, purpose: `oidc:${result.reason}` }));
      return { kind: 'refused', reason: result.reason, errorCode: result.errorCode };
    }
    return result;
  }

  private async finish(
    db: Database,
    input: OidcCallbackInput,
    info: AttemptInfo,
  ): Promise<
    | OidcCallbackResult
    | {
        readonly kind: 'refused';
        readonly reason: OidcRefusal;
        readonly userId: string;
        readonly errorCode?: string;
      }
  > {
    const state = input.currentUrl.searchParams.get('state');
    if (!state || state.length > 500) return { kind: 'refused', reason: 'state' };
    const pending = await takePending<PendingOidc>(db, hashToken(state), ['oidc'], info.now);
    if (!pending) return { kind: 'refused', reason: 'state' };
    if (!input.browserToken || hashToken(input.browserToken) !== pending.data.browser) {
      return { kind: 'refused', reason: 'browser' };
    }
    let config: client.Configuration;
    try {
      config = await this.configuration();
    } catch (err) {
      return { kind: 'refused', reason: 'unavailable', errorCode: errorCode(err) };
    }
    let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
    try {
      tokens = await client.authorizationCodeGrant(config, input.currentUrl, {
        expectedState: state,
        expectedNonce: pending.data.nonce,
        pkceCodeVerifier: pending.data.verifier,
        idTokenExpected: true,
      });
    } catch (err) {
      let reason: OidcRefusal = 'id_token';
      if (err instanceof client.AuthorizationResponseError) reason = 'provider_error';
      else if (err instanceof client.ResponseBodyError) reason = 'token_endpoint';
      return { kind: 'refused', reason, errorCode: errorCode(err) };
    }
    const claims = tokens.claims();
    if (!claims) return { kind: 'refused', reason: 'id_token' };
    const { requiredAcr, requiredAmr, userClaim } = this.opts.oidc;
    if (requiredAcr.length > 0 && !(typeof claims.acr === 'string' && requiredAcr.includes(claims.acr))) {
      return { kind: 'refused', reason: 'acr' };
    }
    const amr = Array.isArray(claims.amr) ? claims.amr : [];
    if (requiredAmr.length > 0 && !amr.some((m) => typeof m === 'string' && requiredAmr.includes(m))) {
      return { kind: 'refused', reason: 'amr' };
    }
    let value = claims[userClaim];
    if (value === undefined && userClaim !== 'sub') {
      // Providers often keep profile claims (email, ...) out of the ID token and answer them at userinfo.
      try {
        const userinfo = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
        value = userinfo[userClaim];
      } catch (err) {
        return { kind: 'refused', reason: 'no_claim', errorCode: errorCode(err) };
      }
    }
    if (typeof value !== 'string' || value.length === 0 || value.length > 300) {
      return { kind: 'refused', reason: 'no_claim' };
    }
    const user = await findUserByExternalId(db, value);
    // No automatic accounts: an administrator creates the user with this external id first.
    if (!user) return { kind: 'refused', reason: 'unknown_user' };
    if (user.disabled) return { kind: 'refused', reason: 'disabled', userId: user.id };
    const session = await db.tx(async (q) => {
      if (input.previousSessionToken) {
        await endSession(q, hashToken(input.previousSessionToken), info.now, 'signed-in-again');
      }
      return startSession(q, {
        userId: user.id,
        authMethod: 'oidc',
        clientIp: info.clientIp,
        requestId: info.requestId,
        now: info.now,
        limits: input.limits,
      });
    });
    if (!session) return { kind: 'refused', reason: 'no_membership', userId: user.id };
    return { kind: 'signed-in', session };
  }

  /** Writes a refusal found outside the callback's own checks (provider unreachable, unexpected error). */
  async logRefusal(db: Database, reason: OidcRefusal, info: AttemptInfo): Promise<void> {
    await db.tx((q) => logSignInFailure(q, { ...info, userId: null, purpose: `oidc:${reason}` }));
  }
}

/** The library's error code (e.g. OAUTH_JWT_CLAIM_COMPARISON_FAILED) for the server log; never the message. */
function errorCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}
