import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type CryptoKey, exportJWK, generateKeyPair } from 'jose';

/** Who signs in at the provider's next login page, and how (acr, amr). */
export interface TestLogin {
  accountId: string;
  acr?: string | undefined;
  amr?: string[] | undefined;
}

export interface TestProvider {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** The provider's own signing key, to sign ID tokens "as the provider" in tampering tests. */
  readonly signingKey: CryptoKey;
  readonly kid: string;
  /** The login the provider's interaction page completes next. */
  nextLogin: TestLogin;
  close(): Promise<void>;
}

// oidc-provider ships no type declarations; this is the part of its API the tests use.
interface Interaction {
  readonly uid: string;
  readonly params: Record<string, unknown>;
}
interface GrantInstance {
  addOIDCScope(scope: string): void;
  save(): Promise<string>;
}
interface ProviderInstance {
  callback(): (req: IncomingMessage, res: ServerResponse) => void;
  interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>;
  interactionFinished(
    req: IncomingMessage,
    res: ServerResponse,
    result: Record<string, unknown>,
    options?: { mergeWithLastSubmission?: boolean },
  ): Promise<void>;
  Grant: new (init: { accountId: string; clientId: string }) => GrantInstance;
}
type ProviderConstructor = new (issuer: string, configuration: Record<string, unknown>) => ProviderInstance;

/** A free loopback port (for a server whose own address must be known before it is built). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export const ACR_VALUES = ['urn:duiden:acr:basis', 'urn:duiden:acr:hoog'];

/**
 * A real OpenID provider (oidc-provider) on a loopback port, with one confidential client for the given
 * redirect URIs. Its login and consent pages are replaced by one step that signs in `nextLogin` at once,
 * through the provider's own interaction API, so the rest of the protocol runs unchanged.
 */
export async function startTestProvider(
  redirectUris: readonly string[],
  opts: { port?: number } = {},
): Promise<TestProvider> {
  // A variable specifier: the package has no types, and its API is typed above.
  const specifier = 'oidc-provider';
  const { default: Provider } = (await import(specifier)) as { default: ProviderConstructor };

  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end();
  const server: Server = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}`;

  const kid = `test-${randomBytes(4).toString('hex')}`;
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' };
  const clientId = 'duiden';
  const clientSecret = randomBytes(32).toString('base64url');

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [...redirectUris],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: [randomBytes(16).toString('hex')] },
    // acr and amr with the openid scope: in the ID token whenever the login had them, as real providers do.
    claims: {
      openid: ['sub', 'acr', 'amr', 'auth_time'],
      email: ['email', 'email_verified'],
      profile: ['name'],
    },
    acrValues: ACR_VALUES,
    features: { devInteractions: { enabled: false } },
    pkce: { required: () => true },
    findAccount: (_ctx: unknown, id: string) => ({
      accountId: id,
      claims: () => ({ sub: id, email: `${id}@lindeburg.example`, email_verified: true, name: id }),
    }),
  });

  const result: TestProvider = {
    issuer,
    clientId,
    clientSecret,
    signingKey: privateKey,
    kid,
    nextLogin: { accountId: 'nobody' },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };

  const providerCallback = provider.callback();
  handler = (req, res) => {
    if (!req.url?.startsWith('/interaction/')) {
      providerCallback(req, res);
      return;
    }
    void (async () => {
      try {
        const details = await provider.interactionDetails(req, res);
        const login = result.nextLogin;
        const grant = new provider.Grant({
          accountId: login.accountId,
          clientId: String(details.params.client_id),
        });
        grant.addOIDCScope(String(details.params.scope));
        const grantId = await grant.save();
        await provider.interactionFinished(
          req,
          res,
          {
            login: {
              accountId: login.accountId,
              remember: false,
              ...(login.acr ? { acr: login.acr } : {}),
              ...(login.amr ? { amr: login.amr } : {}),
            },
            consent: { grantId },
          },
          { mergeWithLastSubmission: false },
        );
      } catch (err) {
        res.statusCode = 500;
        res.end(String(err));
      }
    })();
  };
  return result;
}
