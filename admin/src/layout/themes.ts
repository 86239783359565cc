import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';

// Government blue with a warm accent; the dark theme keeps the same hues.
const palette = { primary: { main: '#1a4f8b' }, secondary: { main: '#c98a00' } };

export const lightTheme: RaThemeOptions = { ...defaultLightTheme, palette: { ...defaultLightTheme.palette, ...palette, mode: 'light' } };
export const darkTheme: RaThemeOptions = {
  ...defaultDarkTheme,
  palette: { ...defaultDarkTheme.palette, mode: 'dark', primary: { main: '#7fb0e8' }, secondary: { main: '#f4c542' } },
};
