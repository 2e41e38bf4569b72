import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useFieldErrors } from './problem';

/**
 * The send of a form on a screen: the call, what the success message needs once it succeeded (cleared when
 * the form is sent again), the server's message per field, and the props a `FormFrame` takes from it.
 * `onSent` refreshes what the page shows and empties the fields that should be; what it returns is `done`.
 * A failed send leaves the fields as they are, so what was typed stays.
 */
export function useFormSend<R, D = true>({
  send,
  onSent,
  onError,
}: {
  readonly send: () => Promise<R>;
  readonly onSent: (result: R) => D | Promise<D>;
  readonly onError?: (error: unknown) => void;
}) {
  const [done, setDone] = useState<D | null>(null);
  const mutation = useMutation({
    mutationFn: send,
    onSuccess: async (result) => setDone(await onSent(result)),
    ...(onError ? { onError } : {}),
  });
  const fieldError = useFieldErrors(mutation.error);
  const submit = () => {
    if (mutation.isPending) return;
    setDone(null);
    mutation.mutate();
  };
  return {
    mutation,
    done,
    fieldError,
    /** For a FormFrame: its error summary, busy state and submit. */
    frame: { error: mutation.error, busy: mutation.isPending, onSubmit: submit },
  };
}
