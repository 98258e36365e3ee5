package io.tidemark.executor;

import io.tidemark.ErrorCode;
import io.tidemark.TidemarkException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads {@code jdbc:postgresql://}, {@code postgresql://} and {@code postgres://} URLs
 * ({@code [user[:password]@][host[:port][,...]][/database][?name=value&...]}, IPv6 hosts in
 * brackets, percent-encoded parts) into a {@link DatabaseUrl}. A URL it cannot read is TM140,
 * and its message shows the text with everything that might be a password hidden: no reason
 * quotes the text around the password, wherever a special character ended it.
 */
final class DatabaseUrlParser {
  private static final String FORMS = "Use jdbc:postgresql://host:5432/db or "
      + "postgresql://user@host:5432/db.";
  private static final String ENCODE = " Percent-encode special characters in the user name, "
      + "password and parameters (@ as %40, / as %2F, ? as %3F, # as %23, % as %25), or give "
      + "the password with --password or PGPASSWORD.";
  private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*");
  private static final Pattern PORT = Pattern.compile("[0-9]{1,5}");
  private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)password=");

  private final String text;

  private DatabaseUrlParser(String text) {
    this.text = text;
  }

  /** Reads {@code url}; TM140 when it is not a PostgreSQL URL this class can read. */
  static DatabaseUrl parse(String url) {
    return new DatabaseUrlParser(url.strip()).read();
  }

  private DatabaseUrl read() {
    String lower = text.toLowerCase(Locale.ROOT);
    String scheme = null;
    for (String candidate : new String[] {"jdbc:postgresql", "postgresql", "postgres"}) {
      if (lower.startsWith(candidate + ":")) {
        scheme = candidate;
        break;
      }
    }
    if (scheme == null) {
      throw new TidemarkException(ErrorCode.TM140, "'" + redact(text) + "' is not a PostgreSQL "
          + "URL. " + FORMS);
    }
    String rest = text.substring(scheme.length() + 1);
    boolean jdbc = scheme.startsWith("jdbc");
    if (!rest.startsWith("//")) {
      if (!jdbc) {
        throw invalid("after '" + scheme + ":' comes '//' and the host");
      }
      // jdbc:postgresql:database, the driver's short form for the local server.
      return tail(new DatabaseUrl(scheme, null, null, List.of(), "", Map.of()), "/" + rest, true);
    }
    rest = rest.substring(2);
    if (rest.indexOf('#') >= 0) {
      throw invalid("it contains '#', which PostgreSQL URLs do not use." + ENCODE);
    }
    int authorityEnd = firstOf(rest, "/?");
    String authority = authorityEnd < 0 ? rest : rest.substring(0, authorityEnd);
    String tail = authorityEnd < 0 ? "" : rest.substring(authorityEnd);
    int at = authority.lastIndexOf('@');
    if (at < 0 && tail.indexOf('@') >= 0) {
      throw invalid("it has an '@' after the host." + ENCODE);
    }
    String user = null;
    String password = null;
    if (at >= 0) {
      String userInfo = authority.substring(0, at);
      int colon = userInfo.indexOf(':');
      user = emptyToNull(decode(colon < 0 ? userInfo : userInfo.substring(0, colon), false,
          "the user name"));
      password = colon < 0 ? null
          : emptyToNull(decode(userInfo.substring(colon + 1), false, "the password"));
    }
    List<String> hosts = hosts(authority.substring(at + 1));
    return tail(new DatabaseUrl(scheme, user, password, hosts, "", Map.of()), tail, jdbc);
  }

  /** The hosts of {@code spec}: {@code host[:port]} or {@code [ipv6][:port]}, comma-separated. */
  private List<String> hosts(String spec) {
    List<String> hosts = new ArrayList<>();
    if (spec.isEmpty()) {
      return hosts;
    }
    for (String entry : spec.split(",", -1)) {
      String host;
      String port;
      if (entry.startsWith("[")) {
        int close = entry.indexOf(']');
        if (close < 0 || (close + 1 < entry.length() && entry.charAt(close + 1) != ':')) {
          throw invalid("an IPv6 host is written [address] or [address]:port, for example "
              + "[::1]:5432");
        }
        host = entry.substring(0, close + 1);
        port = close + 1 < entry.length() ? entry.substring(close + 2) : null;
      } else {
        int colon = entry.indexOf(':');
        host = colon < 0 ? entry : entry.substring(0, colon);
        port = colon < 0 ? null : entry.substring(colon + 1);
      }
      if (host.isEmpty() || firstOf(host.startsWith("[") ? "" : host, "[]%\"' \\") >= 0) {
        throw invalid("a host name is empty or holds characters no host name has");
      }
      if (port != null && (!PORT.matcher(port).matches() || Integer.parseInt(port) < 1
          || Integer.parseInt(port) > 65535)) {
        // The text after the colon is not quoted: a URL without '@' may be user:password.
        throw invalid("the port after host '" + host + "' is not a number from 1 to 65535");
      }
      hosts.add(port == null ? host : host + ":" + port);
    }
    return hosts;
  }

  /** Reads {@code /database?name=value&...}; a JDBC URL decodes '+' as a space, as pgjdbc does. */
  private DatabaseUrl tail(DatabaseUrl url, String tail, boolean jdbc) {
    int query = tail.indexOf('?');
    String path = query < 0 ? tail : tail.substring(0, query);
    String database = path.isEmpty() ? "" : decode(path.substring(1), jdbc, "the database name");
    Map<String, String> parameters = new LinkedHashMap<>();
    if (query >= 0) {
      for (String pair : tail.substring(query + 1).split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int equals = pair.indexOf('=');
        if (equals <= 0) {
          // Not quoted: the text may be the end of a password that held an unencoded '&'.
          throw invalid("a query parameter is not written name=value." + ENCODE);
        }
        String name = decode(pair.substring(0, equals), jdbc, "a parameter name");
        parameters.put(name, decode(pair.substring(equals + 1), jdbc,
            "the value of parameter '" + name + "'"));
      }
    }
    return new DatabaseUrl(url.scheme(), url.userInfoUser(), url.userInfoPassword(),
        url.hosts(), database, parameters);
  }

  private TidemarkException invalid(String reason) {
    return new TidemarkException(ErrorCode.TM140, "'" + redact(text) + "' is not a valid "
        + "PostgreSQL URL: " + reason + (reason.endsWith(".") ? "" : ".") + " " + FORMS);
  }

  private String decode(String part, boolean plusIsSpace, String what) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      if (c == '%') {
        int value = i + 2 < part.length() ? hexByte(part, i + 1) : -1;
        if (value < 0) {
          throw invalid("in " + what + ", a '%' is not followed by two hex digits (write % as "
              + "%25)");
        }
        bytes.write(value);
        i += 2;
      } else {
        bytes.writeBytes((plusIsSpace && c == '+' ? " " : String.valueOf(c))
            .getBytes(StandardCharsets.UTF_8));
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
    } catch (CharacterCodingException e) {
      throw invalid(what + " is not percent-encoded UTF-8");
    }
  }

  private static int hexByte(String text, int at) {
    int high = Character.digit(text.charAt(at), 16);
    int low = Character.digit(text.charAt(at + 1), 16);
    return high < 0 || low < 0 ? -1 : high * 16 + low;
  }

  private static int firstOf(String text, String chars) {
    for (int i = 0; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static String emptyToNull(String text) {
    return text.isEmpty() ? null : text;
  }

  /**
   * {@code text}, which did not parse, with whatever might be a password hidden: everything
   * from the first ':' after the scheme up to the last '@' (or to the end when no '@' follows),
   * and the value of a {@code password=} parameter to the end. Hides more than it must when
   * the text is odd, never less.
   */
  static String redact(String text) {
    int start = 0;
    int slashes = text.indexOf("://");
    if (slashes > 0) {
      String scheme = text.substring(0, slashes);
      String[] parts = scheme.split(":", -1);
      boolean schemeLike = parts.length == 1 && SCHEME.matcher(scheme).matches()
          || parts.length == 2 && parts[0].equalsIgnoreCase("jdbc")
          && SCHEME.matcher(parts[1]).matches();
      start = schemeLike ? slashes + 3 : 0;
    }
    String shown = text;
    var parameter = PASSWORD_PARAMETER.matcher(shown);
    if (parameter.find(start)) {
      shown = shown.substring(0, parameter.end()) + DatabaseUrl.HIDDEN;
    }
    int colon = shown.indexOf(':', start);
    if (colon >= 0) {
      int at = shown.lastIndexOf('@');
      shown = shown.substring(0, colon + 1) + DatabaseUrl.HIDDEN
          + (at > colon ? shown.substring(at) : "");
    }
    return shown;
  }
}
