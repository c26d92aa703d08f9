package cn.wuhu.sti.events.techmarket;

import java.util.Optional;

/**
 * The seller or buyer of a technology contract: its name, and its unified social credit code where the party has
 * one and it is known (a university, a person or a firm abroad may have none).
 */
public record ContractParty(Optional<String> uscc, String name) {}
