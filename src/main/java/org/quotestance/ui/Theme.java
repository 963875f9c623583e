package org.quotestance.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** Light and dark: AtlantaFX Primer as the base, the desk's stylesheet on top. */
public enum Theme {
    LIGHT("light"), DARK("dark");

    private final String id;

    Theme(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public boolean isDark() {
        return this == DARK;
    }

    public static Theme of(String id) {
        return "dark".equalsIgnoreCase(id) ? DARK : LIGHT;
    }

    /**
     * Sets the user-agent stylesheet for every window of the application. Setting the one already in
     * place is skipped: JavaFX would read the whole theme file again to checksum it.
     */
    public void applyBase() {
        String url = isDark() ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
        if (!url.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(url);
        }
    }
}
