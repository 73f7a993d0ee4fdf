/** The secret and otpauth URI of a new second factor, for typing or pasting into an authenticator app. */
import { Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Splits a base32 secret into groups of four for reading aloud or typing. */
export function groupSecret(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim();
}

/** Shows the secret (grouped, monospace) and the otpauth URI, each with a copy button. */
export function TotpSecret({ secret, uri }: { secret: string; uri: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Text size="sm">{t('totp.enrolInstructions')}</Text>
      <div>
        <Text size="sm" fw={600} id="totp-secret-label">
          {t('totp.secret')}
        </Text>
        <Group gap="sm" align="center" wrap="wrap">
          <Code
            dir="ltr"
            fz="lg"
            p="xs"
            aria-labelledby="totp-secret-label"
            data-testid="totp-secret"
            style={{ letterSpacing: '0.08em', wordBreak: 'break-all' }}
          >
            {groupSecret(secret)}
          </Code>
          <CopyButton value={secret}>
            {({ copied, copy }) => (
              <Button size="xs" variant="light" onClick={copy}>
                {copied ? t('common.copied') : t('totp.copySecret')}
              </Button>
            )}
          </CopyButton>
        </Group>
      </div>
      <div>
        <Text size="sm" fw={600} id="totp-uri-label">
          {t('totp.uri')}
        </Text>
        <Code
          block
          dir="ltr"
          aria-labelledby="totp-uri-label"
          data-testid="totp-uri"
          style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}
        >
          {uri}
        </Code>
        <CopyButton value={uri}>
          {({ copied, copy }) => (
            <Button size="xs" variant="light" mt="xs" onClick={copy}>
              {copied ? t('common.copied') : t('totp.copyUri')}
            </Button>
          )}
        </CopyButton>
      </div>
    </Stack>
  );
}
