package fr.pilotis.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.method.HandlerMethod;

/**
 * One URL pattern and HTTP method of the application, with what a request needs to reach its
 * handler: the parameters and headers its mapping requires (an {@code @HxRequest} handler wants
 * {@code HX-Request}), and the content type it consumes.
 */
public record Route(
        HttpMethod method,
        String pattern,
        HandlerMethod handler,
        Map<String, String> params,
        Map<String, String> headers,
        MediaType contentType) {

    // {name}, {name:regex} (one level of braces inside the regex) and {*name}
    private static final Pattern VARIABLE =
            Pattern.compile("\\{\\*?([A-Za-z_][A-Za-z0-9_]*)(?::(?:[^{}]|\\{[^{}]*\\})*)?\\}");

    public Route {
        params = Map.copyOf(params);
        headers = Map.copyOf(headers);
    }

    /** The path variables' names, in the order they appear. */
    public List<String> variables() {
        List<String> names = new ArrayList<>();
        Matcher matcher = VARIABLE.matcher(pattern);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    public boolean hasVariables() {
        return !variables().isEmpty();
    }

    /** The pattern with each variable replaced by the value given for its name. */
    public String path(Function<String, ?> values) {
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(path, Matcher.quoteReplacement(String.valueOf(values.apply(matcher.group(1)))));
        }
        matcher.appendTail(path);
        if (path.indexOf("*") >= 0) {
            throw new IllegalStateException(this + ": wildcard patterns cannot be requested by the route tests");
        }
        return path.toString();
    }

    /** Anything but GET, HEAD and OPTIONS: must carry a CSRF token. */
    public boolean changesState() {
        return !HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method) && !HttpMethod.OPTIONS.equals(method);
    }

    /** Open to anyone, so outside the access matrix: sign-in, activation links, error pages. */
    public boolean isPublic() {
        return pattern.equals("/login")
                || pattern.equals("/activation")
                || pattern.startsWith("/activation/")
                || pattern.equals("/error")
                || pattern.startsWith("/error/");
    }

    /** Whether this request was answered by this route's handler method. */
    public boolean answeredBy(Object handler) {
        return handler instanceof HandlerMethod method && method.getMethod().equals(this.handler.getMethod());
    }

    @Override
    public String toString() {
        return method.name() + " " + pattern;
    }
}
