/** Placeholder: the screen is being built. */
export function StatisticsPage() {
  return null;
}
