/**
 * The public information kiosk of a reception centre (/kiosk/<centre code>, no sign-in): full screen, big touch
 * targets, the reader's language chosen first (right-to-left where it is), topics, answers, the centre's notices
 * and a search with an on-screen keyboard. After a while without a touch it goes back to the start and forgets.
 */
import { Button, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useReducer, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { directionOf } from '../../../i18n';
import { catalogueQuery, type Catalogue } from '../knowledgeApi';
import { useSearchBox } from '../search/searchApi';
import { kioskNoticesQuery, type KioskNotice } from './kioskApi';
import { KioskArticle } from './KioskArticle';
import { KioskCategory } from './KioskCategory';
import { kioskInterfaceLanguage, KioskContext, useKiosk, useKioskTranslation } from './kioskContext';
import { KioskHome } from './KioskHome';
import { KioskNotices } from './KioskNotices';
import { KioskSearch } from './KioskSearch';
import { KioskStart } from './KioskStart';
import { KIOSK_START, kioskReducer, type KioskScreen } from './kioskState';
import classes from './Kiosk.module.css';
import { useIdle } from './useIdle';

const route = getRouteApi('/kiosk/$centre');

/** Seconds without a touch before the kiosk starts again (a test may shorten it with ?idle=). */
const IDLE_SECONDS = 90;

function Screen({
  screen,
  catalogue,
  notices,
}: {
  screen: KioskScreen;
  catalogue: Catalogue;
  notices: KioskNotice[];
}) {
  const rtl = new Set(catalogue.languages.filter((l) => l.rtl).map((l) => l.code));
  switch (screen.kind) {
    case 'start':
      return <KioskStart languages={catalogue.languages} notices={notices} />;
    case 'home':
      return <KioskHome categories={catalogue.categories} notices={notices.length} />;
    case 'category':
      return (
        <KioskCategory id={screen.id} categories={catalogue.categories} languages={catalogue.languages} />
      );
    case 'article':
      return <KioskArticle id={screen.id} languages={catalogue.languages} />;
    case 'search':
      return <KioskSearch languages={catalogue.languages} />;
    case 'notices':
      return <KioskNotices notices={notices} rtlLanguages={rtl} showEmpty />;
  }
}

/** The bar on every screen: the centre's name, Back, and Start (which also forgets the reader). */
function KioskBar({ centreName, onStart }: { centreName: string; onStart: () => void }) {
  const { t } = useKioskTranslation();
  const { dispatch, language } = useKiosk();
  return (
    <header className={classes.bar}>
      <span className={classes.barTitle}>{centreName || t('knowledge.kiosk.title')}</span>
      {language && (
        <Button
          className={classes.target}
          size="lg"
          variant="white"
          onClick={() => dispatch({ type: 'back' })}
        >
          {t('knowledge.kiosk.back')}
        </Button>
      )}
      <Button className={classes.target} size="lg" color="yellow" c="black" onClick={onStart}>
        ⌂ {t('knowledge.kiosk.start')}
      </Button>
    </header>
  );
}

/** The kiosk page. */
export function KioskPage() {
  const { centre } = route.useParams();
  const { idle } = route.useSearch();
  const { i18n } = useTranslation();
  const [state, dispatch] = useReducer(kioskReducer, KIOSK_START);
  // Before a reader chooses, the kiosk speaks the interface language (set on the kiosk's computer).
  const readingLanguage = state.language ?? i18n.language;
  const { t } = useTranslation(undefined, { lng: kioskInterfaceLanguage(readingLanguage) });
  const catalogue = useQuery(catalogueQuery(readingLanguage));
  const notices = useQuery(kioskNoticesQuery(centre, readingLanguage));
  const search = useSearchBox('kiosk', readingLanguage);
  const language = catalogue.data?.languages.find((l) => l.code === state.language) ?? null;
  const main = useRef<HTMLElement>(null);
  const startAgain = () => {
    dispatch({ type: 'start' });
    search.clear();
  };
  useIdle(idle ?? IDLE_SECONDS, startAgain);
  const centreName = notices.data?.centre.name ?? '';
  useEffect(() => {
    document.title = centreName
      ? `${t('knowledge.kiosk.title')} · ${centreName}`
      : t('knowledge.kiosk.title');
  }, [centreName, t]);
  // Each new screen starts at its top, and a screen reader or keyboard starts there too.
  useEffect(() => {
    window.scrollTo(0, 0);
    main.current?.focus({ preventScroll: true });
  }, [state.screen]);
  const dir = language ? (language.rtl ? 'rtl' : 'ltr') : directionOf(readingLanguage);
  const value = { centre, language, readingLanguage, dispatch, search };
  return (
    <KioskContext.Provider value={value}>
      <div
        className={classes.root}
        dir={dir}
        lang={readingLanguage}
        data-testid="kiosk"
        data-screen={state.screen.kind}
      >
        <KioskBar centreName={centreName} onStart={startAgain} />
        <main ref={main} tabIndex={-1} className={classes.main} style={{ outline: 'none' }}>
          {notices.data === null ? (
            <KioskUnknown />
          ) : catalogue.data ? (
            <Screen screen={state.screen} catalogue={catalogue.data} notices={notices.data?.notices ?? []} />
          ) : (
            <ErrorAlert error={catalogue.error} />
          )}
        </main>
      </div>
    </KioskContext.Provider>
  );
}

function KioskUnknown() {
  const { t } = useKioskTranslation();
  return <Text size="xl">{t('knowledge.kiosk.unknownCentre')}</Text>;
}
