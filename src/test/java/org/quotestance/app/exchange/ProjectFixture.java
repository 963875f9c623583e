package org.quotestance.app.exchange;

import org.quotestance.app.ProjectSession;
import org.quotestance.exchange.ExchangeFixtures;
import org.quotestance.model.Article;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Builds a project folder with the exchange fixtures and snapshots a project's files for comparison. */
final class ProjectFixture {
    private ProjectFixture() {
    }

    static Path create(Path dir) {
        try (ProjectSession s = ProjectSession.openOrCreate(dir)) {
            s.saveInfo(ExchangeFixtures.project());
            s.store().saveSpeakers(ExchangeFixtures.registry());
            s.saveAll(List.of(ExchangeFixtures.troopsStory(), ExchangeFixtures.talksStory()));
        }
        return dir;
    }

    record Snapshot(Object codebook, Object settings, Object speakers, List<Article> articles) {
    }

    static Snapshot snapshot(Path dir) {
        try (ProjectSession s = ProjectSession.openExisting(dir)) {
            List<Article> articles = new ArrayList<>();
            for (String id : s.store().articleIds()) {
                articles.add(s.article(id).orElseThrow());
            }
            return new Snapshot(s.info().codebook(), s.info().settings(), s.speakers(), articles);
        }
    }

    /** Every file under the project (but the lock) with its bytes, to prove a failed import wrote nothing. */
    static Map<String, String> files(Path dir) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = dir.relativize(p).toString();
                // the Lucene index under index/ is binary and derived from the files compared here
                if (!rel.equals(".lock") && !rel.startsWith(org.quotestance.store.ProjectStore.INDEX_DIR)) {
                    out.put(rel, Files.readString(p));
                }
            }
        }
        return out;
    }
}
