// Uri as .NET Core parses it on Unix (Mono agrees on everything here): schemes with and without authority, default
// ports, canonical escaping (unreserved escapes decoded, unsafe characters escaped as UTF-8), dot segments, display
// forms, relative references (RFC 3986 section 5.4 examples), MakeRelativeUri, equality and the static helpers.
// Left out on purpose: Windows drive and UNC paths, backslashes in http paths, "scheme:" without "//" for http,
// and ftp queries, where Mono's Uri and .NET Core's differ or depend on the platform.
using System;

class UriParsing
{
    static string S(string s) { return s == null ? "null" : "<" + s + ">"; }
    static void Dump(string text, UriKind kind) {
        Uri u;
        try { u = new Uri(text, kind); } catch (Exception e) { Console.WriteLine(S(text) + " " + kind + " => " + e.GetType().Name); return; }
        Console.WriteLine(S(text) + " " + kind + " abs=" + u.IsAbsoluteUri + " ToString=" + S(u.ToString()) + " Orig=" + S(u.OriginalString));
        if (!u.IsAbsoluteUri) return;
        Console.WriteLine("     scheme=" + S(u.Scheme) + " host=" + S(u.Host) + " port=" + u.Port + " def=" + u.IsDefaultPort + " auth=" + S(u.Authority) + " user=" + S(u.UserInfo));
        Console.WriteLine("     path=" + S(u.AbsolutePath) + " pq=" + S(u.PathAndQuery) + " q=" + S(u.Query) + " f=" + S(u.Fragment) + " local=" + S(u.LocalPath));
        Console.WriteLine("     abs=" + S(u.AbsoluteUri) + " file=" + u.IsFile + " loop=" + u.IsLoopback + " segs=" + string.Join("|", u.Segments));
    }

    static void Parsing()
    {
    string[] abs = {
      "http://Example.COM:80/a/../b/./c?q=1#frag", "http://host", "HTTP://host:8080", "https://user:pw@Host.com:443/x/y/?a=b&c=d",
      "https://host:444/", "ftp://ftp.example.org/pub/file.txt", "file:///tmp/a%20b.txt", "file:///tmp/a b.txt", "mailto:user@example.com", "mailto:John.Doe@Example.com?subject=Hi", "urn:isbn:0451450523", "foo://bar/baz", "foo:bar", "foo://Bar:12/x",
      "http://h/a b", "http://h/%41%42c", "http://h/a%2fb", "http://h/a%2Fb%20c", "http://h/%7euser", "http://h/caf\u00e9", "http://h/?q=a b&x=%20",
      "http://h/#a b", "http://h/a/b/../../../c", "http://h/a/./b/.", "http://h/a/..", "http://127.0.0.1/", "http://localhost:5000/x",
      "http://[::1]:8080/p", "http://h/%", "http://h/%zz", "http://h:/p", "ftp://h:21/", "ws://h/", "wss://h:443/", "news:comp.lang", "http://h/p;a=1",
      "http://h?q", "http://h#f", "http://user@h/", "HTTP://H/Path", "http://h/a//b", "http://h/./../a", "/tmp/x", "gopher://h/",
      "http://h/a?b#c#d", "http://h/a%25b", "data:text/plain;base64,SGVsbG8=", "http://h/\u00fc?\u00fc#\u00fc", "http://xn--bcher-kva.example/",
      "ldap://h/c=GB?objectClass?one", "telnet://h/", "net.tcp://h/", "http://h:65535/", "http://h:65536/", "http://", "", "http://a b/",
      "relative/path", "../up?q", "#frag", "?query", "http://h/a+b", "http://h/~a!$&'()*+,;=:@", "http://h/[x]", "http://h/a\"b<c>d^e`f{g}h|i",
    };
    foreach (string s in abs) Dump(s, UriKind.RelativeOrAbsolute);
    foreach (string s in new[] { "http://h/x", "a/b", "/tmp/x", "" }) { Dump(s, UriKind.Absolute); Dump(s, UriKind.Relative); }
    }

