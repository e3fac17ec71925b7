import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/**
 * Mantine's defaults miss WCAG AA contrast in places (dimmed text, white on mid-tone fills); the
 * browser suite runs axe on every main page, so these are held to 4.5:1.
 */
export const theme = createTheme({
  primaryShade: 8,
  autoContrast: true,
  luminanceThreshold: 0.18,
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});
