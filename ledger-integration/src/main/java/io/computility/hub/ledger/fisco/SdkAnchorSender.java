package io.computility.hub.ledger.fisco;

import io.computility.hub.ledger.LedgerUnavailableException;
import org.fisco.bcos.sdk.v3.client.Client;
import org.fisco.bcos.sdk.v3.model.TransactionReceipt;

/** Sends through a live FISCO BCOS {@link Client}: signs offline, sends, waits for the receipt. */
class SdkAnchorSender implements AnchorSender {

    private final Client client;
    private final AnchorTransactions transactions;
    private final String contract;

    SdkAnchorSender(Client client, AnchorTransactions transactions, String contract) {
        this.client = client;
        this.transactions = transactions;
        this.contract = contract;
    }

    @Override
    public AnchorReceipt send(byte[] callData) {
        TransactionReceipt receipt;
        try {
            AnchorTransactions.SignedTransaction tx = transactions.sign(client.getGroup(), client.getChainId(),
                    contract, callData, client.getBlockLimit().longValue());
            receipt = client.sendTransaction(tx.encoded(), false).getTransactionReceipt();
        } catch (RuntimeException e) {
            throw new LedgerUnavailableException("FISCO BCOS unreachable: " + e.getMessage(), e);
        }
        if (receipt == null || !receipt.isStatusOK()) {
            throw new LedgerUnavailableException("FISCO BCOS refused the anchoring transaction: status "
                    + (receipt == null ? "none" : receipt.getStatus()), null);
        }
        return new AnchorReceipt(receipt.getTransactionHash(), receipt.getBlockNumber().longValue());
    }
}
