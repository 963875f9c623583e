package org.quotestance.app;

import org.quotestance.ingest.SourceFormat;
import org.quotestance.model.Codebook;
import org.quotestance.model.ProjectInfo;
import org.quotestance.store.FileTrees;
import org.quotestance.store.ProjectJson;
import org.quotestance.store.ProjectStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The bundled sample project ("Ukraine desk"): on first run its stories and codebook, shipped as
 * class-path resources under {@code samples/ukraine-desk/}, are imported into a new project in the
 * user's data folder. Later runs return the same folder. The bundled originals are only read.
 * The project is built in a hidden sibling folder and renamed into place, so a crash during the
 * first run leaves no half-installed sample behind.
 */
public final class SampleProject {
    private static final Logger LOG = LoggerFactory.getLogger(SampleProject.class);
    public static final String NAME = "Ukraine desk";
    /** Class-path folder of the bundled sample (assets/samples/ukraine-desk in the source tree). */
    public static final String RESOURCES = "samples/ukraine-desk";
    public static final String CODEBOOK = "codebook.json";
    /** Project setting that marks a project as an installed sample. */
    static final String SETTING = "sample";

    private SampleProject() {
    }

    /** Where the sample project lives for these folders. */
    public static Path location(AppDirs dirs) {
        return dirs.data().resolve("projects").resolve(NAME + ".qstance");
    }

    /**
     * Installs the sample project on first run and returns its folder; later runs return the
     * folder at once. Blocks while importing: call it from a worker.
     */
    public static Path ensureInstalled(AppDirs dirs) {
        return ensureInstalled(dirs, RESOURCES, ProgressListener.NONE);
    }

    static synchronized Path ensureInstalled(AppDirs dirs, String resources, ProgressListener progress) {
        Path target = location(dirs);
        if (ProjectStore.isProject(target) && (isInstalledSample(target) || !hasResources(resources))) {
            return target;
        }
        if (ProjectStore.isProject(target)) {
            // made by a build without the bundled stories: fill it now that they are here
            LOG.info("Filling the empty sample project {}", target);
        }
        try {
            Path building = target.resolveSibling("." + target.getFileName() + ".installing");
            FileTrees.delete(building);
            Files.createDirectories(building.getParent());
            install(building, resources, progress);
            if (ProjectStore.isProject(target)) {
                FileTrees.delete(target);
            }
            Files.move(building, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot install the sample project in " + target + ": " + e.getMessage(), e);
        }
    }

    private static boolean isInstalledSample(Path project) {
        try {
            JsonNode info = ProjectJson.MAPPER.readTree(Files.readAllBytes(project.resolve(ProjectStore.PROJECT_FILE)));
            return info.path("settings").has(SETTING);
        } catch (IOException | RuntimeException e) {
            return true; // not ours to repair; opening it will report what is wrong
        }
    }

    private static void install(Path project, String resources, ProgressListener progress) throws IOException {
        Path unpacked = Files.createTempDirectory("quotestance-sample");
        try {
            List<String> names = resourceNames(resources);
            List<String> stories = new ArrayList<>();
            Codebook codebook = Codebook.EMPTY;
            for (String n : names) {
                byte[] bytes = resourceBytes(resources + "/" + n);
                if (n.equalsIgnoreCase("README.md")) {
                    continue; // notes about the sample for developers, not a story
                }
                if (n.equals(CODEBOOK)) {
                    codebook = codebook(bytes);
                } else if (SourceFormat.ofFileName(n).isPresent()) {
                    Path f = unpacked.resolve(n);
                    Files.createDirectories(f.getParent());
                    Files.write(f, bytes);
                    stories.add(f.toString());
                }
            }
            try (ProjectSession session = ProjectSession.openOrCreate(project)) {
                Map<String, String> settings = new HashMap<>(session.info().settings());
                settings.put(SETTING, resources.substring(resources.lastIndexOf('/') + 1));
                session.saveInfo(new ProjectInfo(NAME, ProjectInfo.SCHEMA_VERSION, codebook, settings));
                ImportSummary s = new ImportBatch(session).run(stories, progress, new Cancellation());
                s.failures().forEach(f -> LOG.warn("Sample story not imported: {}", f));
                LOG.info("Installed the sample project in {}: {}", project, s.headline());
            }
        } finally {
            FileTrees.delete(unpacked);
        }
    }

    /** A codebook file holds a codebook ({@code {"topics": [...]}}) or a project file with one. */
    static Codebook codebook(byte[] json) {
        JsonNode root = ProjectJson.MAPPER.readTree(json);
        JsonNode node = root.has("codebook") ? root.get("codebook") : root;
        return ProjectJson.MAPPER.treeToValue(node, Codebook.class);
    }

    static boolean hasResources(String resources) {
        try {
            return !resourceNames(resources).isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The files of the bundled sample. A listing file {@code <folder>.index} (one name a line)
     * wins when present; otherwise the folder is listed, from the class-path folder or the jar.
     */
    static List<String> resourceNames(String resources) throws IOException {
        ClassLoader cl = SampleProject.class.getClassLoader();
        // assets/samples/ukraine-desk.index sits next to the folder it lists
        try (InputStream index = cl.getResourceAsStream(resources + ".index")) {
            if (index != null) {
                List<String> names = new ArrayList<>();
                BufferedReader r = new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8));
                for (String l = r.readLine(); l != null; l = r.readLine()) {
                    if (!l.isBlank() && !l.strip().startsWith("#")) {
                        names.add(l.strip());
                    }
                }
                return names;
            }
        }
        URL url = cl.getResource(resources);
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return list(fs.getPath(resources));
                } catch (java.nio.file.FileSystemAlreadyExistsException e) {
                    return list(FileSystems.getFileSystem(uri).getPath(resources));
                }
            }
            return list(Path.of(uri));
        } catch (URISyntaxException e) {
            throw new IOException("bad resource URL " + url, e);
        }
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> folder.relativize(f).toString().replace('\\', '/'))
                    .filter(n -> !n.startsWith("."))
                    .sorted()
                    .toList();
        }
    }

    private static byte[] resourceBytes(String name) throws IOException {
        try (InputStream in = SampleProject.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing bundled resource " + name);
            }
            return in.readAllBytes();
        }
    }
}
