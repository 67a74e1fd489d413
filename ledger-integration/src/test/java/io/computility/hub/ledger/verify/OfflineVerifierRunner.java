package io.computility.hub.ledger.verify;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the offline verifier as its command line would, without exiting the JVM. */
public final class OfflineVerifierRunner {

    private OfflineVerifierRunner() {
    }

    /** The exit status the command would return. */
    public static int run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = new OfflineVerifier(new PrintStream(out, true, StandardCharsets.UTF_8)).run(args);
        System.out.print(out.toString(StandardCharsets.UTF_8));
        return status;
    }
}
