using System.Text;

namespace System
{
    public enum UriKind { RelativeOrAbsolute = 0, Absolute = 1, Relative = 2 }
    public enum UriPartial { Scheme = 0, Authority = 1, Path = 2, Query = 3 }
    public enum UriHostNameType { Unknown = 0, Basic = 1, Dns = 2, IPv4 = 3, IPv6 = 4 }

    public class UriFormatException : FormatException
    {
        public UriFormatException() : base("Invalid URI: The format of the URI could not be determined.") { }
        public UriFormatException(string textString) : base(textString) { }
        public UriFormatException(string textString, Exception e) : base(textString, e) { }
    }

    // An absolute URI (scheme, authority, path, query, fragment, each kept in canonical escaped form: scheme and host
    // lower-cased, default port dropped, dot segments removed from hierarchical paths, "/" as the empty path of an
    // authority) or a relative reference (kept as given). Unix rules as on .NET Core: "/path" is a file URI unless
    // UriKind.Relative is asked for. Not supported: Windows drive and UNC paths, international host names.
    public class Uri
    {
        public static readonly string UriSchemeHttp = "http";
        public static readonly string UriSchemeHttps = "https";
        public static readonly string UriSchemeFtp = "ftp";
        public static readonly string UriSchemeFile = "file";
        public static readonly string UriSchemeMailto = "mailto";
        public static readonly string UriSchemeNews = "news";
        public static readonly string UriSchemeNntp = "nntp";
        public static readonly string UriSchemeGopher = "gopher";
        public static readonly string UriSchemeWs = "ws";
        public static readonly string UriSchemeWss = "wss";
        public static readonly string SchemeDelimiter = "://";

        private readonly string m_original;
        private bool m_absolute;
        private string m_scheme = "";
        private bool m_hasAuthority;   // written with "//" (or a file URI)
        private string m_userInfo = "";
        private string m_host = "";
        private int m_port = -1;       // the explicit port, -1 when none was written
        private string m_path = "";
        private string m_query = "";    // with its '?'
        private string m_fragment = ""; // with its '#'

        public Uri(string uriString) : this(uriString, UriKind.Absolute) { }

        public Uri(string uriString, UriKind uriKind)
        {
            if (uriString == null) throw new ArgumentNullException("uriString");
            if (uriKind < UriKind.RelativeOrAbsolute || uriKind > UriKind.Relative) throw new ArgumentException("The value '" + (int)uriKind + "' passed for the UriKind parameter is invalid.", "uriKind");
            m_original = uriString;
            string error = Parse(uriString, uriKind);
            if (error != null) throw new UriFormatException(error);
            m_absolute = m_scheme.Length > 0;
        }

        public Uri(Uri baseUri, string relativeUri) : this(Resolve(baseUri, relativeUri), UriKind.Absolute) { }

        public Uri(Uri baseUri, Uri relativeUri) : this(baseUri, RelativeText(relativeUri)) { }

        private static string RelativeText(Uri relativeUri)
        {
            if (relativeUri == null) throw new ArgumentNullException("relativeUri");
            return relativeUri.m_absolute ? relativeUri.AbsoluteUri : relativeUri.m_original;
        }

        public static bool TryCreate(string uriString, UriKind uriKind, out Uri result)
        {
            result = null;
            if (uriString == null) return false;
            Uri candidate = new Uri(uriString, true);
            if (candidate.Parse(uriString, uriKind) != null) return false;
            candidate.m_absolute = candidate.m_scheme.Length > 0;
            result = candidate;
            return true;
        }

        public static bool TryCreate(Uri baseUri, string relativeUri, out Uri result)
        {
            result = null;
            if (baseUri == null || relativeUri == null || !baseUri.m_absolute) return false;
            string resolved = ResolveOrNull(baseUri, relativeUri);
            return resolved != null && TryCreate(resolved, UriKind.Absolute, out result);
        }

        public static bool TryCreate(Uri baseUri, Uri relativeUri, out Uri result)
        {
            result = null;
            if (relativeUri == null) return false;
            return TryCreate(baseUri, relativeUri.m_absolute ? relativeUri.AbsoluteUri : relativeUri.m_original, out result);
        }

        // TryCreate's instance: parsed after construction so that a failure throws nothing.
        private Uri(string original, bool unparsed) { m_original = original; }

        // ---- parsing ----

