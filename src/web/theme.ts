/** The design system's settings: contrast-safe colours, visible focus, a font stack that covers Arabic. */
import { Badge, createTheme, type CSSVariablesResolver } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'blue',
  // Shade 8 keeps white text on filled buttons above WCAG AA contrast (4.5:1).
  primaryShade: { light: 8, dark: 8 },
  focusRing: 'auto',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", "DejaVu Sans", "Liberation Sans", Arial, sans-serif',
  headings: { fontWeight: '700' },
  defaultRadius: 'sm',
  components: {
    // Sentence case reads better than capitals, and a badge never shrinks into an ellipsis inside a table.
    Badge: Badge.extend({ defaultProps: { tt: 'none', style: { minWidth: 'max-content' } } }),
  },
});

/** Darker "dimmed" text than Mantine's default, which is below AA contrast on white. */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: { '--mantine-color-dimmed': t.colors.gray[7], '--mantine-color-placeholder': t.colors.gray[6] },
  dark: {},
});
