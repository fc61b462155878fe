package fr.pilotis.shared;

import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes who did what and when into {@code audit_event}, on the caller's transaction (JdbcTemplate
 * joins the JPA transaction's connection), so an audited change and its trace commit together.
 * Entity changes are recorded by {@link EntityAuditListener} without anyone calling this; features
 * call it directly for events that are not entity changes (sign-in, a link issued, a download).
 */
@Component
public class AuditTrail {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    AuditTrail(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void record(String action, String entityType, Long entityId, Map<String, ?> details) {
        long network = Tenancy.currentNetworkId();
        record(network > 0 ? network : null, action, entityType, entityId, details);
    }

    public void record(Long networkId, String action, String entityType, Long entityId, Map<String, ?> details) {
        Long actorId = null;
        String actorEmail = null;
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof NetworkMember member) {
            actorId = member.userId();
            actorEmail = member.email();
        }
        jdbc.update(
                "insert into audit_event (network_id, actor_id, actor_email, action, entity_type, entity_id, changes)"
                        + " values (?, ?, ?, ?, ?, ?, cast(? as jsonb))",
                networkId,
                actorId,
                actorEmail,
                action,
                entityType,
                entityId,
                details == null || details.isEmpty() ? null : json.writeValueAsString(details));
    }
}
