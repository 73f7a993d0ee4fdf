/** Placeholder: the screen is being built. */
export function DeskPage() {
  return null;
}
