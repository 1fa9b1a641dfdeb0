namespace System.Security.Permissions
{
    // Code access security: .NET Core keeps these declarations so that code written for the .NET Framework compiles,
    // and enforces none of them. Compilers put them in the DeclSecurity table, not among the custom attributes,
    // so no program ever constructs one at run time unless it does so itself.
    public enum SecurityAction
    {
        Demand = 2,
        Assert = 3,
        Deny = 4,
        PermitOnly = 5,
        LinkDemand = 6,
        InheritanceDemand = 7,
        RequestMinimum = 8,
        RequestOptional = 9,
        RequestRefuse = 10,
    }

    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Constructor | AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
    public abstract class SecurityAttribute : Attribute
    {
        protected SecurityAttribute(SecurityAction action) { Action = action; }
        public SecurityAction Action { get; set; }
        public bool Unrestricted { get; set; }
    }

    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Constructor | AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
    public abstract class CodeAccessSecurityAttribute : SecurityAttribute
    {
        protected CodeAccessSecurityAttribute(SecurityAction action) : base(action) { }
    }

    [Flags]
    public enum SecurityPermissionFlag
    {
        NoFlags = 0,
        Assertion = 1,
        UnmanagedCode = 2,
        SkipVerification = 4,
        Execution = 8,
        ControlThread = 16,
        ControlEvidence = 32,
        ControlPolicy = 64,
        SerializationFormatter = 128,
        ControlDomainPolicy = 256,
        ControlPrincipal = 512,
        ControlAppDomain = 1024,
        RemotingConfiguration = 2048,
        Infrastructure = 4096,
        BindingRedirects = 8192,
        AllFlags = 16383,
    }

    // Each boolean property is one bit of Flags.
    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Constructor | AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
    public sealed class SecurityPermissionAttribute : CodeAccessSecurityAttribute
    {
        public SecurityPermissionAttribute(SecurityAction action) : base(action) { }

        public SecurityPermissionFlag Flags { get; set; }

        public bool Assertion { get { return Has(SecurityPermissionFlag.Assertion); } set { Set(SecurityPermissionFlag.Assertion, value); } }
        public bool UnmanagedCode { get { return Has(SecurityPermissionFlag.UnmanagedCode); } set { Set(SecurityPermissionFlag.UnmanagedCode, value); } }
        public bool SkipVerification { get { return Has(SecurityPermissionFlag.SkipVerification); } set { Set(SecurityPermissionFlag.SkipVerification, value); } }
        public bool Execution { get { return Has(SecurityPermissionFlag.Execution); } set { Set(SecurityPermissionFlag.Execution, value); } }
        public bool ControlThread { get { return Has(SecurityPermissionFlag.ControlThread); } set { Set(SecurityPermissionFlag.ControlThread, value); } }
        public bool ControlEvidence { get { return Has(SecurityPermissionFlag.ControlEvidence); } set { Set(SecurityPermissionFlag.ControlEvidence, value); } }
        public bool ControlPolicy { get { return Has(SecurityPermissionFlag.ControlPolicy); } set { Set(SecurityPermissionFlag.ControlPolicy, value); } }
        public bool SerializationFormatter { get { return Has(SecurityPermissionFlag.SerializationFormatter); } set { Set(SecurityPermissionFlag.SerializationFormatter, value); } }
        public bool ControlDomainPolicy { get { return Has(SecurityPermissionFlag.ControlDomainPolicy); } set { Set(SecurityPermissionFlag.ControlDomainPolicy, value); } }
        public bool ControlPrincipal { get { return Has(SecurityPermissionFlag.ControlPrincipal); } set { Set(SecurityPermissionFlag.ControlPrincipal, value); } }
        public bool ControlAppDomain { get { return Has(SecurityPermissionFlag.ControlAppDomain); } set { Set(SecurityPermissionFlag.ControlAppDomain, value); } }
        public bool RemotingConfiguration { get { return Has(SecurityPermissionFlag.RemotingConfiguration); } set { Set(SecurityPermissionFlag.RemotingConfiguration, value); } }
        public bool Infrastructure { get { return Has(SecurityPermissionFlag.Infrastructure); } set { Set(SecurityPermissionFlag.Infrastructure, value); } }
        public bool BindingRedirects { get { return Has(SecurityPermissionFlag.BindingRedirects); } set { Set(SecurityPermissionFlag.BindingRedirects, value); } }

        private bool Has(SecurityPermissionFlag flag) { return (Flags & flag) != 0; }
        private void Set(SecurityPermissionFlag flag, bool on) { Flags = on ? Flags | flag : Flags & ~flag; }
    }

    [Flags]
    public enum HostProtectionResource
    {
        None = 0,
        Synchronization = 1,
        SharedState = 2,
        ExternalProcessMgmt = 4,
        SelfAffectingProcessMgmt = 8,
        ExternalThreading = 16,
        SelfAffectingThreading = 32,
        SecurityInfrastructure = 64,
        UI = 128,
        MayLeakOnAbort = 256,
        All = 511,
    }

    // Marks code a host may forbid (threads, processes, shared state ...); only a link demand makes sense for it.
    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Constructor | AttributeTargets.Method | AttributeTargets.Delegate, AllowMultiple = true, Inherited = false)]
    public sealed class HostProtectionAttribute : CodeAccessSecurityAttribute
    {
        public HostProtectionAttribute() : base(SecurityAction.LinkDemand) { }

        public HostProtectionAttribute(SecurityAction action) : base(action)
        {
            if (action != SecurityAction.LinkDemand)
                throw new ArgumentException("The value of \"action\" is invalid.");
        }

        public HostProtectionResource Resources { get; set; }

        public bool Synchronization { get { return Has(HostProtectionResource.Synchronization); } set { Set(HostProtectionResource.Synchronization, value); } }
        public bool SharedState { get { return Has(HostProtectionResource.SharedState); } set { Set(HostProtectionResource.SharedState, value); } }
        public bool ExternalProcessMgmt { get { return Has(HostProtectionResource.ExternalProcessMgmt); } set { Set(HostProtectionResource.ExternalProcessMgmt, value); } }
        public bool SelfAffectingProcessMgmt { get { return Has(HostProtectionResource.SelfAffectingProcessMgmt); } set { Set(HostProtectionResource.SelfAffectingProcessMgmt, value); } }
        public bool ExternalThreading { get { return Has(HostProtectionResource.ExternalThreading); } set { Set(HostProtectionResource.ExternalThreading, value); } }
        public bool SelfAffectingThreading { get { return Has(HostProtectionResource.SelfAffectingThreading); } set { Set(HostProtectionResource.SelfAffectingThreading, value); } }
        public bool SecurityInfrastructure { get { return Has(HostProtectionResource.SecurityInfrastructure); } set { Set(HostProtectionResource.SecurityInfrastructure, value); } }
        public bool UI { get { return Has(HostProtectionResource.UI); } set { Set(HostProtectionResource.UI, value); } }
        public bool MayLeakOnAbort { get { return Has(HostProtectionResource.MayLeakOnAbort); } set { Set(HostProtectionResource.MayLeakOnAbort, value); } }

        private bool Has(HostProtectionResource resource) { return (Resources & resource) != 0; }
        private void Set(HostProtectionResource resource, bool on) { Resources = on ? Resources | resource : Resources & ~resource; }
    }

    // A permission set by name, from a file or as XML (hex-encoded or not).
    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Constructor | AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
    public sealed class PermissionSetAttribute : CodeAccessSecurityAttribute
    {
        public PermissionSetAttribute(SecurityAction action) : base(action) { }
        public string File { get; set; }
        public string Hex { get; set; }
        public string Name { get; set; }
        public bool UnicodeEncoded { get; set; }
        public string XML { get; set; }
    }

    // Access to environment variables, as semicolon-separated names.
    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Constructor | AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
    public sealed class EnvironmentPermissionAttribute : CodeAccessSecurityAttribute
    {
        public EnvironmentPermissionAttribute(SecurityAction action) : base(action) { }
        public string Read { get; set; }
        public string Write { get; set; }

        // Sets both Read and Write; write-only, as in the .NET Framework.
        public string All
        {
            get { throw new NotSupportedException("Property is write-only."); }
            set { Read = value; Write = value; }
        }
    }

    // Code from the given web site.
    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Constructor | AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
    public sealed class SiteIdentityPermissionAttribute : CodeAccessSecurityAttribute
    {
        public SiteIdentityPermissionAttribute(SecurityAction action) : base(action) { }
        public string Site { get; set; }
    }
}
