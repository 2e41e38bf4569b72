import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalSignInStep } from '../../../contract/auth';
import { apiSend } from '../../api';
import { useResetForNewSession } from '../../session';
import { Button, ButtonGroup } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { TextField } from '../../ui/form-field';
import { Paragraph } from '../../ui/paragraph';
import { clientValidationError, useFieldErrors } from '../../ui/problem';

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
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useMutation({
    mutationFn: () => apiSend<LocalSignInStep>('POST', '/api/auth/local/sign-in', { username, password }),
    onSuccess: onNext,
  });
  const fieldError = useFieldErrors(signIn.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!signIn.isPending) signIn.mutate();
  };
  return (
    <>
      <StepHeading id="local-credentials">{t('signIn.local.title')}</StepHeading>
      <ErrorSummary
        error={signIn.error}
        fields={[
          { field: 'username', id: 'local-username', label: t('signIn.local.username') },
          { field: 'password', id: 'local-password', label: t('signIn.local.password') },
        ]}
      />
      <form className="duiden-form" onSubmit={submit} noValidate>
        <TextField
          id="local-username"
          label={t('signIn.local.username')}
          value={username}
          onValueChange={setUsername}
          error={fieldError('username')}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
        />
        <TextField
          id="local-password"
          type="password"
          label={t('signIn.local.password')}
          value={password}
          onValueChange={setPassword}
          error={fieldError('password')}
          autoComplete="current-password"
          required
        />
        <Button type="submit" appearance="primary-action" busy={signIn.isPending}>
          {t('signIn.local.submit')}
        </Button>
      </form>
    </>
  );
}

function NewPasswordForm({ onNext }: { readonly onNext: (step: LocalSignInStep) => void }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState<unknown>(null);
  const save = useMutation({
    mutationFn: () => apiSend<LocalSignInStep>('POST', '/api/auth/local/new-password', { password }),
    onSuccess: onNext,
  });
  const error = mismatch ?? save.error;
  const fieldError = useFieldErrors(error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (save.isPending) return;
    if (password !== confirm) {
      setMismatch(clientValidationError(t, 'confirmPassword', 'signIn.local.passwordsDiffer'));
      return;
    }
    setMismatch(null);
    save.mutate();
  };
  return (
    <>
      <StepHeading id="local-new-password">{t('signIn.local.newPasswordTitle')}</StepHeading>
      <Paragraph>{t('signIn.local.newPasswordIntro')}</Paragraph>
      <ErrorSummary
        error={error}
        fields={[
          { field: 'password', id: 'local-new-password-field', label: t('signIn.local.newPassword') },
          {
            field: 'confirmPassword',
            id: 'local-confirm-password',
            label: t('signIn.local.confirmPassword'),
          },
        ]}
      />
      <form className="duiden-form" onSubmit={submit} noValidate>
        <TextField
          id="local-new-password-field"
          type="password"
          label={t('signIn.local.newPassword')}
          description={t('signIn.local.newPasswordDescription')}
          value={password}
          onValueChange={setPassword}
          error={fieldError('password')}
          autoComplete="new-password"
          minLength={12}
          required
        />
        <TextField
          id="local-confirm-password"
          type="password"
          label={t('signIn.local.confirmPassword')}
          value={confirm}
          onValueChange={setConfirm}
          error={fieldError('confirmPassword')}
          autoComplete="new-password"
          required
        />
        <Button type="submit" appearance="primary-action" busy={save.isPending}>
          {t('signIn.local.newPasswordSubmit')}
        </Button>
      </form>
    </>
  );
}

function TotpForm({ step }: { readonly step: Extract<LocalSignInStep, { step: 'enrol' | 'totp' }> }) {
  const { t } = useTranslation();
  const reset = useResetForNewSession();
  const [code, setCode] = useState('');
  const confirm = useMutation({
    mutationFn: () => apiSend<void>('POST', '/api/auth/local/totp', { code: code.replace(/\s/g, '') }),
    onSuccess: () => reset(),
  });
  const fieldError = useFieldErrors(confirm.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!confirm.isPending) confirm.mutate();
  };
  const enrol = step.step === 'enrol' ? step : null;
  return (
    <>
      <StepHeading id={`local-${step.step}`}>
        {enrol ? t('signIn.local.enrolTitle') : t('signIn.local.totpTitle')}
      </StepHeading>
      {enrol ? (
        <>
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
        <Paragraph>{t('signIn.local.totpIntro')}</Paragraph>
      )}
      <ErrorSummary
        error={confirm.error}
        fields={[{ field: 'code', id: 'local-code', label: t('signIn.local.code') }]}
      />
      <form className="duiden-form" onSubmit={submit} noValidate>
        <TextField
          id="local-code"
          label={t('signIn.local.code')}
          value={code}
          onValueChange={setCode}
          error={fieldError('code')}
          autoComplete="one-time-code"
          inputMode="numeric"
          pattern="[0-9 ]*"
          maxLength={8}
          required
        />
        <Button type="submit" appearance="primary-action" busy={confirm.isPending}>
          {t('signIn.local.codeSubmit')}
        </Button>
      </form>
    </>
  );
}
