package fr.pilotis.shared;

import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Array;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Component;

/**
 * Every insert, update and delete of an entity leaves an audit row with the changed fields' old
 * and new values: a write cannot forget to be audited. Secrets are recorded as changed, never
 * with their value.
 */
@Component
class EntityAuditListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    private static final Set<String> SECRET_PROPERTIES = Set.of("passwordHash", "tokenHash");
    private static final String HIDDEN = "***";

    private final EntityManagerFactory entityManagerFactory;
    private final AuditTrail auditTrail;

    EntityAuditListener(EntityManagerFactory entityManagerFactory, AuditTrail auditTrail) {
        this.entityManagerFactory = entityManagerFactory;
        this.auditTrail = auditTrail;
    }

    @PostConstruct
    void register() {
        EventListenerRegistry registry = entityManagerFactory
                .unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry()
                .getService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
        registry.appendListeners(EventType.POST_DELETE, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        Map<String, Object> values = new LinkedHashMap<>();
        String[] names = event.getPersister().getPropertyNames();
        for (int i = 0; i < names.length; i++) {
            if (event.getState()[i] != null) {
                values.put(names[i], shown(names[i], event.getState()[i]));
            }
        }
        write("CREATE", event.getEntity(), event.getId(), values);
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        int[] dirty = event.getDirtyProperties();
        if (dirty == null || dirty.length == 0) {
            return;
        }
        String[] names = event.getPersister().getPropertyNames();
        Map<String, Object> changes = new LinkedHashMap<>();
        for (int i : dirty) {
            Object before = event.getOldState() == null ? null : event.getOldState()[i];
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("old", shown(names[i], before));
            change.put("new", shown(names[i], event.getState()[i]));
            changes.put(names[i], change);
        }
        write("UPDATE", event.getEntity(), event.getId(), changes);
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        write("DELETE", event.getEntity(), event.getId(), Map.of());
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void write(String action, Object entity, Object id, Map<String, Object> details) {
        Long networkId = entity instanceof NetworkOwned owned ? owned.owningNetworkId() : null;
        Long entityId = id instanceof Number number ? number.longValue() : null;
        auditTrail.record(networkId, action, entity.getClass().getSimpleName(), entityId, details);
    }

    private static Object shown(String property, Object value) {
        if (value == null) {
            return null;
        }
        if (SECRET_PROPERTIES.contains(property)) {
            return HIDDEN;
        }
        if (value.getClass().isArray()) {
            Object[] copy = new Object[Array.getLength(value)];
            for (int i = 0; i < copy.length; i++) {
                copy[i] = Array.get(value, i);
            }
            return Arrays.stream(copy).map(String::valueOf).toList();
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof String) {
            return value;
        }
        return String.valueOf(value);
    }
}
