/** Placeholder: the screen is being built. */
export function WatchlistsPage() {
  return null;
}
