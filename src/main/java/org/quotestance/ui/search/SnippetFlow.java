package org.quotestance.ui.search;

import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.quotestance.app.search.Snippet;
import org.quotestance.model.Span;

/** A snippet as text with its matched words in bold (style class {@code search-hit}). */
final class SnippetFlow extends TextFlow {
    static final String HIT = "search-hit";

    /** The theme's text colour of the cell that shows the flow (so selection and dark themes read well). */
    private final javafx.beans.property.ObjectProperty<javafx.scene.paint.Paint> fill =
            new javafx.beans.property.SimpleObjectProperty<>(javafx.scene.paint.Color.BLACK);

    SnippetFlow() {
        getStyleClass().add("search-snippet");
    }

    javafx.beans.property.ObjectProperty<javafx.scene.paint.Paint> fillProperty() {
        return fill;
    }

    void show(Snippet snippet, String fallback) {
        getChildren().clear();
        if (snippet == null || snippet.text() == null || snippet.text().isEmpty()) {
            getChildren().add(plain(fallback == null ? "" : fallback));
            return;
        }
        String t = snippet.text();
        int at = 0;
        for (Span m : snippet.marks()) {
            if (m.start() < at || m.end() > t.length()) {
                continue; // a mark outside the text would be a bug upstream; show the words plainly
            }
            if (m.start() > at) {
                getChildren().add(plain(t.substring(at, m.start())));
            }
            Text hit = plain(t.substring(m.start(), m.end()));
            hit.getStyleClass().add(HIT);
            getChildren().add(hit);
            at = m.end();
        }
        if (at < t.length()) {
            getChildren().add(plain(t.substring(at)));
        }
    }

    private Text plain(String s) {
        Text text = new Text(s);
        text.fillProperty().bind(fill);
        text.getStyleClass().add("search-snippet-text");
        return text;
    }
}
