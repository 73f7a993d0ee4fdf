/** The topics in the reader's language as big tiles, with the search and the centre's notices beside them. */
import { Title } from '@mantine/core';
import type { PublicCategory } from '../knowledgeApi';
import { useKiosk, useKioskTranslation } from './kioskContext';
import type { KioskScreen } from './kioskState';
import classes from './Kiosk.module.css';

/** One big tile; `note` is a second, smaller line. */
export function Tile({ label, note, onOpen }: { label: string; note?: string; onOpen: () => void }) {
  return (
    <div role="listitem">
      <button type="button" className={classes.tile} onClick={onOpen}>
        <span>{label}</span>
        {note && <span className={classes.tileNote}>{note}</span>}
      </button>
    </div>
  );
}

/** Tiles for `categories` (those with published articles) in a list named `label`. */
export function CategoryTiles({
  categories,
  label,
}: {
  categories: readonly PublicCategory[];
  label: string;
}) {
  const { t } = useKioskTranslation();
  const { dispatch } = useKiosk();
  const open = (screen: KioskScreen) => dispatch({ type: 'open', screen });
  return (
    <div className={classes.tiles} role="list" aria-label={label}>
      {categories
        .filter((category) => category.articles > 0)
        .map((category) => (
          <Tile
            key={category.id}
            label={category.name}
            note={t('knowledge.kiosk.answers', { count: category.articles })}
            onOpen={() => open({ kind: 'category', id: category.id })}
          />
        ))}
    </div>
  );
}

/** The topics screen. */
export function KioskHome({
  categories,
  notices,
}: {
  categories: readonly PublicCategory[];
  notices: number;
}) {
  const { t } = useKioskTranslation();
  const { dispatch } = useKiosk();
  return (
    <>
      <div
        className={classes.tiles}
        role="list"
        aria-label={t('knowledge.kiosk.tools')}
        style={{ marginBottom: 32 }}
      >
        <Tile
          label={t('knowledge.kiosk.search')}
          onOpen={() => dispatch({ type: 'open', screen: { kind: 'search' } })}
        />
        <Tile
          label={t('knowledge.kiosk.notices')}
          note={t('knowledge.kiosk.noticeCount', { count: notices })}
          onOpen={() => dispatch({ type: 'open', screen: { kind: 'notices' } })}
        />
      </div>
      <Title order={1} size="h2" mb="md">
        {t('knowledge.kiosk.topics')}
      </Title>
      <CategoryTiles
        categories={categories.filter((c) => c.parentId === null)}
        label={t('knowledge.kiosk.topics')}
      />
    </>
  );
}
