package io.computility.hub.ledger.outbox;

import java.util.ArrayList;
import java.util.List;

/**
 * A run of consecutive outbox sequence numbers, {@code first} to {@code last}. The relay deletes what it moved by
 * these runs rather than by a list of ids: every number of a run was read, so no other row can fall inside it, while
 * a gap (a rolled-back or still uncommitted insert) is left alone.
 */
record SeqRange(long first, long last) {

    /** The runs of {@code seqs}, which are ascending. */
    static List<SeqRange> of(List<Long> seqs) {
        List<SeqRange> ranges = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= seqs.size(); i++) {
            if (i == seqs.size() || seqs.get(i) != seqs.get(i - 1) + 1) {
                ranges.add(new SeqRange(seqs.get(start), seqs.get(i - 1)));
                start = i;
            }
        }
        return ranges;
    }
}
