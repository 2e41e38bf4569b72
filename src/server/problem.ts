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
