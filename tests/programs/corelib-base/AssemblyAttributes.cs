// Assembly-level attributes libraries carry (Mono.Cecil, System.Json) and the values they keep; the enums beside them.
using System;
using System.Reflection;
using System.Resources;
using System.Runtime.InteropServices;
[assembly: AssemblyCopyright("(c) k")]
[assembly: AssemblyInformationalVersion("1.2-beta")]
[assembly: AssemblyDefaultAlias("A")]
[assembly: NeutralResourcesLanguage("en")]
[assembly: SatelliteContractVersion("1.0.0.0")]
[assembly: ComVisible(false)]
class AssemblyAttributes
{
    static void Main()
    {
        Console.WriteLine(new AssemblyCopyrightAttribute("c").Copyright + new AssemblyInformationalVersionAttribute("i").InformationalVersion + new AssemblyDefaultAliasAttribute("d").DefaultAlias
            + new NeutralResourcesLanguageAttribute("en", UltimateResourceFallbackLocation.Satellite).Location + new SatelliteContractVersionAttribute("2.0").Version + new ComVisibleAttribute(true).Value
            + " " + (int)System.Configuration.Assemblies.AssemblyHashAlgorithm.SHA1 + " " + (CallingConventions.HasThis | CallingConventions.Standard));
    }
}
