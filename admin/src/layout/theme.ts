/** The panel's look: react-admin's default theme in the province's colours, Roboto with Vietnamese glyphs. */
import { defaultTheme, type RaThemeOptions } from "react-admin";

export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    mode: "light",
    primary: { main: "#9b1c1c" },
    secondary: { main: "#1f4e79" },
    background: { default: "#f5f6f8" },
  },
  typography: {
    fontFamily: 'Roboto, "Helvetica Neue", Arial, sans-serif',
  },
  sidebar: { width: 250, closedWidth: 55 },
  components: {
    ...defaultTheme.components,
    MuiTableCell: { styleOverrides: { sizeSmall: { padding: "6px 10px" } } },
    // On a phone a wide table scrolls inside its own frame, never the page.
    RaDataTable: {
      styleOverrides: { root: { "& .RaDataTable-tableWrapper": { overflowX: "auto" } } },
    },
    RaDatagrid: {
      styleOverrides: { root: { "& .RaDatagrid-tableWrapper": { overflowX: "auto" } } },
    },
    RaList: { styleOverrides: { root: { "& .RaList-main": { minWidth: 0 } } } },
    RaTopToolbar: { styleOverrides: { root: { flexWrap: "wrap" } } },
    RaFilterForm: { styleOverrides: { root: { maxWidth: "100%", flexWrap: "wrap" } } },
    RaFilterFormInput: {
      styleOverrides: {
        root: { maxWidth: "100%", "& .MuiFormControl-root": { maxWidth: "calc(100vw - 72px)" } },
      },
    },
  },
};
