/** The articles list's filters: status, category, and "not yet written in" a language. */
import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PublicLanguage, VersionStatus } from '../knowledgeApi';
import type { ArticleFilter } from './articlesApi';

/** The states an article as a whole can be in (superseded belongs to versions only). */
export const ARTICLE_STATUSES = [
  'draft',
  'in-review',
  'published',
  'archived',
] as const satisfies VersionStatus[];

/** Filter fields that change the list as they change. */
export function ArticleFilters({
  filter,
  onChange,
  categories,
  languages,
}: {
  filter: ArticleFilter;
  onChange: (filter: ArticleFilter) => void;
  /** Options labelled "Parent › Child". */
  categories: { value: string; label: string }[];
  languages: readonly PublicLanguage[];
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<ArticleFilter>) => onChange({ ...filter, ...patch });
  return (
    <form
      role="search"
      aria-label={t('knowledge.articles.filters')}
      onSubmit={(event) => event.preventDefault()}
    >
      <Group align="flex-start" wrap="wrap">
        <Select
          label={t('knowledge.fields.status')}
          placeholder={t('knowledge.articles.allStatuses')}
          data={ARTICLE_STATUSES.map((value) => ({ value, label: t(`knowledge.statuses.${value}`) }))}
          value={filter.status ?? null}
          onChange={(value) => set({ status: ARTICLE_STATUSES.find((s) => s === value) })}
          clearable
          w={200}
        />
        <Select
          label={t('knowledge.fields.category')}
          placeholder={t('knowledge.articles.allCategories')}
          data={categories}
          value={filter.category ?? null}
          onChange={(value) => set({ category: value ?? undefined })}
          clearable
          searchable
          w={320}
        />
        <Select
          label={t('knowledge.articles.missingIn')}
          placeholder={t('knowledge.articles.anyLanguage')}
          data={languages.map((language) => ({ value: language.code, label: language.nativeName }))}
          value={filter.missing ?? null}
          onChange={(value) => set({ missing: value ?? undefined })}
          clearable
          w={220}
        />
      </Group>
    </form>
  );
}
