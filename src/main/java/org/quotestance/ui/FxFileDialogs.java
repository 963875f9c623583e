package org.quotestance.ui;

import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The real choosers of the platform. */
final class FxFileDialogs implements FileDialogs {
    private final Window owner;

    FxFileDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseProjectToOpen() {
        DirectoryChooser c = new DirectoryChooser();
        c.setTitle("Open a QuoteStance project folder");
        return Optional.ofNullable(c.showDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseNewProject() {
        FileChooser c = new FileChooser();
        c.setTitle("New project: choose its folder name");
        c.setInitialFileName("Untitled.qstance");
        return Optional.ofNullable(c.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public List<Path> chooseFilesToImport() {
        FileChooser c = new FileChooser();
        c.setTitle("Import articles or an annotated set");
        c.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Articles and annotated sets (txt, html, md, json, jsonl, qdpx)", "*.txt",
                        "*.html", "*.htm", "*.md", "*.json", "*.jsonl", "*.qdpx"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> files = c.showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }
}
