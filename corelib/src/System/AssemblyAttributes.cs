using System;

// As .NET's core library: declared CLS-compliant, so that mcs -warnaserror accepts a CLS-compliant program whose types
// derive from object (CS3009 otherwise: "base type `object' is not CLS-compliant"; mono's test-cls-* tests). The few
// public members that take or return pointers are marked [CLSCompliant(false)], as there.
[assembly: CLSCompliant(true)]
