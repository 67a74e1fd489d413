package io.computility.hub.ledger.chain;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.hub.ledger.EvidenceRecord;
import io.computility.hub.ledger.EvidenceType;
import io.computility.hub.ledger.chain.Finding.Problem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EvidenceChainTest {

    private final Random random = new Random(42);
    private final NodeKey key = NodeKey.generate();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T08:00:00Z"));
    private MemoryChainStore store;
    private EvidenceChain chain;

    @BeforeEach
    void setUp() {
        store = new MemoryChainStore();
        chain = new EvidenceChain(store, key, new SealPolicy(10, Duration.ofSeconds(2)), clock);
    }

    @Test
    void sealsFullBlocksAtOnceAndPartialOnesWhenTheyAreOld() {
        chain.append(records(25));
        assertThat(chain.sealDue()).extracting(Block::recordCount).containsExactly(10, 10);
        clock.advance(Duration.ofMillis(1999));
        assertThat(chain.sealDue()).isEmpty();
        clock.advance(Duration.ofMillis(1));
        assertThat(chain.sealDue()).extracting(Block::recordCount).containsExactly(5);
        assertThat(chain.verify().valid()).isTrue();
    }

    @Test
    void appendingTheSameRecordTwiceKeepsOneEntry() {
        List<EvidenceRecord> batch = records(7);
        assertThat(chain.append(batch)).isEqualTo(7);
        assertThat(chain.append(batch)).isZero();
        List<EvidenceRecord> doubled = new ArrayList<>(batch.subList(0, 2));
        doubled.addAll(batch.subList(0, 2));
        assertThat(chain.append(doubled)).isZero();
        assertThat(store.entries).hasSize(7);
    }

    @Test
    void everyRecordHasAProofThatChecksWithThePublicKeyOnly() {
        List<EvidenceRecord> all = new ArrayList<>();
        for (int round = 0; round < 8; round++) {
            List<EvidenceRecord> batch = records(1 + random.nextInt(23));
            all.addAll(batch);
            chain.append(batch);
            clock.advance(Duration.ofSeconds(3));
            chain.sealDue();
        }
        NodeKey.PublicKey published = NodeKey.PublicKey.fromHex(chain.publicKey().hex());
        for (EvidenceRecord record : all) {
            EvidenceProof proof = chain.proof(record.recordId()).orElseThrow();
            assertThat(proof.record()).isEqualTo(record);
            assertThat(proof.check(published)).isEmpty();
        }
    }

    @Test
    void aProofOfAnAlteredRecordOrForeignKeyFails() {
        chain.append(records(13));
        clock.advance(Duration.ofSeconds(3));
        chain.sealDue();
        for (int i = 0; i < 13; i++) {
            EvidenceProof proof = chain.proof("r" + i).orElseThrow();
            EvidenceRecord r = proof.record();
            EvidenceRecord altered = new EvidenceRecord(r.recordId(), r.type(), r.occurredAt(), r.processKey(),
                    r.processVersion(), r.processInstanceId(), r.businessKey(), r.activityId(), r.activityName(),
                    "mallory", r.detail(), r.payloadDigest());
            assertThat(new EvidenceProof(altered, proof.leafIndex(), proof.path(), proof.block())
                    .check(key.publicKey())).hasSize(1);
            assertThat(proof.check(NodeKey.generate().publicKey())).hasSize(1);
        }
    }

    @Test
    void detectsAnAlteredRecordAndSaysWhere() {
        sealBlocks(3);
        ChainEntry victim = store.entries(1).get(4);
        EvidenceRecord r = victim.record();
        store.replace(r.recordId(), new ChainEntry(new EvidenceRecord(r.recordId(), r.type(), r.occurredAt(),
                r.processKey(), r.processVersion(), r.processInstanceId(), r.businessKey(), r.activityId(),
                r.activityName(), r.actor(), r.detail(), Sm3.hex(new byte[] {9})), victim.leafHash(),
                victim.appendedAt(), 1L, 4));

        assertThat(chain.verify().findings()).containsExactlyInAnyOrder(
                new Finding(1, 4, r.recordId(), Problem.RECORD_ALTERED),
                new Finding(1, null, null, Problem.ROOT_MISMATCH));
    }

    @Test
    void detectsARecordAlteredTogetherWithItsLeafHash() {
        sealBlocks(2);
        ChainEntry victim = store.entries(0).get(0);
        EvidenceRecord r = victim.record();
        EvidenceRecord forged = EvidenceRecord.business(r.recordId(), "order.created", "order-9", "mallory",
                r.occurredAt(), null);
        store.replace(r.recordId(), new ChainEntry(forged, ChainEntry.leafHashOf(forged), victim.appendedAt(), 0L, 0));

        assertThat(chain.verify().findings()).containsExactly(new Finding(0, null, null, Problem.ROOT_MISMATCH));
    }

    @Test
    void detectsARemovedRecord() {
        sealBlocks(3);
        store.entries.remove(store.entries(2).get(7).record().recordId());

        assertThat(chain.verify().findings()).containsExactlyInAnyOrder(
                new Finding(2, 7, null, Problem.RECORD_MISSING),
                new Finding(2, null, null, Problem.ROOT_MISMATCH));
    }

    @Test
    void detectsReorderedRecords() {
        sealBlocks(2);
        ChainEntry a = store.entries(1).get(2);
        ChainEntry b = store.entries(1).get(5);
        store.replace(a.record().recordId(), new ChainEntry(a.record(), a.leafHash(), a.appendedAt(), 1L, 5));
        store.replace(b.record().recordId(), new ChainEntry(b.record(), b.leafHash(), b.appendedAt(), 1L, 2));

        assertThat(chain.verify().findings()).containsExactly(new Finding(1, null, null, Problem.ROOT_MISMATCH));
    }

    @Test
    void detectsAnAlteredBlockHeader() {
        sealBlocks(3);
        Block b = store.blocks.get(1);
        store.blocks.set(1, new Block(b.height(), b.previousHash(), b.merkleRoot(), b.recordCount(),
                b.sealedAt().plusSeconds(60), b.signature()));

        assertThat(chain.verify().findings()).containsExactlyInAnyOrder(
                new Finding(1, null, null, Problem.BAD_SIGNATURE),
                new Finding(2, null, null, Problem.BROKEN_LINK));
    }

    @Test
    void detectsARemovedBlock() {
        sealBlocks(4);
        store.blocks.remove(2);

        assertThat(chain.verify().findings()).containsExactlyInAnyOrder(
                new Finding(3, null, null, Problem.HEIGHT_GAP),
                new Finding(3, null, null, Problem.BROKEN_LINK));
    }

    @Test
    void detectsReorderedBlocks() {
        sealBlocks(4);
        Block second = store.blocks.get(1);
        store.blocks.set(1, store.blocks.get(2));
        store.blocks.set(2, second);

        assertThat(chain.verify().findings()).extracting(Finding::blockHeight, Finding::problem).contains(
                org.assertj.core.groups.Tuple.tuple(2L, Problem.HEIGHT_GAP),
                org.assertj.core.groups.Tuple.tuple(2L, Problem.BROKEN_LINK),
                org.assertj.core.groups.Tuple.tuple(1L, Problem.HEIGHT_GAP),
                org.assertj.core.groups.Tuple.tuple(1L, Problem.BROKEN_LINK));
    }

    @Test
    void randomSingleTamperingIsAlwaysDetected() {
        for (int round = 0; round < 40; round++) {
            setUp();
            sealBlocks(3);
            List<ChainEntry> sealed = store.entries.values().stream().toList();
            ChainEntry victim = sealed.get(random.nextInt(sealed.size()));
            EvidenceRecord r = victim.record();
            EvidenceRecord altered = new EvidenceRecord(r.recordId(), r.type(),
                    r.occurredAt().plusMillis(1 + random.nextInt(1000)), r.processKey(), r.processVersion(),
                    r.processInstanceId(), r.businessKey(), r.activityId(), r.activityName(), r.actor(), r.detail(),
                    r.payloadDigest());
            store.replace(r.recordId(), new ChainEntry(altered, victim.leafHash(), victim.appendedAt(),
                    victim.blockHeight(), victim.leafIndex()));
            assertThat(chain.verify().findings())
                    .contains(new Finding(victim.blockHeight(), victim.leafIndex(), r.recordId(),
                            Problem.RECORD_ALTERED));
        }
    }

    @Test
    void canonicalEncodingsDifferWheneverAFieldDiffers() {
        EvidenceRecord base = new EvidenceRecord("id", EvidenceType.ACTIVITY_ENDED, Instant.EPOCH, "p", 1, "pi",
                "bk", "a", "A", "u", null, null);
        EvidenceRecord shifted = new EvidenceRecord("id", EvidenceType.ACTIVITY_ENDED, Instant.EPOCH, "p", 1, "pi",
                "bk", "aA", "", "u", null, null);
        EvidenceRecord nullVersusEmpty = new EvidenceRecord("id", EvidenceType.ACTIVITY_ENDED, Instant.EPOCH, "p", 1,
                "pi", "bk", "a", "A", "u", "", null);
        assertThat(base.canonicalBytes()).isNotEqualTo(shifted.canonicalBytes());
        assertThat(base.canonicalBytes()).isNotEqualTo(nullVersusEmpty.canonicalBytes());
    }

    private void sealBlocks(int count) {
        chain.append(records(10 * count));
        chain.sealDue();
        assertThat(store.blocks).hasSize(count);
        assertThat(chain.verify().valid()).isTrue();
    }

    private int nextId;

    private List<EvidenceRecord> records(int count) {
        List<EvidenceRecord> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = nextId++;
            records.add(new EvidenceRecord("r" + n, EvidenceType.values()[random.nextInt(6)],
                    clock.instant().plusMillis(random.nextInt(1000)), "order-fulfilment", 1 + random.nextInt(3),
                    "pi-" + random.nextInt(5), "order-" + random.nextInt(5), "task" + random.nextInt(9), "Task 名称",
                    random.nextBoolean() ? "alice" : null, null, Sm3.hex(new byte[] {(byte) n})));
        }
        return records;
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