        // Fills the components; returns the message of the UriFormatException to throw, or null.
        private string Parse(string text, UriKind kind)
        {
            string scheme = SchemeOf(text);
            bool fileAbsolutePath = scheme == null && text.Length > 0 && text[0] == '/' && kind != UriKind.Relative;
            bool absolute = fileAbsolutePath || (scheme != null && (!NeedsAuthority(scheme) || HasAuthorityMarker(text, scheme.Length + 1)));
            if (!absolute)
            {
                if (kind == UriKind.Absolute)
                    return text.Length == 0 ? "Invalid URI: The URI is empty." : "Invalid URI: The format of the URI could not be determined.";
                return null;
            }
            if (kind == UriKind.Relative)
                return "Invalid URI: A Relative URI cannot be created because the 'uriString' parameter represents an absolute URI.";
            if (fileAbsolutePath) return ParseHierarchical("file", text, 0, true);
            string rest = text.Substring(scheme.Length + 1);
            if (HasAuthorityMarker(text, scheme.Length + 1)) return ParseHierarchical(scheme, rest, 2, false);
            if (scheme == "file") return ParseHierarchical(scheme, rest, 0, true);
            if (scheme == "mailto") return ParseMailto(rest);
            m_scheme = scheme;
            SplitTail(rest, out m_path, out m_query, out m_fragment);
            return null;
        }

        // The lower-cased scheme (letter, then letters, digits, '+', '-', '.'), or null. A single letter before ":/"
        // or ":\" is a Windows drive, which is not supported here: no scheme.
        private static string SchemeOf(string text)
        {
            int colon = text.IndexOf(':');
            if (colon < 1 || !CheckSchemeName(text.Substring(0, colon))) return null;
            if (colon == 1 && text.Length > 2 && (text[2] == '/' || text[2] == '\\')) return null;
            return text.Substring(0, colon).ToLowerInvariant();
        }

        private static bool HasAuthorityMarker(string text, int at)
        {
            return text.Length >= at + 2 && text[at] == '/' && text[at + 1] == '/';
        }

        // Schemes whose URIs always have an authority: without "//" the text is a relative reference.
        private static bool NeedsAuthority(string scheme)
        {
            switch (scheme)
            {
                case "http": case "https": case "ftp": case "ws": case "wss": case "gopher": case "nntp": case "telnet":
                case "ldap": case "net.tcp": case "net.pipe":
                    return true;
                default:
                    return false;
            }
        }

        // scheme://[userinfo@]host[:port][/path][?query][#fragment], from `skip` characters into rest.
        private string ParseHierarchical(string scheme, string rest, int skip, bool file)
        {
            m_scheme = scheme;
            m_hasAuthority = true;
            int authorityEnd = skip;
            if (skip > 0)
            {
                while (authorityEnd < rest.Length && "/?#\\".IndexOf(rest[authorityEnd]) < 0) authorityEnd++;
                string error = ParseAuthority(rest.Substring(skip, authorityEnd - skip), file);
                if (error != null) return error;
            }
            string path, query, fragment;
            SplitTail(rest.Substring(authorityEnd), out path, out query, out fragment);
            if (scheme != "file" && NeedsAuthority(scheme)) path = path.Replace('\\', '/');
            path = UriEscaping.RemoveDotSegments(path);
            if (path.Length == 0 || path[0] != '/') path = "/" + path;
            m_path = UriEscaping.Canonicalize(path);
            m_query = UriEscaping.Canonicalize(query);
            m_fragment = UriEscaping.Canonicalize(fragment);
            // escaped dots ("%2E") are dots once canonical
            if (m_path.IndexOf("/.") >= 0) m_path = UriEscaping.RemoveDotSegments(m_path);
            return null;
        }

        private string ParseAuthority(string authority, bool file)
        {
            int at = authority.LastIndexOf('@');
            if (at >= 0)
            {
                m_userInfo = UriEscaping.Canonicalize(authority.Substring(0, at));
                authority = authority.Substring(at + 1);
            }
            string host = authority;
            int colon = authority.LastIndexOf(':');
            if (colon >= 0 && authority.IndexOf(']', colon) < 0)
            {
                host = authority.Substring(0, colon);
                string port = authority.Substring(colon + 1);
                if (port.Length > 0)
                {
                    int value = 0;
                    foreach (char c in port)
                    {
                        if (c < '0' || c > '9' || value > 65535) return "Invalid URI: Invalid port specified.";
                        value = value * 10 + (c - '0');
                    }
                    if (value > 65535) return "Invalid URI: Invalid port specified.";
                    m_port = value;
                }
            }
            if (!ValidHost(host) || (host.Length == 0 && !file && (NeedsAuthority(m_scheme) || m_userInfo.Length > 0 || m_port >= 0)))
                return host.Length == 0 ? "Invalid URI: The Authority/Host could not be parsed." : "Invalid URI: The hostname could not be parsed.";
            m_host = host.ToLowerInvariant();
            return null;
        }

