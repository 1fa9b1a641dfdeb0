package dev.kiln.typesystem.metadata;

/** A row of the GenericParamConstraint table, with heap strings read and indexes decoded to tokens or row ids. */
public record GenericParamConstraintRow(int ownerRid, int constraintToken) {
}
