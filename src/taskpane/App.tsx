import { FluentProvider, makeStyles, webLightTheme, type Theme } from "@fluentui/react-components";
import { useState } from "react";
import type { WorkbookSession } from "../excel/workbook-session";
import type { Locale } from "../model";
import type { TaskpaneActions } from "./actions/actions";
import { TaskPane } from "./components/TaskPane";
import { LiveRegion } from "./components/LiveRegion";
import { I18nProvider } from "./i18n/context";

// The pane fills the task pane window (taskpane.html takes the body's margin away), in the theme's colours.
const useStyles = makeStyles({ root: { minHeight: "100vh" } });

export interface AppProps {
  session: WorkbookSession;
  actions: TaskpaneActions;
  locale: Locale;
  theme?: Theme;
}

/** The task pane with its providers. In preview mode the user can switch the language. */
export function App({ session, actions, locale: initialLocale, theme = webLightTheme }: AppProps) {
  const styles = useStyles();
  const [locale, setLocale] = useState(initialLocale);
  return (
    <FluentProvider theme={theme} className={styles.root}>
      <I18nProvider locale={locale}>
        <LiveRegion>
          <TaskPane
            session={session}
            actions={actions}
            onLocaleChange={actions.mode === "preview" ? setLocale : undefined}
          />
        </LiveRegion>
      </I18nProvider>
    </FluentProvider>
  );
}
