package dev.kiln.typesystem.metadata;

/**
 * One decoded IL instruction. operand holds integers, tokens, variable indexes and branch targets (already made
 * absolute); floatOperand holds ldc.r4/ldc.r8 values; switchTargets holds absolute targets for switch.
 */
public record Instruction(int offset, OpCode opcode, long operand, double floatOperand, int[] switchTargets, int nextOffset) {
}
