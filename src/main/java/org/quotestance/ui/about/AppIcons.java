package org.quotestance.ui.about;

import javafx.scene.image.Image;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The app icon in the sizes a window manager picks from. The PNGs are rendered from
 * {@code packaging/assets/quotestance.svg} and reach the class path through the pom's resources,
 * so the installers and the window use the same files.
 */
public final class AppIcons {
    static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};
    private static final String FOLDER = "/org/quotestance/ui/icons/";

    private AppIcons() {
    }

    /** For {@code stage.getIcons().setAll(AppIcons.all())}; sizes missing from the class path are skipped. */
    public static List<Image> all() {
        List<Image> icons = new ArrayList<>();
        for (int size : SIZES) {
            Image icon = of(size);
            if (icon != null) {
                icons.add(icon);
            }
        }
        return icons;
    }

    /** One size; null when it is not on the class path (a missing icon is cosmetic, the window still opens). */
    public static Image of(int size) {
        try (InputStream in = AppIcons.class.getResourceAsStream(FOLDER + "quotestance-" + size + ".png")) {
            return in == null ? null : new Image(in);
        } catch (IOException e) {
            return null;
        }
    }
}