        private static bool ValidHost(string host)
        {
            if (host.Length > 1 && host[0] == '[') return host[host.Length - 1] == ']' && host.IndexOf(':') > 0;
            foreach (char c in host)
                if (!(UriEscaping.IsUnreserved(c) || c == '!' || c == '$' || c == '&' || c == '\'' || c == '(' || c == ')' || c == '*' || c == '+' || c == ',' || c == ';' || c == '='))
                    return false;
            return true;
        }

        // mailto:[user@]host[?query][#fragment]: the address is the authority, the path stays empty.
        private string ParseMailto(string rest)
        {
            m_scheme = "mailto";
            string address, query, fragment;
            SplitTail(rest, out address, out query, out fragment);
            int at = address.LastIndexOf('@');
            if (at >= 0)
            {
                m_userInfo = UriEscaping.Canonicalize(address.Substring(0, at));
                m_host = address.Substring(at + 1).ToLowerInvariant();
                if (!ValidHost(m_host)) return "Invalid URI: The hostname could not be parsed.";
            }
            else m_host = address.ToLowerInvariant();
            m_query = UriEscaping.Canonicalize(query);
            m_fragment = UriEscaping.Canonicalize(fragment);
            return null;
        }

        // Splits text at its first '#' and at the first '?' before it; opaque parts are canonicalized here.
        private static void SplitTail(string text, out string path, out string query, out string fragment)
        {
            int hash = text.IndexOf('#');
            fragment = hash >= 0 ? text.Substring(hash) : "";
            if (hash >= 0) text = text.Substring(0, hash);
            int question = text.IndexOf('?');
            query = question >= 0 ? text.Substring(question) : "";
            path = question >= 0 ? text.Substring(0, question) : text;
        }

        // ---- resolution (RFC 3986 section 5.2) ----

        private static string Resolve(Uri baseUri, string relative)
        {
            if (baseUri == null) throw new ArgumentNullException("baseUri");
            if (!baseUri.m_absolute) throw new ArgumentOutOfRangeException("baseUri", "This operation is not supported for a relative URI.");
            if (relative == null) throw new ArgumentNullException("relativeUri");
            string resolved = ResolveOrNull(baseUri, relative);
            if (resolved == null) throw new UriFormatException("Invalid URI: The format of the URI could not be determined.");
            return resolved;
        }

        private static string ResolveOrNull(Uri b, string relative)
        {
            Uri parsed;
            if (TryCreate(relative, UriKind.RelativeOrAbsolute, out parsed) && parsed.m_absolute && relative.Length > 0 && relative[0] != '/')
                return relative;
            // "http:g" is a relative reference when the base has the same scheme (RFC 3986 section 5.2.2, non-strict)
            string scheme = SchemeOf(relative);
            if (scheme != null && scheme == b.m_scheme) relative = relative.Substring(scheme.Length + 1);
            if (!b.m_hasAuthority) return null;
            if (relative.StartsWith("//")) return b.m_scheme + ":" + relative;
            string path, query, fragment;
            SplitTail(relative, out path, out query, out fragment);
            string prefix = b.m_scheme + "://" + b.AuthorityWithUserInfo();
            // an empty reference is the base itself, fragment included, as .NET resolves it
            if (relative.Length == 0) return b.AbsoluteUri;
            if (path.Length == 0)
            {
                if (query.Length == 0) query = b.m_query;
                return prefix + b.m_path + query + fragment;
            }
            if (path[0] != '/') path = b.m_path.Substring(0, b.m_path.LastIndexOf('/') + 1) + path;
            return prefix + path + query + fragment;
        }

        // ---- properties ----

        private void EnsureAbsolute()
        {
            if (!m_absolute) throw new InvalidOperationException("This operation is not supported for a relative URI.");
        }

        public bool IsAbsoluteUri { get { return m_absolute; } }
        public string OriginalString { get { return m_original; } }
        public bool UserEscaped { get { return false; } }

        public string Scheme { get { EnsureAbsolute(); return m_scheme; } }
        public string UserInfo { get { EnsureAbsolute(); return m_userInfo; } }
        public string Host { get { EnsureAbsolute(); return m_host; } }
        public string DnsSafeHost { get { EnsureAbsolute(); return m_host.Length > 1 && m_host[0] == '[' ? m_host.Substring(1, m_host.Length - 2) : m_host; } }
        public string IdnHost { get { return DnsSafeHost; } }
        public string AbsolutePath { get { EnsureAbsolute(); return m_path; } }
        public string Query { get { EnsureAbsolute(); return m_query; } }
        public string Fragment { get { EnsureAbsolute(); return m_fragment; } }
        public string PathAndQuery { get { EnsureAbsolute(); return m_path + m_query; } }
        public bool IsFile { get { EnsureAbsolute(); return m_scheme == "file"; } }
        public bool IsUnc { get { EnsureAbsolute(); return m_scheme == "file" && m_host.Length > 0; } }

