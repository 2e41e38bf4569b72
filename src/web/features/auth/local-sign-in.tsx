import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalSignInStep } from '../../../contract/auth';
import { apiSend } from '../../api';
import { useResetForNewSession } from '../../session';
import { Button, ButtonGroup } from '../../ui/button';
import { TextField } from '../../ui/form-field';
import { useDraft, useFormFields } from '../../ui/form-fields';
import { FormFrame } from '../../ui/form-frame';
import { Paragraph } from '../../ui/paragraph';
import { clientValidationError } from '../../ui/problem';

type Step = { readonly step: 'credentials' } | LocalSignInStep;

/** The heading of a step; it takes focus when the step opens, so the user hears what is asked next. */
function StepHeading({ id, children }: { readonly id: string; readonly children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (id !== 'local-credentials') ref.current?.focus();
  }, [id]);
  return (
    <h2 className="utrecht-heading-2" id={id} ref={ref} tabIndex={-1}>
      {children}
    </h2>
  );
}

/**
 * Sign-in with a local account: username and password, then (the first time) a new password and setting up
 * an authenticator app, then the code from that app.
 */
export function LocalSignIn() {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>({ step: 'credentials' });
  const startOver = () => setStep({ step: 'credentials' });

  return (
    <section className="duiden-section" aria-labelledby={`local-${step.step}`}>
      {step.step === 'credentials' ? <CredentialsForm onNext={setStep} /> : null}
      {step.step === 'new-password' ? <NewPasswordForm onNext={setStep} /> : null}
      {step.step === 'enrol' || step.step === 'totp' ? <TotpForm step={step} /> : null}
      {step.step !== 'credentials' ? (
        <ButtonGroup>
          <Button appearance="subtle" onClick={startOver}>
            {t('signIn.local.startOver')}
          </Button>
        </ButtonGroup>
      ) : null}
    </section>
  );
}

function CredentialsForm({ onNext }: { readonly onNext: (step: LocalSignInStep) => void }) {
  const { t } = useTranslation();
  const credentials = useDraft({ username: '', password: '' });
  const signIn = useMutation({
    mutationFn: () => apiSend<LocalSignInStep>('POST', '/api/auth/local/sign-in', credentials.draft),
    onSuccess: onNext,
  });
  const { summary, bind } = useFormFields(
    signIn.error,
    {
      username: { id: 'local-username', label: t('signIn.local.username') },
      password: { id: 'local-password', label: t('signIn.local.password') },
    },
    credentials,
  );
  return (
    <FormFrame
      intro={<StepHeading id="local-credentials">{t('signIn.local.title')}</StepHeading>}
      error={signIn.error}
      fields={summary}
      busy={signIn.isPending}
      onSubmit={() => signIn.mutate()}
      submitLabel={t('signIn.local.submit')}
      submitAppearance="primary-action"
    >
      <TextField
        {...bind('username')}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
      />
      <TextField {...bind('password')} type="password" autoComplete="current-password" required />
    </FormFrame>
  );
}

/** Both fields of the new password: the browser's password manager offers to make one up. */
const NEW_PASSWORD = { type: 'password', autoComplete: 'new-password', required: true } as const;

function NewPasswordForm({ onNext }: { readonly onNext: (step: LocalSignInStep) => void }) {
  const { t } = useTranslation();
  const passwords = useDraft({ password: '', confirmPassword: '' });
  const [mismatch, setMismatch] = useState<unknown>(null);
  const { password, confirmPassword } = passwords.draft;
  const save = useMutation({
    mutationFn: () => apiSend<LocalSignInStep>('POST', '/api/auth/local/new-password', { password }),
    onSuccess: onNext,
  });
  const error = mismatch ?? save.error;
  const { summary, bind } = useFormFields(
    error,
    {
      password: { id: 'local-new-password-field', label: t('signIn.local.newPassword') },
      confirmPassword: { id: 'local-confirm-password', label: t('signIn.local.confirmPassword') },
    },
    passwords,
  );
  const submit = () => {
    if (password !== confirmPassword) {
      setMismatch(clientValidationError(t, 'confirmPassword', 'signIn.local.passwordsDiffer'));
      return;
    }
    setMismatch(null);
    save.mutate();
  };
  return (
    <FormFrame
      intro={
        <>
          <StepHeading id="local-new-password">{t('signIn.local.newPasswordTitle')}</StepHeading>
          <Paragraph>{t('signIn.local.newPasswordIntro')}</Paragraph>
        </>
      }
      error={error}
      fields={summary}
      busy={save.isPending}
      onSubmit={submit}
      submitLabel={t('signIn.local.newPasswordSubmit')}
      submitAppearance="primary-action"
    >
      <TextField
        {...bind('password')}
        {...NEW_PASSWORD}
        description={t('signIn.local.newPasswordDescription')}
        minLength={12}
      />
      <TextField {...bind('confirmPassword')} {...NEW_PASSWORD} />
    </FormFrame>
  );
}

function TotpForm({ step }: { readonly step: Extract<LocalSignInStep, { step: 'enrol' | 'totp' }> }) {
  const { t } = useTranslation();
  const reset = useResetForNewSession();
  const totp = useDraft({ code: '' });
  const confirm = useMutation({
    mutationFn: () =>
      apiSend<void>('POST', '/api/auth/local/totp', { code: totp.draft.code.replace(/\s/g, '') }),
    onSuccess: () => reset(),
  });
  const { summary, bind } = useFormFields(
    confirm.error,
    { code: { id: 'local-code', label: t('signIn.local.code') } },
    totp,
  );
  const enrol = step.step === 'enrol' ? step : null;
  const heading = (
    <StepHeading id={`local-${step.step}`}>
      {enrol ? t('signIn.local.enrolTitle') : t('signIn.local.totpTitle')}
    </StepHeading>
  );
  return (
    <FormFrame
      intro={
        enrol ? (
          <>
            {heading}
            <Paragraph>{t('signIn.local.enrolIntro')}</Paragraph>
            <img className="duiden-qr" src={enrol.qrSvgDataUri} alt={t('signIn.local.qrAlt')} />
            <Paragraph>
              {t('signIn.local.secretLabel')}:{' '}
              <code className="duiden-secret" data-testid="totp-secret">
                {enrol.secret.match(/.{1,4}/g)?.join(' ') ?? enrol.secret}
              </code>
            </Paragraph>
          </>
        ) : (
          <>
            {heading}
            <Paragraph>{t('signIn.local.totpIntro')}</Paragraph>
          </>
        )
      }
      error={confirm.error}
      fields={summary}
      busy={confirm.isPending}
      onSubmit={() => confirm.mutate()}
      submitLabel={t('signIn.local.codeSubmit')}
      submitAppearance="primary-action"
    >
      <TextField
        {...bind('code')}
        autoComplete="one-time-code"
        inputMode="numeric"
        pattern="[0-9 ]*"
        maxLength={8}
        required
      />
    </FormFrame>
  );
}
