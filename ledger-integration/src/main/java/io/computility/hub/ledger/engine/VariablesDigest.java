package io.computility.hub.ledger.engine;

import io.computility.hub.ledger.chain.Sm3;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * SM3 digest of a step's variables: names sorted, each line {@code name=type:value} with the value's text (hex for
 * bytes), so the same variables give the same digest on any node. Variables stay in the engine; only the digest goes
 * on the ledger.
 */
final class VariablesDigest {

    private VariablesDigest() {
    }

    static String of(Map<String, Object> variables) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(variables).forEach((name, value) -> text.append(name).append('=')
                .append(value == null ? "null" : value.getClass().getSimpleName()).append(':')
                .append(value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : String.valueOf(value))
                .append('\n'));
        return Sm3.hex(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
