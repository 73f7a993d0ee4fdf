/** Second step of signing in: the code from the authenticator app, after enrolling if the role requires it. */
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TotpSecret } from '../../components/TotpSecret';

interface Props {
  enrolment?: { secret: string; uri: string };
  onDone: () => Promise<void>;
  onCancel: () => void;
}

/** The one-time code form (with the new secret first when enrolling). */
export function SecondFactorStep({ enrolment, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const verify = useMutation({
    mutationFn: (value: string) => api.post('/api/auth/totp', { code: value }),
    meta: { silent: true },
    onSuccess: onDone,
    onError: () => setCode(''),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const digits = code.replace(/\s/g, '');
    if (digits.length < 6) {
      setTooShort(true);
      return;
    }
    setTooShort(false);
    verify.mutate(digits);
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {enrolment ? (
          <>
            <Text fw={600}>{t('login.enrolTitle')}</Text>
            <TotpSecret secret={enrolment.secret} uri={enrolment.uri} />
          </>
        ) : (
          <Text>{t('login.totpPrompt')}</Text>
        )}
        <ErrorAlert error={verify.error} />
        <TextInput
          label={t('login.code')}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={8}
          required
          withAsterisk={false}
          autoFocus
          dir="ltr"
          value={code}
          onChange={(event) => setCode(event.currentTarget.value)}
          error={tooShort ? t('login.codeTooShort') : undefined}
        />
        <Group justify="space-between">
          <Button variant="subtle" onClick={onCancel}>
            {t('login.back')}
          </Button>
          <Button type="submit" loading={verify.isPending}>
            {t('login.verify')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
