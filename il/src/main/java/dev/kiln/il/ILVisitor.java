package dev.kiln.il;

import dev.kiln.typesystem.FieldDesc;
import dev.kiln.typesystem.MethodSignature;
import dev.kiln.typesystem.MissingItem;
import dev.kiln.typesystem.TypeDesc;
import dev.kiln.typesystem.metadata.ExceptionClause;
import dev.kiln.typesystem.metadata.Instruction;

/**
 * One half of the IL importer (ILImporter walks, a visitor acts): the dependency scanner reports what each
 * instruction needs, the code generator emits it. Tokens arrive resolved and calls decided (CallSite,
 * NewObjectSite), so both halves see the same thing. Prefixes (constrained., tail., volatile., unaligned., readonly.,
 * no.) reach begin() as instructions of their own and are otherwise folded into the instruction they prefix.
 */
public interface ILVisitor {
    /** A catch clause's exception type (reported before the instructions). */
    void caught(ExceptionClause clause, TypeDesc type);

    /** Called before each instruction in IL order; false skips it (code the generator found unreachable). */
    boolean begin(Instruction insn);

    /** An instruction without a token operand: arguments, locals, constants, arithmetic, branches, ... */
    void simple(Instruction insn);

    /** call or callvirt, not an await. */
    void call(Instruction insn, CallSite site);

    void newObject(Instruction insn, NewObjectSite site);

    /** ldftn or ldvirtftn. */
    void functionPointer(Instruction insn, CallSite site);

    /** jmp. */
    void jump(Instruction insn, CallSite site);

    /** calli with the stand-alone signature it names. */
    void indirectCall(Instruction insn, MethodSignature signature);

    void loadString(Instruction insn, String value);

    /** ldfld, ldflda, stfld, ldsfld, ldsflda, stsfld. */
    void field(Instruction insn, FieldDesc field);

    /** An instruction with a type operand: newarr, castclass, isinst, box, unbox(.any), ldelem(a), stelem, ldobj, ... */
    void type(Instruction insn, TypeDesc type);

    /** ldtoken of a type (TypeDesc), field (FieldDesc) or method (MethodDesc). */
    void token(Instruction insn, Object member);

    /** An await site (AwaitSites): insn is its first instruction; the site's consumed() instructions follow it. */
    void await(Instruction insn, AwaitSites.Site site);

    /**
     * The instruction at ilOffset (or the catch clause whose handler starts there) names something the loaded
     * assemblies lack; the walk goes on with the next instruction.
     */
    void missing(MissingItem item, int ilOffset);
}
