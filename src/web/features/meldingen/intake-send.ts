import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../api';
import { useFieldErrors } from '../../ui/problem';
import { attachmentsOf, intakeContent, type MeldingDraft, withFormIndexes } from './melding-draft';
import { worklistKey } from './meldingen-api';

type Attachments = Awaited<ReturnType<typeof attachmentsOf>> | undefined;

/**
 * Sends a new signal from one of the intake forms (public, partner, staff): the draft's content and its
 * attachments within what the form adds (`body`). The server's field errors come back with the indexes
 * of the rows as the form shows them, so the summary links to the right observation or person. The
 * worklist is read again after a signal came in.
 */
export function useIntakeSend<R>({
  path,
  draft,
  body,
  onSent,
  onRefused,
}: {
  readonly path: string;
  readonly draft: MeldingDraft;
  readonly body: (
    content: Record<string, unknown>,
    attachments: Attachments,
  ) => Record<string, unknown> | Promise<Record<string, unknown>>;
  readonly onSent: (result: R) => void;
  /** Sees every refusal before the form does. */
  readonly onRefused?: (error: unknown) => void;
}) {
  const queryClient = useQueryClient();
  const send = useMutation({
    mutationFn: async () => {
      const { content, indexes } = intakeContent(draft);
      const sent = await body(content, draft.files.length > 0 ? await attachmentsOf(draft.files) : undefined);
      try {
        return await apiSend<R>('POST', path, sent);
      } catch (error) {
        onRefused?.(error);
        throw withFormIndexes(error, indexes);
      }
    },
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: worklistKey });
      onSent(result);
    },
  });
  const fieldError = useFieldErrors(send.error);
  return {
    send,
    fieldError,
    /** For a FormFrame: its error summary, busy state and submit. */
    frame: { error: send.error, busy: send.isPending, onSubmit: () => send.mutate() },
  };
}
