package org.quotestance.ui.quote;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.quotestance.model.Stance;

/** One line of the stance check list: a codebook stance, its index (for its colour) and whether the quote has it. */
public final class StanceChoice {
    private final Stance stance;
    private final int index;
    private final BooleanProperty checked = new SimpleBooleanProperty(this, "checked");

    public StanceChoice(Stance stance, int index) {
        this.stance = stance;
        this.index = index;
    }

    public Stance stance() {
        return stance;
    }

    public int index() {
        return index;
    }

    public BooleanProperty checkedProperty() {
        return checked;
    }
}
