/**
 * Searching on the kiosk: the words typed on the on-screen keyboard (or a keyboard, if one is attached) search
 * as they are typed; the search key (or Enter) makes the finished search. Results open the article.
 */
import { Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { PublicLanguage } from '../knowledgeApi';
import { Highlighted } from '../search/Highlighted';
import { layoutForLanguage, type KeyboardLayout } from './keyboardLayouts';
import { useKiosk, useKioskTranslation } from './kioskContext';
import classes from './Kiosk.module.css';
import { OnScreenKeyboard } from './OnScreenKeyboard';

/** The search screen, in the reader's language. */
export function KioskSearch({ languages }: { languages: readonly PublicLanguage[] }) {
  const { t } = useKioskTranslation();
  const { search, language, dispatch } = useKiosk();
  const [layout, setLayout] = useState<KeyboardLayout>(() =>
    layoutForLanguage(language?.code ?? 'en', language?.rtl ?? false),
  );
  const rtl = (code: string) => languages.find((l) => l.code === code)?.rtl ?? false;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    search.finish();
  };
  const hits = search.results?.results ?? [];
  return (
    <Stack gap="md">
      <form role="search" onSubmit={submit} aria-label={t('knowledge.kiosk.search')}>
        <Title order={1} size="h2" mb="sm">
          <label htmlFor="kiosk-search">{t('knowledge.kiosk.searchTitle')}</label>
        </Title>
        <input
          id="kiosk-search"
          className={classes.searchBox}
          type="search"
          // No system keyboard pops up on a touch screen: the kiosk has its own.
          inputMode="none"
          autoComplete="off"
          spellCheck={false}
          dir="auto"
          lang={language?.code}
          placeholder={t('knowledge.kiosk.searchPlaceholder')}
          value={search.text}
          onChange={(event) => search.setText(event.currentTarget.value)}
        />
      </form>
      <OnScreenKeyboard
        layout={layout}
        onLayout={setLayout}
        onKey={(character) => search.setText(search.text + character)}
        onBackspace={() => search.setText(search.text.slice(0, -1))}
        onClear={search.clear}
        onSearch={search.finish}
      />
      {search.results && (
        <Text size="lg" aria-live="polite">
          {search.results.total === 0
            ? t('knowledge.kiosk.noResults')
            : t('knowledge.kiosk.resultCount', { count: search.results.total })}
        </Text>
      )}
      {hits.length > 0 && (
        <Stack gap="sm" role="list" aria-label={t('knowledge.kiosk.results')}>
          {hits.map((hit) => (
            <div role="listitem" key={`${hit.articleId}/${hit.language}`}>
              <button
                type="button"
                className={`${classes.tile} ${classes.listButton}`}
                lang={hit.language}
                dir={rtl(hit.language) ? 'rtl' : 'ltr'}
                onClick={() => dispatch({ type: 'open', screen: { kind: 'article', id: hit.articleId } })}
              >
                <span>
                  <Highlighted text={hit.question} ranges={hit.questionHighlights} />
                </span>
                <span className={classes.tileNote}>
                  <Highlighted text={hit.snippet} ranges={hit.snippetHighlights} />
                </span>
              </button>
            </div>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
