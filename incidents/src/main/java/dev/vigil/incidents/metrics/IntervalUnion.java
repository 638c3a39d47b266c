package dev.vigil.incidents.metrics;

import java.util.Comparator;
import java.util.List;

/** The length of a union of half-open intervals clipped to a window, so overlapping outages count once. */
final class IntervalUnion {

    private IntervalUnion() {
    }

    static long clippedLength(List<long[]> intervals, long from, long to) {
        intervals.sort(Comparator.comparingLong(i -> i[0]));
        long total = 0;
        long curStart = Long.MIN_VALUE, curEnd = Long.MIN_VALUE;
        for (long[] iv : intervals) {
            long s = Math.max(iv[0], from), e = Math.min(iv[1], to);
            if (e <= s) {
                continue;
            }
            if (s > curEnd) {
                total += curEnd - curStart;
                curStart = s;
                curEnd = e;
            } else if (e > curEnd) {
                curEnd = e;
            }
        }
        return total + (curEnd - curStart);
    }
}
