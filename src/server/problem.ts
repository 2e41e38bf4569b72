/** A field-level message, in Dutch and English, naming the field as the client sent it (dotted path). */
export interface FieldError {
  readonly field: string;
  readonly nl: string;
  readonly en: string;
}

/**
 * An error meant for the client, rendered as application/problem+json (RFC 9457) with a Dutch and an
 * English message. Anything else that is thrown becomes a generic 500 without details.
 */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly nl: string,
    readonly en: string,
    readonly fields: readonly FieldError[] = [],
    readonly extra: Record<string, unknown> = {},
  ) {
    super(en);
  }
}

export const problems = {
  notReady: () =>
    new HttpProblem(
      503,
      'not_ready',
      'Duiden is (nog) niet klaar om verzoeken te behandelen.',
      'Duiden is not (yet) ready to handle requests.',
    ),
  unauthenticated: () =>
    new HttpProblem(
      401,
      'unauthenticated',
      'U bent niet (meer) ingelogd.',
      'You are not (or no longer) signed in.',
    ),
  forbidden: () =>
    new HttpProblem(
      403,
      'forbidden',
      'U heeft geen toegang tot dit onderdeel.',
      'You do not have access to this part of the application.',
    ),
  notFound: () =>
    new HttpProblem(
      404,
      'not_found',
      'Dit onderdeel bestaat niet (meer).',
      'This item does not exist (any more).',
    ),
  csrf: () =>
    new HttpProblem(
      403,
      'csrf',
      'Het verzoek is geweigerd omdat de beveiligingscode ontbrak of niet klopte. Laad de pagina opnieuw.',
      'The request was refused because its security token was missing or wrong. Reload the page.',
    ),
  validation: (fields: readonly FieldError[]) =>
    new HttpProblem(
      400,
      'validation',
      'Niet alle velden zijn goed ingevuld.',
      'Some fields are not filled in correctly.',
      fields,
    ),
  badRequest: () =>
    new HttpProblem(
      400,
      'bad_request',
      'Het verzoek kon niet worden gelezen.',
      'The request could not be read.',
    ),
  tooLarge: () => new HttpProblem(413, 'too_large', 'Het verzoek is te groot.', 'The request is too large.'),
  uriTooLong: () =>
    new HttpProblem(
      414,
      'uri_too_long',
      'Het adres van het verzoek is te lang.',
      'The address of the request is too long.',
    ),
  methodNotAllowed: () =>
    new HttpProblem(
      405,
      'method_not_allowed',
      'Deze handeling kan hier niet.',
      'This action is not possible here.',
    ),
  mediaType: () =>
    new HttpProblem(
      415,
      'media_type',
      'Dit soort inhoud wordt niet aangenomen.',
      'This content type is not accepted.',
    ),
  headersTooLarge: () =>
    new HttpProblem(
      431,
      'headers_too_large',
      'Het verzoek heeft te veel of te grote kopregels (headers of cookies).',
      'The request has too many or too large header fields (headers or cookies).',
    ),
  timeout: () =>
    new HttpProblem(
      408,
      'timeout',
      'Het verzoek duurde te lang. Probeer het opnieuw.',
      'The request took too long. Please try again.',
    ),
  internal: () =>
    new HttpProblem(
      500,
      'internal',
      'Er ging iets mis aan onze kant. Uw gegevens zijn niet verloren; probeer het opnieuw.',
      'Something went wrong on our side. Your data is not lost; please try again.',
    ),
  conflict: (current: unknown) =>
    new HttpProblem(
      409,
      'conflict',
      'Iemand anders heeft dit intussen gewijzigd. Bekijk de nieuwe versie en breng uw wijziging opnieuw aan.',
      'Someone else changed this in the meantime. Review the new version and make your change again.',
      [],
      { current },
    ),
};

export type ProblemLanguage = 'nl' | 'en';

/**
 * The language of a problem document's `title`, from the request's Accept-Language: English only when the
 * client prefers it to Dutch (by q-value, then by order); Dutch otherwise, also without the header.
 */
export function problemLanguage(acceptLanguage: string | undefined): ProblemLanguage {
  if (!acceptLanguage) return 'nl';
  let best: { lang: ProblemLanguage; q: number } | null = null;
  for (const part of acceptLanguage.split(',').slice(0, 20)) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const primary = tag.trim().split('-')[0];
    if (primary !== 'nl' && primary !== 'en') continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    if (!best || q > best.q) best = { lang: primary, q };
  }
  return best?.lang ?? 'nl';
}

/**
 * The problem+json document (RFC 9457) of a problem: `title` in the negotiated language, `message` and the
 * per-field `errors` in both, so a client can show either whatever it asked for.
 */
export function problemDocument(p: HttpProblem, requestId: string, lang: ProblemLanguage) {
  return {
    type: `urn:duiden:problem:${p.code}`,
    title: lang === 'en' ? p.en : p.nl,
    status: p.status,
    code: p.code,
    message: { nl: p.nl, en: p.en },
    errors: p.fields,
    requestId,
    ...p.extra,
  };
}

/** The refusals every area's use cases share: nothing there (or not for this actor), not theirs, input wrong. */
export type CommonFailure =
  | { readonly kind: 'not_found' }
  | { readonly kind: 'forbidden' }
  | { readonly kind: 'invalid'; readonly errors: readonly FieldError[] };

/** A shared refusal as its problem response (404, 403, or 400 with the fields). */
export function commonProblem(f: CommonFailure): HttpProblem {
  if (f.kind === 'invalid') return problems.validation(f.errors);
  return f.kind === 'forbidden' ? problems.forbidden() : problems.notFound();
}
