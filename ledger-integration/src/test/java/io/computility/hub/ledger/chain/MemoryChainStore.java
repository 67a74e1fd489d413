package io.computility.hub.ledger.chain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A chain store in memory whose contents tests may tamper with. */
final class MemoryChainStore implements ChainStore {

    final Map<String, ChainEntry> entries = new LinkedHashMap<>();
    final List<Block> blocks = new ArrayList<>();

    @Override
    public Collection<String> existing(Collection<String> recordIds) {
        return recordIds.stream().filter(entries::containsKey).toList();
    }

    @Override
    public void append(List<ChainEntry> fresh) {
        fresh.forEach(e -> entries.put(e.record().recordId(), e));
    }

    @Override
    public Pending pending(int limit) {
        Optional<Block> head = blocks.isEmpty() ? Optional.empty() : Optional.of(blocks.get(blocks.size() - 1));
        long firstPosition = entries.size() - unsealed().count();
        return new Pending(head, firstPosition,
                unsealed().limit(limit).map(e -> new PendingLeaf(e.leafHash(), e.appendedAt())).toList());
    }

    private java.util.stream.Stream<ChainEntry> unsealed() {
        return entries.values().stream().filter(e -> e.blockHeight() == null);
    }

    @Override
    public void saveBlocks(long firstPosition, List<Block> sealed) {
        sealed.forEach(this::saveBlock);
    }

    private void saveBlock(Block block) {
        List<ChainEntry> sealed = unsealed().limit(block.recordCount()).toList();
        blocks.add(block);
        for (int i = 0; i < sealed.size(); i++) {
            ChainEntry e = sealed.get(i);
            entries.put(e.record().recordId(), new ChainEntry(e.record(), e.leafHash(), e.appendedAt(),
                    block.height(), i));
        }
    }

    @Override
    public Optional<ChainEntry> entry(String recordId) {
        return Optional.ofNullable(entries.get(recordId));
    }

    @Override
    public Optional<Block> block(long height) {
        return blocks.stream().filter(b -> b.height() == height).findFirst();
    }

    @Override
    public List<Block> blocks() {
        return List.copyOf(blocks);
    }

    @Override
    public List<ChainEntry> entries(long height) {
        return entries.values().stream()
                .filter(e -> e.blockHeight() != null && e.blockHeight() == height)
                .sorted(Comparator.comparing(ChainEntry::leafIndex))
                .toList();
    }

    /** Replaces the stored entry of {@code recordId}. */
    void replace(String recordId, ChainEntry entry) {
        entries.put(recordId, entry);
    }
}
