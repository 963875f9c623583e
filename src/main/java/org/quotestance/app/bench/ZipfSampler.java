package org.quotestance.app.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Draws items with probability proportional to {@code 1 / rank^s}: the spread of words, speakers
 * and outlets in real news, where a few are everywhere and most are rare.
 */
final class ZipfSampler<T> {
    private final List<T> items;
    private final double[] cumulative;

    ZipfSampler(List<T> itemsByRank, double exponent) {
        if (itemsByRank.isEmpty()) {
            throw new IllegalArgumentException("nothing to sample");
        }
        this.items = List.copyOf(itemsByRank);
        this.cumulative = new double[items.size()];
        double sum = 0;
        for (int i = 0; i < items.size(); i++) {
            sum += 1.0 / Math.pow(i + 1, exponent);
            cumulative[i] = sum;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= sum;
        }
    }

    T next(Random random) {
        int i = Arrays.binarySearch(cumulative, random.nextDouble());
        return items.get(Math.min(items.size() - 1, i >= 0 ? i : -i - 1));
    }

    /** The chance of drawing the item of this rank (0-based). */
    double probability(int rank) {
        return rank == 0 ? cumulative[0] : cumulative[rank] - cumulative[rank - 1];
    }

    T byRank(int rank) {
        return items.get(rank);
    }

    int size() {
        return items.size();
    }
}