        public int Port
        {
            get
            {
                EnsureAbsolute();
                return m_port >= 0 ? m_port : DefaultPort(m_scheme);
            }
        }

        public bool IsDefaultPort { get { EnsureAbsolute(); return m_port < 0 || m_port == DefaultPort(m_scheme); } }

        private static int DefaultPort(string scheme)
        {
            switch (scheme)
            {
                case "http": case "ws": return 80;
                case "https": case "wss": return 443;
                case "ftp": return 21;
                case "gopher": return 70;
                case "nntp": return 119;
                case "telnet": return 23;
                case "ldap": return 389;
                case "mailto": return 25;
                case "net.tcp": return 808;
                default: return -1;
            }
        }

        // host[:port], the port only when it is not the scheme's default
        public string Authority
        {
            get
            {
                EnsureAbsolute();
                return IsDefaultPort ? m_host : m_host + ":" + m_port;
            }
        }

        private string AuthorityWithUserInfo() { return (m_userInfo.Length > 0 ? m_userInfo + "@" : "") + Authority; }

        public string AbsoluteUri
        {
            get
            {
                EnsureAbsolute();
                return GetLeftPart(UriPartial.Query) + m_fragment;
            }
        }

        public string LocalPath
        {
            get
            {
                EnsureAbsolute();
                return UriEscaping.Unescape(m_path, false);
            }
        }

        public bool IsLoopback
        {
            get
            {
                EnsureAbsolute();
                if (m_scheme == "file" && m_host.Length == 0) return true;
                return m_host == "localhost" || m_host.StartsWith("127.") && HostNameType == UriHostNameType.IPv4
                    || m_host == "[::1]" || m_host == "[0:0:0:0:0:0:0:1]";
            }
        }

        public UriHostNameType HostNameType
        {
            get
            {
                EnsureAbsolute();
                if (m_host.Length == 0) return UriHostNameType.Basic;
                if (m_host[0] == '[') return UriHostNameType.IPv6;
                string[] parts = m_host.Split('.');
                bool ipv4 = parts.Length == 4;
                foreach (string part in parts)
                {
                    int value;
                    if (!ipv4 || part.Length == 0 || part.Length > 3 || !int.TryParse(part, out value) || value > 255) { ipv4 = false; break; }
                }
                return ipv4 ? UriHostNameType.IPv4 : UriHostNameType.Dns;
            }
        }

        // The path cut after each '/': "/a/b" is "/", "a/", "b".
        public string[] Segments
        {
            get
            {
                EnsureAbsolute();
                var segments = new System.Collections.Generic.List<string>();
                int start = 0;
                for (int i = 0; i < m_path.Length; i++)
                {
                    if (m_path[i] != '/') continue;
                    segments.Add(m_path.Substring(start, i + 1 - start));
                    start = i + 1;
                }
                if (start < m_path.Length) segments.Add(m_path.Substring(start));
                return segments.ToArray();
            }
        }

        public string GetLeftPart(UriPartial part)
        {
            EnsureAbsolute();
            string scheme = m_scheme + (m_hasAuthority ? "://" : ":");
            switch (part)
            {
                case UriPartial.Scheme: return scheme;
                case UriPartial.Authority: return m_hasAuthority ? scheme + AuthorityWithUserInfo() : "";
                case UriPartial.Path: return scheme + (m_hasAuthority ? AuthorityWithUserInfo() : m_userInfo.Length > 0 ? m_userInfo + "@" + m_host : m_host) + m_path;
                case UriPartial.Query: return GetLeftPart(UriPartial.Path) + m_query;
                default: throw new ArgumentException("The part parameter is invalid.", "part");
            }
        }

        // The unescaped form: escapes that do not change the meaning are decoded.
        public override string ToString()
        {
            if (!m_absolute) return m_original;
            return UriEscaping.Unescape(AbsoluteUri, true);
        }

        // ---- comparison ----

        // What two equal URIs share: everything but user information and fragment, escapes decoded for display.
        private string ComparisonKey()
        {
            return m_scheme + "://" + Authority + UriEscaping.Unescape(m_path + m_query, true);
        }

