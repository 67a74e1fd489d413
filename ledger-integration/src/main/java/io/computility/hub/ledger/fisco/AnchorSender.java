package io.computility.hub.ledger.fisco;

/** Sends anchoring call data to the evidence contract and waits for the receipt. */
interface AnchorSender {

    /**
     * @throws io.computility.hub.ledger.LedgerUnavailableException when the chain cannot be reached or refuses
     */
    AnchorReceipt send(byte[] callData);

    /** Where the transaction landed. */
    record AnchorReceipt(String transactionHash, long blockNumber) {
    }
}
