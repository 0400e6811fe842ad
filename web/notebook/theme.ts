/**
 * Light or dark: the user's choice (View ▸ Theme), kept in localStorage, with "follow the
 * system" (prefers-color-scheme) as the default. The resolved theme is the root element's
 * `data-theme`, which web/notebook/notebook.css's palette keys on; a change is announced on window as
 * `nb-theme` {theme} for what is not CSS (Monaco's theme). Applied by main.ts before the
 * page's styles load, so a dark page never flashes light.
 */

export type ThemeChoice = 'auto' | 'light' | 'dark';
export type Theme = 'light' | 'dark';

const KEY = 'numbook:theme';
const dark = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;

/** The choice in force in this page (it stands even when storage refuses to keep it). */
let chosen: ThemeChoice | null = null;

/** What the user chose ('auto' when nothing, or storage is unavailable); read from storage once. */
export function themeChoice(): ThemeChoice {
  if (chosen) return chosen;
  try {
    const v = localStorage.getItem(KEY);
    chosen = v === 'light' || v === 'dark' ? v : 'auto';
  } catch {
    chosen = 'auto';
  }
  return chosen;
}

/** The theme in force: the choice, or the system's for 'auto'. */
export function resolvedTheme(choice: ThemeChoice = themeChoice()): Theme {
  return choice === 'auto' ? (dark?.matches ? 'dark' : 'light') : choice;
}

/** Puts the resolved theme on the root element and tells listeners if it changed. */
export function applyTheme(): Theme {
  const theme = resolvedTheme();
  const root = document.documentElement;
  if (root.dataset.theme !== theme) {
    root.dataset.theme = theme;
    window.dispatchEvent(new CustomEvent('nb-theme', { detail: { theme } }));
  }
  return theme;
}

/** Stores the choice and applies it. */
export function setThemeChoice(choice: ThemeChoice): Theme {
  chosen = choice;
  try {
    if (choice === 'auto') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, choice);
  } catch {
    // Not remembered (private mode): applied for this page all the same.
  }
  return applyTheme();
}

/** Applies the theme now and whenever the system's changes (for 'auto'). */
export function startTheme(): void {
  applyTheme();
  dark?.addEventListener('change', () => applyTheme());
}
