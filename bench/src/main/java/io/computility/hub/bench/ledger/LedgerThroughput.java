package io.computility.hub.bench.ledger;

import io.computility.hub.ledger.EvidenceRecord;
import io.computility.hub.ledger.EvidenceRecorder;
import io.computility.hub.ledger.EvidenceType;
import io.computility.hub.ledger.chain.Sm3;
import io.computility.hub.ledger.embedded.EmbeddedLedger;
import io.computility.hub.ledger.outbox.OutboxRelay;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.ibatis.annotations.Mapper;
import org.mybatis.spring.annotation.MapperScan;
import org.operaton.bpm.spring.boot.starter.OperatonBpmAutoConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Load driver: records/s through outbox → relay → signed blocks on MariaDB, and proof generation per record, each
 * next to a baseline measured in the same run (raw SM3 hashing of the same records). Uses the module's real beans
 * (without the process engine) on database {@code hub_bench_ledger}, which it empties first.
 *
 * <p>Arguments: {@code [records (default 100000)] [records per producer transaction (default 100)]}; a tenth of the
 * records are written one row per statement (as engine steps are), the rest with {@code recordAll}. System properties
 * {@code relay.batch-size} (default 1000) and {@code block.max-records} (default 500) tune the relay.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(exclude = OperatonBpmAutoConfiguration.class)
@ComponentScan("io.computility.hub.ledger")
@MapperScan(basePackages = "io.computility.hub.ledger", annotationClass = Mapper.class)
public class LedgerThroughput {

    private static final int BULK = 1000;

    public static void main(String[] args) {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int perTransaction = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LedgerThroughput.class)
                .web(WebApplicationType.NONE).properties(
                        "spring.datasource.url=jdbc:mysql://127.0.0.1:3306/hub_bench_ledger"
                                + "?createDatabaseIfNotExist=true&nullCatalogMeansCurrent=true",
                        "spring.datasource.username=root",
                        "spring.datasource.password=",
                        "spring.datasource.hikari.transaction-isolation=TRANSACTION_READ_COMMITTED",
                        "spring.flyway.locations=classpath:db/migration/ledger",
                        "hub.ledger.relay.enabled=false",
                        "hub.ledger.relay.batch-size=" + System.getProperty("relay.batch-size", "1000"),
                        "hub.ledger.embedded.block-max-records=" + System.getProperty("block.max-records", "500"),
                        "hub.ledger.embedded.block-max-age=0s",
                        "hub.ledger.embedded.node-key-file=target/bench-ledger/node.key",
                        "logging.level.root=warn")
                .run()) {
            run(context, records, perTransaction);
        }
    }

    private static void run(ConfigurableApplicationContext context, int count, int perTransaction) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        for (String table : List.of("ledger_outbox", "ledger_entry", "ledger_block")) {
            jdbc.update("DELETE FROM " + table);
        }
        TransactionTemplate transaction = context.getBean(TransactionTemplate.class);
        EvidenceRecorder recorder = context.getBean(EvidenceRecorder.class);
        OutboxRelay relay = context.getBean(OutboxRelay.class);
        EmbeddedLedger ledger = context.getBean(EmbeddedLedger.class);
        Instant now = Instant.now();
        List<EvidenceRecord> all = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            all.add(record(i, now));
        }

        warmUp(all);
        long t0 = System.nanoTime();
        long sink = 0;
        for (EvidenceRecord record : all) {
            sink += Sm3.leaf(record.canonicalBytes())[0];
        }
        double sm3PerSecond = count / seconds(t0);

        // one row per statement, as the engine writes its steps
        int single = count / 10;
        t0 = System.nanoTime();
        for (int from = 0; from < single; from += perTransaction) {
            List<EvidenceRecord> slice = all.subList(from, Math.min(single, from + perTransaction));
            transaction.executeWithoutResult(status -> slice.forEach(recorder::record));
        }
        double singlePerSecond = single / seconds(t0);
        // multi-row statements, as bulk business records go in
        t0 = System.nanoTime();
        for (int from = single; from < count; from += BULK) {
            List<EvidenceRecord> slice = all.subList(from, Math.min(count, from + BULK));
            transaction.executeWithoutResult(status -> recorder.recordAll(slice));
        }
        double bulkPerSecond = (count - single) / seconds(t0);

        t0 = System.nanoTime();
        int relayed = relay.drain();
        double relaySeconds = seconds(t0);
        long blocks = jdbc.queryForObject("SELECT COUNT(*) FROM ledger_block", Long.class);
        long sealed = jdbc.queryForObject("SELECT COALESCE(SUM(record_count), 0) FROM ledger_block", Long.class);

        Random random = new Random(1);
        int proofs = Math.min(count, 20_000);
        for (int i = 0; i < 2_000; i++) {
            ledger.proof(all.get(random.nextInt(count)).recordId()).orElseThrow();
        }
        t0 = System.nanoTime();
        for (int i = 0; i < proofs; i++) {
            ledger.proof(all.get(random.nextInt(count)).recordId()).orElseThrow();
        }
        double proofMicros = seconds(t0) * 1e6 / proofs;
        double sm3Micros = 1e6 / sm3PerSecond;

        t0 = System.nanoTime();
        boolean valid = ledger.chain().verify().valid();
        double verifySeconds = seconds(t0);

        System.out.printf("records                         %,d (producer transactions of %d)%n", count, perTransaction);
        // the checksum keeps the JIT from dropping the baseline loop
        System.out.printf("baseline SM3 of a record        %,.0f records/s (%.2f µs each; checksum %d)%n",
                sm3PerSecond, sm3Micros, sink);
        System.out.printf("outbox writes, 1 row/statement  %,.0f records/s  = %.3f × baseline (%,d records)%n",
                singlePerSecond, singlePerSecond / sm3PerSecond, single);
        System.out.printf("outbox writes, recordAll        %,.0f records/s  = %.3f × baseline (%,d records)%n",
                bulkPerSecond, bulkPerSecond / sm3PerSecond, count - single);
        System.out.printf("relay outbox → blocks           %,.0f records/s  = %.3f × baseline (%,d relayed, %,d sealed"
                + " in %,d signed blocks)%n", relayed / relaySeconds, relayed / relaySeconds / sm3PerSecond, relayed,
                sealed, blocks);
        System.out.printf("bulk write + relay, end to end  %,.0f records/s%n",
                1 / (1 / bulkPerSecond + relaySeconds / relayed));
        System.out.printf("proof per record (DB + tree)    %.1f µs  = %.1f × one SM3%n", proofMicros,
                proofMicros / sm3Micros);
        System.out.printf("full-chain verification        %,.0f records/s (valid=%s)%n", count / verifySeconds, valid);
    }

    private static void warmUp(List<EvidenceRecord> records) {
        for (int round = 0; round < 3; round++) {
            for (EvidenceRecord record : records.subList(0, Math.min(records.size(), 20_000))) {
                Sm3.leaf(record.canonicalBytes());
            }
        }
    }

    /** A typical activity record (about 300 bytes canonical). */
    static EvidenceRecord record(int i, Instant now) {
        return new EvidenceRecord("bench:" + i + ":" + now.toEpochMilli(), EvidenceType.ACTIVITY_ENDED,
                now.plusMillis(i), "orderFulfilment", 3, "pi-" + i / 10, "order-" + i / 10,
                "reserveCapacity", "Reserve capacity", "consumer-" + i % 97, null,
                Sm3.hex(Integer.toString(i).getBytes()));
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
