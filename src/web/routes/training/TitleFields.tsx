/** The title and description of a course or an e-learning module: the same two fields in both dialogs. */
import { Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Title (required) and description, with the server's field errors. */
export function TitleFields({
  value,
  errors,
  onChange,
}: {
  value: { title: string; description: string };
  errors: Record<string, string>;
  onChange: (patch: { title?: string; description?: string }) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextInput
        label={t('training.fields.title')}
        required
        value={value.title}
        onChange={(event) => onChange({ title: event.currentTarget.value })}
        error={errors.title}
      />
      <Textarea
        label={t('training.fields.description')}
        autosize
        minRows={2}
        value={value.description}
        onChange={(event) => onChange({ description: event.currentTarget.value })}
        error={errors.description}
      />
    </>
  );
}
