/** Adding or changing a category: key (new only), parent (top-level only), position, names per language, active. */
import { Modal, NumberInput, Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors, fieldErrorsByPath } from '../../../api';
import { notifySuccess } from '../../../components/notify';
import type { Category, KnowledgeLanguage } from '../knowledgeApi';
import { useCategoryName } from '../knowledgeLabels';
import { directionOfLanguage } from '../LanguageTabs';
import { useSaveCategory, type CategoryBody } from './catalogueApi';
import { FormActions } from '../../../components/FormActions';

/** A modal form; `category` given means edit, absent means create (at the end of the list). */
export function CategoryForm({
  category,
  categories,
  languages,
  onClose,
}: {
  category?: Category;
  categories: readonly Category[];
  /** The active languages, the only ones a name may be in. */
  languages: readonly KnowledgeLanguage[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const nameOf = useCategoryName();
  const [draft, setDraft] = useState<CategoryBody>(
    category ?? { key: '', parentId: null, position: categories.length, names: {}, active: true },
  );
  const save = useSaveCategory(category?.id);
  const errors = { ...fieldErrors(save.error), ...fieldErrorsByPath(save.error) };
  // Categories nest one level: a parent is a top-level category, and one with children stays top-level.
  const hasChildren = !!category && categories.some((c) => c.parentId === category.id);
  const parents = categories
    .filter((c) => c.parentId === null && c.id !== category?.id)
    .map((c) => ({ value: c.id, label: nameOf(c) }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const names = Object.fromEntries(
      Object.entries(draft.names)
        .map(([code, name]) => [code, name.trim()] as const)
        .filter(([, name]) => name),
    );
    save.mutate(
      { ...draft, key: draft.key.trim(), names },
      {
        onSuccess: () => {
          notifySuccess(t('knowledge.catalogue.categorySaved'));
          onClose();
        },
      },
    );
  };
  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={category ? t('knowledge.catalogue.editCategory') : t('knowledge.catalogue.newCategory')}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('knowledge.fields.key')}
              description={t('knowledge.editor.keyHint')}
              required
              disabled={!!category}
              dir="ltr"
              value={draft.key}
              onChange={(event) => setDraft({ ...draft, key: event.currentTarget.value.toLowerCase() })}
              error={errors.key}
            />
            <Select
              label={t('knowledge.catalogue.parent')}
              placeholder={t('knowledge.catalogue.topLevel')}
              description={hasChildren ? t('knowledge.catalogue.hasChildren') : undefined}
              disabled={hasChildren}
              clearable
              data={parents}
              value={draft.parentId}
              onChange={(value) => setDraft({ ...draft, parentId: value })}
              error={errors.parentId}
            />
            <NumberInput
              label={t('knowledge.catalogue.position')}
              min={0}
              max={10_000}
              allowDecimal={false}
              value={draft.position}
              onChange={(value) => setDraft({ ...draft, position: typeof value === 'number' ? value : 0 })}
              error={errors.position}
            />
            <Switch
              mt="lg"
              label={t('knowledge.catalogue.active')}
              checked={draft.active}
              onChange={(event) => setDraft({ ...draft, active: event.currentTarget.checked })}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {languages.map((language) => (
              <TextInput
                key={language.code}
                label={t('knowledge.catalogue.nameIn', { language: language.nativeName })}
                lang={language.code}
                dir={directionOfLanguage(language)}
                value={draft.names[language.code] ?? ''}
                onChange={(event) =>
                  setDraft({
                    ...draft,
                    names: { ...draft.names, [language.code]: event.currentTarget.value },
                  })
                }
                error={errors[`names.${language.code}`]}
              />
            ))}
          </SimpleGrid>
          <FormActions error={save.error} pending={save.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
