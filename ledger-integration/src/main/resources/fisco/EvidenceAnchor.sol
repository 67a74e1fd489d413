// SPDX-License-Identifier: Apache-2.0
pragma solidity >=0.6.10 <0.8.20;

/// Anchors batches of hub evidence: the batch's SM3 Merkle root is kept in state (who anchored it, in which block);
/// the record hashes travel in the call data, so they are in the chain's transaction history without costing storage.
contract EvidenceAnchor {
    event Anchored(bytes32 indexed root, uint256 count, address indexed sender);

    /// Block number at which a root was anchored; 0 if never.
    mapping(bytes32 => uint256) public anchoredAt;

    /// Anchors a batch. Sending the same root again changes nothing, so a retried relay is harmless.
    function anchor(bytes32 root, bytes32[] calldata recordHashes) external {
        if (anchoredAt[root] != 0) {
            return;
        }
        anchoredAt[root] = block.number;
        emit Anchored(root, recordHashes.length, msg.sender);
    }
}
