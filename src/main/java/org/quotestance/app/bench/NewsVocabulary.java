package org.quotestance.app.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Words for synthetic news: function words (most of any sentence), a few hundred common news
 * words at the top of the content ranks, then tens of thousands of rarer made-up words (names of
 * places, programmes, technical terms) so that the long tail is as long as in real copy. Both
 * lists are drawn with a Zipf spread.
 */
final class NewsVocabulary {
    static final List<String> FUNCTION_WORDS = List.of(
            "the", "of", "to", "and", "a", "in", "that", "is", "for", "on", "it", "with", "was", "as", "be", "by",
            "at", "this", "have", "from", "not", "will", "are", "we", "they", "has", "but", "an", "our", "their",
            "would", "there", "been", "were", "which", "more", "can", "if", "no", "about", "all", "what", "so",
            "its", "out", "up", "who", "had", "do", "any", "one", "them", "when", "than", "into", "us", "also",
            "very", "should", "must", "could", "these", "those", "over", "now", "only", "every", "other", "some",
            "because", "before", "after", "while", "still", "just", "even", "again", "never", "here");

    /** Common content words of political and economic news, most frequent first (roughly). */
    static final List<String> NEWS_WORDS = List.of(
            "people", "government", "country", "security", "time", "president", "war", "year", "support",
            "ukraine", "peace", "agreement", "forces", "talks", "minister", "military", "economy", "state",
            "world", "policy", "public", "officials", "deal", "europe", "leaders", "troops", "nato", "aid",
            "sanctions", "negotiations", "election", "future", "national", "administration", "allies", "defense",
            "plan", "border", "money", "work", "right", "power", "decision", "week", "months", "days", "budget",
            "leverage", "crisis", "question", "congress", "parliament", "law", "court", "market", "prices",
            "energy", "gas", "oil", "trade", "tariffs", "jobs", "workers", "families", "children", "health",
            "hospital", "schools", "community", "city", "region", "villages", "attack", "strikes", "ceasefire",
            "weapons", "missiles", "drones", "soldiers", "army", "commanders", "intelligence", "threat", "risk",
            "pressure", "response", "commitment", "guarantees", "membership", "alliance", "partners", "union",
            "treaty", "summit", "meeting", "statement", "report", "evidence", "investigation", "justice",
            "rights", "freedom", "democracy", "vote", "voters", "campaign", "party", "opposition", "coalition",
            "reform", "taxes", "spending", "debt", "inflation", "growth", "investment", "companies", "industry",
            "banks", "interest", "rates", "housing", "climate", "emissions", "water", "food", "farmers",
            "migration", "refugees", "asylum", "police", "crime", "victims", "safety", "order", "process",
            "progress", "result", "results", "position", "view", "message", "signal", "step", "steps", "way",
            "ways", "approach", "strategy", "goal", "goals", "priority", "priorities", "challenge", "challenges",
            "problem", "problems", "solution", "answer", "reality", "truth", "history", "moment", "period",
            "generation", "trust", "confidence", "fear", "hope", "anger", "concern", "concerns", "interests",
            "sovereignty", "territory", "occupation", "reconstruction", "recovery", "stability", "escalation",
            "diplomacy", "dialogue", "compromise", "concessions", "demands", "conditions", "terms", "proposal",
            "framework", "mission", "deployment", "presence", "withdrawal", "independence", "integrity",
            "responsibility", "accountability", "transparency", "corruption", "scandal", "resignation",
            "appointment", "nominee", "senate", "house", "committee", "hearing", "testimony", "bill",
            "legislation", "regulation", "agency", "department", "ministry", "office", "spokesman", "spokeswoman",
            "capital", "frontline", "coast", "north", "south", "east", "west", "airport", "port", "railway",
            "bridge", "infrastructure", "grid", "network", "cyber", "technology", "data", "privacy", "platform",
            "media", "press", "journalists", "information", "disinformation", "propaganda", "speech", "words",
            "promise", "promises", "warning", "warnings", "deadline", "timeline", "schedule", "cost", "costs",
            "billion", "million", "percent", "dollars", "euros", "contracts", "exports", "imports", "supply",
            "shortages", "production", "factories", "manufacturing", "shipping", "routes", "sea", "ships",
            "navy", "air", "aircraft", "jets", "tanks", "artillery", "ammunition", "shells", "defenses",
            "shelters", "civilians", "casualties", "wounded", "dead", "hostages", "prisoners", "exchange",
            "humanitarian", "relief", "convoy", "corridor", "access", "monitors", "observers", "inspectors",
            "verification", "compliance", "violation", "violations", "accusations", "denial", "claims", "strong",
            "clear", "important", "serious", "difficult", "necessary", "possible", "realistic", "unacceptable",
            "dangerous", "fair", "historic", "long", "short", "new", "old", "good", "bad", "better", "worse",
            "first", "last", "next", "full", "open", "free", "ready", "willing", "able", "unable", "together",
            "forward", "back", "ahead", "already", "today", "tomorrow", "yesterday", "tonight", "soon", "later",
            "make", "take", "give", "keep", "hold", "stand", "continue", "remain", "believe", "think", "know",
            "want", "need", "expect", "hope", "ask", "tell", "say", "call", "decide", "agree", "reject", "accept",
            "protect", "defend", "build", "rebuild", "restore", "end", "stop", "start", "begin", "change", "move",
            "negotiate", "discuss", "push", "press", "demand", "offer", "provide", "send", "deliver", "deploy",
            "fight", "win", "lose", "fail", "succeed", "happen", "matter", "cost", "pay", "invest", "spend");

    private static final String[] ONSETS = {"b", "br", "c", "ch", "d", "dr", "f", "g", "gr", "h", "k", "kr", "l", "m",
            "n", "p", "pr", "r", "s", "sh", "st", "t", "tr", "v", "w", "z"};
    private static final String[] NUCLEI = {"a", "e", "i", "o", "u", "a", "e", "o", "ea", "ou"};
    private static final String[] CODAS = {"", "", "n", "r", "s", "l", "m", "t", "nd", "st", "rk", "x"};

    private final ZipfSampler<String> function;
    private final ZipfSampler<String> content;

    /** @param contentTypes distinct content words, real ones first then made-up ones */
    NewsVocabulary(long seed, int contentTypes) {
        Random r = new Random(seed);
        Set<String> words = new LinkedHashSet<>(NEWS_WORDS);
        while (words.size() < contentTypes) {
            words.add(madeUpWord(r));
        }
        function = new ZipfSampler<>(FUNCTION_WORDS, 1.0);
        content = new ZipfSampler<>(new ArrayList<>(words), 1.0);
    }

    private static String madeUpWord(Random r) {
        StringBuilder b = new StringBuilder();
        int syllables = 1 + r.nextInt(3);
        for (int i = 0; i < syllables; i++) {
            b.append(ONSETS[r.nextInt(ONSETS.length)]).append(NUCLEI[r.nextInt(NUCLEI.length)]);
        }
        return b.append(CODAS[r.nextInt(CODAS.length)]).toString();
    }

    /** A token as in running text: about half of all words are function words. */
    String next(Random r) {
        return r.nextDouble() < 0.45 ? function.next(r) : content.next(r);
    }

    String contentWord(Random r) {
        return content.next(r);
    }

    /** The content word of this rank (0 = most frequent). */
    String contentByRank(int rank) {
        return content.byRank(rank);
    }

    int contentTypes() {
        return content.size();
    }
}
