/** The data-subject rights a request can invoke (art. 15-18 AVG). */
export const REQUEST_KINDS = ['inzage', 'rectificatie', 'beperking', 'wissen'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];
