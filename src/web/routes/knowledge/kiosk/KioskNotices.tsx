/** The centre's notices of today, in the reader's language where written (said so when not). */
import { Paper, Stack, Text, Title } from '@mantine/core';
import { Markdown } from '../markdown/Markdown';
import type { KioskNotice } from './kioskApi';
import { useKioskTranslation } from './kioskContext';

/** The notices as cards; with none, a line saying so when `showEmpty`, else nothing. */
export function KioskNotices({
  notices,
  rtlLanguages,
  showEmpty = false,
}: {
  notices: readonly KioskNotice[];
  /** Codes of right-to-left languages, for notices shown in a fallback language. */
  rtlLanguages: ReadonlySet<string>;
  showEmpty?: boolean;
}) {
  const { t } = useKioskTranslation();
  if (notices.length === 0) {
    return showEmpty ? <Text size="xl">{t('knowledge.kiosk.noNotices')}</Text> : null;
  }
  return (
    <section aria-label={t('knowledge.kiosk.notices')}>
      <Stack gap="md">
        {notices.map((notice) => {
          const dir = rtlLanguages.has(notice.language) ? 'rtl' : 'ltr';
          return (
            <Paper
              key={notice.id}
              withBorder
              p="lg"
              radius="md"
              lang={notice.language}
              dir={dir}
              data-testid="kiosk-notice"
            >
              <Title order={2} size="h3" mb="xs">
                {notice.title}
              </Title>
              <Markdown source={notice.body} lang={notice.language} dir={dir} plainLinks fz="lg" />
            </Paper>
          );
        })}
      </Stack>
    </section>
  );
}
