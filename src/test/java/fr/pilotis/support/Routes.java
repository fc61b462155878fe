package fr.pilotis.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.CompositeRequestCondition;
import org.springframework.web.servlet.mvc.condition.HeadersRequestCondition;
import org.springframework.web.servlet.mvc.condition.NameValueExpression;
import org.springframework.web.servlet.mvc.condition.RequestCondition;
import org.springframework.web.servlet.mvc.condition.RequestConditionHolder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The application's routes, read from Spring MVC's handler mappings: every controller method of
 * {@code fr.pilotis}, whatever feature adds it later, without a list to keep up to date. Framework
 * routes (Boot's error controller, actuator, static resources) are left out.
 */
public final class Routes {

    private static final String APPLICATION_PACKAGE = "fr.pilotis.";

    private Routes() {}

    public static List<Route> all(ApplicationContext context) {
        RequestMappingHandlerMapping mapping =
                context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                mapping.getHandlerMethods().entrySet()) {
            HandlerMethod handler = entry.getValue();
            if (!handler.getBeanType().getName().startsWith(APPLICATION_PACKAGE)) {
                continue;
            }
            RequestMappingInfo info = entry.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty()) {
                // a mapping without a method answers them all: check the two that matter
                methods = EnumSet.of(RequestMethod.GET, RequestMethod.POST);
            }
            Map<String, String> params = new LinkedHashMap<>();
            info.getParamsCondition().getExpressions().forEach(e -> put(params, e));
            Map<String, String> headers = new LinkedHashMap<>();
            info.getHeadersCondition().getExpressions().forEach(e -> put(headers, e));
            customHeaders(info.getCustomCondition(), headers);
            MediaType contentType = info.getConsumesCondition().getConsumableMediaTypes().stream()
                    .filter(type -> !type.isWildcardType() && !type.isWildcardSubtype())
                    .findFirst()
                    .orElse(null);
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod method : methods) {
                    if (method == RequestMethod.HEAD || method == RequestMethod.OPTIONS) {
                        continue;
                    }
                    routes.add(new Route(
                            HttpMethod.valueOf(method.name()), pattern, handler, params, headers, contentType));
                }
            }
        }
        routes.sort(Comparator.comparing(Route::pattern)
                .thenComparing(r -> r.method().name()));
        return routes;
    }

    private static void put(Map<String, String> values, NameValueExpression<?> expression) {
        if (!expression.isNegated()) {
            Object value = expression.getValue();
            values.put(expression.getName(), value == null ? "true" : value.toString());
        }
    }

    // htmx's @HxRequest becomes a custom condition made of header conditions
    private static void customHeaders(RequestCondition<?> condition, Map<String, String> headers) {
        if (condition instanceof RequestConditionHolder holder) {
            customHeaders(holder.getCondition(), headers);
        } else if (condition instanceof CompositeRequestCondition composite) {
            composite.getConditions().forEach(c -> customHeaders(c, headers));
        } else if (condition instanceof HeadersRequestCondition headerCondition) {
            headerCondition.getExpressions().forEach(e -> put(headers, e));
        }
    }
}
