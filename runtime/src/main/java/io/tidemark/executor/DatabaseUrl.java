package io.tidemark.executor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A PostgreSQL URL read into its parts by {@link DatabaseUrlParser}: the URL the driver gets,
 * which carries neither user nor password, and the one form messages show, with the passwords
 * (before the host, {@code password=}, {@code sslpassword=}) replaced by {@code ***}.
 *
 * @param scheme {@code jdbc:postgresql}, {@code postgresql} or {@code postgres}
 * @param userInfoUser the user before the host ({@code user:pass@}), decoded, or null
 * @param userInfoPassword the password before the host, decoded, or null
 * @param hosts {@code host:port} entries as written (IPv6 in brackets); empty for the default
 * @param database the database name, decoded, or empty for the driver's default
 * @param parameters the query parameters in order, decoded, {@code user} and {@code password}
 *     included
 */
record DatabaseUrl(String scheme, String userInfoUser, String userInfoPassword,
    List<String> hosts, String database, Map<String, String> parameters) {
  static final String HIDDEN = "***";
  private static final String USER_PARAMETER = "user";
  private static final String PASSWORD_PARAMETER = "password";

  DatabaseUrl {
    Objects.requireNonNull(scheme);
    hosts = List.copyOf(hosts);
    Objects.requireNonNull(database);
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }

  /** The user the URL names ({@code ?user=} wins over the one before the host), or null. */
  String user() {
    String query = parameters.get(USER_PARAMETER);
    return query != null && !query.isEmpty() ? query : userInfoUser;
  }

  /** The password the URL holds ({@code ?password=} wins, as in libpq), or null. */
  String password() {
    String query = parameters.get(PASSWORD_PARAMETER);
    return query != null && !query.isEmpty() ? query : userInfoPassword;
  }

  /** The URL for the driver: user and password are passed as connection properties instead. */
  String jdbcUrl() {
    StringBuilder url = new StringBuilder("jdbc:postgresql://")
        .append(hosts.isEmpty() ? "localhost" : String.join(",", hosts))
        .append('/').append(formEncode(database));
    char separator = '?';
    for (Map.Entry<String, String> parameter : parameters.entrySet()) {
      if (!parameter.getKey().equals(USER_PARAMETER)
          && !parameter.getKey().equals(PASSWORD_PARAMETER)) {
        url.append(separator).append(formEncode(parameter.getKey())).append('=')
            .append(formEncode(parameter.getValue()));
        separator = '&';
      }
    }
    return url.toString();
  }

  /** The URL as messages show it: its own form, with every password replaced by {@code ***}. */
  String redacted() {
    StringBuilder url = new StringBuilder(scheme).append("://");
    if (userInfoUser != null || userInfoPassword != null) {
      url.append(userInfoUser == null ? "" : encode(userInfoUser, ":@/?#[]"))
          .append(userInfoPassword == null ? "" : ":" + HIDDEN).append('@');
    }
    url.append(String.join(",", hosts));
    if (!database.isEmpty()) {
      url.append('/').append(encode(database, "/?#"));
    }
    char separator = '?';
    for (Map.Entry<String, String> parameter : parameters.entrySet()) {
      url.append(separator).append(encode(parameter.getKey(), "&=#+"))
          .append('=').append(secret(parameter.getKey()) ? HIDDEN
              : encode(parameter.getValue(), "&=#+"));
      separator = '&';
    }
    return url.toString();
  }

  /** {@code password}, and the driver's {@code sslpassword} for the client key. */
  private static boolean secret(String parameter) {
    return parameter.toLowerCase(Locale.ROOT).contains(PASSWORD_PARAMETER);
  }

  private static String formEncode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /** Percent-encodes '%', white space, control characters and {@code reserved}, for reading. */
  private static String encode(String text, String reserved) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(c -> {
      if (c == '%' || reserved.indexOf(c) >= 0 || Character.isWhitespace(c)
          || Character.isISOControl(c)) {
        for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(String.format("%02X", b & 0xff));
        }
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }
}
