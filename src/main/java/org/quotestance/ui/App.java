package org.quotestance.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application. */
public final class App extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("QuoteStance");
        stage.setScene(new Scene(new Label("QuoteStance"), 1200, 800));
        stage.show();
    }
}
