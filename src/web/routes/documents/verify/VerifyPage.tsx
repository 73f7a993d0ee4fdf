/**
 * The public check of a card's barcode (no sign-in): a scanner types the seal's text and Enter. The signature
 * is checked in this browser against the published keys (cached, so it works offline); the status online.
 */
import { Button, Center, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../../../components/LanguageSwitcher';
import { PageTitle } from '../../../components/PageTitle';
import { verifySeal } from './verifySeal';
import { VerifyResult } from './VerifyResult';

/** The verification page. */
export function VerifyPage() {
  const { t } = useTranslation();
  const [payload, setPayload] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  const verify = useMutation({ mutationFn: verifySeal, meta: { silent: true } });
  const check = () => {
    const text = payload.trim();
    if (text) {
      // Cleared for the next scan; the result keeps what was read.
      verify.mutate(text);
      setPayload('');
      field.current?.focus();
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    check();
  };
  // A scanner ends with Enter: that checks instead of starting a new line.
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      check();
    }
  };
  return (
    <Center p="md" component="main">
      <Stack w="100%" maw={760} gap="md">
        <Group justify="space-between" align="center">
          <Title order={1} size="h2">
            {t('app.name')}
          </Title>
          <LanguageSwitcher />
        </Group>
        <Paper withBorder shadow="sm" p="lg" radius="md">
          <PageTitle>{t('documents.verify.title')}</PageTitle>
          <Text mb="md">{t('documents.verify.intro')}</Text>
          <form onSubmit={submit} aria-label={t('documents.verify.title')}>
            <Stack gap="sm">
              <Textarea
                ref={field}
                label={t('documents.verify.payload')}
                description={t('documents.verify.payloadHint')}
                dir="ltr"
                autosize
                minRows={3}
                autoFocus
                spellCheck={false}
                autoComplete="off"
                styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
                value={payload}
                onChange={(event) => setPayload(event.currentTarget.value)}
                onKeyDown={onKeyDown}
              />
              <Group>
                <Button type="submit" loading={verify.isPending} disabled={!payload.trim()}>
                  {t('documents.verify.check')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
        {verify.data && !verify.isPending && <VerifyResult result={verify.data} />}
      </Stack>
    </Center>
  );
}
