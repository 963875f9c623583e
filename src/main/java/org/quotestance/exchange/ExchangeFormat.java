package org.quotestance.exchange;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** The exchange formats: how each is named on the command line, its file extension, and its reader and writer. */
public enum ExchangeFormat {
    BUNDLE("bundle", "QuoteStance JSON bundle", ".qstance.json", BundleExporter::new, BundleImporter::new),
    JSONL("jsonl", "JSON Lines, one quote per line", ".jsonl", g -> new JsonlExporter(), null),
    CSV("csv", "CSV, one quote per row", ".csv", g -> new CsvExporter(), null),
    W3C("w3c", "W3C Web Annotation JSON-LD", ".jsonld", W3cExporter::new, W3cImporter::new),
    QDPX("qdpx", "REFI-QDA project (NVivo, ATLAS.ti, MAXQDA, QualCoder)", ".qdpx", QdpxExporter::new, QdpxImporter::new),
    BRAT("brat", "brat standoff (.txt + .ann, zipped)", ".zip", g -> new BratExporter(), BratImporter::new);

    private final String wireName;
    private final String label;
    private final String extension;
    private final Function<String, SetExporter> exporter;
    private final Supplier<SetImporter> importer;

    ExchangeFormat(String wireName, String label, String extension, Function<String, SetExporter> exporter,
                   Supplier<SetImporter> importer) {
        this.wireName = wireName;
        this.label = label;
        this.extension = extension;
        this.exporter = exporter;
        this.importer = importer;
    }

    public String wireName() {
        return wireName;
    }

    public String label() {
        return label;
    }

    public String extension() {
        return extension;
    }

    /** @param generator names the program and version in files that record it */
    public SetExporter exporter(String generator) {
        return exporter.apply(generator);
    }

    public boolean importable() {
        return importer != null;
    }

    public Optional<SetImporter> importer() {
        return importer == null ? Optional.empty() : Optional.of(importer.get());
    }

    public static Optional<ExchangeFormat> fromWire(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.wireName.equals(n)).findFirst();
    }
}
