import 'altcha/external';
import 'altcha/altcha.css';
import 'altcha/i18n/en';
import 'altcha/i18n/nl';
import type {} from 'altcha/types/react';
import ShaWorker from 'altcha/workers/sha?worker';
import { type RefObject, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/i18n';

// The strict CSP allows no inline scripts or styles: the external build, its CSS as a file, and the
// SHA-256 worker as its own script from this origin. The challenge comes from our own server.
$altcha.algorithms.set('SHA-256', () => new ShaWorker());

export const CHALLENGE_URL = '/api/public/meldingen/uitdaging';

/** The widget as the form uses it: solve the challenge (again) and hand over the payload to send. */
export interface ProofOfWork {
  readonly ref: RefObject<HTMLElementTagNameMap['altcha-widget'] | null>;
  /** The payload of a solved challenge (solving it now when that has not happened yet). */
  solve(): Promise<string>;
  /** After a refused proof: forget it, so the next send solves a new challenge. */
  reset(): void;
}

export function useProofOfWork(): ProofOfWork {
  const ref = useRef<HTMLElementTagNameMap['altcha-widget'] | null>(null);
  const payload = useRef('');
  useEffect(() => {
    const widget = ref.current;
    if (!widget) return;
    // The widget reports each step; a solved challenge carries the payload to send.
    const onState = (e: Event) => {
      const d = (e as CustomEvent<{ state?: string; payload?: string }>).detail;
      payload.current = d?.state === 'verified' && d.payload ? d.payload : '';
    };
    widget.addEventListener('statechange', onState);
    return () => widget.removeEventListener('statechange', onState);
  }, []);
  return {
    ref,
    async solve() {
      if (payload.current) return payload.current;
      const result = await ref.current?.verify();
      payload.current = result?.payload ?? '';
      return payload.current;
    },
    reset() {
      payload.current = '';
      ref.current?.reset();
    },
  };
}

/**
 * The proof-of-work of the public form (ALTCHA, self-hosted): invisible, it starts when the visitor begins
 * filling in the form and is finished, about a second later, long before they send. Nothing is tracked.
 */
export function ProofOfWorkWidget({ pow }: { readonly pow: ProofOfWork }) {
  const { i18n } = useTranslation();
  return (
    <altcha-widget
      ref={pow.ref}
      challenge={CHALLENGE_URL}
      auto="onfocus"
      display="invisible"
      name="altcha"
      language={currentLanguage(i18n.resolvedLanguage)}
    />
  );
}
