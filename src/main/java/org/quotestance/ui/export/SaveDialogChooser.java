package org.quotestance.ui.export;

import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.quotestance.exchange.ExchangeFormat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The platform's save dialog, filtered to the chosen format's extension. */
public final class SaveDialogChooser implements OutputFileChooser {
    private final Window owner;

    public SaveDialogChooser(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> choose(ExchangeFormat format, Path suggested) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export as " + format.label());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.label(), "*" + lastExtension(format)));
        if (suggested != null) {
            Path folder = suggested.toAbsolutePath().getParent();
            if (folder != null && Files.isDirectory(folder)) {
                chooser.setInitialDirectory(folder.toFile());
            }
            chooser.setInitialFileName(suggested.getFileName().toString());
        }
        File f = chooser.showSaveDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    private static String lastExtension(ExchangeFormat format) {
        String e = format.extension();
        return e.substring(e.lastIndexOf('.'));
    }
}