    static void Operations()
    {
    foreach (string s in new[] { "http://h/%3A%3F%23%26%3D%2B%40%25%2F%5B%5D%21%24%27%28%29%2A%2C%3B%20%22%3C%3E%7B%7D%7C%5C%5E%60%C3%A9%E2%82%AC%FF%C3", "http://h/?%41%7e%2f%3d", "http://h/#%41%20%23", "http://h/%2e%2E/x", "foo://bar", "foo://bar/a/../b", "foo:a/../b", "http://h/%61/..", "http://h/a/.%2e/b", "mailto:someone", "http://h/?a#b?c", "http://u%41ser:p%20w@h/" }) {
      try { var u = new Uri(s); Console.WriteLine(S(s) + " ToString=" + S(u.ToString()) + " abs=" + S(u.AbsoluteUri) + " path=" + S(u.AbsolutePath) + " q=" + S(u.Query) + " f=" + S(u.Fragment) + " local=" + S(u.LocalPath) + " user=" + S(u.UserInfo)); }
      catch (Exception e) { Console.WriteLine(S(s) + " => " + e.GetType().Name); }
    }
    string data = "a b+c/d?e=f&g#h~i-j_k.l!m*n'o(p)q\u00e9\u20ac\ud83d\ude00%";
    Console.WriteLine("EscapeDataString " + S(Uri.EscapeDataString(data)));
    Console.WriteLine("EscapeUriString " + S(Uri.EscapeUriString(data)));
    foreach (string e in new[] { "a%20b", "%C3%A9%e2%82%ac", "%zz%", "%C3", "%C3%28", "%2541", "a+b", "%F0%9F%98%80" }) Console.WriteLine("Unescape " + S(e) + " " + S(Uri.UnescapeDataString(e)));
    Uri b = new Uri("http://a/b/c/d;p?q");
    foreach (string r in new[] { "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x", "g;x?y#s", "", ".", "./", "..", "../", "../g", "../..", "../../", "../../g", "../../../g", "../../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g", "./../g", "./g/.", "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y", "g?y/./x", "g?y/../x", "g#s/./x", "g#s/../x", "http:g", "a b", "%41", "\u00e9" }) {
      try { Console.WriteLine("resolve " + S(r) + " -> " + S(new Uri(b, r).ToString()) + " " + S(new Uri(b, r).AbsoluteUri)); } catch (Exception e) { Console.WriteLine("resolve " + S(r) + " => " + e.GetType().Name); }
    }
    Console.WriteLine(S(new Uri(new Uri("http://h/a/b#f"), "").ToString()) + " " + S(new Uri(new Uri("http://h"), "x").ToString()) + " " + S(new Uri(new Uri("file:///tmp/d/"), "f.txt").LocalPath) + " " + S(new Uri(new Uri("http://h/a/"), new Uri("b/c", UriKind.Relative)).ToString()));
    string[][] rel = { new[]{"http://h/a/b/c", "http://h/a/d"}, new[]{"http://h/a/b/", "http://h/a/b/c/d?x#y"}, new[]{"http://h/a/b", "http://h/a/b"}, new[]{"http://h/a/", "http://h/a/"}, new[]{"http://h/a/b", "http://h/x/y"}, new[]{"http://h/a/b", "https://h/a/b"}, new[]{"http://h/a/b", "http://h:81/a"}, new[]{"http://h/a/b/c", "http://h/a/b/"}, new[]{"http://h/", "http://h/a:b"}, new[]{"http://h/a b/c", "http://h/a b/d e"}, new[]{"http://h/A/b", "http://h/a/c"}, new[]{"file:///tmp/a/b", "file:///tmp/c"} };
    foreach (var p in rel) { Uri r = new Uri(p[0]).MakeRelativeUri(new Uri(p[1])); Console.WriteLine("MakeRelative " + S(p[0]) + " " + S(p[1]) + " -> " + S(r.ToString()) + " " + S(r.OriginalString) + " abs=" + r.IsAbsoluteUri); }
    string[][] eq = { new[]{"http://h/a#x","http://h/a#y"}, new[]{"http://H/a","http://h/a"}, new[]{"http://h/A","http://h/a"}, new[]{"http://h:80/a","http://h/a"}, new[]{"http://h/%41","http://h/A"}, new[]{"http://h/a?x","http://h/a?y"}, new[]{"http://u@h/a","http://h/a"}, new[]{"http://h/a%20b","http://h/a b"}, new[]{"http://h/a%2Fb","http://h/a/b"} };
    foreach (var p in eq) { Uri x = new Uri(p[0]), y = new Uri(p[1]); Console.WriteLine("Equals " + S(p[0]) + " " + S(p[1]) + " " + x.Equals(y) + " " + (x == y) + " " + (x.GetHashCode() == y.GetHashCode())); }
    Console.WriteLine("rel eq " + new Uri("a/b", UriKind.Relative).Equals(new Uri("a/b", UriKind.Relative)) + " " + new Uri("a/b", UriKind.Relative).Equals(new Uri("A/b", UriKind.Relative)) + " str " + new Uri("http://h/x").Equals("http://h/x") + " null " + new Uri("http://h/x").Equals(null));
    foreach (string s in new[] { "http://h/a", "http://h", "http://h/a b", "http://h/a%20b", "http://h/%zz", "http://h/a/../b", "http://h/a\\b", "a/b", "a b", "http://h/a#b#c", "http://h/\u00e9", "mailto:a@b.c", "http://h:99999/", "http://h/?q=a&b=c", "http://h/a?b c" })
      Console.WriteLine("WellFormed " + S(s) + " " + Uri.IsWellFormedUriString(s, UriKind.Absolute) + " " + Uri.IsWellFormedUriString(s, UriKind.Relative) + " " + Uri.IsWellFormedUriString(s, UriKind.RelativeOrAbsolute));
    Uri g = new Uri("https://u:p@h.com:8443/a/b?c=d#e");
    Console.WriteLine(g.GetLeftPart(UriPartial.Scheme) + " " + g.GetLeftPart(UriPartial.Authority) + " " + g.GetLeftPart(UriPartial.Path) + " " + g.GetLeftPart(UriPartial.Query));
    Uri m = new Uri("mailto:a@b.c?x"); Console.WriteLine(S(m.GetLeftPart(UriPartial.Scheme)) + " " + S(m.GetLeftPart(UriPartial.Authority)) + " " + S(m.GetLeftPart(UriPartial.Path)));
    Uri t; Console.WriteLine("TryCreate " + Uri.TryCreate("http://h/x", UriKind.Absolute, out t) + " " + t + " " + Uri.TryCreate("nope", UriKind.Absolute, out t) + " " + (t == null) + " " + Uri.TryCreate(new Uri("http://h/a/"), "b", out t) + " " + t + " " + Uri.TryCreate(new Uri("http://h/a/"), new Uri("../c", UriKind.Relative), out t) + " " + t);
    try { var x = new Uri("a/b", UriKind.Relative).AbsolutePath; } catch (Exception e) { Console.WriteLine("relative AbsolutePath " + e.GetType().Name); }
    try { var x = new Uri("a/b", UriKind.Relative).Host; } catch (Exception e) { Console.WriteLine("relative Host " + e.GetType().Name); }
    try { new Uri((string)null); } catch (Exception e) { Console.WriteLine("null " + e.GetType().Name); }
    try { new Uri("a/b", UriKind.Relative).MakeRelativeUri(new Uri("http://h/")); } catch (Exception e) { Console.WriteLine("MakeRelative relative " + e.GetType().Name); }
    Console.WriteLine(Uri.UriSchemeHttp + Uri.SchemeDelimiter + " " + Uri.UriSchemeHttps + " " + Uri.UriSchemeFile + " " + Uri.UriSchemeMailto + " " + Uri.UriSchemeFtp);
    Console.WriteLine(Uri.CheckSchemeName("http") + " " + Uri.CheckSchemeName("1x") + " " + Uri.CheckSchemeName("a+b-c.d") + " " + Uri.CheckSchemeName(""));
    Console.WriteLine(new Uri("http://[::1]/").DnsSafeHost + " " + new Uri("http://[::1]/").HostNameType + " " + new Uri("http://h.com/").HostNameType + " " + new Uri("http://1.2.3.4/").HostNameType + " " + new Uri("file:///x").HostNameType + " " + new Uri("http://h/").IsUnc + " " + new Uri("http://h/").UserEscaped);
    Console.WriteLine(new Uri("http://h/a/b").IsBaseOf(new Uri("http://h/a/c")) + " " + new Uri("http://h/a/").IsBaseOf(new Uri("http://h/a/c")) + " " + new Uri("http://h/a/").IsBaseOf(new Uri("http://x/a/c")));
    }

    static void Main()
    {
        Parsing();
        Operations();
    }
}
