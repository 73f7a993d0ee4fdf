/**
 * The languages of the knowledge base: native and English name, direction, order, and an active switch
 * (articles, categories and notices may only use active languages; the public sees only those).
 */
import {
  Button,
  Group,
  Modal,
  NumberInput,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../../api';
import { Ltr } from '../../../components/Ltr';
import { notifyError, notifySuccess } from '../../../components/notify';
import type { KnowledgeLanguage } from '../knowledgeApi';
import { useSaveLanguage } from './catalogueApi';
import { FormActions } from '../../../components/FormActions';

const NEW_LANGUAGE: KnowledgeLanguage = {
  code: '',
  nativeName: '',
  englishName: '',
  rtl: false,
  position: 0,
  active: true,
};

function LanguageForm({ language, onClose }: { language?: KnowledgeLanguage; onClose: () => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(language ?? NEW_LANGUAGE);
  const save = useSaveLanguage();
  const errors = fieldErrors(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { ...draft, code: draft.code.trim() },
      {
        onSuccess: () => {
          notifySuccess(t('knowledge.catalogue.languageSaved'));
          onClose();
        },
      },
    );
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={language ? t('knowledge.catalogue.editLanguage') : t('knowledge.catalogue.newLanguage')}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={2} spacing="sm">
            <TextInput
              label={t('knowledge.catalogue.code')}
              description={t('knowledge.catalogue.codeHint')}
              required
              disabled={!!language}
              dir="ltr"
              value={draft.code}
              onChange={(event) => setDraft({ ...draft, code: event.currentTarget.value })}
              error={errors.code}
            />
            <NumberInput
              label={t('knowledge.catalogue.position')}
              min={0}
              max={1000}
              allowDecimal={false}
              value={draft.position}
              onChange={(value) => setDraft({ ...draft, position: typeof value === 'number' ? value : 0 })}
              error={errors.position}
            />
            <TextInput
              label={t('knowledge.catalogue.nativeName')}
              required
              dir={draft.rtl ? 'rtl' : 'ltr'}
              value={draft.nativeName}
              onChange={(event) => setDraft({ ...draft, nativeName: event.currentTarget.value })}
              error={errors.nativeName}
            />
            <TextInput
              label={t('knowledge.catalogue.englishName')}
              required
              dir="ltr"
              value={draft.englishName}
              onChange={(event) => setDraft({ ...draft, englishName: event.currentTarget.value })}
              error={errors.englishName}
            />
          </SimpleGrid>
          <Switch
            label={t('knowledge.catalogue.rtl')}
            checked={draft.rtl}
            onChange={(event) => setDraft({ ...draft, rtl: event.currentTarget.checked })}
          />
          <Switch
            label={t('knowledge.catalogue.active')}
            checked={draft.active}
            onChange={(event) => setDraft({ ...draft, active: event.currentTarget.checked })}
          />
          <FormActions error={save.error} pending={save.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}

/** The languages table with add, edit and the active switch. */
export function LanguagesSection({ languages }: { languages: readonly KnowledgeLanguage[] }) {
  const { t } = useTranslation();
  const toggle = useSaveLanguage();
  const [editing, setEditing] = useState<{ language?: KnowledgeLanguage } | null>(null);
  return (
    <section aria-labelledby="knowledge-languages-title">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4" id="knowledge-languages-title">
          {t('knowledge.catalogue.languages')}
        </Title>
        <Button variant="light" onClick={() => setEditing({})}>
          {t('knowledge.catalogue.newLanguage')}
        </Button>
      </Group>
      <Text size="sm" mb="sm">
        {t('knowledge.catalogue.languagesIntro')}
      </Text>
      <Table.ScrollContainer minWidth={640}>
        <Table striped withTableBorder aria-labelledby="knowledge-languages-title">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('knowledge.catalogue.nativeName')}</Table.Th>
              <Table.Th>{t('knowledge.catalogue.englishName')}</Table.Th>
              <Table.Th>{t('knowledge.catalogue.code')}</Table.Th>
              <Table.Th>{t('knowledge.catalogue.direction')}</Table.Th>
              <Table.Th ta="end">{t('knowledge.catalogue.position')}</Table.Th>
              <Table.Th>{t('knowledge.catalogue.active')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {languages.map((language) => (
              <Table.Tr key={language.code}>
                <Table.Th scope="row" fw="normal">
                  <span lang={language.code} dir={language.rtl ? 'rtl' : 'ltr'}>
                    {language.nativeName}
                  </span>
                </Table.Th>
                <Table.Td>{language.englishName}</Table.Td>
                <Table.Td>
                  <Ltr mono>{language.code}</Ltr>
                </Table.Td>
                <Table.Td>
                  {language.rtl ? t('knowledge.catalogue.rtlShort') : t('knowledge.catalogue.ltrShort')}
                </Table.Td>
                <Table.Td ta="end">{language.position}</Table.Td>
                <Table.Td>
                  <Switch
                    checked={language.active}
                    aria-label={t('knowledge.catalogue.activeNamed', { name: language.englishName })}
                    disabled={toggle.isPending}
                    onChange={(event) =>
                      toggle.mutate(
                        { ...language, active: event.currentTarget.checked },
                        { onError: notifyError },
                      )
                    }
                  />
                </Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="light"
                    aria-label={t('knowledge.catalogue.editNamed', { name: language.englishName })}
                    onClick={() => setEditing({ language })}
                  >
                    {t('common.edit')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {editing && <LanguageForm language={editing.language} onClose={() => setEditing(null)} />}
    </section>
  );
}
