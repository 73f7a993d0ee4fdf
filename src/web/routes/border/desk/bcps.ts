/** The BCPs a border screen offers, their names, and the post (BCP, lane, direction) a desk remembers. */
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useMe } from '../../../session';
import { bcpSitesQuery, DIRECTIONS, lanesOf, type Direction, type Site } from './deskApi';

/**
 * BCPs visible to the caller (`all`, for names), those they work at (`mine`: the sites they are posted to,
 * or every open BCP for a national role posted nowhere in particular), and those whose records they read
 * (`readable`: a national role reads every BCP's, others their posts').
 */
export function useBcps() {
  const me = useMe();
  const { data, isPending, error } = useQuery(bcpSitesQuery);
  return useMemo(() => {
    const all = data ?? [];
    const posted = me.user.siteIds;
    const mine = all.filter(
      (site) => site.active && (posted.length > 0 ? posted.includes(site.id) : me.national),
    );
    const names = new Map(all.map((site) => [site.id, site.name]));
    return {
      all,
      mine,
      readable: me.national ? all : mine,
      isPending,
      error,
      nameOf: (id: string) => names.get(id) ?? id.slice(0, 8),
    };
  }, [data, isPending, error, me]);
}

/** Where the officer works: chosen once, remembered on this computer. */
export interface DeskPost {
  siteId: string;
  lane: string | null;
  direction: Direction;
}

const STORAGE_KEY = 'crossroads.border.desk';

function storedPost(): Partial<DeskPost> {
  try {
    const value: unknown = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '{}');
    return value && typeof value === 'object' ? (value as Partial<DeskPost>) : {};
  } catch {
    return {};
  }
}

/** The stored choice made valid for the BCPs offered now: a BCP or lane no longer offered falls back to the first. */
function validPost(stored: Partial<DeskPost>, bcps: Site[]): DeskPost | null {
  const site = bcps.find((s) => s.id === stored.siteId) ?? bcps[0];
  if (!site) {
    return null;
  }
  const lanes = lanesOf(site);
  const lane = stored.lane && lanes.includes(stored.lane) ? stored.lane : (lanes[0] ?? null);
  const direction = DIRECTIONS.find((d) => d === stored.direction) ?? 'entry';
  return { siteId: site.id, lane, direction };
}

/** The desk's post among `bcps` and a setter that remembers each change. */
export function useDeskPost(bcps: Site[]): [DeskPost | null, (change: Partial<DeskPost>) => void] {
  const [stored, setStored] = useState(storedPost);
  const post = validPost(stored, bcps);
  const change = useCallback(
    (update: Partial<DeskPost>) => {
      setStored((current) => {
        const next = { ...validPost(current, bcps), ...update };
        try {
          window.localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
        } catch {
          // Private browsing may refuse storage; the choice then lasts for this page only.
        }
        return next;
      });
    },
    [bcps],
  );
  return [post, change];
}
