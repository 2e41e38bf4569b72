import { useMutation } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { VerifyProblem, VerifyResult } from '../../../contract/access-log';
import { apiSend } from '../../api';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { Heading } from '../../ui/heading';
import { Paragraph } from '../../ui/paragraph';

/** "Keten controleren": recomputes the hash chain of the whole log on the server. */
export function VerifyChain() {
  const { t } = useTranslation();
  const verify = useMutation({ mutationFn: () => apiSend<VerifyResult>('POST', '/api/access-log/verify') });
  const result = verify.data;

  return (
    <section aria-labelledby="verify-chain">
      <Heading level={2} id="verify-chain">
        {t('privacy.verifyTitle')}
      </Heading>
      <Paragraph>{t('privacy.verifyIntro')}</Paragraph>
      <Button busy={verify.isPending} onClick={() => !verify.isPending && verify.mutate()}>
        {verify.isPending ? t('privacy.verifying') : t('privacy.verify')}
      </Button>
      <div className="duiden-section" aria-live="polite">
        <ErrorSummary error={verify.error} fields={[]} />
        {result?.ok ? (
          <Alert type="ok">
            <Paragraph>
              <strong>{t('privacy.intact', { count: result.checked })}</strong>
            </Paragraph>
            <Paragraph>
              {t('privacy.headHash', { seq: result.headSeq })}{' '}
              <span className="duiden-code">{result.headHash}</span>
            </Paragraph>
            {result.anchoredSeq !== null ? (
              <Paragraph>{t('privacy.anchored', { seq: result.anchoredSeq })}</Paragraph>
            ) : null}
            {result.unkeyedSeals > 0 ? (
              <Paragraph>{t('privacy.unkeyed', { count: result.unkeyedSeals })}</Paragraph>
            ) : null}
          </Alert>
        ) : null}
        {result && !result.ok ? (
          <Alert type="error">
            <Paragraph>
              <strong>{t('privacy.broken')}</strong>
            </Paragraph>
            {result.problem ? <Paragraph>{problemText(result.problem, t)}</Paragraph> : null}
            <Paragraph>{t('privacy.checkedBefore', { count: result.checked })}</Paragraph>
          </Alert>
        ) : null}
      </div>
    </section>
  );
}

function problemText(problem: VerifyProblem, t: TFunction): string {
  switch (problem.kind) {
    case 'sequence-gap':
      return t('privacy.problems.sequence-gap', { seq: problem.seq, expectedSeq: problem.expectedSeq });
    case 'entry-missing':
      return t('privacy.problems.entry-missing', { seq: problem.seq, entryId: problem.entryId });
    case 'hash-mismatch':
      return t('privacy.problems.hash-mismatch', { seq: problem.seq, entryId: problem.entryId });
    case 'entry-not-sealed':
      return t('privacy.problems.entry-not-sealed', { entryId: problem.entryId });
    case 'unkeyed-seal':
      return t('privacy.problems.unkeyed-seal', { seq: problem.seq, entryId: problem.entryId });
    case 'key-required':
      return t('privacy.problems.key-required', { seq: problem.seq });
    case 'backdated':
      return t('privacy.problems.backdated', { seq: problem.seq, entryId: problem.entryId, at: problem.at });
    case 'dated-after-seal':
      return t('privacy.problems.dated-after-seal', {
        seq: problem.seq,
        entryId: problem.entryId,
        at: problem.at,
      });
    case 'anchor-mismatch':
      return t('privacy.problems.anchor-mismatch', { seq: problem.seq });
    case 'truncated':
      return t('privacy.problems.truncated', {
        seq: problem.seq,
        headSeq: problem.headSeq,
        anchoredSeq: problem.anchoredSeq,
      });
    case 'checkpoint-invalid':
      return t('privacy.problems.checkpoint-invalid', { line: problem.line });
    default:
      return t('privacy.broken');
  }
}