        public override bool Equals(object comparand)
        {
            if (comparand == null) return false;
            Uri other = comparand as Uri;
            if (other == null)
            {
                string text = comparand as string;
                if (text == null || !TryCreate(text, UriKind.RelativeOrAbsolute, out other)) return false;
            }
            if (m_absolute != other.m_absolute) return false;
            if (!m_absolute) return m_original == other.m_original;
            return ComparisonKey() == other.ComparisonKey();
        }

        public override int GetHashCode()
        {
            return m_absolute ? ComparisonKey().ToLowerInvariant().GetHashCode() : m_original.GetHashCode();
        }

        public static bool operator ==(Uri uri1, Uri uri2)
        {
            if ((object)uri1 == (object)uri2) return true;
            if ((object)uri1 == null || (object)uri2 == null) return false;
            return uri1.Equals(uri2);
        }

        public static bool operator !=(Uri uri1, Uri uri2) { return !(uri1 == uri2); }

        public bool IsBaseOf(Uri uri)
        {
            if (uri == null) throw new ArgumentNullException("uri");
            if (!m_absolute) return false;
            if (!uri.m_absolute) uri = new Uri(this, uri);
            if (m_scheme != uri.m_scheme || m_host != uri.m_host || Port != uri.Port) return false;
            string directory = m_path.Substring(0, m_path.LastIndexOf('/') + 1);
            return uri.m_path.StartsWith(directory, StringComparison.Ordinal);
        }

        // The relative reference that leads from this URI to uri (uri itself when scheme, host or port differ).
        public Uri MakeRelativeUri(Uri uri)
        {
            if (uri == null) throw new ArgumentNullException("uri");
            if (!m_absolute || !uri.m_absolute) throw new InvalidOperationException("This operation is not supported for a relative URI.");
            if (m_scheme != uri.m_scheme || m_host != uri.m_host || Port != uri.Port) return uri;
            string relative = PathDifference(m_path, uri.m_path);
            int colon = relative.IndexOf(':'), slash = relative.IndexOf('/');
            if (colon >= 0 && (slash < 0 || colon < slash)) relative = "./" + relative;
            return new Uri(relative + uri.m_query + uri.m_fragment, UriKind.Relative);
        }

        private static string PathDifference(string from, string to)
        {
            int i, lastSlash = -1;
            for (i = 0; i < from.Length && i < to.Length && from[i] == to[i]; i++)
                if (from[i] == '/') lastSlash = i;
            if (i == 0) return to;
            if (i == from.Length && i == to.Length) return "";
            StringBuilder up = new StringBuilder();
            for (; i < from.Length; i++)
                if (from[i] == '/') up.Append("../");
            if (up.Length == 0 && to.Length - 1 == lastSlash) return "./";
            return up.Append(to, lastSlash + 1, to.Length - lastSlash - 1).ToString();
        }

        // ---- static helpers ----

        public static bool CheckSchemeName(string schemeName)
        {
            if (schemeName == null || schemeName.Length == 0 || !IsAsciiLetter(schemeName[0])) return false;
            foreach (char c in schemeName)
                if (!IsAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') return false;
            return true;
        }

        private static bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

        public static string EscapeDataString(string stringToEscape)
        {
            if (stringToEscape == null) throw new ArgumentNullException("stringToEscape");
            return UriEscaping.Escape(stringToEscape, false);
        }

        public static string EscapeUriString(string stringToEscape)
        {
            if (stringToEscape == null) throw new ArgumentNullException("stringToEscape");
            return UriEscaping.Escape(stringToEscape, true);
        }

        public static string UnescapeDataString(string stringToUnescape)
        {
            if (stringToUnescape == null) throw new ArgumentNullException("stringToUnescape");
            return UriEscaping.Unescape(stringToUnescape, false);
        }

        // Parses, and needed no escaping, no repair of a stray '%', and has one '#' at most.
        public static bool IsWellFormedUriString(string uriString, UriKind uriKind)
        {
            Uri uri;
            if (!TryCreate(uriString, uriKind, out uri)) return false;
            if (UriEscaping.NeedsEscaping(uriString)) return false;
            // a Unix path made into a file URI is not a URI string
            if (uriKind == UriKind.Absolute && uriString.StartsWith("/")) return false;
            int hash = uriString.IndexOf('#');
            return hash < 0 || uriString.IndexOf('#', hash + 1) < 0;
        }

        public bool IsWellFormedOriginalString() { return IsWellFormedUriString(m_original, m_absolute ? UriKind.Absolute : UriKind.Relative); }
    }
}
