package dev.kiln.compiler.deps;

import dev.kiln.compiler.deps.ReflectionDataflow.IntValue;
import dev.kiln.compiler.deps.ReflectionDataflow.StringValue;
import dev.kiln.compiler.deps.ReflectionDataflow.Value;
import dev.kiln.typesystem.MethodDesc;
import java.util.List;
import java.util.Map;

/**
 * The member names a C# dynamic call site's binder looks up at run time, read from the constant arguments of its
 * Microsoft.CSharp.RuntimeBinder.Binder factory call: the name of GetMember, SetMember, InvokeMember and IsEvent, the
 * op_ method of an operator (by its System.Linq.Expressions.ExpressionType value), op_Implicit/op_Explicit for
 * Convert, the indexer (Item) for GetIndex/SetIndex, the constructors for InvokeConstructor.
 */
final class DynamicSiteNames {
    private DynamicSiteNames() {
    }

    static final String BINDER = "Microsoft.CSharp.RuntimeBinder.Binder";

    /** ExpressionType values (System.Core's numbering) of the operators with a user-defined form; assignments bind the operator. */
    private static final Map<Integer, String> OPERATORS = Map.ofEntries(
            Map.entry(0, "op_Addition"), Map.entry(1, "op_Addition"), Map.entry(63, "op_Addition"), Map.entry(74, "op_Addition"),
            Map.entry(42, "op_Subtraction"), Map.entry(43, "op_Subtraction"), Map.entry(73, "op_Subtraction"), Map.entry(76, "op_Subtraction"),
            Map.entry(26, "op_Multiply"), Map.entry(27, "op_Multiply"), Map.entry(69, "op_Multiply"), Map.entry(75, "op_Multiply"),
            Map.entry(12, "op_Division"), Map.entry(65, "op_Division"), Map.entry(25, "op_Modulus"), Map.entry(68, "op_Modulus"),
            Map.entry(2, "op_BitwiseAnd"), Map.entry(64, "op_BitwiseAnd"), Map.entry(36, "op_BitwiseOr"), Map.entry(70, "op_BitwiseOr"),
            Map.entry(14, "op_ExclusiveOr"), Map.entry(66, "op_ExclusiveOr"),
            Map.entry(19, "op_LeftShift"), Map.entry(67, "op_LeftShift"), Map.entry(41, "op_RightShift"), Map.entry(72, "op_RightShift"),
            Map.entry(13, "op_Equality"), Map.entry(35, "op_Inequality"), Map.entry(20, "op_LessThan"), Map.entry(21, "op_LessThanOrEqual"),
            Map.entry(15, "op_GreaterThan"), Map.entry(16, "op_GreaterThanOrEqual"),
            Map.entry(28, "op_UnaryNegation"), Map.entry(30, "op_UnaryNegation"), Map.entry(29, "op_UnaryPlus"),
            Map.entry(34, "op_LogicalNot"), Map.entry(82, "op_OnesComplement"), Map.entry(83, "op_True"), Map.entry(84, "op_False"),
            Map.entry(54, "op_Increment"), Map.entry(77, "op_Increment"), Map.entry(79, "op_Increment"),
            Map.entry(49, "op_Decrement"), Map.entry(78, "op_Decrement"), Map.entry(80, "op_Decrement"));

    /** CallSite&lt;T&gt;.Create(binder): its T is the site's delegate type. */
    static boolean isSiteCreation(MethodDesc target) {
        return target.name().equals("Create") && target.owningType() instanceof dev.kiln.typesystem.InstantiatedType it
                && it.definition().fullName().equals("System.Runtime.CompilerServices.CallSite`1");
    }

    /** The types of a site's arguments (the receiver first) as its delegate's Invoke declares them, or null. */
    static List<dev.kiln.typesystem.TypeDesc> siteArgumentTypes(dev.kiln.typesystem.TypeDesc callSiteType) {
        if (!(callSiteType instanceof dev.kiln.typesystem.InstantiatedType it) || it.arguments().size() != 1) {
            return null;
        }
        for (MethodDesc m : it.arguments().get(0).methods()) {
            List<dev.kiln.typesystem.TypeDesc> ps = m.signature().parameters();
            if (m.name().equals("Invoke") && !ps.isEmpty()) {
                return ps.subList(1, ps.size()); // after the CallSite
            }
        }
        return null;
    }

    static boolean isBinderFactory(MethodDesc target) {
        return target.owningType().fullName().equals(BINDER);
    }

    /** The names the binder made by target (a Binder factory) with these arguments looks up; empty when none is known. */
    static List<String> of(MethodDesc target, Value[] arguments) {
        switch (target.name()) {
            case "GetMember", "SetMember", "InvokeMember", "IsEvent" -> {
                return arguments.length > 1 && arguments[1] instanceof StringValue s ? List.of(s.text()) : List.of();
            }
            case "BinaryOperation", "UnaryOperation" -> {
                String name = arguments.length > 1 && arguments[1] instanceof IntValue i ? OPERATORS.get((int) i.value()) : null;
                return name == null ? List.of() : List.of(name);
            }
            case "Convert" -> {
                return List.of("op_Implicit", "op_Explicit");
            }
            case "GetIndex", "SetIndex" -> {
                return List.of("Item");
            }
            case "InvokeConstructor" -> {
                return List.of(".ctor");
            }
            default -> {
                return List.of();
            }
        }
    }
}
