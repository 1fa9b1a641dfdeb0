namespace System.ComponentModel
{
    // Read by IDEs only; programs name it on members they hide from completion lists (mono's test-178).
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Enum | AttributeTargets.Constructor
        | AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Event
        | AttributeTargets.Interface | AttributeTargets.Delegate)]
    public sealed class EditorBrowsableAttribute : Attribute
    {
        private readonly EditorBrowsableState browsableState;

        public EditorBrowsableAttribute(EditorBrowsableState state) { browsableState = state; }
        public EditorBrowsableAttribute() : this(EditorBrowsableState.Always) { }

        public EditorBrowsableState State { get { return browsableState; } }

        public override bool Equals(object obj)
        {
            if (obj == this) return true;
            EditorBrowsableAttribute other = obj as EditorBrowsableAttribute;
            return other != null && other.browsableState == browsableState;
        }

        public override int GetHashCode() { return base.GetHashCode(); }
    }

    public enum EditorBrowsableState
    {
        Always,
        Never,
        Advanced,
    }
}
