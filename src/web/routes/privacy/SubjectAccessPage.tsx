/** Subject access: what an export holds, and where to make one (the person's page, after finding the person). */
import { Anchor, List, Stack, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PersonSearchBox } from '../../components/PersonSearchBox';
import { can, useMe } from '../../session';

/** The explanation and a search for the person. */
export function SubjectAccessPage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Stack gap="md" maw="48rem">
      <Text>{t('privacy.subjectAccess.intro')}</Text>
      <List>
        <List.Item>{t('privacy.subjectAccess.holds.json')}</List.Item>
        <List.Item>{t('privacy.subjectAccess.holds.files')}</List.Item>
        <List.Item>{t('privacy.subjectAccess.holds.pdf')}</List.Item>
        <List.Item>{t('privacy.subjectAccess.holds.withheld')}</List.Item>
      </List>
      <Text>{t('privacy.subjectAccess.how')}</Text>
      {can(me, ['people.read']) ? (
        <PersonSearchBox />
      ) : (
        <Anchor component={Link} to="/people">
          {t('privacy.subjectAccess.findPerson')}
        </Anchor>
      )}
    </Stack>
  );
}
