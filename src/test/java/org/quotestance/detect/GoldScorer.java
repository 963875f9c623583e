package org.quotestance.detect;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matching rules of {@code ../shared/eval/score.py} in Java, so that the build can fail on a
 * regression: quotes are matched one to one by word overlap (token F1 at least 0.5), direct-style
 * and indirect separately; a speaker is right when the names agree as score.py says.
 */
final class GoldScorer {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    record GoldQuote(String text, boolean indirect, String speaker, boolean optional) {
    }

    record GoldSpeaker(String name, String role, List<String> aliases) {
    }

    record Predicted(String text, boolean indirect, String speaker) {
    }

    /** Running totals over articles. */
    static final class Tally {
        int tp;
        int fp;
        int fn;
        int speakerOk;
        int speakerN;
        int endToEnd;

        void add(Tally o) {
            tp += o.tp;
            fp += o.fp;
            fn += o.fn;
            speakerOk += o.speakerOk;
            speakerN += o.speakerN;
            endToEnd += o.endToEnd;
        }

        double f1() {
            return f1(tp);
        }

        double f1(int hits) {
            double p = hits + fp == 0 ? 0 : (double) hits / (hits + fp);
            double r = hits + fn == 0 ? 0 : (double) hits / (hits + fn);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    static List<String> words(String text) {
        String t = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('’', '\'');
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(t);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static double overlap(String a, String b) {
        List<String> wa = words(a);
        List<String> wb = words(b);
        if (wa.isEmpty() || wb.isEmpty()) {
            return 0;
        }
        Map<String, Integer> pool = new HashMap<>();
        wb.forEach(w -> pool.merge(w, 1, Integer::sum));
        int common = 0;
        for (String w : wa) {
            Integer c = pool.get(w);
            if (c != null && c > 0) {
                common++;
                pool.put(w, c - 1);
            }
        }
        if (common == 0) {
            return 0;
        }
        double p = (double) common / wa.size();
        double r = (double) common / wb.size();
        return 2 * p * r / (p + r);
    }

    static boolean sameSpeaker(String pred, GoldSpeaker gold) {
        if (pred == null) {
            return false;
        }
        String p = String.join(" ", words(pred));
        List<String> names = new ArrayList<>();
        names.add(gold.name());
        names.addAll(gold.aliases());
        for (String n : names) {
            if (p.equals(String.join(" ", words(n)))) {
                return true;
            }
        }
        List<String> pw = words(pred);
        List<String> gw = words(gold.name());
        if (!pw.isEmpty() && !gw.isEmpty() && pw.get(pw.size() - 1).equals(gw.get(gw.size() - 1))
                && (new HashSet<>(gw).containsAll(pw) || new HashSet<>(pw).containsAll(gw))) {
            return true;
        }
        return ("anonymous source".equals(gold.role()) || "group".equals(gold.role()))
                && overlap(pred, gold.name()) >= 0.6;
    }

    /** Scores one article for one group (direct-style or indirect). */
    static Tally score(List<GoldQuote> allGold, Map<String, GoldSpeaker> speakers, List<Predicted> allPred,
                       boolean indirect) {
        List<GoldQuote> gold = allGold.stream().filter(g -> g.indirect() == indirect).toList();
        List<GoldQuote> other = allGold.stream().filter(g -> g.indirect() != indirect).toList();
        List<Predicted> pred = allPred.stream().filter(p -> p.indirect() == indirect).toList();
        record Pair(double o, int g, int p) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < pred.size(); p++) {
                double o = overlap(pred.get(p).text(), gold.get(g).text());
                if (o >= 0.5) {
                    pairs.add(new Pair(o, g, p));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::o).thenComparingInt(Pair::g).thenComparingInt(Pair::p).reversed());
        Set<Integer> usedG = new HashSet<>();
        Set<Integer> usedP = new HashSet<>();
        Tally t = new Tally();
        for (Pair pair : pairs) {
            if (usedG.contains(pair.g()) || usedP.contains(pair.p())) {
                continue;
            }
            usedG.add(pair.g());
            usedP.add(pair.p());
            GoldQuote g = gold.get(pair.g());
            Predicted p = pred.get(pair.p());
            boolean right = g.speaker() == null || sameSpeaker(p.speaker(),
                    speakers.getOrDefault(g.speaker(), new GoldSpeaker(g.speaker(), null, List.of())));
            // score.py counts the speaker of every matched quote, optional ones included
            if (g.speaker() != null) {
                t.speakerN++;
                if (right) {
                    t.speakerOk++;
                }
            }
            if (g.optional()) {
                continue; // neither a hit nor a false alarm
            }
            t.tp++;
            if (right) {
                t.endToEnd++;
            }
        }
        for (int g = 0; g < gold.size(); g++) {
            if (!usedG.contains(g) && !gold.get(g).optional()) {
                t.fn++;
            }
        }
        for (int p = 0; p < pred.size(); p++) {
            if (usedP.contains(p)) {
                continue;
            }
            String text = pred.get(p).text();
            if (other.stream().noneMatch(g -> overlap(text, g.text()) >= 0.5)) {
                t.fp++;
            }
        }
        return t;
    }
}
