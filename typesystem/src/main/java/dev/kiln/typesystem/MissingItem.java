package dev.kiln.typesystem;

/**
 * Something well-formed metadata refers to that the loaded assemblies do not have: a type, a method, a field or a
 * whole assembly. A compilation does not stop at one (NativeAOT's behaviour): code that references it is compiled to
 * throw what .NET throws when it cannot load the item, with .NET's message.
 *
 * @param name        how Kiln names the item in warnings, e.g. {@code System.IO.FileStream::.ctor(String,FileMode)}
 * @param lackedBy    the assembly that should have had it, for warnings ("System.Private.CoreLib" for a facade)
 * @param netMessage  the message of the exception .NET throws for it
 */
public record MissingItem(Kind kind, String name, String lackedBy, String netMessage) {
    public enum Kind {
        TYPE("System", "TypeLoadException"),
        METHOD("System", "MissingMethodException"),
        FIELD("System", "MissingFieldException"),
        ASSEMBLY("System.IO", "FileNotFoundException");

        private final String exceptionNamespace;
        private final String exceptionName;

        Kind(String exceptionNamespace, String exceptionName) {
            this.exceptionNamespace = exceptionNamespace;
            this.exceptionName = exceptionName;
        }

        /** The core library exception type .NET throws for a missing item of this kind. */
        public String exceptionNamespace() {
            return exceptionNamespace;
        }

        public String exceptionName() {
            return exceptionName;
        }
    }

    /** How a warning describes what is missing: "X, which Y does not have" or "assembly X, which was not found". */
    public String describe() {
        return kind == Kind.ASSEMBLY ? "assembly " + name + ", which was not found"
                : name + ", which " + lackedBy + " does not have";
    }
}
