// Declarations .NET keeps for code written against the .NET Framework: code access security attributes (mono's mcs
// test test-910 puts [HostProtection] on a class and a delegate, test-311 declares the other permissions; mcs
// stores them in the DeclSecurity table) and the
// XmlSerializer mapping attributes (test-286, test-388; a doc comment's cref to System.Xml in test-xml-051).
// Each is also constructed here and its properties read back.
using System;
using System.Security.Permissions;
using System.Xml.Schema;
using System.Xml.Serialization;

[HostProtection]
delegate void Callback();

[HostProtection(SharedState = true, Synchronization = true)]
class Guarded
{
    [SecurityPermission(SecurityAction.Demand, UnmanagedCode = true)]
    [SiteIdentityPermission(SecurityAction.PermitOnly, Site = "example.org")]
    [PermissionSet(SecurityAction.PermitOnly, Unrestricted = true)]
    [EnvironmentPermission(SecurityAction.Demand, Read = "HOME;PATH")]
    public static int Twice(int x) { return 2 * x; }
}

/// <summary>Mapped by <see cref="System.Xml.Serialization.XmlTypeAttribute"/>, in namespace <see cref="System.Xml"/>.</summary>
[XmlType("order-line"), XmlInclude(typeof(Discount)), XmlRoot("line", Namespace = "urn:shop")]
public class Line
{
    [XmlAttribute("sku", DataType = "ID")] public string Sku;
    [XmlElement("qty", typeof(int), Order = 1)] public int Quantity;
    [XmlArray("notes", IsNullable = true), XmlArrayItem("note", typeof(string), NestingLevel = 0)] public string[] Notes;
    [XmlIgnore] public object Cache;
    [XmlText] public string Text;
}

public class Discount : Line { }

public enum Colour { [XmlEnum("r")] Red, [XmlEnum(Name = "g")] Green }

class Program
{
    static void Main()
    {
        Callback c = delegate { Console.WriteLine("callback ran"); };
        c();
        Console.WriteLine("Twice(21) = {0}", Guarded.Twice(21));

        var host = new HostProtectionAttribute();
        Console.WriteLine("HostProtection: action {0}, resources {1}", host.Action, host.Resources);
        host.UI = true;
        host.ExternalThreading = true;
        host.SharedState = true;
        host.SharedState = false;
        Console.WriteLine("  UI and ExternalThreading: {0} (UI {1}, SharedState {2})", host.Resources, host.UI, host.SharedState);
        host.Resources = HostProtectionResource.All;
        Console.WriteLine("  All: MayLeakOnAbort {0}, SecurityInfrastructure {1}", host.MayLeakOnAbort, host.SecurityInfrastructure);
        try { new HostProtectionAttribute(SecurityAction.Demand); Console.WriteLine("  Demand: accepted"); }
        catch (ArgumentException) { Console.WriteLine("  Demand: ArgumentException"); }
        Console.WriteLine("  LinkDemand: {0}", new HostProtectionAttribute(SecurityAction.LinkDemand).Action);

        var permission = new SecurityPermissionAttribute(SecurityAction.Assert) { UnmanagedCode = true, Execution = true, Unrestricted = true };
        Console.WriteLine("SecurityPermission: {0} {1} unrestricted {2} skip verification {3}", permission.Action, permission.Flags, permission.Unrestricted, permission.SkipVerification);
        permission.Flags = SecurityPermissionFlag.AllFlags;
        Console.WriteLine("  AllFlags: BindingRedirects {0}, ControlAppDomain {1}", permission.BindingRedirects, permission.ControlAppDomain);
        Console.WriteLine("  actions: {0} {1} {2}", (int)SecurityAction.Demand, (int)SecurityAction.RequestMinimum, (int)SecurityAction.RequestRefuse);

        var environment = new EnvironmentPermissionAttribute(SecurityAction.Demand) { All = "HOME" };
        Console.WriteLine("EnvironmentPermission: read {0}, write {1}", environment.Read, environment.Write);
        try { Console.WriteLine(environment.All); } catch (NotSupportedException) { Console.WriteLine("  All: NotSupportedException"); }
        var set = new PermissionSetAttribute(SecurityAction.Assert) { Name = "FullTrust", UnicodeEncoded = true };
        var site = new SiteIdentityPermissionAttribute(SecurityAction.Deny) { Site = "example.org" };
        Console.WriteLine("PermissionSet: {0} {1} {2}; SiteIdentityPermission: {3} {4}", set.Action, set.Name, set.UnicodeEncoded, site.Action, site.Site);

        var attribute = new XmlAttributeAttribute();
        Console.WriteLine("XmlAttribute: name '{0}', data type '{1}', namespace {2}, form {3}, type {4}",
            attribute.AttributeName, attribute.DataType, attribute.Namespace == null ? "null" : attribute.Namespace, attribute.Form, attribute.Type == null ? "null" : attribute.Type.Name);
        attribute = new XmlAttributeAttribute("id", typeof(int)) { Form = XmlSchemaForm.Qualified };
        Console.WriteLine("  {0} {1} {2}", attribute.AttributeName, attribute.Type.Name, attribute.Form);

        var element = new XmlElementAttribute("qty", typeof(int));
        Console.WriteLine("XmlElement: {0} {1} order {2} nullable {3}", element.ElementName, element.Type.Name, element.Order, element.IsNullable);
        try { element.Order = -1; } catch (ArgumentException) { Console.WriteLine("  Order -1: ArgumentException"); }
        element.Order = 3;
        Console.WriteLine("  order {0}", element.Order);

        var array = new XmlArrayAttribute();
        var item = new XmlArrayItemAttribute(typeof(string)) { NestingLevel = 1 };
        Console.WriteLine("XmlArray: '{0}' order {1}; XmlArrayItem: '{2}' {3} level {4} nullable {5}", array.ElementName, array.Order, item.ElementName, item.Type.Name, item.NestingLevel, item.IsNullable);

        var type = new XmlTypeAttribute();
        Console.WriteLine("XmlType: '{0}' include {1} anonymous {2}", type.TypeName, type.IncludeInSchema, type.AnonymousType);
        var root = new XmlRootAttribute("line");
        Console.WriteLine("XmlRoot: {0} nullable {1} data type '{2}'", root.ElementName, root.IsNullable, root.DataType);
        Console.WriteLine("XmlInclude: {0}; XmlEnum: {1}; XmlText: '{2}'", new XmlIncludeAttribute(typeof(Discount)).Type.Name, new XmlEnumAttribute("r").Name, new XmlTextAttribute().DataType);
        Console.WriteLine("XmlSchemaForm: {0} {1} {2}", (int)XmlSchemaForm.None, (int)XmlSchemaForm.Qualified, (int)XmlSchemaForm.Unqualified);

        var line = new Line { Sku = "A1", Quantity = 2, Notes = new[] { "gift" } };
        Console.WriteLine("{0} x{1} {2}", line.Sku, line.Quantity, line.Notes[0]);
    }
}
