package fr.pilotis.access;

import fr.pilotis.shared.AuditTrail;
import io.github.wimdeblauwe.htmx.spring.boot.security.HxRefreshHeaderAuthenticationEntryPoint;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;

/** The web's security; absent when Pilotis runs an operator's task without a web server. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain pilotisSecurity(
            HttpSecurity http,
            PilotisUserDetailsService people,
            PasswordEncoder passwordEncoder,
            SignInThrottle throttle,
            AuditTrail audit)
            throws Exception {
        ThrottledAuthenticationProvider signIn =
                new ThrottledAuthenticationProvider(people, passwordEncoder, throttle, audit);
        ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl("/login?error");
        failures.setExceptionMappings(Map.of(SignInRefusedException.class.getName(), "/login?refused"));

        // The one way in: no parent manager that could retry a refused attempt behind the throttle.
        http.authenticationManager(new ProviderManager(signIn))
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/login",
                                "/activation/**",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/images/**",
                                "/favicon.ico",
                                "/error",
                                "/actuator/health",
                                "/actuator/health/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(form ->
                        form.loginPage("/login").failureHandler(failures).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(signInFirst())
                        // out of scope answers 404 like an unknown id; a missing CSRF token stays 403
                        .accessDeniedHandler((request, response, denied) -> response.sendError(
                                denied instanceof CsrfException
                                        ? HttpStatus.FORBIDDEN.value()
                                        : HttpStatus.NOT_FOUND.value())))
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(
                                        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
                                                + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter
                                        .ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** Asks to sign in; during an htmx request, reloads the whole page to the sign-in form instead. */
    private static AuthenticationEntryPoint signInFirst() {
        AuthenticationEntryPoint page = new LoginUrlAuthenticationEntryPoint("/login");
        AuthenticationEntryPoint htmx = new HxRefreshHeaderAuthenticationEntryPoint();
        return (request, response, exception) ->
                (request.getHeader("HX-Request") != null ? htmx : page).commence(request, response, exception);
    }
}
